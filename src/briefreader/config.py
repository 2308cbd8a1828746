"""Reading ``config.toml`` (PRODUCT.md section 5).

Lookup order: ``--config FILE``, ``$BRIEFREADER_CONFIG``, ``./config.toml`` (when it is
briefreader's: another tool's config.toml, a Hugo site's, is passed over), the user
config dir. Relative paths resolve against the folder of the file they were read from.
Every mistake is a :class:`ConfigError` whose message names the file and the key.

The file found is read on top of the built-in configuration shipped in the package
(``data/default_config.toml``: the taxonomy and the glossary), so an installed
briefreader has topics from any folder (:func:`merge`).

A config file may come with a downloaded folder (``./config.toml``), so it is as
untrusted as a briefing: it is read with a size bound, and every string that can reach
the screen (labels, glossary, key names, paths) is refused when it carries a control,
escape or bidi character, so nothing from a config can drive the terminal.
"""

from __future__ import annotations

import copy
import functools
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .envnames import CACHE_DIR
from .envnames import CONFIG as CONFIG_ENV
from .keymap import ACTIONS, PRIORITY, bad_key
from .model import Topic
from .safe import strip_controls

APP_NAME = "briefreader"

# A config is written by hand: 1 MB holds a glossary of ~10,000 terms and parses in
# ~0.4 s. A 9 MB file used to take 33 s (tomllib, then every worker compiling 200,000
# keywords); the keyword bound keeps the topic regexes small for the same reason.
MAX_CONFIG_BYTES = 1_000_000
MAX_KEYWORDS = 5_000  # over all topics
MAX_WORD = 100  # characters in a keyword or a glossary term

# Textual's built-in themes (textual.theme.BUILTIN_THEMES; a test keeps this in step).
THEMES = (
    "textual-dark",
    "textual-light",
    "nord",
    "gruvbox",
    "catppuccin-mocha",
    "dracula",
    "tokyo-night",
    "monokai",
    "flexoki",
    "catppuccin-latte",
    "catppuccin-frappe",
    "catppuccin-macchiato",
    "solarized-light",
    "solarized-dark",
    "rose-pine",
    "rose-pine-moon",
    "rose-pine-dawn",
    "atom-one-dark",
    "atom-one-light",
    "ansi-dark",
    "ansi-light",
)


class ConfigError(Exception):
    """A config file that cannot be used; the message is one line for the user.

    Keys and paths quoted from the file are escaped (:func:`_show`), so they can
    neither break the line nor reach a terminal as control characters.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


def _show(text: object) -> str:
    """``text`` with anything unprintable (controls, bidi marks, line breaks) as ``\\uXXXX``."""
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in str(text))


def _escape(ch: str) -> str:
    return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"


@dataclass(slots=True)
class Config:
    briefings: Path
    notes: Path
    export: Path
    script: str = "hans"
    language: str = "en"
    theme: str = ""  # a Textual theme name; "" for Textual's default
    traditional: str = "auto"  # characters of: auto (the source's region) | tw | hk | generic; no vocabulary
    topics: dict[str, Topic] = field(default_factory=dict)
    topic_threshold: int = 2  # keyword hits needed before a topic is assigned
    glossary: dict[str, str] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # action id -> key(s), see keymap.py
    path: Path | None = None  # the user's file read over the built-in config; None: built-in only
    cache_dir: Path | None = None  # None: the platformdirs user cache dir


def user_config_dir() -> Path:
    from platformdirs import user_config_dir as _ucd

    return Path(_ucd(APP_NAME))


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_NAME))


def user_log_dir() -> Path:
    from platformdirs import user_log_dir as _uld

    return Path(_uld(APP_NAME))


def user_cache_dir() -> Path:
    override = os.environ.get(CACHE_DIR)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir as _ucd

    return Path(_ucd(APP_NAME))


def _not_a_config(path: Path) -> str:
    """Why ``path`` cannot be read as the config file (a folder is not "not found")."""
    if path.is_dir():
        return "is a folder, not a config file (give the config.toml in it)"
    return "config file not found"


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The config file to read, by the lookup order; None when there is none."""
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{path}: {_not_a_config(path)}")
        return path
    env = os.environ.get(CONFIG_ENV)
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError(f"{path}: {_not_a_config(path)} (from $BRIEFREADER_CONFIG)")
        return path
    here = Path.cwd() / "config.toml"
    if here.is_file() and _ours(here):
        return here
    user = user_config_dir() / "config.toml"
    return user if user.is_file() else None


def _ours(path: Path) -> bool:
    """Whether ``./config.toml`` is briefreader's: one of its top-level names is a section of
    ours, or it is ours mistyped (:func:`_mistyped`). Other tools use the name too: in a Hugo
    site (``baseURL = …``, ``[params]``) the reader could not start ("baseURL: unknown
    section", tester s14 F13); such a file is passed over for the user's config. A file that
    does not parse is taken as ours (its error names it), as is an empty one."""
    try:
        data = read_toml(path)
    except ConfigError:
        return True
    return not data or any(name in _SECTIONS for name in data) or _mistyped(data) is not None


def _mistyped(data: dict[str, Any]) -> str | None:
    """The name that makes a config with none of our sections ours mistyped, else None: a
    section of ours in other case (``[Library]``), a name one typo from a section whose table
    holds what that section holds (``[libary]`` with ``briefings``, ``[dispaly]`` with
    ``script``, ``[topic.x]`` with ``keywords``), or a key only we use, at the top or in any
    table (``briefings = "…"`` with no ``[library]`` over it). Passed over, such a file left
    the user wondering why their ./config.toml did nothing (review s15 R3); read, its error
    names the mistake. A Hugo or Zola config has none of these, and is still passed over."""
    for name, value in data.items():
        near = _near_section(name)
        if near is not None and (name.casefold() == near or _holds(near, value)):
            return name
        if name in _OUR_KEYS or (isinstance(value, dict) and any(key in _OUR_KEYS for key in value)):
            return name
    return None


def _near_section(name: str) -> str | None:
    """Our section ``name`` is a typo of (other case, a letter off), else None."""
    import difflib

    if name in _SECTIONS:
        return None
    folded = name.casefold()
    if folded in _SECTIONS:
        return folded
    near = difflib.get_close_matches(folded, _SECTIONS, n=1, cutoff=0.8)
    return near[0] if near else None


def _holds(section: str, value: Any) -> bool:
    """Whether ``value`` has the contents of our ``section``: one of its keys, a topic
    table with keywords, a glossary term in Chinese."""
    if not isinstance(value, dict):
        return False
    if section in _SCHEMA:
        return any(key in _SCHEMA[section] for key in value)
    if section == "keys":
        return any(key in ACTIONS for key in value)
    if section == "topics":
        return any(isinstance(v, dict) and "keywords" in v for v in value.values())
    return any(any("\u4e00" <= ch <= "\u9fff" for ch in key) for key in value)  # glossary


def _section_of(key: str) -> str:
    return next((section for section, keys in _SCHEMA.items() if key in keys), key)


class _Ours(str):
    """The type of a key only briefreader's config has (``briefings``, ``traditional``): one
    of them anywhere in a file makes it ours (:func:`_mistyped`). A str: it is checked as one."""


# The schema: section -> key -> expected type. Topic tables are checked separately.
_SCHEMA: dict[str, dict[str, type]] = {
    "library": {"briefings": _Ours, "notes": str, "export": str, "cache": str},
    "display": {"script": str, "language": str, "traditional": _Ours, "theme": str},
    "defaults": {"topics": bool, "glossary": bool},
}
# Keys only briefreader's config has, from the schema (one source: review s16).
_OUR_KEYS = frozenset(key for keys in _SCHEMA.values() for key, kind in keys.items() if kind is _Ours)
_CHOICES = {
    ("display", "script"): ("hans", "hant"),
    ("display", "language"): ("en", "zh"),
    ("display", "traditional"): ("auto", "tw", "hk", "generic"),
    ("display", "theme"): THEMES,
}
_TOPIC_KEYS: dict[str, type] = {"zh": str, "en": str, "keywords": list}
_SECTIONS = (*_SCHEMA, "topics", "glossary", "keys")


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Find and read the config; the built-in config alone when no file exists."""
    path = find_config(explicit)
    if path is None:
        return default_config()
    return read_config(path)


def default_config() -> Config:
    """The built-in config, with the paths of a user who has no config file."""
    data = shipped_data()
    config = parse_config(data, _shipped_path())
    config.path = None
    config.briefings = Path.cwd() / "briefings"
    config.notes = user_data_dir() / "notes.toml"
    config.export = Path.cwd() / "notes.md"
    return config


DATA_DIR = Path(__file__).parent / "data"  # as topics.py: importlib.resources costs ~15 ms to import


def _shipped_path() -> Path:
    return DATA_DIR / "default_config.toml"


def shipped_text() -> str:
    """The text of the built-in config (``data/default_config.toml`` in the package)."""
    return _shipped_path().read_text(encoding="utf-8")


@functools.cache
def _shipped_data() -> dict[str, Any]:
    return tomllib.loads(shipped_text())


def shipped_data() -> dict[str, Any]:
    """The built-in config as parsed TOML (a copy: callers may change it)."""
    return copy.deepcopy(_shipped_data())


def merge(base: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """``user`` read on top of ``base`` (both parsed TOML, neither changed).

    Sections are merged key by key; a topic is one value (a ``[topics.<id>]`` of the
    user's replaces ours whole, so its keywords are exactly the user's). ``[defaults]``
    ``topics = false`` / ``glossary = false`` drops ours first. Values of a wrong type
    are passed through for :func:`parse_config` to name.
    """
    merged = {k: dict(v) if isinstance(v, dict) else v for k, v in base.items()}
    defaults = user.get("defaults")
    if isinstance(defaults, dict):
        if defaults.get("topics") is False:
            merged["topics"] = {k: v for k, v in merged.get("topics", {}).items() if k == "threshold"}
        if defaults.get("glossary") is False:
            merged["glossary"] = {}
    for section, value in user.items():
        if isinstance(value, dict) and isinstance(merged.get(section), dict):
            merged[section].update(value)
        else:
            merged[section] = value
    return merged


def read_toml(path: Path) -> dict[str, Any]:
    """A config file parsed, read with a size bound; ConfigError names the file."""
    raw = _read_bounded(path)
    try:
        # utf-8-sig: a BOM (Windows Notepad writes one) is no "Invalid statement" at 1:1
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config file is not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses per nesting level
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None


def _read_bounded(path: Path) -> bytes:
    """The file's bytes: a regular file only, at most MAX_CONFIG_BYTES (fsio.read_bounded
    opens non-blocking and checks the descriptor, so a FIFO named config.toml cannot hang
    the start and /dev/zero cannot fill memory)."""
    from .fsio import read_bounded, reason

    try:
        return read_bounded(path, MAX_CONFIG_BYTES)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({reason(exc)})") from None


def read_config(path: Path, *, defaults: bool = True) -> Config:
    """The config in ``path``, read on top of the built-in one unless ``defaults`` is False.

    The user's file is checked on its own first, so a mistake is named in it.
    """
    data = read_toml(path)
    if not defaults:
        return parse_config(data, path)
    parse_config(data, path)
    return parse_config(merge(_shipped_data(), data), path)


def _type_name(t: type) -> str:
    return {str: "a string", list: "a list", int: "an integer", dict: "a table", bool: "true or false"}.get(
        t, t.__name__
    )


def parse_config(data: dict[str, Any], path: Path) -> Config:
    """Validate a parsed TOML document and build a :class:`Config`."""
    base = path.parent.resolve()

    def fail(key: str, why: str) -> ConfigError:
        return ConfigError(f"{path}: {_show(key)}: {why}")

    known = set(_SECTIONS)
    for section, value in data.items():
        if section not in known:
            owner = _section_of(section)
            if owner != section:  # `briefings = …` with no [library] line over it
                raise fail(section, f"is a key of [{owner}]: put it under a [{owner}] line")
            near = _near_section(section)
            guess = f"did you mean [{near}]? " if near is not None else ""
            raise fail(section, f"unknown section ({guess}expected one of: {', '.join(sorted(known))})")
        if not isinstance(value, dict):
            raise fail(section, "must be a table")

    values: dict[tuple[str, str], Any] = {}
    for section, schema in _SCHEMA.items():
        for key, value in data.get(section, {}).items():
            name = f"{section}.{key}"
            if key not in schema:
                raise fail(name, f"unknown key (expected one of: {', '.join(schema)})")
            expected = str if schema[key] is _Ours else schema[key]
            if not isinstance(value, expected):
                raise fail(name, f"must be {_type_name(expected)}, not {type(value).__name__}")
            choices = _CHOICES.get((section, key))
            if choices and value not in choices:
                raise fail(name, f"must be one of {', '.join(choices)}, not {value!r}")
            values[(section, key)] = value

    def resolve(key: str, default: str, folder: bool, under: Path | None = None) -> Path:
        """The path ``library.key`` names, relative ones under ``under`` (else the
        config's folder); a path set is checked where it will be used."""
        value = values.get(("library", key), default)
        if not value.strip():
            raise fail(f"library.{key}", "must not be empty")
        if "\x00" in value:
            raise fail(f"library.{key}", "must not contain a NUL character")
        check_text(f"library.{key}", value)
        p = Path(os.path.expanduser(value))
        p = p if p.is_absolute() else (base if under is None else under) / p
        if ("library", key) in values:
            why = _unusable(p, folder)
            if why:
                raise fail(f"library.{key}", why)
        return p

    def check_text(name: str, value: str, *, limit: int | None = None) -> None:
        """Refuse a string that would carry a control, escape or bidi character (or a
        line break) to the screen; it is named escaped, never echoed raw."""
        unsafe = _unsafe_char(value)
        if unsafe is not None:
            raise fail(name, f"contains the control character {_escape(unsafe)}")
        if limit is not None and len(value) > limit:
            raise fail(name, f"longer than {limit} characters")

    topics: dict[str, Topic] = {}
    threshold = 2
    keyword_count = 0
    for topic_id, table in data.get("topics", {}).items():
        if topic_id == "threshold":
            if not isinstance(table, int) or isinstance(table, bool) or table < 1:
                raise fail("topics.threshold", "must be a positive integer")
            threshold = table
            continue
        name = f"topics.{topic_id}"
        check_text(name, topic_id, limit=MAX_WORD)
        if not isinstance(table, dict):
            raise fail(name, "must be a table with zh, en and keywords")
        for key, value in table.items():
            if key not in _TOPIC_KEYS:
                raise fail(f"{name}.{key}", "unknown key (expected zh, en, keywords)")
            if not isinstance(value, _TOPIC_KEYS[key]):
                raise fail(f"{name}.{key}", f"must be {_type_name(_TOPIC_KEYS[key])}")
        keywords = table.get("keywords", [])
        if not all(isinstance(k, str) and k.strip() for k in keywords):
            raise fail(f"{name}.keywords", "must be a list of non-empty strings")
        for label in ("zh", "en"):
            check_text(f"{name}.{label}", table.get(label, ""), limit=MAX_WORD)
        for k in keywords:
            check_text(f"{name}.keywords", k, limit=MAX_WORD)
        keyword_count += len(keywords)
        if keyword_count > MAX_KEYWORDS:
            raise fail(f"{name}.keywords", f"more than {MAX_KEYWORDS} keywords over all topics")
        topics[topic_id] = Topic(
            id=topic_id,
            zh=table.get("zh", topic_id),
            en=table.get("en", topic_id),
            keywords=tuple(keywords),
        )

    glossary: dict[str, str] = {}
    for term, english in data.get("glossary", {}).items():
        if not isinstance(english, str):
            raise fail(f"glossary.{term}", "must be a string (the English name)")
        check_text(f"glossary.{term}", term, limit=MAX_WORD)
        check_text(f"glossary.{term}", english)
        glossary[term] = english

    keys: dict[str, str] = {}
    for action, key in data.get("keys", {}).items():
        if action not in ACTIONS:
            import difflib

            hint = difflib.get_close_matches(action, list(ACTIONS), n=1)
            also = f"did you mean {hint[0]}? " if hint else ""
            raise fail(f"keys.{action}", f"unknown action id ({also}`briefreader config show` lists them)")
        if not isinstance(key, str):
            raise fail(f"keys.{action}", 'must be a string such as "ctrl+f"')
        wrong = bad_key(key)
        if wrong is not None:
            raise fail(
                f"keys.{action}",
                f'\'{_show(wrong)}\' is not a key name (e.g. "ctrl+f", "f5", '
                f'"question_mark"; several keys separated by commas)',
            )
        keys[action] = key
    clash = _key_clash(keys)
    if clash is not None:
        action, key, other = clash
        raise fail(f"keys.{action}", f"{key} is also keys.{other}: one key runs one action (change one of them)")

    return Config(
        briefings=resolve("briefings", "briefings", folder=True),
        notes=resolve("notes", "notes.toml", folder=False),
        export=_export_path(resolve, values, base),
        script=values.get(("display", "script"), "hans"),
        language=values.get(("display", "language"), "en"),
        traditional=values.get(("display", "traditional"), "auto"),
        theme=values.get(("display", "theme"), ""),
        topics=topics,
        topic_threshold=threshold,
        glossary=glossary,
        keys=keys,
        path=path,
        cache_dir=resolve("cache", "", folder=True) if ("library", "cache") in values else None,
    )


def _export_path(resolve: Any, values: dict[tuple[str, str], Any], base: Path) -> Path:
    """Where `export` (and the TUI's ``e``) writes: a document of the user's, so in the
    folder they work in (``./notes.md``), never under ~/.config (tester s17 U12: after
    `config init` every export went to ~/.config/briefreader/notes.md, beside the config,
    where no one looks for a document). A path the config sets resolves against the
    config's folder as every path does, except in the user-wide config (the user config
    dir), which has no folder of its own to put documents in: the current folder there."""
    value = values.get(("library", "export"))
    if value is None:
        return Path.cwd() / "notes.md"
    # Checked where it is written: the user-wide config's relative export was checked
    # under ~/.config/briefreader but written under the current folder (review s18 R9).
    user_wide = not Path(os.path.expanduser(value)).is_absolute() and base == user_config_dir().resolve()
    path: Path = resolve("export", "notes.md", folder=False, under=Path.cwd() if user_wide else None)
    return path


def _unsafe_char(value: str) -> str | None:
    """The first character of ``value`` that safe.py would remove, or a line break."""
    if strip_controls(value) == value and "\n" not in value and "\t" not in value:
        return None
    return next(ch for ch in value if strip_controls(ch) != ch or ch in "\n\t")


def _unusable(path: Path, folder: bool) -> str | None:
    """Why ``path`` can never work as a folder (``folder``) or a file, else None.

    A path that does not exist yet is fine (the notes file and the cache are
    created on first use; a missing briefings folder is reported when it is
    read), unless what stands in its way is a file or cannot be read.
    """
    try:
        if path.exists():
            if folder and not path.is_dir():
                return f"not a folder: {_show(path)}"
            if not folder and path.is_dir():
                return f"is a folder, not a file: {_show(path)}"
            return None
        for parent in path.parents:
            if parent.exists():
                return None if parent.is_dir() else f"{_show(parent)} is a file, not a folder (in {_show(path)})"
    except OSError as exc:  # e.g. a folder on the way that we may not enter
        return f"cannot check {_show(path)}: {exc.strerror or exc}"
    return None


# --- writing: `briefreader config show` and `config init` ---------------------------


def _toml_str(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; Chinese stays readable)."""
    import json

    return json.dumps(value, ensure_ascii=False)


def _toml_key(key: str) -> str:
    bare = key and all(ch.isascii() and (ch.isalnum() or ch in "_-") for ch in key)
    return key if bare else _toml_str(key)


def _key_clash(chosen: dict[str, str]) -> tuple[str, str, str] | None:
    """(action, key, other action) when a key the user chose also runs another action of the
    same place (the app's own actions, or one screen's ``prefix.`` ones), where the defaults
    did not already share it (quit's q and the help's close q live on different screens).
    Two actions on one key were accepted in silence: q opened the help (tester s16 U8)."""

    if not chosen:  # the defaults alone: what they share is allowed (below), nothing to check
        return None

    def place(action_id: str) -> str:
        return action_id.split(".")[0] if "." in action_id else ""

    # Two actions whose defaults share a key are allowed to (asked per pair found: every pair of
    # the ~100 actions up front was 25 ms of every start, twice, 8% of a warm first paint: issue 19)
    defaults = {a.id: set(_keys_of(a.keys)) for a in ACTIONS.values()}
    effective = {a.id: _keys_of(chosen.get(a.id, a.keys)) for a in ACTIONS.values()}
    for action in chosen:
        for key in effective[action]:
            for other, keys in effective.items():
                if other != action and key in keys and place(other) == place(action):
                    if not defaults[action] & defaults[other]:
                        return action, key, other
    return None


def key_shadows(config: Config) -> list[str]:
    """Warnings for keys the user chose that a pane's own action takes while that pane has the focus.

    ``_key_clash`` refuses two actions of one place on one key; an action of the whole app (``quit``) given a
    key that a pane also uses (``list.down``'s j) is allowed, since the pane may not be on screen, but it never
    runs while that pane has the focus: said by ``config show`` and at the TUI's start (tester s45: ``quit = "j"``
    went unremarked). A dialog's answers (``ask``, ``confirm``) are left out: while one is open no other action is
    wanted. ``config.keys`` holds known action ids only (read_config refuses others)."""
    if not config.keys:
        return []
    defaults = {a.id: set(_keys_of(a.keys)) for a in ACTIONS.values()}
    effective = {action: set(_keys_of(keys)) for action, keys in effective_keys(config).items()}
    panes = [a for a in effective if "." in a and a.split(".")[0] not in _DIALOGS]
    app_wide = [a for a in effective if "." not in a]
    said = []
    for action in sorted(config.keys):
        pairs = [(other, action) for other in app_wide] if "." in action else [(action, pane) for pane in panes]
        taken: dict[tuple[str, str], list[str]] = {}  # (key, app-wide action) -> the panes that take it
        for wide, pane in pairs:
            for key in (effective[wide] & effective[pane]) - (defaults[wide] & defaults[pane]):
                taken.setdefault((key, wide), []).append(pane)
        for (key, wide), by in sorted(taken.items()):
            if wide in PRIORITY:  # it runs first, wherever the focus is
                others = ", ".join(sorted({wide, *by} - {action}))
                never = ", ".join(sorted(by))
                said.append(
                    f"keys.{action}: {key} is also the key of {others}; {key} always runs {wide}, never {never}"
                )
            elif "." in action:
                said.append(
                    f"keys.{action}: {key} is also keys.{wide}; where {action.split('.')[0]} has the focus, "
                    f"{key} runs {action}, not {wide}"
                )
            else:
                said.append(
                    f"keys.{action}: {key} is also the key of {', '.join(sorted(by))}; where one of them has the "
                    f"focus, {key} runs it, not {action}"
                )
    return said


def _keys_of(keys: str) -> list[str]:
    """The keys of a comma-separated list, as [keys] and the bindings write them."""
    return [k.strip() for k in keys.split(",") if k.strip()]


_DIALOGS = frozenset({"ask", "confirm"})


def effective_keys(config: Config) -> dict[str, str]:
    """Every action id with the key(s) that run it: the user's, else the default."""
    return {action.id: config.keys.get(action.id, action.keys) for action in ACTIONS.values()}


def render_config(config: Config, cache_dir: Path | None = None) -> str:
    """The effective config as TOML that reads back to the same config (paths absolute).

    ``cache_dir`` is the cache folder in use, shown as a comment when the config sets none.
    """
    sources = [f"briefreader's built-in configuration ({_shipped_path()})"]
    if config.path is not None:
        sources.append(str(config.path))
    lines = ["# The effective configuration: " + " read over ".join(reversed(sources)) + ".", "", "[library]"]
    for key in ("briefings", "notes", "export"):
        lines.append(f"{key} = {_toml_str(str(getattr(config, key)))}")
    if config.cache_dir is not None:
        lines.append(f"cache = {_toml_str(str(config.cache_dir))}")
    elif cache_dir is not None:
        lines.append(f"# cache = {_toml_str(str(cache_dir))}  (the default)")
    lines += [
        "",
        "[display]",
        f"script = {_toml_str(config.script)}",
        f"language = {_toml_str(config.language)}",
        f"traditional = {_toml_str(config.traditional)}",
    ]
    if config.theme:
        lines.append(f"theme = {_toml_str(config.theme)}")
    else:
        lines.append("# theme: Textual's default; one of " + ", ".join(THEMES))
    lines += ["", "[keys]  # action id = key(s), several separated by commas"]
    keys = effective_keys(config)
    width = max(len(f"{_toml_key(a)} = {_toml_str(k)}") for a, k in keys.items())
    for action_id, key in keys.items():
        line = f"{_toml_key(action_id)} = {_toml_str(key)}"
        lines.append(f"{line:<{width}}  # {ACTIONS[action_id].description}")
    lines += ["", "[topics]", f"threshold = {config.topic_threshold}"]
    for topic in config.topics.values():
        lines += [
            "",
            f"[topics.{_toml_key(topic.id)}]",
            f"zh = {_toml_str(topic.zh)}",
            f"en = {_toml_str(topic.en)}",
            "keywords = [" + ", ".join(_toml_str(k) for k in topic.keywords) + "]",
        ]
    lines += ["", "[glossary]"]
    lines += [f"{_toml_key(term)} = {_toml_str(en)}" for term, en in config.glossary.items()]
    if not config.topics or not config.glossary:  # dropped with [defaults]: keep it so
        lines += [
            "",
            "[defaults]",
            f"topics = {str(bool(config.topics)).lower()}",
            f"glossary = {str(bool(config.glossary)).lower()}",
        ]
    return "\n".join(lines) + "\n"


def template(briefings: Path | None) -> str:
    """The commented config `briefreader config init` writes."""
    text = (DATA_DIR / "config_template.toml").read_text(encoding="utf-8")
    line = (
        f"briefings = {_toml_str(str(briefings))}"
        if briefings is not None
        else 'briefings = "~/briefings"      # the folder of your briefings (read recursively)'
    )
    return text.replace("{briefings}", line).replace("{notes}", _toml_str(str(user_data_dir() / "notes.toml")))
