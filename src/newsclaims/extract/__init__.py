"""Stage 2: `Article` -> `Claim`s.

`extract_claims(article)` for one article, `extract_many(articles)` for many (one batched
`nlp.pipe` pass). Each claim-bearing sentence of a body, bullet or embed paragraph gives one
or more claims (coordinated demands are split); see `segment` for the rules.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..models import Article, Claim
from .analysis import Analysis, analyse
from .claims import claims_of


def _as_article(item) -> Article:
    from ..parse import parse_article

    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return parse_article(item, "text")
    if isinstance(item, tuple) and len(item) == 2:
        return parse_article(item[1], item[0])
    raise TypeError(f"expected an Article or a str, not {type(item).__name__}")


def extract_claims(article: Article | str) -> list[Claim]:
    """The claims of one article (or of a text, parsed with source 'text')."""
    return extract_many([_as_article(article)])[0]


def extract_many(articles: Sequence[Article], *, batch_size: int = 16, nlp=None) -> list[list[Claim]]:
    """The claims of each article, in input order, with a single batched spaCy pass.

    `nlp` overrides the shared pipeline (see `newsclaims.nlp.get_nlp`)."""
    if isinstance(articles, (str, bytes, bytearray, Article, dict)):
        raise TypeError(f"expected a list of articles, not {type(articles).__name__}"
                        + (" (use extract_claims for one text)" if isinstance(articles, (str, Article)) else ""))
    arts = [_as_article(a) for a in articles]
    # the rules are for English: an article that parse marked as another language gets no claims
    # (and its "not English" warning) without a spaCy run
    english = [a for a in arts if a.language in (None, "en")]
    done = iter([claims_of(an) for an in analyse(english, batch_size=batch_size, nlp=nlp)])
    return [next(done) if a.language in (None, "en") else [] for a in arts]


__all__ = ["Analysis", "analyse", "extract_claims", "extract_many"]
