"""Guards config.toml: lookup order, relative paths, and one clear error per mistake (also as root)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers.unprivileged import run_unprivileged

from briefreader.config import ConfigError, find_config, load_config, read_config
from briefreader.glossary import find_terms
from briefreader.safe import strip_controls

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_config_is_valid() -> None:
    config = read_config(ROOT / "config.toml")
    assert config.briefings == ROOT / "briefings"
    assert 8 <= len(config.topics) <= 12
    assert config.topics["metaverse"].zh == "元宇宙"
    assert config.glossary["上海市经济和信息化委员会"].startswith("Shanghai Municipal Commission")


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    config = read_config(write(tmp_path, '[library]\nbriefings = "docs"\nnotes = "~/n.toml"\n'))
    assert config.briefings == tmp_path.resolve() / "docs"
    assert config.notes == Path.home() / "n.toml"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[library]\nbriefings = 3\n", "library.briefings: must be a string, not int"),
        ("[library]\nbriefing = 'x'\n", "library.briefing: unknown key"),
        ("[display]\nscript = 'latin'\n", "display.script: must be one of hans, hant"),
        ("[colors]\n", "colors: unknown section"),
        ("[topics.x]\nkeywords = 'a'\n", "topics.x.keywords: must be a list"),
        ("[topics.x]\nkeywords = ['a', '']\n", "topics.x.keywords: must be a list of non-empty strings"),
        ("[topics]\nthreshold = 0\n", "topics.threshold: must be a positive integer"),
        ("[glossary]\n'元宇宙' = 1\n", "glossary.元宇宙: must be a string"),
        ("[library\n", "invalid TOML"),
        ("[library]\nfoo = 1\n", "library.foo: unknown key"),
        ("library = 3\n", "library: must be a table"),
        ("[display]\nlanguage = ['en']\n", "display.language: must be a string, not list"),
        ("[topics.x]\nzh = 1\n", "topics.x.zh: must be a string"),
        ("[topics.x]\ncolor = 'red'\n", "topics.x.color: unknown key"),
        ("[keys]\nquit = 1\n", "keys.quit: must be a string"),
        ("[library]\nnotes = ''\n", "library.notes: must not be empty"),
        ('[library]\nbriefings = "a\\u0000b"\n', "library.briefings: must not contain a NUL character"),
        # a key with a line break or an escape sequence: still one line, shown escaped
        ('[library]\n"a\\nb" = 1\n', "library.a\\u000ab: unknown key"),
        ('"\\u001b[2J" = 1\n', "\\u001b[2J: unknown section"),
        # tomllib recurses per level: RecursionError used to escape as a traceback
        ("a = " + "[" * 5000 + "\n", "invalid TOML: nested too deeply"),
    ],
)
def test_mistakes_name_the_file_and_key(tmp_path: Path, text: str, names: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        read_config(path)
    message = str(err.value)
    assert str(path) in message and names in message
    assert "\n" not in message and strip_controls(message) == message


def test_lookup_order(tmp_path: Path, monkeypatch) -> None:
    explicit = write(tmp_path, "")
    env = tmp_path / "env.toml"
    env.write_text("")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFREADER_CONFIG", str(env))
    assert find_config(explicit) == explicit
    assert find_config() == env
    monkeypatch.delenv("BRIEFREADER_CONFIG")
    assert find_config() == Path.cwd() / "config.toml"
    with pytest.raises(ConfigError, match="not found"):
        find_config(tmp_path / "missing.toml")


def test_no_config_gives_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFREADER_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    config = load_config()
    assert config.path is None
    assert config.briefings == tmp_path / "briefings"


def test_glossary_prefers_the_longest_term() -> None:
    glossary = {
        "杨浦区": "Yangpu District",
        "杨浦区人民政府": "Yangpu District People's Government",
        "元宇宙": "metaverse",
    }
    text = "杨浦区人民政府支持元宇宙。"
    assert find_terms(text, glossary) == [
        ("杨浦区人民政府", "Yangpu District People's Government"),
        ("元宇宙", "metaverse"),
    ]
    assert [t for t, _ in find_terms(text + "杨浦区还将", glossary)] == ["杨浦区人民政府", "杨浦区", "元宇宙"]


# --- paths that can never work: named with their key at load time -------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('briefings = "afile"', "library.briefings: not a folder"),
        ('notes = "afile/notes.toml"', "library.notes: {dir}/afile is a file, not a folder"),
        ('notes = "."', "library.notes: is a folder, not a file"),
        ('export = "afile/sub/notes.md"', "library.export: {dir}/afile is a file, not a folder"),
        ('cache = "afile"', "library.cache: not a folder"),
    ],
)
def test_a_bad_path_names_the_key_and_the_file(tmp_path: Path, line: str, names: str) -> None:
    (tmp_path / "afile").write_text("x")
    path = write(tmp_path, f"[library]\n{line}\n")
    with pytest.raises(ConfigError) as err:
        read_config(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    assert names.format(dir=tmp_path.resolve()) in message
    assert "\n" not in message


def test_paths_that_do_not_exist_yet_are_fine(tmp_path: Path) -> None:
    # the notes file and the cache are created on first use; a missing briefings
    # folder is reported when the library is read (a CLI --briefings may replace it)
    config = read_config(
        write(tmp_path, '[library]\nbriefings = "docs"\nnotes = "new/dir/notes.toml"\ncache = "~/.cache/x"\n')
    )
    assert config.notes == tmp_path.resolve() / "new" / "dir" / "notes.toml"
    assert config.cache_dir == Path.home() / ".cache" / "x"  # ~ expands, as for the other paths


_READ_CONFIG = """
import sys
from pathlib import Path
from briefreader.config import ConfigError, read_config
try:
    read_config(Path(sys.argv[1]))
except ConfigError as exc:
    print(exc)
else:
    print("no error")
"""


def test_a_path_behind_a_closed_folder_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    # Permissions enforced also as root (helpers.unprivileged): the check of the notes
    # path meets EACCES, which must be one line naming the key, not a traceback.
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0)
    try:
        path = write(tmp_path, '[library]\nnotes = "closed/sub/notes.toml"\n')
        run = run_unprivileged(_READ_CONFIG, str(path))
    finally:
        closed.chmod(0o700)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    assert run.stdout.strip() == (
        f"{path}: library.notes: cannot check {closed.resolve() / 'sub' / 'notes.toml'}: Permission denied"
    )


def test_a_path_the_system_cannot_look_up_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    # A folder name longer than the file system allows (ENAMETOOLONG): the same branch,
    # reached by any user, in this process.
    name = "很长的文件夹名" * 40  # 840 bytes in UTF-8; names stop at 255
    with pytest.raises(ConfigError) as err:
        read_config(write(tmp_path, f'[library]\nnotes = "{name}/notes.toml"\n'))
    assert "library.notes: cannot check" in str(err.value) and "name too long" in str(err.value)
    assert "\n" not in str(err.value)


# --- the CLI prints the one line and exits non-zero -------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[library]\nbriefings = 3\n", "library.briefings: must be a string"),
        ("[library]\nfoo = 1\n", "library.foo: unknown key"),
        ('[library]\nnotes = "afile/notes.toml"\n', "library.notes:"),
        ('[library]\nbriefings = "afile"\n', "library.briefings: not a folder"),
    ],
)
def test_cli_prints_one_line_and_exits_non_zero(tmp_path: Path, capsys, text: str, names: str) -> None:
    from briefreader.cli import main

    (tmp_path / "afile").write_text("x")
    path = write(tmp_path, text)
    assert main(["--config", str(path), "list"]) != 0
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and names in lines[0]


def test_cli_config_error_end_to_end(tmp_path: Path) -> None:
    """The installed entry point: one line on stderr, exit 2, no traceback."""
    path = write(tmp_path, "[library]\nbriefings = 3\n")
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from briefreader.cli import main; sys.exit(main())",
            "--config",
            str(path),
            "list",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.strip() == f"briefreader: config error: {path}: library.briefings: must be a string, not int"


# --- no string from any config reaches the terminal unsanitised (issue 20, item 6) ----------

from dataclasses import fields as _fields  # noqa: E402

import tomli_w  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_HOSTILE = st.sampled_from(
    [
        "\x1b[2J",
        "\x1b]52;c;aGk=\x07",
        "\x9b31m",
        "\u202e",
        "\u2028",
        "\x07",
        "\n",
        "\r",
        "\t",
        "\x00",
        "\u200b",
        "\ufeff",
        "\x85",
        "\U000e0041",
        "ctrl+",
        ",",
        "q",
    ]
)
_TEXT = st.one_of(st.text(max_size=12), st.lists(st.one_of(_HOSTILE, st.text(max_size=4)), max_size=4).map("".join))


def _config_doc() -> st.SearchStrategy[dict]:
    from briefreader.config import THEMES
    from briefreader.keymap import ACTIONS

    topic = st.fixed_dictionaries({}, optional={"zh": _TEXT, "en": _TEXT, "keywords": st.lists(_TEXT, max_size=3)})
    return st.fixed_dictionaries(
        {},
        optional={
            "library": st.fixed_dictionaries(
                {}, optional={k: _TEXT for k in ("briefings", "notes", "export", "cache")}
            ),
            "display": st.fixed_dictionaries(
                {},
                optional={
                    "script": st.sampled_from(["hans", "hant"]),
                    "theme": st.one_of(st.sampled_from(THEMES), _TEXT),
                },
            ),
            "topics": st.dictionaries(_TEXT, topic, max_size=3),
            "glossary": st.dictionaries(_TEXT, _TEXT, max_size=3),
            "keys": st.dictionaries(st.one_of(st.sampled_from(sorted(ACTIONS)), _TEXT), _TEXT, max_size=3),
            "defaults": st.fixed_dictionaries({}, optional={"topics": st.booleans(), "glossary": st.booleans()}),
        },
    )


def _strings(value: object):
    """Every string a Config holds (paths as text), recursively."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Path):
        yield str(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)
    elif hasattr(value, "__dataclass_fields__"):
        for f in _fields(value):
            yield from _strings(getattr(value, f.name))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=st.deferred(_config_doc))
def test_no_config_string_reaches_the_terminal_unsanitised(tmp_path_factory, doc: dict) -> None:
    """Whatever a config holds, either it is refused with one safe line naming the file,
    or every string the loaded config carries (labels, glossary, keys, theme, paths) and
    `config show`'s whole output are free of controls, escapes and bidi characters."""
    from briefreader.config import ConfigError, read_config, render_config

    path = tmp_path_factory.mktemp("cfg") / "config.toml"
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    try:
        config = read_config(path)
    except ConfigError as exc:
        message = str(exc)
        assert message.startswith(f"{path}: ") and "\n" not in message and strip_controls(message) == message
        return
    for text in _strings(config):
        assert strip_controls(text) == text and "\n" not in text and "\t" not in text, repr(text)
    shown = render_config(config)
    assert strip_controls(shown) == shown
    from briefreader.keymap import bad_key

    assert all(bad_key(k) is None for k in config.keys.values())
