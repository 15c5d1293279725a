"""Fixtures shared by several test modules, and the hypothesis profiles."""
from __future__ import annotations

import os

import pytest
from hypothesis import settings

from newsclaims.nlp import get_nlp, is_trained

# With CI set (`.ci/run` sets it), the property tests draw the same examples on every run, so a
# commit's CI result can be reproduced; without it, every run draws new examples and keeps looking.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def nlp():
    """The trained English pipeline the library uses; tests that need it skip without one."""
    nlp = get_nlp()
    if not is_trained(nlp):
        pytest.skip("no trained spaCy pipeline installed")
    return nlp
