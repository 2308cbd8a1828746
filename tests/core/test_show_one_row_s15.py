"""`show ID` and `figures ID` from the briefing's one index row (issue 19, session 15).

Session 14 answered them from the whole stored list (liststore), whose build was ~0.9 s
of the ~1.2 s of CPU left at 100,000 briefings. An exact id is now looked up as its one
row (the relpath index); its file must still be as indexed and alone with its stem, as
before, and the output is the same.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.cli import cli

import briefreader.cli as cli_module
import briefreader.library as library_module

ID = "004_bbc993df6f2fe461"


@pytest.fixture
def indexed(cli_env: Path, capsys) -> Path:
    assert cli(capsys, "list")[0] == 0
    return cli_env


def _no_list_built(monkeypatch) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("a whole list was built")

    monkeypatch.setattr(cli_module, "_library", refuse)
    monkeypatch.setattr(library_module, "load_library", refuse)


def test_an_exact_id_is_answered_by_its_row_alone(indexed, capsys, monkeypatch) -> None:
    shown = cli(capsys, "show", ID)
    figures = cli(capsys, "figures", ID)
    figures_json = cli(capsys, "figures", ID, "--json")
    _no_list_built(monkeypatch)
    assert cli(capsys, "show", ID) == shown and "张江" in shown[1]
    assert cli(capsys, "show", f"{ID}.txt") == shown
    assert cli(capsys, "figures", ID) == figures
    assert cli(capsys, "figures", ID, "--json") == figures_json


def test_a_changed_a_removed_or_a_sibling_file_is_not_answered_by_the_row(indexed, capsys) -> None:
    from briefreader.config import read_config

    config = read_config(indexed / "config.toml")
    assert cli_module._stored_one(config, ID) is not None
    path = indexed / "briefings" / f"{ID}.txt"
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert cli_module._stored_one(config, ID) is None  # changed since indexed
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert cli_module._stored_one(config, ID) is not None
    (indexed / "briefings" / f"{ID}.md").write_text("# 另一份\n\n同名的文件。", encoding="utf-8")
    assert cli_module._stored_one(config, ID) is None  # a sibling with its stem: ids change
    (indexed / "briefings" / f"{ID}.md").unlink()
    assert cli_module._stored_one(config, ID[:8]) is None  # a prefix is never an exact row
    path.unlink()
    assert cli_module._stored_one(config, ID) is None  # gone
    code, _, err = cli(capsys, "show", ID)
    assert code != 0 and ID in err
