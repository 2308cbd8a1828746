"""Session 46 (13dev, issue 13): the figures' tables as one source, and counts read by their grammar."""

from __future__ import annotations

import pytest

from briefreader.figures import extract as ex
from briefreader.figures import extract_figures
from briefreader.figures.units import BESIDE, NOUN_TABLE, PHRASE, SUM_VERB_MORPHEMES

# --- task 1: one table of counted nouns, a flag per noun; the sum verbs built from their table ---


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("全国31个省份参与。", "31 provinces"),  # BESIDE: right after the measure word
        ("新增养老床位3852张。", "3,852 beds"),  # BESIDE: right before the number
        ("全省共有企业8000家。", "8,000 companies"),  # PHRASE
    ],
)
def test_each_reach_still_names_its_count(text: str, en: str) -> None:
    assert NOUN_TABLE["省份"][1] == BESIDE and NOUN_TABLE["床位"][1] == BESIDE and NOUN_TABLE["企业"][1] == PHRASE
    assert [f.en for f in extract_figures(text, region="mainland") if f.kind == "count"] == [en]


def test_every_sum_verb_morpheme_has_its_forms_and_no_form_is_unread() -> None:
    assert set(ex._SUM_VERB_FORMS) == set(SUM_VERB_MORPHEMES)
    for morpheme in SUM_VERB_MORPHEMES:
        assert morpheme in ex._SUM_VERB_FORMS[morpheme]

