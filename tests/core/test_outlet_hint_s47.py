"""IncrementalFilter.outlet_hint: a plain word that is an outlet's whole name offers its
``source:`` term (new user s46 N6: typing 蘋果日報 found the briefings that mention the
paper, not the ones it published, and nothing said why)."""

from __future__ import annotations

import pytest
from core.test_filter_fields import TAXONOMY, corpus

from briefreader.query import IncrementalFilter


@pytest.fixture
def live():
    pytest.importorskip("numpy")
    return IncrementalFilter(corpus(1500), taxonomy=TAXONOMY)


@pytest.mark.parametrize(
    ("typed", "term"),
    [
        ("新民晚报", "source:新民晚报"),
        ("新民晚報", "source:新民晚报"),  # either script
        ("证券时报", "source:证券时报"),  # the list's source is 證券時報
        ('"上海发布"', "source:上海发布"),
    ],
)
def test_a_whole_outlet_name_offers_its_source_term(live, typed: str, term: str) -> None:
    hint = live.outlet_hint(typed)
    assert hint is not None and hint[0] == term
    # the count is what the offered term finds
    assert hint[1] == live.select(term).count(1) > 0


def test_the_count_covers_every_source_the_term_finds() -> None:
    """source: is a substring test: 新民网 is one outlet, and source:新民网 finds only it."""
    pytest.importorskip("numpy")
    docs = corpus(800)
    live = IncrementalFilter(docs, taxonomy=TAXONOMY)
    hint = live.outlet_hint("新民网")
    assert hint == ("source:新民网", sum(b.source == "新民网" for b in docs))


@pytest.mark.parametrize(
    "typed",
    [
        "新民",  # inside two outlets' names: noise, not a name
        "新民晚报 上海",  # two terms: the reader is searching text
        "-新民晚报",  # negated
        "source:新民晚报",  # already the field
        "topic:元宇宙",
        "路透社",  # no outlet of that name
        '"新民晚报',  # still being typed
        "",
    ],
)
def test_anything_else_offers_nothing(live, typed: str) -> None:
    assert live.outlet_hint(typed) is None


def test_the_hint_leaves_the_incremental_state_alone(live) -> None:
    live.select("新民")
    last = live._last
    assert live.outlet_hint("新民晚报") is not None
    assert live._last is last


def test_the_outlets_are_read_once_a_list_not_at_each_keystroke(live, monkeypatch) -> None:
    """The filter asks at every keystroke: the distinct sources' forms are made once for the list's field codes (a
    library of 10^6 briefings has thousands of outlets, past source_form's cache)."""
    import briefreader.query as q

    live.outlet_hint("新民晚报")
    calls = []
    real = q.source_form
    monkeypatch.setattr(q, "source_form", lambda s: calls.append(s) or real(s))
    assert live.outlet_hint("新民晚報") is not None and live.outlet_hint("上海发布") is not None
    assert calls == []
    live.reset(corpus(300, seed=3))  # another list: its own outlets
    assert live.outlet_hint("新民晚报") is not None and calls
