"""The records of newsclaims: the pydantic v2 models are the schema.

Data flows one way: text -> `Article` (paragraphs) -> `Claim`s -> `ClaimCluster`s ->
`Reconciliation`. Every offset indexes into `Article.text`. JSON in and out with
`model_dump_json()` / `model_validate_json()`.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ParagraphKind = Literal["title", "heading", "body", "bullet", "boilerplate", "caption", "embed"]
ClaimKind = Literal["demand", "statement", "quote", "event", "fact", "assessment"]
Stance = Literal["asserts", "reports", "hedged"]
Verdict = Literal["agrees", "adds_detail", "diverges", "exclusive"]
DivergenceKind = Literal["entity_set", "number", "scope", "contradiction", "framing"]

#: paragraph kinds whose text can carry claims (a headline states the story's main claim)
CONTENT_KINDS: frozenset[str] = frozenset({"title", "body", "bullet", "embed"})


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class _Span(_Record):
    """A slice `[start, end)` of the article text; `text` is that slice."""

    @model_validator(mode="after")
    def _check_span(self):
        start, end, text = self.start, self.end, self.text
        if start < 0 or end < start:
            raise ValueError(f"bad span [{start}, {end})")
        if end - start != len(text):
            raise ValueError(f"span [{start}, {end}) has length {end - start} but text has {len(text)}")
        return self


class Paragraph(_Span):
    index: int = Field(ge=0)
    start: int
    end: int
    text: str
    kind: ParagraphKind


class Entity(_Span):
    name: str = Field(description="canonical name within the article")
    text: str = Field(description="as written")
    start: int
    end: int
    label: str = Field(description="PERSON | ORG | GPE | LOC | NORP | ...")


class Quote(_Span):
    text: str = Field(description="the words inside the marks (or the reported content)")
    start: int
    end: int
    direct: bool = True
    speaker: str | None = Field(None, description="canonical name, or the description as written")
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = Field(None, description="lemma of the speech verb, e.g. 'say'")


class Quantity(_Span):
    text: str
    start: int
    end: int
    value: float
    unit: str | None = Field(None, description="percent, fraction, day, year, person, usd, ...")
    approximate: bool = False


class Claim(_Span):
    id: str
    source: str
    paragraph: int = Field(ge=0)
    start: int
    end: int
    text: str
    kind: ClaimKind
    actors: list[Entity] = Field(default_factory=list)
    regions: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    attribution: str | None = None
    stance: Stance = "asserts"
    predicate: str | None = Field(None, description="lemma of the governing verb or noun (of the reported content, when the article takes the claim from sources: '..., police said')")
    numbers: list[Quantity] = Field(default_factory=list)
    # additions beyond the contract
    object: str | None = Field(None, description="the predicate's object or complement, as written")
    negated: bool = False
    keywords: list[str] = Field(default_factory=list, description="content lemmas of the claim, in order")
    headline: bool = Field(False, description="the claim is (part of) the article's headline, a title paragraph")


class Article(_Record):
    source: str = Field(min_length=1)
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="ISO date, YYYY-MM-DD")
    byline: str | None = None
    url: str | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    language: str | None = Field(None, description="'en', or a guess at another script/language")
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_paragraphs(self):
        n = len(self.text)
        for p in self.paragraphs:
            if p.end > n or self.text[p.start:p.end] != p.text:
                raise ValueError(f"paragraph {p.index} span [{p.start}, {p.end}) does not match the article text")
        return self

    def _repr_html_(self) -> str:  # notebook display
        from .render.notebook import article_html

        return article_html(self)


class Detail(_Record):
    source: str
    text: str


class Divergence(_Record):
    kind: DivergenceKind
    sources: list[str]
    versus: list[str]
    explanation: str


class ClaimCluster(_Record):
    id: str
    claims: list[Claim]
    sources: list[str]
    summary: str
    verdicts: dict[str, Verdict] = Field(default_factory=dict)
    details: list[Detail] = Field(default_factory=list)
    divergences: list[Divergence] = Field(default_factory=list)
    story: str | None = Field(None, description="id of the story (group of articles) the cluster belongs to")


class Reconciliation(_Record):
    sources: list[str] = Field(default_factory=list)
    clusters: list[ClaimCluster] = Field(default_factory=list)

    def _repr_html_(self) -> str:  # notebook display
        from .render.notebook import reconciliation_html

        return reconciliation_html(self)

    def to_dataframe(self):
        """One row per claim: cluster, source, verdict, kind, text, span, actors, regions."""
        from .render.frames import claims_frame

        return claims_frame(self)

    def matrix_dataframe(self):
        """Clusters x outlets, each cell a verdict (or empty)."""
        from .render.frames import matrix_frame

        return matrix_frame(self)
