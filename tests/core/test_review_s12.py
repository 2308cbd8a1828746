"""Session 12 review: findings pinned by tests that fail on the old code."""

from __future__ import annotations

from pathlib import Path

from briefreader.cli import main


def test_an_empty_folders_name_reaches_the_terminal_without_control_sequences(
    cli_env: Path, tmp_path: Path, capsys
) -> None:
    """4de6970's "no briefings in DIR" printed the folder's name raw: a name from a
    config.toml (TOML writes \\u001b) could set the window title or clear the screen.
    The CLI's other messages pass names through safe.one_line."""
    empty = tmp_path / "a\x1b]0;owned\x07b\x1b[2Jc\nd"
    empty.mkdir()
    assert main(["--briefings", str(empty), "list"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "no briefings in" in err
    assert not any(ch in err for ch in "\x1b\x07\x9b")
    assert err.count("\n") == 1  # one line: the name's newline folded


def test_held_pledged_or_borrowed_name_a_sum_only_right_before_it() -> None:
    """9374c42 made 资产/抵押/质押/借 money words anywhere in the 12 characters before a bare
    萬: borrowed books, seconded teachers and registrations became CNY sums, and a count of
    users after 数字资产 was lost. Right before the number they still name the sum."""
    from briefreader.figures import extract_figures

    def money(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in extract_figures(text) if f.kind == "money"]

    for text in (
        "图书馆全年借阅量达到30万。",
        "全年借还图书12万，借书证新办2万。",
        "该校借调教师3万。",
        "抵押登记办理量达到3万。",
    ):
        assert money(text) == [], text
    users = [(f.kind, f.value) for f in extract_figures("数字资产交易平台用户已超过500万。")]
    assert users == [("count", 5_000_000)]
    assert money("他向银行借了200万，另借给朋友20万。") == [(2_000_000, "CNY"), (200_000, "CNY")]
    assert money("该平台管理的总资产约500万。") == [(5_000_000, "CNY")]
