"""JSON in and out: a Reconciliation survives `model_dump_json` -> `model_validate_json` unchanged,
and the JSON Schema that `newsclaims schema` prints accepts the documents the library writes."""
from __future__ import annotations

import json

import pytest

import newsclaims
from newsclaims import Article, Claim, Reconciliation
from newsclaims.render.cli import schema
from test_html import CORPUS, sample


@pytest.fixture(scope="module")
def corpus():
    articles = newsclaims.load_corpus(CORPUS)
    return articles, newsclaims.reconcile(articles)


def test_corpus_reconciliation_round_trip(corpus):
    _, rec = corpus
    assert rec.clusters
    again = Reconciliation.model_validate_json(rec.model_dump_json())
    assert again == rec
    assert again.model_dump_json() == rec.model_dump_json()
    # the documented JSON form is model_dump(mode="json"); it round-trips through json too
    assert Reconciliation.model_validate(json.loads(json.dumps(rec.model_dump(mode="json")))) == rec


def test_sample_round_trip_keeps_verdicts_details_divergences():
    _, rec = sample()
    again = Reconciliation.model_validate_json(rec.model_dump_json(indent=2))
    assert again == rec
    assert again.clusters[0].divergences[0].versus == ["alpha", "gamma"]
    assert again.clusters[1].verdicts == {"alpha": "agrees", "beta": "adds_detail"}


def test_articles_and_claims_round_trip(corpus):
    articles, rec = corpus
    for a in articles:
        assert Article.model_validate_json(a.model_dump_json()) == a
    for c in rec.clusters:
        for k in c.claims:
            assert Claim.model_validate_json(k.model_dump_json()) == k


def test_bad_json_is_rejected():
    _, rec = sample()
    doc = rec.model_dump(mode="json")
    doc["clusters"][0]["verdicts"]["alpha"] = "maybe"
    with pytest.raises(ValueError):
        Reconciliation.model_validate_json(json.dumps(doc))
    doc = rec.model_dump(mode="json")
    doc["clusters"][0]["claims"][0]["end"] += 1  # span no longer matches its text
    with pytest.raises(ValueError):
        Reconciliation.model_validate_json(json.dumps(doc))


def test_schema_accepts_what_the_library_writes(corpus):
    jsonschema = pytest.importorskip("jsonschema")
    articles, rec = corpus
    jsonschema.validate(rec.model_dump(mode="json"), schema("reconciliation"))
    jsonschema.validate(articles[0].model_dump(mode="json"), schema("article"))
    bad = rec.model_dump(mode="json")
    bad["clusters"][0]["verdicts"] = {"x": "maybe"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema("reconciliation"))
