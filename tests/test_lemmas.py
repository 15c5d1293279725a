"""The verb-lemma fix (extract/lemmas.py): an undoubled consonant before -ed/-ing keeps the stem's silent e."""
from __future__ import annotations

import pytest
import spacy

from newsclaims.extract.lemmas import add_lemma_fix
from newsclaims.nlp import get_nlp, is_trained

nlp = get_nlp()
pytestmark = pytest.mark.skipif(not is_trained(nlp), reason="needs the trained pipeline's lemmatizer")


@pytest.mark.parametrize("sentence, word, lemma", [
    ("Regulators fined the company on Monday.", "fined", "fine"),
    ("She hoped the talks would resume.", "hoped", "hope"),
    ("Gunmen were riding motorbikes.", "riding", "ride"),
    # a doubled consonant, or a stem stressed earlier, keeps the bare stem
    ("The rabbit hopped away.", "hopped", "hop"),
    ("The minister visited the town.", "visited", "visit"),
    ("The council opened an inquiry.", "opened", "open"),
])
def test_verb_lemmas_follow_english_spelling(sentence, word, lemma):
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert tok.lemma_ == lemma


def test_a_pipeline_without_a_lemmatizer_gets_no_fix():
    blank = spacy.blank("en")
    add_lemma_fix(blank)
    assert "newsclaims_lemmas" not in blank.pipe_names
