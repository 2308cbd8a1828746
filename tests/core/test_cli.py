"""Guards the CLI in-process: write commands, JSON shapes, and errors without tracebacks."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from helpers.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def test_note_bookmark_export_round_trip(cli_env, capsys) -> None:
    assert cli(capsys, "bookmark", "004_bbc993df6f2fe461")[0] == 0
    assert cli(capsys, "note", "000_6725c00bccd9a398", "营收超过3000亿元, [see] *this*")[0] == 0
    notes = tomllib.loads((cli_env / "notes.toml").read_text(encoding="utf-8"))
    assert notes["version"] == 1
    assert notes["briefings"]["004_bbc993df6f2fe461"]["bookmarked"] is True
    entry = notes["briefings"]["000_6725c00bccd9a398"]
    assert entry["fingerprint"].startswith("sha256:")
    assert entry["notes"][0]["text"] == "营收超过3000亿元, [see] *this*"

    code, out, _ = cli(capsys, "export")
    assert code == 0 and str((cli_env / "notes.md")) in out
    md = (cli_env / "notes.md").read_text(encoding="utf-8")
    assert "2025上海信息消费节" in md and "\\[see\\] \\*this\\*" in md

    listed = {b["id"]: b for b in json.loads(cli(capsys, "list", "--json")[1])}
    assert listed["004_bbc993df6f2fe461"]["bookmarked"] is True
    assert listed["000_6725c00bccd9a398"]["notes"][0]["text"].startswith("营收")

    assert cli(capsys, "bookmark", "004_bbc993df6f2fe461", "--off")[0] == 0
    listed = {b["id"]: b for b in json.loads(cli(capsys, "list", "--json")[1])}
    assert listed["004_bbc993df6f2fe461"]["bookmarked"] is False
    assert cli(capsys, "export", "-o", "-")[1].startswith("#")


def test_corrupt_notes_file_is_reported_and_kept(cli_env, capsys) -> None:
    (cli_env / "notes.toml").write_text("this is = = not toml", encoding="utf-8")
    code, _, err = cli(capsys, "note", "000_6725c00bccd9a398", "x")
    assert code != 0 and "notes.toml" in err and len(err.strip().splitlines()) == 1
    assert (cli_env / "notes.toml").read_text(encoding="utf-8") == "this is = = not toml"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nope"], "unknown briefing id"),
        (["figures", "nope"], "unknown briefing id"),
        (["note", "nope", "x"], "unknown briefing id"),
        (["note", "000_6725c00bccd9a398", "   "], "note is empty"),
        (["--briefings", "/does/not/exist", "list"], "briefings folder not found"),
        (["--config", "/does/not/exist.toml", "list"], "config file not found"),
        (["frobnicate"], "invalid choice"),
        (["show"], "required"),
        (["list", "topc:x"], "query"),
    ],
)
def test_errors_are_one_line(cli_env, capsys, args, message) -> None:
    code, out, err = cli(capsys, *args)
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_id_prefix_and_extension_are_accepted(cli_env, capsys) -> None:
    assert "张江" in cli(capsys, "show", "004_bbc")[1]
    assert "张江" in cli(capsys, "show", "004_bbc993df6f2fe461.txt")[1]


def test_figures_json_has_ids_when_listing_all(cli_env, capsys) -> None:
    figures = json.loads(cli(capsys, "figures", "--json")[1])
    assert figures and all("id" in f for f in figures)
    one = json.loads(cli(capsys, "figures", "004_bbc993df6f2fe461", "--json")[1])
    assert one and all("id" not in f for f in one)
    assert {"kind", "text", "start", "end", "value", "unit", "qualifier", "en", "sentence"} <= set(one[0])


def test_check_lists_bad_files_and_list_survives(cli_env, capsys) -> None:
    (cli_env / "briefings" / "empty.txt").write_bytes(b"")
    (cli_env / "briefings" / "nul.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    (cli_env / "briefings" / "bad.md").write_text(
        "---\ntitle: [oops\n---\n正文内容在此,这是一段足够长的正文内容。\n", encoding="utf-8"
    )
    code, out, _ = cli(capsys, "check")
    assert code == 1
    assert "empty.txt: empty" in out and "nul.txt: binary" in out and "bad.md: front_matter" in out
    ids = {b["id"] for b in json.loads(cli(capsys, "list", "--json")[1])}
    assert "bad" in ids and "empty" not in ids and "nul" not in ids
    assert len(ids) == 6
