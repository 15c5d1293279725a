"""newsclaims: read several outlets' articles on one story and say, claim by claim, who agrees,
who adds detail and who diverges.

    >>> import newsclaims
    >>> articles = newsclaims.load_corpus("corpus")
    >>> report = newsclaims.reconcile(articles)
"""
from __future__ import annotations

from .errors import (
    BadRecordError,
    DecodeError,
    DuplicateSourceError,
    EmptyArticleError,
    InputTooLargeError,
    MissingExtraError,
    ModelNotFoundError,
    NewsClaimsError,
    NoArticlesError,
    UnknownFormatError,
)
from .extract import extract_claims, extract_many
from .models import (
    Article,
    Claim,
    ClaimCluster,
    Detail,
    Divergence,
    Entity,
    Paragraph,
    Quantity,
    Quote,
    Reconciliation,
)
from .parse import ArticleList, load_corpus, parse_article
from .reconcile import reconcile

__version__ = "0.1.0"

__all__ = [
    "Article", "ArticleList", "BadRecordError", "Claim", "ClaimCluster", "DecodeError", "Detail",
    "Divergence", "DuplicateSourceError", "EmptyArticleError", "Entity", "InputTooLargeError", "MissingExtraError",
    "ModelNotFoundError", "NewsClaimsError", "NoArticlesError", "Paragraph", "Quantity", "Quote",
    "Reconciliation", "UnknownFormatError", "extract_claims", "extract_many", "load_corpus",
    "parse_article", "reconcile",
]
