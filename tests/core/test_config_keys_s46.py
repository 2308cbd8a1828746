"""`config show` says when a key the user chose is taken by a pane's own action (tester s45: ``quit = "j"``
beside the list's j went unremarked; the app started and q no longer quit, j never did)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.cli import cli


def _show(capsys, tmp_path: Path, keys: str) -> tuple[int, str, str]:
    path = tmp_path / "c.toml"
    path.write_text(f'[library]\nbriefings = "{tmp_path}"\n[keys]\n{keys}', encoding="utf-8")
    return cli(capsys, "config", "show", "--config", str(path))


def test_an_app_action_on_a_panes_key_is_said_with_the_panes(capsys, tmp_path: Path):
    code, out, err = _show(capsys, tmp_path, 'quit = "j"\n')
    assert code == 0 and 'quit = "j"' in out  # a warning, not a refusal: the pane may not be on screen
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert len(warnings) == 1, err  # one line for the key, the panes named in it
    assert "keys.quit: j" in warnings[0] and "list.down" in warnings[0] and "article.down" in warnings[0]
    assert "not quit" in warnings[0]


def test_a_panes_action_on_an_app_key_is_said(capsys, tmp_path: Path):
    code, _, err = _show(capsys, tmp_path, '"list.down" = "b,j"\n')
    assert code == 0
    assert "keys.list.down: b is also keys.bookmark" in err and "b runs list.down, not bookmark" in err


def test_a_priority_key_is_said_to_win(capsys, tmp_path: Path):
    _, _, err = _show(capsys, tmp_path, '"list.down" = "slash,j"\n')
    assert "slash always runs focus_filter, never list.down" in err


@pytest.mark.parametrize(
    "keys",
    [
        'find = "ctrl+f"\n',  # a default kept
        'bookmark = "n"\nnote = "b"\n',  # swapped: a dialog's answer n (ask.no) is no pane's action
        'quit = "ctrl+c,q"\n',  # q is also the panes' close, as by default
    ],
)
def test_no_warning_where_no_pane_takes_the_key(capsys, tmp_path: Path, keys: str):
    code, _, err = _show(capsys, tmp_path, keys)
    assert code == 0 and "warning" not in err, err
