"""Guards session 42's metadata changes (issue 12), built from kinds of place found in files of several repositories,
not from one file's literal. Each test fails on the code before unless it says it is a guard.

A closing bracket after the last sentence may hold the outlet's name ("…上升了39%。（卫星新闻）") or a copy's note
naming it ("（本文出自中国教育报）", "(本文来自澎湃新闻…)", "（本文出自《…》…）": dev-retired37 s40h_06, dev s7_29,
dev-retired31 s34h_05, three repositories). The note's words end as a paper's name does (…报), so they were read as
one outlet: the source became "本文出自中国教育报"."""

from __future__ import annotations

from briefreader.ingest import ingest_entries

_LEAD = "近日，当地一家健身房发生争议事件，多名会员向管理方反映更衣室使用规定不清，要求尽快作出说明并改进管理。"
_MORE = "管理方表示，将在一周内公布新的规定，并邀请会员代表参与讨论，相关部门也表示会持续关注此事的进展。"


def _source(text: str) -> str:
    (doc,) = ingest_entries(text.encode("utf-8"), id="d", path="d.txt", suffix=".txt")
    return doc.source


def test_a_closing_brackets_note_names_its_outlet_not_its_own_words() -> None:
    for note, outlet in (
        ("（本文出自中国教育报）", "中国教育报"),
        ("(本文来自澎湃新闻)", "澎湃新闻"),
        ("（本文转载自端传媒）", "端传媒"),
    ):
        text = f"某地健身房更衣室规定引争议\n\n{_LEAD}\n\n{_MORE}{note}\n"
        assert _source(text) == outlet, note


def test_a_closing_brackets_note_naming_no_outlet_gives_no_source() -> None:
    # guard: a note crediting a person (a book's author, a blogger) names no outlet: nothing, never the note's words
    text = f"某地健身房更衣室规定引争议\n\n{_LEAD}\n\n{_MORE}（本文出自张明远）\n"
    assert "本文" not in _source(text)


def test_an_outlets_name_alone_in_the_closing_bracket_is_still_its_credit() -> None:
    # guard: the bracket holding the outlet's name alone is read as before (dev-retired30 s33h_09's kind)
    text = f"某地健身房更衣室规定引争议\n\n{_LEAD}\n\n{_MORE}（卫星新闻）\n"
    assert _source(text) == "卫星新闻"
