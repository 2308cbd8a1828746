"""Guards what a new user ran into on real briefings (session 7, new-user pass):
an export over a notes file that does not parse, the stories table, the digest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.cli import cli

from briefreader.export import export_markdown
from briefreader.notes import NotesError, NotesStore

ROOT = Path(__file__).resolve().parents[2]


CORRUPT = 'version = 1\n[briefings."x"\n'  # a hand edit cut short


def test_export_markdown_refuses_a_notes_file_that_does_not_parse(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    path.write_text(CORRUPT, encoding="utf-8")
    store = NotesStore.open(path)
    assert store.read_only
    with pytest.raises(NotesError, match="nothing was exported"):
        export_markdown(store, {})


def test_export_keeps_the_last_good_export_when_notes_do_not_parse(cli_env, capsys) -> None:
    assert cli(capsys, "note", "000_6725c00bccd9a398", "营收超过3000亿元")[0] == 0
    assert cli(capsys, "export")[0] == 0
    good = (cli_env / "notes.md").read_text(encoding="utf-8")
    assert "营收超过3000亿元" in good
    (cli_env / "notes.toml").write_text(CORRUPT, encoding="utf-8")
    code, out, err = cli(capsys, "export")
    assert code == 1 and out == ""
    assert "does not parse" in err and "nothing was exported" in err and len(err.strip().splitlines()) == 1
    assert (cli_env / "notes.md").read_text(encoding="utf-8") == good  # not replaced by an empty export
    code, out, err = cli(capsys, "export", "-o", "-")
    assert code == 1 and out == "" and "nothing was exported" in err


def test_stories_table_names_every_version(tmp_path: Path, monkeypatch, capsys) -> None:
    """Two outlets' copies of one article: the table named only the first version's id,
    the other rows had a date, a source and a title but no id to open."""
    corpus = tmp_path / "briefings"
    corpus.mkdir()
    body = "上海市经济和信息化委员会今天发布消息，2025上海信息消费节将于五月开幕，预计带动消费超过3000亿元。" * 6
    (corpus / "a_xinmin.txt").write_text("信息消费节五月开幕\n\n" + body, encoding="utf-8")
    (corpus / "b_yicai.txt").write_text("信息消费节五月开幕\n\n" + body, encoding="utf-8")
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    code, out, _ = cli(capsys, "--briefings", str(corpus), "--notes", str(tmp_path / "n.toml"), "stories")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == 2, out
    ids = {rows[0][0], rows[1][0].removeprefix("└ ")}
    assert ids == {"a_xinmin", "b_yicai"} and rows[0][1] == "2 versions" and rows[1][1] == ""


def _topic_corpus(tmp_path: Path, monkeypatch) -> list[str]:
    corpus = tmp_path / "briefings"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "---\ntitle: 天气转凉\ndate: 2024-05-03\n---\n\n本周气温下降，市民出行请注意添衣。", encoding="utf-8"
    )
    (corpus / "b.txt").write_text(
        "---\ntitle: 元宇宙产业联盟成立\ndate: 2024-04-02\n---\n\n"
        "元宇宙产业联盟今天成立，元宇宙、虚拟现实和数字孪生企业加入，元宇宙应用加速落地。",
        encoding="utf-8",
    )
    (corpus / "c.txt").write_text("---\ntitle: 旧闻\ndate: 2023-12-30\n---\n\n去年年底的一则消息。", encoding="utf-8")
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "config.toml", tmp_path / "config.toml")
    return ["--briefings", str(corpus), "--notes", str(tmp_path / "n.toml")]


def test_digest_puts_other_after_the_topics(tmp_path: Path, monkeypatch, capsys) -> None:
    """The newest story had no topic: "## Other" came first and the topics under it."""
    args = _topic_corpus(tmp_path, monkeypatch)
    code, md, _ = cli(capsys, *args, "digest")
    assert code == 0
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings[-1] == "## Other" and len(headings) == 2, headings
    assert md.index("元宇宙产业联盟成立") < md.index("天气转凉")


@pytest.mark.parametrize(("since", "stories"), [("2024", 2), ("2024-05", 1), ("2024-04-02", 2), ("2023-12", 3)])
def test_digest_since_takes_a_year_or_a_month_like_the_query(tmp_path, monkeypatch, capsys, since, stories) -> None:
    args = _topic_corpus(tmp_path, monkeypatch)
    code, md, _ = cli(capsys, *args, "digest", "--since", since)
    assert code == 0 and md.count("### ") == stories


@pytest.mark.parametrize("since", ["May 1", "2024-13", "24", "2024-05-40", "２０２４"])
def test_digest_since_still_refuses_what_is_not_a_date(tmp_path, monkeypatch, capsys, since) -> None:
    args = _topic_corpus(tmp_path, monkeypatch)
    code, out, err = cli(capsys, *args, "digest", "--since", since)
    assert code == 2 and out == "" and "--since needs a date" in err


def test_metrics_series_of_an_unknown_metric_says_so(cli_env, capsys) -> None:
    """`metrics --series 营收额` (a name no figure measures) printed nothing and exited 0."""
    code, out, _ = cli(capsys, "metrics", "--json")
    assert code == 0
    import json

    known = json.loads(out)[0]["metric"]
    code, out, err = cli(capsys, "metrics", "--series", known, "--csv")
    assert code == 0 and len(out.splitlines()) >= 2
    code, out, err = cli(capsys, "metrics", "--series", "没有这个指标")
    assert code == 1 and out == "" and "没有这个指标" in err and "briefreader metrics" in err
    assert len(err.strip().splitlines()) == 1
    code, out, err = cli(capsys, "metrics", "--series", known[:-1] + "X", "--json")
    assert code == 1 and out == ""


def test_first_run_help_fits_80_columns_and_names_every_format(tmp_path: Path, monkeypatch, capsys) -> None:
    """With no config and no folder, the help's command lines were 90 columns (wrapped
    mid-word at 80) and it said briefings were ".txt, .md and .html files"."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.delenv("BRIEFREADER_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "list")
    assert code == 2 and out == ""
    paths = (str(tmp_path),)
    for line in err.splitlines():
        if not any(p in line for p in paths):  # a line naming a path is as long as the path
            assert len(line) <= 80, line
    assert "briefreader config init --briefings ~/path/to/briefings" in err
    for suffix in (".xml", ".pdf", ".docx", ".epub", ".eml", ".json"):
        assert suffix in err


def test_a_corrupt_read_state_is_one_warning_not_two(cli_env, capsys) -> None:
    """`list is:unread` over a read-state file that is not a database printed the same
    "set aside" warning twice."""
    assert cli(capsys, "read", "000_6725c00bccd9a398")[0] == 0
    state = (cli_env / "notes.toml").with_name("readstate.sqlite3")
    assert state.exists()
    for suffix in ("-wal", "-shm"):
        Path(str(state) + suffix).unlink(missing_ok=True)
    state.write_bytes(b"not a database " * 20)
    code, out, err = cli(capsys, "list", "is:unread")
    assert code == 0 and len(out.splitlines()) == 5  # every briefing unread again
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "set aside" in lines[0], lines


def test_show_original_of_an_html_page_is_its_text_not_its_markup(tmp_path, capsys):
    """The new-user pass: `show --original` (and `o`) on a saved page printed its source,
    2,200 lines of <head>, scripts and styles; an analyst wants the page's text as written
    (its own script, its menus too), said so, and never markup."""
    from briefreader.cli import main

    folder = tmp_path / "b"
    folder.mkdir()
    page = (
        "<!DOCTYPE html><html><head><title>港府公布 新措施</title><style>p{color:red}</style>"
        "<script>var a = '<p>不是正文</p>';</script></head><body><nav>主頁 | 本地</nav>"
        "<h1>港府公布\u3000新措施</h1><div class='c'><p>政府今日宣布，撥款<b>5億元</b>支援中小企。</p>"
        "<p>計劃\t\t將於  下月推出。</p></div><footer>© 港台</footer></body></html>"
    )
    (folder / "page.html").write_text(page, encoding="utf-8")
    (folder / "note.md").write_text("# 標題\n\n<b>保留</b> *原文*\n", encoding="utf-8")
    notes = tmp_path / "notes.toml"
    assert main(["--briefings", str(folder), "--notes", str(notes), "--no-cache", "show", "page", "--original"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[the text of this HTML page, markup removed]")
    assert "<" not in out and "color:red" not in out and "var a" not in out
    assert "主頁 | 本地" in out and "撥款5億元支援中小企。" in out and "© 港台" in out  # as written, Traditional
    assert "計劃 將於 下月推出。" in out  # spaces collapsed as a browser shows them
    assert out.count("港府公布") == 1  # the <title> is not repeated over the same <h1>
    # Markdown is text: its original is the file as written
    assert main(["--briefings", str(folder), "--notes", str(notes), "--no-cache", "show", "note", "--original"]) == 0
    assert capsys.readouterr().out.startswith("# 標題\n\n<b>保留</b> *原文*")


def test_export_never_replaces_a_notes_md_briefreader_did_not_write(cli_env, capsys) -> None:
    """The new-user pass: `e` (and `briefreader export`) wrote "No notes or bookmarks yet."
    over ./notes.md, the default export path, which held someone's own notes."""
    own = cli_env / "notes.md"
    own.write_text("# My notes\n\nthree weeks of reading\n", encoding="utf-8")
    code, out, err = cli(capsys, "export")
    assert code == 1 and out == ""
    assert "was not written by briefreader" in err and len(err.strip().splitlines()) == 1
    assert own.read_text(encoding="utf-8") == "# My notes\n\nthree weeks of reading\n"
    # a file named with -o is replaced only with --force (s15, tester s14 F14: a typo'd -o lost a
    # report); and an export of ours is replaced again
    assert cli(capsys, "export", "-o", str(own))[0] == 1
    assert cli(capsys, "export", "-o", str(own), "--force")[0] == 0
    assert own.read_text(encoding="utf-8").startswith("# briefreader notes")
    assert cli(capsys, "note", "000_6725c00bccd9a398", "营收超过3000亿元")[0] == 0
    assert cli(capsys, "export")[0] == 0
    assert "营收超过3000亿元" in own.read_text(encoding="utf-8")
