"""Fixtures shared by several test modules."""
from __future__ import annotations

import pytest

from newsclaims.nlp import get_nlp, is_trained


@pytest.fixture(scope="session")
def nlp():
    """The trained English pipeline the library uses; tests that need it skip without one."""
    nlp = get_nlp()
    if not is_trained(nlp):
        pytest.skip("no trained spaCy pipeline installed")
    return nlp
