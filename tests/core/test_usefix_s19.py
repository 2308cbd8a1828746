"""Session 19, usefix: the s18 review's and tester's findings outside the TUI (config, keys,
query, CLI), each failing on the code before it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefreader.cli import main
from briefreader.query import FigureTerm, QuerySyntaxError, parse

ROOT = Path(__file__).resolve().parents[2]


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    """Empty user dirs, no config anywhere, the current folder ``work``."""
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFREADER_CONFIG", raising=False)
    monkeypatch.delenv("BRIEFREADER_DEBUG", raising=False)
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    shutil.copytree(ROOT / "briefings", tmp_path / "briefings")
    return tmp_path


# ----- review s18 R9: the export path checked is the path used ----------------------------------


def test_a_relative_export_in_the_user_wide_config_is_checked_where_it_is_written(home, capsys) -> None:
    """export = "out/n.md" in ~/.config/briefreader/config.toml is written under the current
    folder, but was checked under ~/.config/briefreader: refused when that folder had a
    file named out, accepted when ./out is a file (the export then failed)."""
    from briefreader.config import ConfigError, load_config, user_config_dir

    code, _, err = cli(capsys, "config", "init", "--briefings", str(home / "briefings"))
    assert code == 0, err
    config = user_config_dir() / "config.toml"
    config.write_text(config.read_text(encoding="utf-8").replace("[library]\n", '[library]\nexport = "out/n.md"\n'))
    (user_config_dir() / "out").write_text("a file where the check looked", encoding="utf-8")
    assert load_config().export == home / "work" / "out" / "n.md"  # old: refused
    (user_config_dir() / "out").unlink()
    (home / "work" / "out").write_text("a file in the way of the export", encoding="utf-8")
    with pytest.raises(ConfigError, match="library.export"):  # old: accepted
        load_config()


# ----- review s18 R20: letters of any script are keys --------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "greek_small_letter_alpha",
        "ctrl+cyrillic_small_letter_a",
        "hiragana_letter_a",
        "hangul_syllable_ga",
        "circumflex_accent",
    ],
)
def test_keys_of_greek_cyrillic_kana_and_hangul_keyboards_are_accepted(tmp_path, key) -> None:
    from briefreader.config import read_config

    path = tmp_path / "config.toml"
    path.write_text(f'[keys]\nquit = "{key}"\n', encoding="utf-8")
    assert read_config(path).keys["quit"] == key  # old: refused as no keyboard's key


@pytest.mark.parametrize("key", ["banana", "ctrl+banana", "q,grinning_face", "black_star", "combining_acute_accent"])
def test_pictographs_symbols_and_marks_are_still_refused(tmp_path, key) -> None:
    from briefreader.config import ConfigError, read_config

    path = tmp_path / "config.toml"
    path.write_text(f'[keys]\nquit = "{key}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="keys.quit"):
        read_config(path)


# ----- review s18 R8: a currency before a Chinese numeral, by the parser's own tables -----------


@pytest.mark.parametrize(
    ("query", "value", "unit"),
    [
        ("money>人民币廿亿元", 2e9, "CNY"),  # 廿 = 二十: the query's own list lacked it
        ("money>人民币卅亿", 3e9, "CNY"),
        ("money>人民币一百亿元", 1e10, "CNY"),  # as before
        ("money>USD5亿", 5e8, "USD"),
    ],
)
def test_a_currency_before_any_numeral_the_parser_reads(query, value, unit) -> None:
    (term,) = parse(query).terms
    assert isinstance(term, FigureTerm) and (term.value, term.unit) == (value, unit)


def test_the_query_keeps_no_numeral_table_of_its_own() -> None:
    import briefreader.query as query

    assert not hasattr(query, "_NUMBER_STARTS")
    with pytest.raises(QuerySyntaxError):
        parse("money>人民币")


# ----- tester s18 U5: story:ID's check is one function, for the CLI and the TUI -------------------


def test_unknown_story_names_the_term_no_briefing_id_starts_with() -> None:
    from briefreader.query import unknown_story

    ids = ["000_6725c00bccd9a398", "001_abc"]
    assert unknown_story(parse("story:000 上海"), ids) is None
    term = unknown_story(parse("上海 -story:zzz"), ids)
    assert term is not None and term.of == "zzz" and term.pos == len("上海 -story:")
    assert unknown_story(parse("is:duplicate"), ids) is None


# ----- tester s18 U7: the versions view marked ≠ where every version had the same figures ------

_PROFIT = (
    "规模以上工业企业营业收入利润率为6.98%，同比提高0.90个百分点。\n\n"
    "月末资产负债率为56.4%，同比降低0.4个百分点。\n\n"
    "全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%。\n"
)


def _versions(tmp_path: Path, *bodies: str):
    from dataclasses import replace

    from briefreader.config import read_config
    from briefreader.library import load_library

    folder = tmp_path / "v"
    folder.mkdir()
    for n, body in enumerate(bodies):
        (folder / f"v{n}.md").write_text(
            f"---\ntitle: 工业企业利润\ndate: 2021-12-2{n}\n---\n\n{body}", encoding="utf-8"
        )
    config = replace(read_config(ROOT / "config.toml"), briefings=folder, cache_dir=tmp_path / "cache")
    library = load_library(config, use_cache=False)
    return library, sorted(library.briefings, key=lambda b: b.id)


def test_versions_with_the_same_figures_are_the_same(tmp_path) -> None:
    """A metric with a % and a pp figure ('6.98%, +0.90 pp') was ≠ (two units), and a
    version repeating a paragraph made every metric ≠ (multiplicity); the cells showed the
    units '(%)', '(pp)' that no version disagreed on."""
    from briefreader.across import compare_versions

    library, versions = _versions(tmp_path, _PROFIT, _PROFIT + "\n" + _PROFIT)
    rows = compare_versions(library, versions)
    assert rows and all(r.same for r in rows), [r for r in rows if not r.same]
    assert not any("(pp)" in c or "(%)" in c for r in rows for c in r.cells)


def test_versions_that_differ_in_a_value_or_its_unit_still_differ(tmp_path) -> None:
    from briefreader.across import compare_versions

    changed = _PROFIT.replace("6.98%", "6.99%").replace("79750.1亿元", "79750.1亿美元")
    library, versions = _versions(tmp_path, _PROFIT, changed)
    rows = compare_versions(library, versions)
    differ = [" ".join(r.cells) for r in rows if not r.same]
    assert len(differ) == 2, differ  # the rate and the sum; the rest the same
    assert any("6.99%" in cells for cells in differ)
    assert any("(USD)" in cells for cells in differ)  # the unit shown where it differs


# ----- tester s18 I3: `briefreader show 00<TAB>` offered no id ---------------------------------


def test_list_ids_prints_one_id_a_line(home, capsys) -> None:
    args = ["--briefings", str(home / "briefings"), "--notes", str(home / "n.toml")]
    code, out, err = cli(capsys, *args, "list", "--ids")
    assert code == 0, err
    ids = out.splitlines()
    assert len(ids) == 5 and all(i.startswith("00") and " " not in i for i in ids), out
    code, out, _ = cli(capsys, *args, "list", "--ids", "元宇宙")  # a query narrows them as `list`
    assert code == 0 and 0 < len(out.splitlines()) < 5


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_the_completion_script_completes_briefing_ids(capsys, shell) -> None:
    """Every id argument (show, figures, note, read, bookmark) completes to `list --ids`."""
    code, out, _ = cli(capsys, "completion", shell)
    assert code == 0
    assert "_briefreader_ids()" in out and "list --ids" in out
    if shell == "bash":
        for command in ("show", "figures", "note", "read", "bookmark"):
            assert f"_shtab_briefreader_{command}_pos_0_COMPGEN=_briefreader_ids" in out
    else:
        assert out.count(":_briefreader_ids") >= 5


def test_bash_completes_an_id_from_its_prefix(tmp_path, home) -> None:
    """The script run by bash: `briefreader show 003<TAB>` gives the one id."""
    import os
    import subprocess
    import sys

    if shutil.which("bash") is None:
        pytest.skip("no bash")
    script = tmp_path / "completion.bash"
    code = subprocess.run(
        [sys.executable, "-m", "briefreader", "completion", "bash"], capture_output=True, text=True, check=False
    )
    assert code.returncode == 0, code.stderr
    script.write_text(code.stdout, encoding="utf-8")
    shim = tmp_path / "bin" / "briefreader"  # the command the script calls, this checkout's
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m briefreader "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    (home / "config.toml").write_text(f'[library]\nbriefings = "{home / "briefings"}"\n', encoding="utf-8")
    env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}"}
    env["BRIEFREADER_CONFIG"] = str(home / "config.toml")
    run = (
        f"source {script}; COMP_WORDS=(briefreader show 003); COMP_CWORD=2; COMP_LINE='briefreader show 003';"
        " COMP_POINT=${#COMP_LINE}; _shtab_briefreader briefreader 003 show; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    done = subprocess.run(["bash", "-c", run], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.stdout.split() == ["003_3847f5d9994fa04d"], (done.stdout, done.stderr)


def test_bash_completes_ids_of_the_folder_the_line_names(tmp_path, home) -> None:
    """Tester s19 U11: `briefreader --briefings DIR show 0<TAB>` offered the config's ids
    (or none without a config), not DIR's: the completer ran `list --ids` bare."""
    import os
    import subprocess
    import sys

    if shutil.which("bash") is None:
        pytest.skip("no bash")
    made = subprocess.run(
        [sys.executable, "-m", "briefreader", "completion", "bash"], capture_output=True, text=True, check=False
    )
    script = tmp_path / "completion.bash"
    script.write_text(made.stdout, encoding="utf-8")
    shim = tmp_path / "bin" / "briefreader"
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m briefreader "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    other = home / "other"
    other.mkdir()
    (other / "only_here.md").write_text("---\ntitle: 别处\n---\n\n别处的简报。\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}"}  # no config anywhere
    line = f"briefreader --briefings {other} --notes {home / 'n.toml'} show o"
    run = (
        f"source {script}; COMP_WORDS=({line}); COMP_CWORD=6; COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}};"
        " _shtab_briefreader briefreader o show; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    done = subprocess.run(["bash", "-c", run], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.stdout.split() == ["only_here"], (done.stdout, done.stderr)


def test_bash_completion_never_expands_a_file_name(tmp_path, capsys) -> None:
    """Review s19 R6 (high): `compgen -W "$(briefreader list --ids)"` expanded each id, so a
    briefing file named '$(touch${IFS}X).txt' ran touch when TAB was pressed after `show `.
    The ids are matched by prefix in shell and offered quoted."""
    import subprocess

    if shutil.which("bash") is None:
        pytest.skip("no bash")
    code, out, _ = cli(capsys, "completion", "bash")
    assert code == 0
    script = tmp_path / "completion.bash"
    script.write_text(out, encoding="utf-8")
    stub = "briefreader() { printf '%s\\n' '$(touch${IFS}PWNED)' '003_abc'; }"  # what `list --ids` could print
    run = f"cd {tmp_path}; source {script}; {stub}; _briefreader_ids ''; _briefreader_ids 00"
    done = subprocess.run(["bash", "-c", run], capture_output=True, text=True, timeout=60, check=False)
    assert not (tmp_path / "PWNED").exists()  # old: created
    assert done.stdout.splitlines() == [r"\$\(touch\$\{IFS\}PWNED\)", "003_abc", "003_abc"], done.stdout
