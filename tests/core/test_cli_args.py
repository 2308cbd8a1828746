"""Guards the CLI as a well-made command (issue 18): query words as arguments, ids, config
commands, first run, completion, --limit, --debug, and the defects the issue lists.

Each test named after a defect fails on the code before the fix (noted per test).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from briefreader.cli import CliError, main, resolve_id, split_query

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    """An empty current folder and user dirs: no config file anywhere."""
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFREADER_CONFIG", raising=False)
    monkeypatch.delenv("BRIEFREADER_DEBUG", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return tmp_path


@pytest.fixture
def corpus(home: Path) -> Path:
    shutil.copytree(ROOT / "briefings", home / "briefings")
    return home / "briefings"


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def listed(capsys, *args: str) -> list[str]:
    code, out, err = cli(capsys, "list", "--json", *args)
    assert code == 0, err
    return [b["id"][:3] for b in json.loads(out)]


# --- query words as arguments -----------------------------------------------------------


def test_negated_word_as_an_argument(corpus: Path, capsys) -> None:
    # old: "unrecognized arguments: -峰会"
    everything = listed(capsys, "--briefings", str(corpus), "张江")
    without = listed(capsys, "--briefings", str(corpus), "张江", "-峰会")
    assert without and set(without) < set(everything)
    assert listed(capsys, "--briefings", str(corpus), "张江 -峰会") == without  # one argument, same query


def test_options_anywhere_and_double_dash(corpus: Path, capsys) -> None:
    assert split_query(["list", "a", "--json", "-b", "--limit", "3", "--", "--json", "-c"]) == (
        ["list", "--json", "--limit", "3"],
        ["a", "-b", "--json", "-c"],
    )
    assert split_query(["--config", "list", "show", "x"]) == (["--config", "list", "show", "x"], None)
    # global options after the subcommand (old: "unrecognized arguments: --briefings")
    assert len(listed(capsys, "--briefings", str(corpus))) == 5
    code, out, err = cli(capsys, "list", "--briefings", str(corpus), "--", "-峰会")
    assert code == 0 and len(out.splitlines()) < 5


def test_query_mistake_is_reported_before_reading(home: Path, capsys) -> None:
    code, _, err = cli(capsys, "list", "--briefings", str(home / "missing"), "topc:x")
    assert code == 2 and "query: col 1" in err and "not found" not in err


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("money>1亿港币", 1e8),
        ("money>5亿新台币", 5e8),
        ("money>1000英镑", 1000.0),
        ("money>1億港幣", 1e8),
        ("money>US$5m", 5e6),
        ("money>2万美金", 2e4),
        ("area>100坪", 100 * 400 / 121),
        ("area>1000平方呎", 1000 * 0.09290304),
        ("area>10㎡", 10.0),
        ("area>5ha", 5e4),
    ],
)
def test_amounts_use_the_extractors_unit_tables(query: str, value: float) -> None:
    # old: "cannot read ... as a money amount" for all but 10㎡ / 5ha
    from briefreader.query import parse

    (term,) = parse(query).terms
    assert term.value == pytest.approx(value)


def test_every_currency_and_area_word_of_the_extractor_is_a_query_unit() -> None:
    from briefreader.figures.units import AREAS, CURRENCIES
    from briefreader.query import parse

    for word in CURRENCIES:
        assert parse(f"money>3亿{word}").terms[0].value == 3e8, word
    for unit, factor in AREAS.items():
        assert parse(f"area>2{unit}").terms[0].value == pytest.approx(2 * factor), unit


def test_a_long_amount_is_refused_fast() -> None:
    from briefreader.query import QuerySyntaxError, parse

    started = time.perf_counter()
    with pytest.raises(QuerySyntaxError, match="longer than"):
        parse("count>1" + "万" * 100_000 + "x")  # old: quadratic, seconds
    assert time.perf_counter() - started < 1.0


# --- ids -------------------------------------------------------------------------------


def test_ambiguous_id_names_the_matches(corpus: Path, capsys) -> None:
    # old: "unknown briefing id '0'"
    code, _, err = cli(capsys, "--briefings", str(corpus), "show", "0")
    assert code == 2 and "ambiguous" in err and "5 briefings" in err
    assert "000_6725c00bccd9a398" in err and "004_bbc993df6f2fe461" in err
    assert len(err.strip().splitlines()) == 1


def test_prefix_before_fuzzy_and_fuzzy_bounded(monkeypatch) -> None:
    import difflib

    ids = [f"{n:06d}_{n * 7919 % 1000003:07x}" for n in range(100_000)]
    sizes: list[int] = []
    real = difflib.get_close_matches

    def spy(word, possibilities, *args, **kwargs):
        possibilities = list(possibilities)
        sizes.append(len(possibilities))
        return real(word, possibilities, *args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", spy)
    assert resolve_id("054321_", ids) == ids[54321]
    assert sizes == []  # a prefix match never runs difflib (old: difflib over every id first)

    class Lib:  # the CLI's lookup through a library with 100,000 ids
        by_id = dict.fromkeys(ids)

        def get(self, key):
            if key not in self.by_id:
                raise KeyError(key)
            return key

    from briefreader.cli import _find

    with pytest.raises(CliError, match="unknown briefing id"):
        _find(Lib(), "0a4321_x")
    assert sizes and all(n <= 5_000 for n in sizes)  # old: one call over all 100,000 (the bound, not a wall time)


# --- commands that said or did the wrong thing --------------------------------------------


def test_export_to_a_missing_folder_is_refused(corpus: Path, home: Path, capsys) -> None:
    # old: the folders were created silently
    target = home / "nonexistent" / "dir" / "x.md"
    code, _, err = cli(capsys, "--briefings", str(corpus), "--notes", str(home / "n.toml"), "export", "-o", str(target))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "does not exist" in err and str(home / "nonexistent" / "dir") in err
    assert not (home / "nonexistent").exists()


def test_bookmark_off_says_what_happened(corpus: Path, home: Path, capsys) -> None:
    # old: "removed bookmark from …" for a briefing that had none
    args = ("--briefings", str(corpus), "--notes", str(home / "n.toml"), "bookmark", "004")
    code, out, _ = cli(capsys, *args, "--off")
    assert code == 0 and "was not bookmarked" in out and "removed" not in out
    assert not (home / "n.toml").exists()  # nothing to write
    assert "bookmarked 004_bbc993df6f2fe461" in cli(capsys, *args)[1]
    assert "already bookmarked" in cli(capsys, *args)[1]
    assert "removed the bookmark" in cli(capsys, *args, "--off")[1]


def test_the_reader_does_not_start_into_a_file(corpus: Path, home: Path) -> None:
    # old: the TUI started and wrote escape codes into the file
    out = home / "out.txt"
    env = {**os.environ, "BRIEFREADER_CACHE_DIR": str(home / "cache")}
    with out.open("wb") as stdout:
        run = subprocess.run(
            [sys.executable, "-m", "briefreader", "--briefings", str(corpus)],
            stdout=stdout,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env,
            timeout=60,
            text=True,
        )
    assert run.returncode == 2
    assert out.read_bytes() == b""
    assert "not a terminal" in run.stderr and "briefreader list" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_first_run_says_what_to_do(home: Path, capsys) -> None:
    # old: "briefings folder not found: …/briefings" and nothing else
    code, out, err = cli(capsys, "list")
    assert code == 2 and out == ""
    assert "config init --briefings" in err and "--briefings" in err
    assert str(home / "xdg_config_home" / "briefreader" / "config.toml") in err
    assert 5 <= len(err.splitlines()) <= 20  # one screen
    # a folder named explicitly is still one line
    code, _, err = cli(capsys, "--briefings", str(home / "nope"), "list")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "not found" in err


def test_limit_on_list_and_figures(corpus: Path, capsys) -> None:
    assert len(listed(capsys, "--briefings", str(corpus), "--limit", "2")) == 2
    code, out, _ = cli(capsys, "--briefings", str(corpus), "figures", "--json", "--limit", "3")
    assert code == 0 and len(json.loads(out)) == 3
    code, _, err = cli(capsys, "--briefings", str(corpus), "list", "--limit", "0")
    assert code == 2 and "--limit" in err


def test_figures_is_an_aligned_table_on_a_terminal(corpus: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "120")
    code, out, _ = cli(capsys, "--briefings", str(corpus), "figures", "000", "--limit", "6")
    assert code == 0
    from rich.cells import cell_len

    from briefreader.safe import strip_controls

    lines = [strip_controls(line).rstrip() for line in out.splitlines() if line.strip()]
    header = lines[0]
    assert header.split()[:3] == ["kind", "as", "written"] and "English" in header
    english_at = cell_len(header[: header.index("English")])
    for line in lines[1:]:  # the English column starts at the same cell on every row
        assert "\t" not in line
        cells, col = 0, None
        for i, ch in enumerate(line):
            if cells == english_at:
                col = i
                break
            cells += cell_len(ch)
        assert col is not None and line[col - 1] == " " and line[col] != " ", line


def test_completion_scripts(capsys) -> None:
    for shell, marker in (("bash", "complete"), ("zsh", "#compdef"), ("fish", "complete -c briefreader")):
        code, out, _ = cli(capsys, "completion", shell)
        assert code == 0 and marker in out
        for command in ("list", "show", "figures", "config", "completion"):
            assert command in out
    if shutil.which("bash"):
        script = cli(capsys, "completion", "bash")[1]
        check = subprocess.run(["bash", "-n"], input=script, text=True, capture_output=True, timeout=30)
        assert check.returncode == 0, check.stderr


def test_debug_logs_to_a_file(corpus: Path, home: Path, capsys, monkeypatch) -> None:
    log = home / "debug.log"
    monkeypatch.setenv("BRIEFREADER_DEBUG", str(log))
    code, _, err = cli(capsys, "--briefings", str(corpus), "list", "张江")
    assert code == 0 and str(log) in err
    text = log.read_text(encoding="utf-8")
    assert "library " in text and "5 briefings" in text and "query '张江'" in text
    monkeypatch.delenv("BRIEFREADER_DEBUG")
    code, _, err = cli(capsys, "--debug", "--briefings", str(corpus), "list")
    assert code == 0 and "debug.log" in err
    assert Path(err.split("debug log: ")[1].strip()).is_file()


def test_warnings_from_the_core_carry_the_prefix(capsys) -> None:
    import logging

    from briefreader.cli import setup_logging

    setup_logging(False)
    logging.getLogger("briefreader.index").warning("index cache disabled: cannot use %s", "x\x1b[2Jy")
    err = capsys.readouterr().err
    assert err == "briefreader: warning: index cache disabled: cannot use xy\n"  # old: no prefix, raw ESC


# --- config commands -------------------------------------------------------------------------


def test_config_init_path_show(home: Path, corpus: Path, capsys) -> None:
    user = home / "xdg_config_home" / "briefreader" / "config.toml"
    code, out, err = cli(capsys, "config", "path")
    assert code == 0 and out.strip() == str(user) and "config init" in err
    code, out, _ = cli(capsys, "config", "init", "--briefings", str(corpus))
    assert code == 0 and user.is_file()
    assert cli(capsys, "config", "init")[0] == 1  # never overwritten without --force
    assert cli(capsys, "config", "path")[1].strip() == str(user)
    assert len(listed(capsys)) == 5  # the folder written by init is used from anywhere
    code, out, _ = cli(capsys, "config", "show")
    shown = tomllib.loads(out)
    assert shown["library"]["briefings"] == str(corpus)
    assert shown["topics"]["metaverse"]["zh"] == "元宇宙"  # the built-in taxonomy
    assert shown["keys"]["quit"] == "q" and "find" in shown["keys"]


def test_config_show_reads_back_to_the_same_config(tmp_path: Path) -> None:
    from briefreader.config import effective_keys, read_config, render_config

    path = tmp_path / "config.toml"
    path.write_text(
        '[library]\nbriefings = "b"\n[display]\ntheme = "nord"\n[keys]\nfind = "ctrl+f"\n'
        '[topics.batteries]\nzh = "电池"\nen = "Batteries"\nkeywords = ["锂电池"]\n'
        '[glossary]\n"宁德时代" = "CATL"\n',
        encoding="utf-8",
    )
    config = read_config(path)
    again = tmp_path / "again.toml"
    again.write_text(render_config(config), encoding="utf-8")
    back = read_config(again, defaults=False)
    assert back.topics == config.topics and back.glossary == config.glossary
    assert effective_keys(back) == effective_keys(config) and back.keys["find"] == "ctrl+f"
    assert (back.briefings, back.notes, back.export, back.theme) == (
        config.briefings,
        config.notes,
        config.export,
        "nord",
    )


def test_python_dash_m(corpus: Path, home: Path) -> None:
    env = {**os.environ, "BRIEFREADER_CACHE_DIR": str(home / "cache"), "XDG_CONFIG_HOME": str(home / "x")}
    run = subprocess.run(
        [sys.executable, "-m", "briefreader", "list", "--json", "--briefings", str(corpus)],
        capture_output=True,
        text=True,
        cwd=home / "work",
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    entries = json.loads(run.stdout)
    assert len(entries) == 5 and all(e["topics"] for e in entries)  # topics from the shipped config


def test_version_comes_from_package_metadata(capsys) -> None:
    from importlib.metadata import version

    import briefreader

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"briefreader {version('briefreader')}"
    assert briefreader.__version__ == version("briefreader")
    assert "__version__ =" not in (ROOT / "src" / "briefreader" / "__init__.py").read_text(encoding="utf-8")


# --- [keys] and the TUI's bindings --------------------------------------------------------------


def _tui_bindings() -> dict[str, set[str]]:
    import importlib
    import inspect
    import pkgutil

    from textual.binding import Binding

    import briefreader.tui as tui

    found: dict[str, set[str]] = {}
    for info in pkgutil.walk_packages(tui.__path__, "briefreader.tui."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if inspect.isclass(obj) and obj.__module__ == module.__name__:
                for b in obj.__dict__.get("BINDINGS", ()) or ():
                    if isinstance(b, Binding):
                        found.setdefault(b.id or f"<no id: {obj.__name__} {b.key}>", set()).add(b.key)
    return found


def test_keymap_table_is_the_tuis_bindings() -> None:
    """keymap.ACTIONS (what [keys] accepts, README and `config show` list) is exactly the
    set of binding ids in the TUI, each with the TUI's default keys."""
    from briefreader.keymap import ACTIONS, bad_key

    bindings = _tui_bindings()
    assert set(ACTIONS) == set(bindings)
    for action_id, keys in bindings.items():
        assert ACTIONS[action_id].keys in keys or len(keys) > 1, action_id
        for key in keys:
            assert bad_key(key) is None, (action_id, key)  # every default passes our key check


def test_keymap_priority_is_the_tuis_priority_bindings() -> None:
    """keymap.PRIORITY (the actions `config show` says run before a pane's keys) is exactly the bindings
    made with priority=True."""
    import importlib
    import inspect
    import pkgutil

    from textual.binding import Binding

    import briefreader.tui as tui
    from briefreader.keymap import PRIORITY

    found = set()
    for info in pkgutil.walk_packages(tui.__path__, "briefreader.tui."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if inspect.isclass(obj) and obj.__module__ == module.__name__:
                found |= {b.id for b in obj.__dict__.get("BINDINGS", ()) or () if isinstance(b, Binding) and b.priority}
    assert PRIORITY == found


def test_key_names_agree_with_textual() -> None:
    from textual.keys import _character_to_key

    from briefreader.keymap import is_key

    for ch in "?/[]{}<>!@#$%^&*()-_=+.;:'\"`~|\\aZ9中":
        assert is_key(_character_to_key(ch)), ch
    for good in ("ctrl+f", "shift+tab", "f12", "pagedown", "question_mark", "ctrl+shift+up", "G", "space"):
        assert is_key(good), good
    for bad in (
        "",
        "\x1b",
        "\x1b[2J",
        "\x1b]52;c;aGk=\x07",
        "ctrl+",
        "crtl+f",
        "f99",
        "ctrl+ctrl+f",
        "no_such_character_name",
        "a b",
        "\u202e",
    ):
        assert not is_key(bad), bad


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('[keys]\nqiut = "q"\n', "keys.qiut: unknown action id (did you mean quit?"),
        ('[keys]\nquit = "\\u001b[2J"\n', "keys.quit: '\\u001b[2J' is not a key name"),
        ('[keys]\nfind = "ctrl+f,\\u001b]52;c;aGk=\\u0007"\n', "keys.find: '\\u001b]52;c;aGk=\\u0007' is not a key"),
        ('[keys]\nquit = "crtl+q"\n', "keys.quit: 'crtl+q' is not a key name"),
        ('[display]\ntheme = "nrod"\n', "display.theme: must be one of"),
        ('[topics.x]\nzh = "a\\u001b[2Jb"\n', "topics.x.zh: contains the control character \\u001b"),
        ('[glossary]\n"术语" = "a\\u202eb"\n', "glossary.术语: contains the control character \\u202e"),
        ('[topics.x]\nkeywords = ["a\\nb"]\n', "topics.x.keywords: contains the control character \\u000a"),
        ('[library]\nnotes = "n\\u009b.toml"\n', "library.notes: contains the control character \\u009b"),
        ('[defaults]\ntopics = "no"\n', "defaults.topics: must be true or false"),
    ],
)
def test_config_values_that_would_reach_the_terminal_are_refused(tmp_path: Path, text: str, names: str) -> None:
    # old: every one of these was accepted (issue 20 item 6: the footer wrote a [keys] value raw)
    from briefreader.config import ConfigError, read_config
    from briefreader.safe import strip_controls

    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        read_config(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and names in message, message
    assert "\n" not in message and strip_controls(message) == message


def test_keys_and_theme_are_accepted(tmp_path: Path) -> None:
    from briefreader.config import read_config

    path = tmp_path / "config.toml"
    path.write_text(
        '[keys]\nfind = "ctrl+f, f5"\nquit = "q,ctrl+q"\n"list.down" = "j,down"\n[display]\ntheme = "gruvbox"\n',
        encoding="utf-8",
    )
    config = read_config(path)
    assert config.keys == {"find": "ctrl+f, f5", "quit": "q,ctrl+q", "list.down": "j,down"}
    assert config.theme == "gruvbox"


def test_theme_names_are_textuals() -> None:
    from textual.theme import BUILTIN_THEMES

    from briefreader.config import THEMES

    assert set(THEMES) == set(BUILTIN_THEMES)


# --- the built-in config and a user's ---------------------------------------------------------------


def test_user_config_extends_and_overrides_the_built_in_one(tmp_path: Path) -> None:
    from briefreader.config import read_config

    path = tmp_path / "config.toml"
    path.write_text(
        '[topics.batteries]\nzh = "电池"\nen = "Batteries"\nkeywords = ["锂电池"]\n'
        '[topics.metaverse]\nzh = "元宇宙"\nen = "Metaverse"\nkeywords = ["元宇宙"]\n'
        '[glossary]\n"宁德时代" = "CATL"\n"元宇宙" = "the metaverse"\n',
        encoding="utf-8",
    )
    config = read_config(path)
    assert "batteries" in config.topics and "ai" in config.topics  # added, built-in kept
    assert config.topics["metaverse"].keywords == ("元宇宙",)  # replaced whole
    assert config.glossary["宁德时代"] == "CATL" and config.glossary["元宇宙"] == "the metaverse"
    assert "工信部" in config.glossary
    path.write_text('[defaults]\ntopics = false\nglossary = false\n[topics.b]\nkeywords = ["x"]\n', encoding="utf-8")
    config = read_config(path)
    assert list(config.topics) == ["b"] and config.glossary == {}


def test_a_huge_config_is_refused_quickly(tmp_path: Path) -> None:
    # old: a 9 MB config took 33 s (tomllib, then every worker compiled its keywords)
    from briefreader.config import ConfigError, read_config

    path = tmp_path / "config.toml"
    with path.open("w", encoding="utf-8") as f:
        f.write("[glossary]\n")
        for i in range(300_000):
            f.write(f'"术语{i}" = "Term {i}"\n')
    assert path.stat().st_size > 8_000_000
    started = time.perf_counter()
    with pytest.raises(ConfigError, match="larger than"):
        read_config(path)
    assert time.perf_counter() - started < 1.0
    path.write_text("[topics.x]\nkeywords = [" + ", ".join(f'"词{i}"' for i in range(6000)) + "]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="more than 5000 keywords"):
        read_config(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_config_does_not_hang(tmp_path: Path) -> None:
    from briefreader.config import ConfigError, read_config

    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="not a regular file"):
        read_config(fifo)


def test_readme_lists_every_action_id() -> None:
    from briefreader.keymap import ACTIONS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [a.id for a in ACTIONS.values() if f"| `{a.id}` | `{a.keys}` |" not in readme]
    assert not missing, f"README's [keys] table lacks {missing}"


def test_show_traditional_follows_the_configs_region(corpus: Path, home: Path, capsys) -> None:
    # old: `show --script hant` ignored display.traditional (always OpenCC's generic s2t)
    config = home / "generic.toml"
    config.write_text(f'[library]\nbriefings = "{corpus}"\n[display]\ntraditional = "generic"\n', encoding="utf-8")
    generic = cli(capsys, "--config", str(config), "show", "000", "--script", "hant")[1]
    auto = cli(capsys, "--briefings", str(corpus), "show", "000", "--script", "hant")[1]
    assert "爲" in generic and "為" not in generic  # OpenCC's generic forms
    assert "為" in auto and "爲" not in auto  # a mainland source: the standard printed forms
    # the source's words in every region, no regional vocabulary (usefix s24: 信息 stays 信息, not Taiwan's 資訊)
    assert "信息消費節" in generic.splitlines()[0] and "信息消費節" in auto.splitlines()[0]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_OPTIONS = {"--json", "--limit", "--config", "--briefings", "--notes", "--no-cache", "--debug", "-h", "--help", "--"}


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.one_of(st.text(min_size=1, max_size=6), st.text(max_size=5).map(lambda t: "-" + t)), max_size=6)
)
def test_every_word_after_list_is_a_query_word(words: list[str]) -> None:
    """Whatever the words, those that are not list's or the global options reach the
    query in order, and after `--` every word does."""
    plain = [w for w in words if w not in _OPTIONS and not w.startswith(tuple(o + "=" for o in _OPTIONS))]
    # `--` then an ASCII letter is a mistyped option (`list --jsn`), an error rather than a query word.
    typos = [w for w in plain if w[:2] == "--" and w[2:3].isascii() and w[2:3].isalpha()]
    plain = [w for w in plain if w not in typos]
    assert split_query(["list", *plain]) == (["list"], plain)
    for typo in typos:
        with pytest.raises(CliError, match="unknown option"):
            split_query(["list", *plain, typo])
    assert split_query(["--no-cache", "list", "--json", "--", *words]) == (["--no-cache", "list", "--json"], words)


def test_debug_env_off_values(corpus: Path, capsys, monkeypatch) -> None:
    for off in ("0", "false", "off", ""):
        monkeypatch.setenv("BRIEFREADER_DEBUG", off)
        code, _, err = cli(capsys, "--briefings", str(corpus), "list")
        assert code == 0 and "debug log" not in err, off


def test_negated_words_reach_the_query_of_every_query_command() -> None:
    # metrics, stories and digest take a query too: `-元宇宙` is a term there, not an option.
    assert split_query(["stories", "-元宇宙", "--json"]) == (["stories", "--json"], ["-元宇宙"])
    assert split_query(["digest", "-o", "d.md", "上海", "-峰会", "--new"]) == (
        ["digest", "-o", "d.md", "--new"],
        ["上海", "-峰会"],
    )
    assert split_query(["metrics", "--series", "营收", "-广告", "--csv"]) == (
        ["metrics", "--series", "营收", "--csv"],
        ["-广告"],
    )
    assert split_query(["show", "-x"]) == (["show", "-x"], None)
