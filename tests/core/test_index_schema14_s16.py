"""Guards schema 14 (review s15 R15): `figures --all --json/--csv` answers from the index
again. Session 15 added each figure's qualifier, a range's ends, its sentence and a money
figure's currency_basis to the records, and read every briefing again for them (the
374-file dev folder: 0.6 s -> 13-16 s). The index now keeps them (figs.qual/low/top/sent,
figdetail): the records are the ones the re-read gives, and no briefing file is read.
A schema-13 library is rebuilt, keeping what the user made."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from helpers.cli import cli

from briefreader import index as index_module
from briefreader.index import SCHEMA_VERSION, Index
from briefreader.library import Library
from briefreader.model import Briefing, Figure

ROOT = Path(__file__).resolve().parents[2]
sqlite3 = index_module.sqlite3

# hedges, ranges with and without a value, a Hong Kong sum (region and currency_basis), a
# Traditional page, a sentence shared by two figures, one figure with no number
EXTRA = {
    "hedges.txt": "投资超过3000亿元，另有3000亿元用于配套。全市建设2个至3个园区，约100多平方米。\n",
    "hk.txt": "香港政府統計處公佈\n\n2023年12月1日 明報\n\n衞生署預計明年開支約為250億港元，較今年增加近5%。另撥款3億元。\n",
    "ranges.txt": "今年新增企业10至20多家，占比30%-40%，近50万个岗位，20多名专家，至少有两名院士。\n",
    "plain.txt": "一份没有数字的简报。\n",
}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "briefings"
    shutil.copytree(ROOT / "briefings", root)
    for name, text in EXTRA.items():
        (root / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return root


def _run(capsys, root: Path, *args: str) -> str:
    code, out, err = cli(capsys, "--briefings", str(root), "--notes", str(root.parent / "notes.toml"), *args)
    assert code == 0, err
    return out


ASKED = [
    ("figures", "--all", "--json"),
    ("figures", "--all", "--csv"),
    ("figures", "--all", "--sort", "value", "--json"),
    ("figures", "--all", "money>1亿", "--json"),
    ("figures", "--all", "园区", "--csv"),
]


@pytest.mark.parametrize("args", ASKED)
def test_figures_all_answers_from_the_index_as_the_reread_did(folder, capsys, monkeypatch, args):
    _run(capsys, folder, "list")  # the index is made (and warm below: no file changed)

    def no_reading(*_a, **_k):
        raise AssertionError("a briefing file was read again")

    with monkeypatch.context() as m:
        m.setattr(Library, "full_many", no_reading)
        m.setattr(Library, "full", no_reading)
        from_index = _run(capsys, folder, *args)
    # the re-read of session 15 (the path without the index's details), on the same rows
    monkeypatch.setattr(Index, "figure_details", lambda self, rowids: None)
    reread = _run(capsys, folder, *args)
    assert from_index == reread
    assert len(from_index.splitlines()) > 10
    if "--json" in args and "money>1亿" in args:  # a money figure's currency_basis came along
        records = json.loads(from_index)
        assert any(r.get("currency_basis") for r in records)
        assert {r["qualifier"] for r in records} >= {"exact"}


def test_each_value_low_high_and_qualifier_comes_back():
    from briefreader.index import _figure_columns, _figure_fields

    nan_free = [None, 0.0, -0.0, 2.0, 2.5, 1e308, -math.inf, math.inf, 2**62 * 1.0, 0.1 + 0.2]
    for qualifier in ("exact", "approx", "over", "under", "nearly", "range", "someday"):
        for value in nan_free:
            for low in nan_free[:5]:
                for high in nan_free[::3]:
                    f = Figure("count", "x", 0, 1, value, low, high, "", qualifier)
                    got = _figure_fields(*_figure_columns(f))
                    assert got == (value, low, high, qualifier)
                    assert [math.copysign(1, v) for v in got[:3] if v == 0] == [
                        math.copysign(1, v) for v in (value, low, high) if v == 0
                    ]


def _briefing(n: int, text: str) -> Briefing:
    from briefreader.figures import extract_figures

    return Briefing(id=str(n), path="", fingerprint=str(n), title="", text=text, figures=extract_figures(text))


def test_details_leave_with_their_briefing(tmp_path: Path):
    from briefreader.index import prepared_document

    root = tmp_path / "corpus"
    root.mkdir()
    with Index.open(tmp_path / "cache", root, "v1") as index:
        a, b = _briefing(1, EXTRA["hedges.txt"]), _briefing(2, EXTRA["ranges.txt"])
        ka = index.store("a", 1, 1, a, document=prepared_document(a))
        kb = index.store("b", 1, 1, b, document=prepared_document(b))
        ka2 = index.store("a", 2, 2, a)  # stored again: a new key, the old details gone
        details = index.figure_details(ka2 * index_module.FIG_SPAN + n for n in range(len(a.figures)))
        assert [d[4] for d in details.values()] == [f.sentence for f in a.figures]
        assert [d[:4] for d in details.values()] == [(f.value, f.low, f.high, f.qualifier) for f in a.figures]
        index.prune(["b"])
        index.commit()
        conn = index._conn
        assert {d for (d,) in conn.execute("SELECT doc FROM figdetail")} == {kb}
        assert ka not in {d for (d,) in conn.execute("SELECT doc FROM figdetail")}


def _as_schema_13(path: Path) -> None:
    """Make the index file what schema 13 wrote: figs without qual/sent/low/top, no figdetail."""
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        DROP VIEW figrows;
        DROP TABLE figdetail;
        ALTER TABLE figs DROP COLUMN qual;
        ALTER TABLE figs DROP COLUMN sent;
        ALTER TABLE figs DROP COLUMN low;
        ALTER TABLE figs DROP COLUMN top;
        PRAGMA user_version = 13;
        """
    )
    conn.commit()
    conn.close()


def test_a_schema_13_library_is_rebuilt_and_keeps_marks_notes_and_bookmarks(cli_env: Path, capsys):
    a, b = "000_6725c00bccd9a398", "004_bbc993df6f2fe461"
    code, before, _ = cli(capsys, "figures", "--all", "--json")
    assert code == 0
    assert cli(capsys, "read", a)[0] == 0
    assert cli(capsys, "bookmark", b)[0] == 0
    assert cli(capsys, "note", a, "核对数字")[0] == 0
    (path,) = (cli_env / "cache").glob("index-*.sqlite3")
    _as_schema_13(path)

    code, after, err = cli(capsys, "figures", "--all", "--json")
    assert code == 0 and "Traceback" not in err
    assert json.loads(after) == json.loads(before)
    conn = sqlite3.connect(path)  # the same file, made again at this schema
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 14
        assert conn.execute("SELECT count(*) FROM figdetail").fetchone()[0] > 0
    finally:
        conn.close()
    for query, want in (("is:read", [a]), ("is:bookmarked", [b]), ("has:note", [a])):
        code, out, _ = cli(capsys, "list", query, "--json")
        assert code == 0 and [r["id"] for r in json.loads(out)] == want


def test_a_semicolon_in_a_schema_comment_ends_no_statement():
    script = "CREATE TABLE t (a INTEGER, -- one; two\n b TEXT);\nCREATE INDEX t_a ON t (a);\n"
    assert list(index_module._statements(script)) == [
        "CREATE TABLE t (a INTEGER, -- one; two\n b TEXT);\n",
        "CREATE INDEX t_a ON t (a);\n",
    ]
