"""Session 13's new-user pass on the CLI: each finding pinned by a test that fails on
the old code."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefreader.cli import main


def _script(shell: str, capsys) -> str:
    assert main(["completion", shell]) == 0
    return capsys.readouterr().out


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("briefreader --briefings br", "briefings"),  # a folder, not the file beside it
        ("briefreader list --briefings br", "briefings"),
        ("briefreader --config con", "config.toml"),
        ("briefreader --notes no", "notes.toml"),
        ("briefreader export -o no", "notes.toml"),
        ("briefreader digest --output con", "config.toml"),
    ],
)
def test_bash_completion_completes_paths(tmp_path: Path, capsys, line: str, expected: str) -> None:
    """`briefreader --briefings br<TAB>` completed nothing (nor --config, --notes, -o):
    the script registers with `-o bashdefault`, not `-o default`, so without an action of
    its own bash offers no file names, and shtab gave these options none. A new user
    following the README's completion line had to type every path."""
    script = tmp_path / "briefreader.bash"
    script.write_text(_script("bash", capsys), encoding="utf-8")
    (tmp_path / "briefings").mkdir()
    (tmp_path / "briefs.txt").write_text("not a folder", encoding="utf-8")
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    (tmp_path / "notes.toml").write_text("", encoding="utf-8")
    driver = (
        f'source "{script}"\n'
        f'COMP_LINE="{line}"; COMP_POINT=${{#COMP_LINE}}\n'
        'read -ra COMP_WORDS <<< "$COMP_LINE"; COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n'
        "fn=$(complete -p briefreader | sed 's/.* -F \\([^ ]*\\) .*/\\1/')\n"
        '"$fn" briefreader "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"\n'
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(["bash", "-c", driver], cwd=tmp_path, capture_output=True, text=True, timeout=30)
    offered = [w.strip() for w in done.stdout.splitlines() if w.strip()]
    assert expected in offered, (offered, done.stderr)
    if expected == "briefings":
        assert "briefs.txt" not in offered  # --briefings takes a folder


def test_zsh_and_fish_completion_know_the_path_options(capsys) -> None:
    zsh = _script("zsh", capsys)
    assert "_files -/" in zsh  # --briefings: folders
    assert zsh.count(":_files") >= 3  # --config, --notes, -o: files
    fish = _script("fish", capsys)
    assert "__fish_complete_directories" in fish


def test_the_readmes_completion_line_works_in_a_fresh_home(tmp_path: Path) -> None:
    """The README's install line, `briefreader completion bash > ~/.local/share/
    bash-completion/completions/briefreader`, failed for a new user: that folder does
    not exist until something creates it (bash: No such file or directory)."""
    import re
    import sys

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(m.group(1) for m in re.finditer(r"`([^`]*briefreader completion bash[^`]*)`", readme))
    command = line.replace("briefreader completion", f"{sys.executable} -m briefreader completion")
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run(
        ["bash", "-c", command], env={"HOME": str(home), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    script = home / ".local/share/bash-completion/completions/briefreader"
    assert "complete " in script.read_text(encoding="utf-8")


def test_an_id_as_list_shows_it_names_the_briefing(tmp_path: Path, capsys) -> None:
    """A file named with an escape sequence or a bidi control (a downloaded folder's
    `\\x1b[41mesc_name.txt`) is listed by `list` in its safe form, `esc_name`, and that
    id, copied from the list, was "unknown briefing id 'esc_name'" in `show`, `note`,
    `bookmark`, `read`: the file could only be named by typing the escape byte."""
    from briefreader.cli import CliError, resolve_id

    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "\x1b[41mesc_name.txt").write_text("文件名带转义序列\n\n杨浦区新增企业200家。\n", encoding="utf-8")
    (folder / "left\u202eright.txt").write_text("文件名带双向控制符\n\n正文。\n", encoding="utf-8")
    common = ["--no-cache", "--briefings", str(folder), "--notes", str(tmp_path / "n.toml")]
    assert main([*common, "list"]) == 0
    listed = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    assert sorted(listed) == ["esc_name", "leftright"]
    assert main([*common, "show", "esc_name"]) == 0
    assert "杨浦区新增企业200家" in capsys.readouterr().out
    assert main([*common, "show", "leftr"]) == 0  # a prefix of the shown form, as for any id
    assert "双向控制符" in capsys.readouterr().out
    assert main([*common, "note", "esc_name", "核对"]) == 0
    import tomllib

    stored = tomllib.loads((tmp_path / "n.toml").read_text(encoding="utf-8"))
    assert stored["briefings"]["\x1b[41mesc_name"]["notes"][0]["text"] == "核对"
    capsys.readouterr()
    # an id that is itself typed as shown still wins over a hostile one that looks like it
    ids = ["esc_name_2", "\x1b[41mesc_name"]
    assert resolve_id("esc_name_", ids) == "esc_name_2"
    with pytest.raises(CliError, match="ambiguous briefing id 'esc_name': 2 briefings"):
        resolve_id("esc_name", ["\x1b[41mesc_name", "\x1b[42mesc_name"])


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["figures", "--all", "--json", "--csv"], "give --json or --csv, not both"),
        (["metrics", "--series", "直播电商零售额", "--json", "--csv"], "give --json or --csv, not both"),
        (["figures", "000", "--csv"], "--csv is for --all or --stdin"),
        (["metrics", "--csv"], "--csv is for --series"),
    ],
)
def test_output_formats_that_would_be_ignored_are_refused(cli_env: Path, capsys, args: list[str], said: str) -> None:
    """`figures --all --csv --json` printed JSON, `figures ID --csv` and `metrics --csv`
    printed the tab table: the --csv asked for was dropped without a word (`figures --stdin`
    already refused the pair). A script that asked for CSV got something else."""
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == "" and said in err and "Traceback" not in err
