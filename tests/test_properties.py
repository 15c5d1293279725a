"""Properties over generated input (hypothesis; modest example counts so the suite stays fast).

- any text: `parse_article` + `extract_claims` either give records whose every offset indexes
  `Article.text` exactly (paragraphs, claims, quotes, entities, numbers), or raise a
  `NewsClaimsError` -- nothing else;
- `reconcile` does not depend on the order of its input (articles or claims), and puts every
  claim in exactly one cluster.
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsclaims import NewsClaimsError, extract_claims, extract_many, parse_article, reconcile
from offsets import check_offsets

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: pieces of news text and of hostile text, mixed at random
FRAGMENTS = [
    "The mayor said", " the bridge would reopen", " on Monday", ".", ",", " ", "\n", "\n\n", "\r\n", "\t",
    "“", "”", "‘", "’", '"', "'", "«", "»", " (", ")", "[", "]", " — ", " – ", "-", "•", "* ", "- ", "1. ",
    "30%", " $4.5 billion", " nearly a third", " 12", ",000", " 2024", " May 5, 2025", "By Jane Doe", "REUTERS",
    " Russia", " Kyiv", " NATO", " President Joe Biden", " he said", " according to officials", ": ",
    "\u200b", "\u202e", "\u2066", "\ufeff", "\x00", "\x07", "\u00a0", "\u2028", "\u2029", "\x1c", "\x1e", "\x85", "\x0b", "Москва", "北京", "é", "😀",
    "http://x.io/a?b=c", "@handle", "#tag", "...", "…", "<p>", "&amp;", "# ", "## ", "> ", "```",
]
texts = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.text(max_size=300),  # arbitrary Unicode (no surrogates)
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=40).map("".join),
)




@settings(max_examples=50, **SETTINGS)
@given(texts, st.sampled_from(["text", "markdown"]))
@example("a:\x1e0:A", "text")  # a sentence once ran across a \x1e paragraph break
def test_any_text_gives_exact_offsets_or_a_typed_error(text, fmt):
    try:
        a = parse_article(text, "prop", fmt=fmt)
    except NewsClaimsError:
        return
    assert a.text == text
    claims = extract_claims(a)
    check_offsets(a, claims)


@settings(max_examples=30, **SETTINGS)
@given(st.lists(st.sampled_from(FRAGMENTS + ["\ud800", "\udfff"]), min_size=1, max_size=40).map("".join))
def test_surrogates_and_junk_raise_only_typed_errors(text):
    try:
        a = parse_article(text, "prop")
    except NewsClaimsError:
        return
    check_offsets(a, extract_claims(a))


# ------------------------------------------------------------------ reconcile is order-independent
POOL = [
    "The council approved the budget on Monday.",
    "The mayor said the bridge would reopen next week.",
    "Police arrested two men after the protest.",
    "The company cut 300 jobs, a spokesman said.",
    "Prices rose by 3% in March.",
    "The minister denied the report.",
    "Officials said the talks would resume in Geneva.",
    "The storm killed at least 12 people.",
    "Around a third of the workers went on strike.",
    "The court rejected the appeal on Friday.",
    "The government plans to raise taxes.",
    "Schools will stay closed until Wednesday.",
    "Nearly 30% of the workers joined the strike.",
    "The mayor said the bridge reopened on Monday.",
]
article = st.lists(st.sampled_from(POOL), min_size=1, max_size=5).map(
    lambda ss: "\n\n".join(ss) + "\n")


@st.composite
def corpora(draw):
    n = draw(st.integers(2, 4))
    bodies = draw(st.lists(article, min_size=n, max_size=n))
    return [(f"outlet{i}", b) for i, b in enumerate(bodies)]


def canonical(rec) -> dict:
    return rec.model_dump(mode="json")


@settings(max_examples=25, **SETTINGS)
@given(corpora(), st.randoms(use_true_random=False))
def test_reconcile_does_not_depend_on_article_order(items, rnd):
    shuffled = list(items)
    rnd.shuffle(shuffled)
    a, b = reconcile(items), reconcile(shuffled)
    assert canonical(a) == canonical(b)
    arts = [parse_article(t, s) for s, t in items]
    rnd.shuffle(arts)
    assert canonical(reconcile(arts)) == canonical(a)


@settings(max_examples=40, **SETTINGS)
@given(corpora(), st.randoms(use_true_random=False))
def test_reconcile_does_not_depend_on_claim_order_and_keeps_every_claim_once(items, rnd):
    claims = [c for cs in extract_many([parse_article(t, s) for s, t in items]) for c in cs]
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    a, b = reconcile(claims), reconcile(shuffled)
    assert canonical(a) == canonical(b)
    placed = [c.id for cl in a.clusters for c in cl.claims]
    assert sorted(placed) == sorted(c.id for c in claims)  # every claim in exactly one cluster
    assert len({cl.id for cl in a.clusters}) == len(a.clusters)
