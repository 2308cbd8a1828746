"""Guards the Markdown export: structure, ordering, paragraphs, escaping checked with a CommonMark parser."""

from __future__ import annotations

import datetime as dt
import re
import stat
from pathlib import Path

import pytest
from helpers.unsafe import expected_line, expected_strip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefreader import notes as notes_mod
from briefreader.export import escape_inline, export_markdown, write_export
from briefreader.model import Briefing, Figure
from briefreader.notes import NotesError, NotesStore

CST = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 11, 22, 10, 30, tzinfo=CST)
COMMONMARK = MarkdownIt("commonmark")

# Text that is hard on Markdown: every metacharacter, line-start markers, raw HTML.
NASTY = st.lists(
    st.one_of(
        st.sampled_from(
            list("*_[]#<>`\\|!()-+=.:&;~ \t\n") + ["1.", "1)", "<b>", "<!--", "&amp;", "    ", "```", "---"]
        ),
        st.characters(codec="utf-8", blacklist_characters="\x1b\x9b"),  # sequences: test_terminal_safety
    ),
    max_size=30,
).map("".join)


def briefing(
    id: str, title: str = "", date: dt.date | None = None, precision: str = "day", source: str = ""
) -> Briefing:
    return Briefing(
        id=id,
        path=f"/corpus/{id}.txt",
        fingerprint=f"sha256:{id}",
        title=title or f"标题 {id}",
        text="",
        date=date,
        date_precision=precision if date else None,
        source=source,
    )


FIG = Figure(kind="money", text="超过3000亿元", start=0, end=7, value=3e11, qualifier="over", en="over RMB 300 bn")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> NotesStore:
    monkeypatch.setattr(notes_mod, "_now", lambda: dt.datetime(2026, 11, 22, 10, 1, tzinfo=CST))
    return NotesStore.open(tmp_path / "notes.toml")


def tokens(markdown: str) -> list[Token]:
    return COMMONMARK.parse(markdown)


def assert_no_html(toks: list[Token]) -> None:
    for tok in toks:
        assert tok.type not in ("html_block", "html_inline")
        assert_no_html(tok.children or [])


def inline_text(tok: Token) -> str:
    """The rendered text of an inline token; hard breaks as newlines."""
    return "".join("\n" if c.type == "hardbreak" else c.content for c in tok.children or [])


def headings(toks: list[Token], tag: str = "h2") -> list[str]:
    return [inline_text(toks[i + 1]) for i, t in enumerate(toks) if t.type == "heading_open" and t.tag == tag]


def top_level_paragraphs(toks: list[Token]) -> list[str]:
    return [inline_text(toks[i + 1]) for i, t in enumerate(toks) if t.type == "paragraph_open" and t.level == 0]


# ------------------------------------------------------------------------- content


def test_full_section(store: NotesStore) -> None:
    b = briefing("2025/000_abc", "上海发布信息消费行动方案", dt.date(2025, 5, 17), source="新华社")
    store.set_bookmark(b, True)
    store.add_note(b, "规模目标\n值得跟进", FIG)

    md = export_markdown(store, {b.id: b}, now=NOW)
    assert md == (
        "# briefreader notes\n"
        "\n"
        "Exported 2026-11-22 10:30 +08:00.\n"
        "\n"
        "## 上海发布信息消费行动方案\n"
        "\n"
        "- Date: 2025-05-17\n"
        "- Source: 新华社\n"
        "- File: 2025/000\\_abc.txt\n"
        "- Bookmarked: ★\n"
        "\n"
        "**2026-11-22 10:01 +08:00**\n"
        "\n"
        "> 超过3000亿元 — over RMB 300 bn\n"
        "\n"
        "规模目标\\\n"
        "值得跟进\n"
    )
    toks = tokens(md)
    assert headings(toks) == ["上海发布信息消费行动方案"]
    assert top_level_paragraphs(toks)[-1] == "规模目标\n值得跟进"


def test_paragraphs_of_a_note_stay_apart_and_lines_break_hard(store: NotesStore) -> None:
    # A note typed as two paragraphs (a blank line between) and a two-line list of points:
    # pasted into a report it must read the same, not as one run-on paragraph.
    b = briefing("a", "标题")
    store.add_note(b, "第一段：规模目标。\n\n第二段：值得跟进。\n第二段第二行。")
    md = export_markdown(store, {b.id: b}, now=NOW)
    assert md.endswith("第一段：规模目标。\n\n第二段：值得跟进。\\\n第二段第二行。\n")
    assert top_level_paragraphs(tokens(md))[-2:] == ["第一段：规模目标。", "第二段：值得跟进。\n第二段第二行。"]


def test_a_clock_west_of_greenwich_is_written_with_its_sign(store: NotesStore) -> None:
    # Notes taken in New York (UTC-05:00) and in Newfoundland (UTC-03:30) must not read as east of UTC.
    new_york = dt.datetime(2026, 11, 22, 10, 30, tzinfo=dt.timezone(-dt.timedelta(hours=5)))
    newfoundland = dt.datetime(2026, 11, 22, 10, 30, tzinfo=dt.timezone(-dt.timedelta(hours=3, minutes=30)))
    assert "Exported 2026-11-22 10:30 -05:00." in export_markdown(store, {}, now=new_york)
    assert "Exported 2026-11-22 10:30 -03:30." in export_markdown(store, {}, now=newfoundland)


def test_figure_without_english_and_note_without_text(store: NotesStore) -> None:
    b = briefing("a")
    store.add_note(b, "", Figure(kind="count", text="12家", start=0, end=3, value=12.0))
    md = export_markdown(store, {b.id: b}, now=NOW)
    assert "> 12家\n" in md and " — " not in md


def test_date_precision_is_kept(store: NotesStore) -> None:
    library = {
        "m": briefing("m", date=dt.date(2024, 3, 1), precision="month"),
        "y": briefing("y", date=dt.date(2023, 1, 1), precision="year"),
    }
    for b in library.values():
        store.set_bookmark(b, True)
    md = export_markdown(store, library, now=NOW)
    assert "- Date: 2024-03\n" in md and "- Date: 2023\n" in md


def test_bookmark_only_entries_are_exported_and_empty_ones_are_not(store: NotesStore) -> None:
    store.set_bookmark(briefing("kept"), True)
    store.set_bookmark(briefing("dropped"), True)
    store.set_bookmark(briefing("dropped"), False)
    md = export_markdown(store, {}, now=NOW)
    assert headings(tokens(md)) == ["标题 kept"]


def test_empty_store(store: NotesStore) -> None:
    md = export_markdown(store, {}, now=NOW)
    assert "No notes or bookmarks yet." in md and "##" not in md


# ------------------------------------------------------------------------ ordering


def test_newest_first_then_undated_then_by_id(store: NotesStore) -> None:
    library = {
        b.id: b
        for b in [
            briefing("b-old", date=dt.date(2023, 1, 1)),
            briefing("c-new", date=dt.date(2025, 5, 17)),
            briefing("a-new", date=dt.date(2025, 5, 17)),
            briefing("z-undated"),
            briefing("d-undated"),
            briefing("mid", date=dt.date(2024, 6, 1), precision="month"),
        ]
    }
    for b in library.values():
        store.add_note(b, f"note on {b.id}")
    store.add_note(briefing("e-gone"), "orphan")  # not in the library: sorts as undated
    md = export_markdown(store, library, now=NOW)
    ids = re.findall(r"^- File: (\S+)", md, flags=re.M)
    ids = [i.replace("\\", "").removesuffix(".txt") for i in ids]
    assert ids == ["a-new", "c-new", "mid", "b-old", "d-undated", "e-gone", "z-undated"]


def test_entry_missing_from_the_library_uses_the_stored_title(store: NotesStore) -> None:
    store.add_note(briefing("gone/old", title="已删除的简报"), "still here")
    md = export_markdown(store, {}, now=NOW)
    toks = tokens(md)
    assert headings(toks) == ["已删除的简报"]
    assert "- File: gone/old (not in the library)\n" in md
    assert "still here" in top_level_paragraphs(toks)


# ------------------------------------------------------------------------ escaping


def test_markdown_and_html_in_article_text_render_literally(store: NotesStore) -> None:
    title = "# *重要* [链接](http://x) <script>alert(1)</script> `code` | a | ![img](y) &amp; ~~x~~"
    b = briefing("a", title=title, source="<b>来源</b>")
    store.add_note(
        b,
        "- 列表\n1. 编号\n# 标题\n    缩进代码\n> 引用\n---\n===\n<div>html</div>",
        Figure(kind="money", text="*3000*亿元", start=0, end=1, value=1.0, en="<i>RMB</i> 300 bn"),
    )
    md = export_markdown(store, {b.id: b}, now=NOW)
    toks = tokens(md)
    assert_no_html(toks)
    assert headings(toks) == [title]
    assert headings(toks, "h1") == ["briefreader notes"]  # no heading came from the note
    # no list, quote or code from the note text: one list (metadata), one quote (figure)
    types = [t.type for t in toks]
    assert types.count("bullet_list_open") == 1 and "ordered_list_open" not in types
    assert types.count("blockquote_open") == 1 and "code_block" not in types and "fence" not in types
    assert "hr" not in types
    quote = toks[types.index("blockquote_open") + 2]
    assert inline_text(quote) == "*3000*亿元 — <i>RMB</i> 300 bn"
    assert top_level_paragraphs(toks)[-1] == "- 列表\n1. 编号\n# 标题\n缩进代码\n> 引用\n---\n===\n<div>html</div>"
    assert "Source: <b>来源</b>" in [inline_text(t) for t in toks if t.type == "inline"]


def test_control_characters_do_not_reach_the_output(store: NotesStore) -> None:
    b = briefing("a", title="红\x1b[31m色\x00")
    store.add_note(b, "bell\x07 and \x9b csi")
    md = export_markdown(store, {b.id: b}, now=NOW)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", md)
    assert headings(tokens(md)) == ["红色"]  # the whole escape sequence goes, not only its ESC


def normalized_line(line: str) -> str:
    """What a line should read as, from the independent list in tests/helpers/unsafe.py
    (not from safe.py, which would make the export its own oracle)."""
    return expected_line(line)


@given(title=NASTY)
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_title_comes_back_as_plain_text(store: NotesStore, title: str) -> None:
    expected = normalized_line(title)
    b = Briefing(id="a", path="/corpus/a.txt", fingerprint="sha256:a", title=title, text="")
    entry = notes_mod.Entry(id="a", title=title, bookmarked=True)
    store._entries = {"a": entry}  # no disk round trip needed for this property
    toks = tokens(export_markdown(store, {"a": b}, now=NOW))
    assert_no_html(toks)
    heading = headings(toks)
    assert heading == [expected or "a"]


@given(text=NASTY, figure=NASTY)
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_note_keeps_its_lines_inside_its_section(store: NotesStore, text: str, figure: str) -> None:
    note = notes_mod.Note(created=NOW, text=text, figure=figure or None, figure_en="over RMB 1 bn")
    store._entries = {"a": notes_mod.Entry(id="a", title="T", notes=[note])}
    b = briefing("a", title="T")
    toks = tokens(export_markdown(store, {"a": b}, now=NOW))
    assert_no_html(toks)
    types = [t.type for t in toks]
    assert headings(toks) == ["T"] and headings(toks, "h1") == ["briefreader notes"]
    assert types.count("heading_open") == 2 and types.count("bullet_list_open") == 1
    assert not {"ordered_list_open", "code_block", "fence", "hr"} & set(types)

    # Each line as typed (whitespace collapsed); blank lines separate paragraphs.
    lines = [normalized_line(x) for x in expected_strip(text).split("\n")]
    expected = [p for p in re.split(r"\n{2,}", "\n".join(lines).strip("\n")) if p]
    body = top_level_paragraphs(toks)[2:]  # after "Exported ..." and the time stamp
    assert body == expected
    if normalized_line(figure):
        quote = toks[types.index("blockquote_open") + 2]
        assert inline_text(quote) == f"{normalized_line(figure)} — over RMB 1 bn"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("- a", "\\- a"),
        ("+ a", "\\+ a"),
        ("1. a", "1\\. a"),
        ("12) a", "12\\) a"),
        ("=== a", "=== a"),  # not an underline: there is text after it
        ("===", "\\==="),
        ("---", "\\---"),
        ("-5%", "-5%"),
        ("a - b 1. c", "a - b 1. c"),  # markers only matter at the start
        ("<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"),
        ("3.5%", "3.5%"),
    ],
)
def test_escape_inline(text: str, escaped: str) -> None:
    assert escape_inline(text) == escaped


# ----------------------------------------------------------------------- writing


def test_write_export(tmp_path: Path) -> None:
    target = tmp_path / "out" / "notes.md"
    with pytest.raises(NotesError, match="does not exist"):  # a typo in the folder is not created
        write_export(target, "# x\n")
    target.parent.mkdir()
    written = write_export(target, "# x\n")
    assert written == target and written.is_absolute()
    assert target.read_text("utf-8") == "# x\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    write_export(target, "# y\n")  # replaces
    assert target.read_text("utf-8") == "# y\n"
    assert [p.name for p in target.parent.iterdir()] == ["notes.md"]  # no temp files left


def test_write_export_failure_is_a_notes_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(NotesError, match="cannot write the export"):
        write_export(blocker / "notes.md", "# x\n")


def test_escape_sequences_bidi_and_unicode_line_breaks_do_not_reach_the_export():
    from briefreader.export import escape_block, escape_inline

    assert escape_inline("\x1b[31m标题\u202e反\x1b[0m") == "标题反"
    assert escape_block("a\u2028b\x0cc") == ["a\\", "b\\", "c"]  # three lines, as written
