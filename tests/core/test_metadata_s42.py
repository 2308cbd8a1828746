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


# --- a headline (and its deck) run into the lead's dateline, sharing no words with it (dev s30_01, a news corpus's
# record, qianshuang/dl-exp; dev-retired28 s31h_08, a page's text copied whole, FudanNLP/fnlp): the dateline was not
# read from the middle of the line, so the item had no source and no date, and its title ran on into the dateline


def _one(text: str):
    (doc,) = ingest_entries(text.encode("utf-8"), id="d", path="d.txt", suffix=".txt")
    return doc


def test_a_dateline_glued_to_the_headline_with_its_full_day_gives_outlet_day_and_headline() -> None:
    doc = _one(f"组图：某地健身房更衣室规定引争议会员联名发声新浪娱乐讯2008年11月30日，{_LEAD}{_MORE}\n")
    assert doc.source == "新浪娱乐" and doc.date_iso == "2008-11-30", (doc.source, doc.date_iso)
    assert doc.title == "组图：某地健身房更衣室规定引争议会员联名发声", doc.title


def test_a_dateline_after_a_blank_inside_the_lead_line_gives_its_outlet() -> None:
    doc = _one(f"健身房更衣室规定引争议！会员：这规定真让人难受 新华社讯 {_LEAD}{_MORE}\n")
    assert doc.source == "新华社", doc.source


def test_a_relay_or_a_dateline_after_a_sentence_is_no_seam() -> None:
    # guard: "据新华社电" in the text relays a wire (no seam), and a dateline after a finished sentence is the text's
    # own words; neither ever sets the title
    for text in (
        f"某地健身房更衣室规定引争议，会员据新华社讯 {_LEAD}{_MORE}\n",
        f"某地健身房更衣室规定引争议。新华社讯 {_LEAD}{_MORE}\n",
    ):
        doc = _one(text)
        assert not doc.title.startswith("某地健身房更衣室规定引争议") or doc.title_generated, doc.title


def test_a_glued_unknown_name_before_xun_with_no_day_is_no_seam() -> None:
    # guard: "…互摸某某讯" glued with no day after it: a name the table does not know, no dateline read
    doc = _one(f"某地健身房更衣室规定引争议会员联名发声快乐小组讯，{_LEAD}{_MORE}\n")
    assert doc.source != "快乐小组", doc.source
