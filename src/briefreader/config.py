"""Reading ``config.toml`` (PRODUCT.md section 5).

Lookup order: ``--config FILE``, ``$BRIEFREADER_CONFIG``, ``./config.toml``, the user
config dir. Relative paths resolve against the folder of the file they were read from.
Every mistake is a :class:`ConfigError` whose message names the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Topic

APP_NAME = "briefreader"


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
    traditional: str = "auto"  # Traditional as written in: auto (the source's region) | tw | hk | generic
    topics: dict[str, Topic] = field(default_factory=dict)
    topic_threshold: int = 2  # keyword hits needed before a topic is assigned
    glossary: dict[str, str] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # action id -> key(s)
    path: Path | None = None  # the file this came from, None for built-in defaults
    cache_dir: Path | None = None  # None: the platformdirs user cache dir


def user_config_dir() -> Path:
    from platformdirs import user_config_dir as _ucd

    return Path(_ucd(APP_NAME))


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_NAME))


def user_cache_dir() -> Path:
    override = os.environ.get("BRIEFREADER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir as _ucd

    return Path(_ucd(APP_NAME))


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The config file to read, by the lookup order; None when there is none."""
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found")
        return path
    env = os.environ.get("BRIEFREADER_CONFIG")
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found (from $BRIEFREADER_CONFIG)")
        return path
    for candidate in (Path.cwd() / "config.toml", user_config_dir() / "config.toml"):
        if candidate.is_file():
            return candidate
    return None


# The schema: section -> key -> expected type. Topic tables are checked separately.
_SCHEMA: dict[str, dict[str, type]] = {
    "library": {"briefings": str, "notes": str, "export": str, "cache": str},
    "display": {"script": str, "language": str, "traditional": str},
}
_CHOICES = {("display", "script"): ("hans", "hant"), ("display", "language"): ("en", "zh"),
            ("display", "traditional"): ("auto", "tw", "hk", "generic")}
_TOPIC_KEYS: dict[str, type] = {"zh": str, "en": str, "keywords": list}


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Find and read the config; built-in defaults when no file exists."""
    path = find_config(explicit)
    if path is None:
        return default_config()
    return read_config(path)


def default_config() -> Config:
    data_dir = user_data_dir()
    return Config(
        briefings=Path.cwd() / "briefings",
        notes=data_dir / "notes.toml",
        export=Path.cwd() / "notes.md",
    )


def read_config(path: Path) -> Config:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config file is not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses per nesting level
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    return parse_config(data, path)


def _type_name(t: type) -> str:
    return {str: "a string", list: "a list", int: "an integer", dict: "a table"}.get(t, t.__name__)


def parse_config(data: dict[str, Any], path: Path) -> Config:
    """Validate a parsed TOML document and build a :class:`Config`."""
    base = path.parent.resolve()

    def fail(key: str, why: str) -> ConfigError:
        return ConfigError(f"{path}: {_show(key)}: {why}")

    known = set(_SCHEMA) | {"topics", "glossary", "keys"}
    for section, value in data.items():
        if section not in known:
            raise fail(section, f"unknown section (expected one of: {', '.join(sorted(known))})")
        if not isinstance(value, dict):
            raise fail(section, "must be a table")

    values: dict[tuple[str, str], Any] = {}
    for section, keys in _SCHEMA.items():
        for key, value in data.get(section, {}).items():
            name = f"{section}.{key}"
            if key not in keys:
                raise fail(name, f"unknown key (expected one of: {', '.join(keys)})")
            if not isinstance(value, keys[key]):
                raise fail(name, f"must be {_type_name(keys[key])}, not {type(value).__name__}")
            choices = _CHOICES.get((section, key))
            if choices and value not in choices:
                raise fail(name, f"must be one of {', '.join(choices)}, not {value!r}")
            values[(section, key)] = value

    def resolve(key: str, default: str, folder: bool) -> Path:
        value = values.get(("library", key), default)
        if not value.strip():
            raise fail(f"library.{key}", "must not be empty")
        if "\x00" in value:
            raise fail(f"library.{key}", "must not contain a NUL character")
        p = Path(os.path.expanduser(value))
        p = p if p.is_absolute() else base / p
        if ("library", key) in values:
            why = _unusable(p, folder)
            if why:
                raise fail(f"library.{key}", why)
        return p

    topics: dict[str, Topic] = {}
    threshold = 2
    for topic_id, table in data.get("topics", {}).items():
        if topic_id == "threshold":
            if not isinstance(table, int) or isinstance(table, bool) or table < 1:
                raise fail("topics.threshold", "must be a positive integer")
            threshold = table
            continue
        name = f"topics.{topic_id}"
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
        glossary[term] = english

    keys: dict[str, str] = {}
    for action, key in data.get("keys", {}).items():
        if not isinstance(key, str):
            raise fail(f"keys.{action}", "must be a string such as \"ctrl+f\"")
        keys[action] = key

    return Config(
        briefings=resolve("briefings", "briefings", folder=True),
        notes=resolve("notes", "notes.toml", folder=False),
        export=resolve("export", "notes.md", folder=False),
        script=values.get(("display", "script"), "hans"),
        language=values.get(("display", "language"), "en"),
        traditional=values.get(("display", "traditional"), "auto"),
        topics=topics,
        topic_threshold=threshold,
        glossary=glossary,
        keys=keys,
        path=path,
        cache_dir=resolve("cache", "", folder=True) if ("library", "cache") in values else None,
    )


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
