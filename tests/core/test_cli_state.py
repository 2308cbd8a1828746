"""Guards the CLI's reading state and notes management: read, list is:unread/is:new, notes, note --edit/--delete."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.cli import cli

ROOT = Path(__file__).resolve().parents[2]
A, B = "000_6725c00bccd9a398", "004_bbc993df6f2fe461"


def ids(capsys, *query: str) -> list[str]:
    code, out, _ = cli(capsys, "list", *query, "--json")
    assert code == 0
    return [b["id"] for b in json.loads(out)]


def test_read_and_unread_from_the_cli(cli_env: Path, capsys) -> None:
    everything = ids(capsys)
    assert len(everything) == 5 and ids(capsys, "is:unread") == everything
    code, out, _ = cli(capsys, "read", A, B)
    assert code == 0 and "marked 2 of 2 briefings read" in out
    assert (cli_env / "readstate.sqlite3").is_file()  # beside notes.toml, not in the cache
    assert not (cli_env / "cache" / "readstate.sqlite3").exists()
    assert sorted(ids(capsys, "is:read")) == sorted([A, B])
    assert len(ids(capsys, "is:unread")) == 3
    assert cli(capsys, "read", A)[1].strip() == "marked 0 of 1 briefing read (1 already read)"
    assert cli(capsys, "read", A, "--unread")[0] == 0
    assert ids(capsys, "is:read") == [B]


def test_read_state_follows_a_renamed_file(cli_env: Path, capsys) -> None:
    cli(capsys, "read", A)
    (cli_env / "briefings" / f"{A}.txt").rename(cli_env / "briefings" / "renamed.txt")
    assert ids(capsys, "is:read") == ["renamed"]


def test_read_of_an_unknown_id_writes_nothing(cli_env: Path, capsys) -> None:
    code, _, err = cli(capsys, "read", A, "no_such_briefing")
    assert code != 0 and "no_such_briefing" in err
    assert ids(capsys, "is:read") == []


def test_corrupt_state_is_set_aside_and_said(cli_env: Path, capsys) -> None:
    (cli_env / "readstate.sqlite3").write_bytes(b"garbage" * 1000)
    code, out, err = cli(capsys, "list", "is:unread", "--json")
    assert code == 0 and len(json.loads(out)) == 5
    assert "set aside" in err and "readstate.sqlite3.corrupt-" in err
    assert any(p.name.startswith("readstate.sqlite3.corrupt-") for p in cli_env.iterdir())


def test_is_new_is_what_the_latest_session_first_saw(cli_env: Path, capsys) -> None:
    from briefreader.config import read_config
    from briefreader.library import load_library
    from briefreader.readstate import ReadState

    state = ReadState.open(cli_env / "readstate.sqlite3")
    state.start_session()  # the previous session saw every sample
    state.note_seen(
        b.fingerprint for b in load_library(read_config(cli_env / "config.toml"), use_cache=False).briefings
    )
    state.close()
    ReadState.open(cli_env / "readstate.sqlite3").start_session()  # the next session starts
    assert ids(capsys, "is:new") == []
    (cli_env / "briefings" / "fresh.txt").write_text("新到的简报\n\n上海今天发布了新的消费数据。", encoding="utf-8")
    assert ids(capsys, "is:new") == ["fresh"]


def test_note_edit_delete_and_the_notes_listing(cli_env: Path, capsys) -> None:
    assert cli(capsys, "note", A, "第一条")[0] == 0
    assert cli(capsys, "note", A, "第二条")[0] == 0
    assert cli(capsys, "bookmark", B)[0] == 0
    code, out, _ = cli(capsys, "notes", "--json")
    listed = {e["id"]: e for e in json.loads(out)}
    assert set(listed) == {A, B} and listed[B]["bookmarked"] and listed[B]["notes"] == []
    assert [(n["n"], n["text"]) for n in listed[A]["notes"]] == [(1, "第一条"), (2, "第二条")]
    assert cli(capsys, "note", A, "--edit", "2", "第二条（改）")[0] == 0
    code, out, _ = cli(capsys, "note", A, "--delete", "1")
    assert code == 0 and "第一条" in out
    code, out, _ = cli(capsys, "notes")
    lines = out.splitlines()  # piped: tab-separated, the id on every line
    assert f"\t{A}\t1\t第二条（改）" in lines
    assert not any("第一条" in line for line in lines)
    assert [e["id"] for e in json.loads(cli(capsys, "notes", "is:bookmarked", "--json")[1])] == [B]


def test_note_numbers_are_checked(cli_env: Path, capsys) -> None:
    cli(capsys, "note", A, "唯一")
    code, _, err = cli(capsys, "note", A, "--delete", "2")
    assert code != 0 and "has 1 note; there is no note 2" in err
    code, _, err = cli(capsys, "note", A, "--edit", "1", " ")
    assert code != 0 and "the note is empty" in err
    code, _, err = cli(capsys, "note", A, "--edit", "x", "y")
    assert code != 0 and "expected a whole number" in err
    code, _, err = cli(capsys, "note", A, "--delete", "1", "extra")
    assert code != 0 and "unrecognized arguments: extra" in err
    code, _, err = cli(capsys, "note", A, "--edit", "1", "x", "--delete", "1")
    assert code == 2 and "not allowed with" in err
    assert json.loads(cli(capsys, "notes", "--json")[1])[0]["notes"][0]["text"] == "唯一"


def test_list_shows_what_is_unread(cli_env: Path, capsys) -> None:
    cli(capsys, "read", A)
    code, out, _ = cli(capsys, "list", "--json")
    assert code == 0
    read = {b["id"]: b["read"] for b in json.loads(out)}
    assert read[A] is True and read[B] is False
    code, out, _ = cli(capsys, "list")  # a pipe: tab-separated, the mark in the first column
    marks = {line.split("\t")[1]: line.split("\t")[0] for line in out.splitlines()}
    assert marks[A] == "" and marks[B] == "•"


def test_notes_of_an_id_or_its_prefix_lists_that_briefings_notes(cli_env: Path, capsys) -> None:
    """Tester s22 T20: `notes ID` after `note ID` searched the id as a word and said there were
    no notes; a query that matches nothing but names one id (or its only prefix) means that briefing."""
    cli(capsys, "note", A, "第一条")
    cli(capsys, "bookmark", B)
    assert [e["id"] for e in json.loads(cli(capsys, "notes", A, "--json")[1])] == [A]
    assert [e["id"] for e in json.loads(cli(capsys, "notes", A[:6], "--json")[1])] == [A]  # 000_67…: one id
    code, out, err = cli(capsys, "notes", "001")  # a briefing without notes: said, not "no notes anywhere"
    assert code == 0 and out == "" and "no notes or bookmark on 001_" in err
    code, out, err = cli(capsys, "notes", "00")  # every id starts so: a word again, matching nothing
    assert code == 0 and out == "" and "no notes or bookmarks on the chosen briefings" in err
