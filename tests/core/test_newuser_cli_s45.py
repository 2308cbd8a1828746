"""Guards what a new user met in the CLI in session 45's pass (/work/notes/s45_newuser.md).

U2: `figures --help` names the positional `id` ("none: every briefing (with --all)"), so
`briefreader figures ID --all --csv` reads as "this briefing's figures as the --all table, with
their metrics". It said "no briefing matches the query" and exited 0: the id was taken as a
word of the query, which no article contains. `figures --all ID` did the same.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from helpers.cli import cli

OIL = "成品油价格调整"
BODY = "广东省发展改革委消息，我省汽、柴油价格每吨分别上调395元和385元。全年投资超过900亿元，增长12%。\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "b"
    root.mkdir()
    (root / "s41h_02_record.txt").write_text(f"{OIL}\n\n2026年9月24日 新华社\n\n{BODY}", encoding="utf-8")
    (root / "s41h_01_record.txt").write_text(
        "核电厂消防专家委员会成立\n\n2026年5月29日 新华社\n\n委员会共有委员35名，投资1000亿元。\n", encoding="utf-8"
    )
    (root / "other.txt").write_text("另一篇\n\n2026年1月1日 新华社\n\n营收增长8%。\n", encoding="utf-8")
    return root


def _run(capsys, folder: Path, *args: str) -> tuple[int, str, str]:
    return cli(capsys, "--briefings", str(folder), "--notes", str(folder.parent / "notes.toml"), *args)


def _rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


@pytest.mark.parametrize(
    "args",
    [
        ("figures", "s41h_02_record", "--all", "--csv"),  # the id before --all, as the help names it
        ("figures", "s41h_02", "--all", "--csv"),  # a unique prefix, as `figures ID` takes
        ("figures", "--all", "s41h_02", "--csv"),  # or after it
    ],
)
def test_figures_id_all_lists_that_briefings_figures(folder, capsys, args) -> None:
    code, out, err = _run(capsys, folder, *args)
    assert code == 0 and "no briefing matches" not in err, err
    rows = _rows(out)
    assert rows and {r["id"] for r in rows} == {"s41h_02_record"}, rows  # before: the header alone
    written = {r["as written"] for r in rows}
    assert {"395元", "385元", "超过900亿元", "增长12%"} <= written, written


def test_the_other_words_still_choose_among_its_figures(folder, capsys) -> None:
    code, out, err = _run(capsys, folder, "figures", "s41h_02", "--all", "money>500亿", "--csv")
    assert code == 0
    assert [r["as written"] for r in _rows(out)] == ["超过900亿元"]  # not 1000亿元 of s41h_01


def test_a_word_that_is_no_id_is_still_a_query_word(folder, capsys) -> None:
    code, out, err = _run(capsys, folder, "figures", "--all", "营收", "--csv")
    assert code == 0 and [r["as written"] for r in _rows(out)] == ["增长8%"]
    code, out, err = _run(capsys, folder, "figures", "--all", "nosuch")  # neither a word nor an id
    assert code == 0 and out == "" and "no briefing matches the query" in err
    code, out, err = _run(capsys, folder, "figures", "s41h", "--all")  # a prefix of two ids: no guess
    assert code == 0 and out == "" and "no briefing matches the query" in err


# ----- U5: a digest of a query's briefings did not say what it was a digest of ("# Digest") -----------------


def test_a_digest_of_a_query_says_the_query_in_its_title(folder, capsys) -> None:
    code, out, err = _run(capsys, folder, "digest", "成品油")
    assert code == 0 and out.startswith("# Digest: 成品油\n"), out[:80]  # before: "# Digest"
    assert out.count("### ") == 1
    code, out, err = _run(capsys, folder, "digest", "--since", "2026-05", "money>500亿")
    assert code == 0 and out.startswith("# Digest since 2026-05-01: money\\>500亿\n"), out[:80]  # > escaped
    code, out, err = _run(capsys, folder, "digest")  # no query: the title as before
    assert code == 0 and out.startswith("# Digest\n")


def test_a_digest_titled_by_its_query_is_still_one_briefreader_replaces(folder, capsys) -> None:
    target = folder.parent / "d.md"
    assert _run(capsys, folder, "digest", "成品油", "-o", str(target))[0] == 0
    code, _, err = _run(capsys, folder, "digest", "核电", "-o", str(target))  # no --force: ours, replaced
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("# Digest: 核电\n")


# ----- U6: `notes` over a notes file that does not parse said there were none, and exited 0 ----------------


@pytest.mark.parametrize("json", [False, True])
def test_notes_over_a_file_that_does_not_parse_is_an_error_not_none(folder, capsys, json) -> None:
    notes = folder.parent / "notes.toml"
    assert _run(capsys, folder, "note", "s41h_02", "查395元")[0] == 0
    kept = notes.read_text(encoding="utf-8") + "[[[bad\n"
    notes.write_text(kept, encoding="utf-8")
    code, out, err = _run(capsys, folder, "notes", *(["--json"] if json else []))
    # before: a warning, "no notes or bookmarks on any briefing here" (or `[]`), exit 0
    assert code == 1 and out == "", out
    assert "does not parse" in err and "cannot be listed" in err and "no notes" not in err
    assert len(err.strip().splitlines()) == 1
    assert notes.read_text(encoding="utf-8") == kept  # kept byte for byte


def test_check_says_one_briefing_in_the_singular(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "b"
    root.mkdir()
    (root / "one.txt").write_text("一篇简报\n\n2026年1月1日 新华社\n\n营收增长8%。\n", encoding="utf-8")
    (root / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = _run(capsys, root, "check")
    assert code == 1 and "empty.txt: empty" in out
    assert "1 briefing read; 1 problem(s) in 1 file(s)" in err, err  # before: "1 briefings read"
