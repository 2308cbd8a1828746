"""Session 13 core fixes from the new-user tester's findings (s13_tester_for_lead.md)."""

from __future__ import annotations

import pytest

from briefreader.export import _relative_file
from briefreader.model import Briefing


@pytest.mark.parametrize(
    ("id", "path", "shown"),
    [
        ("dev_08_rthk_local_feed#16d515ad", "/c/dev_08_rthk_local_feed.xml", "dev_08_rthk_local_feed.xml#16d515ad"),
        ("mail/forward_mail#简报.docx", "/c/mail/forward_mail.eml", "mail/forward_mail.eml#简报.docx"),
        ("a", "/c/a.txt", "a.txt"),
        ("a.md", "/c/a.md", "a.md"),  # a.md beside a.txt keeps its extension in the id
        ("x#y", "/c/x#y.html", "x#y.html"),  # a # in the file's own name
        ("x#y#c", "/c/x#y.xml", "x#y.xml#c"),
    ],
)
def test_export_names_the_real_file_then_the_entry(id, path, shown):
    # Item 3: `- File: dev_08_rthk_local_feed#16d515ad.xml` named a file that does not exist.
    b = Briefing(id=id, path=path, fingerprint="sha256:a", title="t", text="")
    assert _relative_file(b) == shown


def test_a_config_with_a_bom_is_read(tmp_path):
    # Item 8: "invalid TOML: Invalid statement (at line 1, column 1)" for a file Notepad saved.
    from briefreader.config import read_toml

    path = tmp_path / "c.toml"
    path.write_bytes(b'\xef\xbb\xbf[display]\nscript="hant"\n')
    assert read_toml(path) == {"display": {"script": "hant"}}


def test_a_folder_given_as_the_config_is_named_a_folder(tmp_path):
    from briefreader.config import ConfigError, find_config

    with pytest.raises(ConfigError, match="is a folder"):
        find_config(tmp_path)
    with pytest.raises(ConfigError, match="config file not found"):
        find_config(tmp_path / "missing.toml")


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_a_year_dated_briefing_has_no_made_up_day_in_figure_rows(sample_dir, capsys, cache):
    # Item 4: sample 003 is dated "2023"; its figure rows said 2023-01-01 (index and memory).
    import json

    from briefreader.cli import main

    main(["--config", str(sample_dir / "config.toml"), *cache, "figures", "--all", "date:2023", "--json"])
    rows = json.loads(capsys.readouterr().out)
    rows = rows if isinstance(rows, list) else rows.get("figures", rows)
    assert rows and {r["date"] for r in rows} == {"2023"}


def test_a_read_state_that_cannot_be_created_is_not_said_to_be_unreadable(tmp_path, monkeypatch):
    # Item 9: on a full disk, with no database yet: "read state cannot be read (database or
    # disk is full) nor set aside (database or disk is full)". There was nothing to read.
    import sqlite3

    from briefreader.readstate import ReadState

    def full(self):
        self.path.touch()  # sqlite leaves the empty file it could not fill
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ReadState, "_connect", full)
    path = tmp_path / "readstate.sqlite3"
    state = ReadState.open(path)
    assert state.message and "cannot be saved (database or disk is full)" in state.message
    assert "cannot be read" not in state.message
    assert "set aside" not in state.message and not list(tmp_path.glob("*corrupt*"))
