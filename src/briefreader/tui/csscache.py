"""Textual's parsed CSS, kept between runs (issue 19: warm first paint).

At every start Textual tokenizes and parses the app's CSS and the DEFAULT_CSS of every
widget it mounts: ~12 ms of main-thread CPU before the first frame, where a bare
Textual app parses ~4 ms. :class:`KeptStylesheet` keeps each source's parsed rules in
one file of the cache folder, written once after the first screen when something was
parsed anew, and read at the next start (~2 ms). A source is taken from the file only
when its key matches exactly: Textual's CSS code (its files' sizes and times), the CSS text, where it was read from,
its defaults/scope flags and the theme's variables. Anything else (another Textual, a
changed CSS, a damaged or foreign file) is parsed as before. The file is in the same
folder as the index and as much the user's own.

It overrides Textual's private ``Stylesheet._parse_rules`` and uses its ``_parse_cache``
and ``_variables`` (the same from Textual 1.0 to 8.x). :func:`kept_stylesheet` checks
them first: on a Textual where they differ the app keeps Textual's own Stylesheet (no
cache, never a crash or a wrong style), and nothing the cache does can raise.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import inspect
import os
import pickle
from pathlib import Path
from typing import Any

import textual
from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet

MAX_KEPT = 64  # sources in the file (a start parses ~18)

# Textual's private method as this module was written for (Textual 1.0 .. 8.x)
_PARSE_RULES_PARAMETERS = ("self", "css", "read_from", "is_default_rules", "tie_breaker", "scope")


def _fits(current: object) -> bool:
    """Textual's private parts that KeptStylesheet relies on are as it expects: the
    signature of ``Stylesheet._parse_rules``, and a plain Stylesheet with a dict of
    ``_variables`` and a ``_parse_cache`` mapping."""
    try:
        if type(current) is not Stylesheet:  # a Textual that made its own kind: leave it
            return False
        if tuple(inspect.signature(Stylesheet._parse_rules).parameters) != _PARSE_RULES_PARAMETERS:
            return False
        cache = getattr(current, "_parse_cache", None)
        return (
            isinstance(getattr(current, "_variables", None), dict)
            and callable(getattr(cache, "__getitem__", None))
            and callable(getattr(cache, "__setitem__", None))
        )
    except Exception:  # noqa: BLE001 - anything unexpected: Textual's own Stylesheet
        return False


def kept_stylesheet(current: Stylesheet, folder: Path) -> Stylesheet:
    """A :class:`KeptStylesheet` in place of the app's ``current`` one (the one Textual
    made), or ``current`` itself when this Textual's private parts are not as expected."""
    if not _fits(current):
        return current
    try:
        return KeptStylesheet(variables=current._variables, folder=folder)  # noqa: SLF001 - checked above
    except Exception:  # noqa: BLE001 - never worse than no cache
        return current


def _textual_stamp() -> list[tuple[str, int, int]]:
    """Textual's CSS code as installed (names, sizes, mtimes): another Textual, another
    file. textual.__version__ would cost ~30 ms: it imports importlib.metadata."""
    folder = Path(textual.__file__).parent / "css"
    try:
        return sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(folder))
    except OSError:
        return []


def _file(folder: Path, variables: dict[str, str]) -> Path:
    key = repr((str(Path(textual.__file__).parent), _textual_stamp(), sorted(variables.items())))
    return folder / f"tui-css-{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"


class KeptStylesheet(Stylesheet):
    """A Stylesheet whose parsed sources come from ``folder`` when they were kept."""

    def __init__(self, *, variables: dict[str, str] | None = None, folder: Path | None = None) -> None:
        super().__init__(variables=variables)
        self._folder = folder
        self._kept: dict[tuple[Any, ...], list[RuleSet]] = {}
        self._new = False  # a source was parsed that the file does not have
        if folder is not None:
            self._kept = _read(_file(folder, self._variables))

    def set_variables(self, variables: dict[str, str]) -> None:  # a theme: other values
        super().set_variables(variables)
        self._kept = {}
        self._folder = None

    def _parse_rules(
        self,
        css: str,
        read_from: Any,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        key = (css, read_from, is_default_rules, tie_breaker, scope)
        rules = self._kept.get(key)
        if rules is not None:
            try:
                self._parse_cache[key] = rules
            except Exception:  # noqa: BLE001, S110 - Textual's memo only; the rules are right
                pass
            return rules
        rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
        if not any(rule.errors for rule in rules):
            self._kept[key] = rules
            self._new = True
        return rules

    def keep(self) -> Path | None:
        """Write the parsed sources if any is new; the file written, or None."""
        if self._folder is None or not self._new:
            return None
        from .. import fsio

        kept = dict(list(self._kept.items())[-MAX_KEPT:])
        path = _file(self._folder, self._variables)
        try:
            fsio.atomic_write(path, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL), make_parents=True)
        except Exception:  # noqa: BLE001 - unpicklable rules (another Textual), a full disk, ...: no file
            return None
        self._new = False
        _prune(self._folder, keep=path)
        return path


def _prune(folder: Path, keep: Path) -> None:
    """Remove the other ``tui-css-*.pickle`` files in ``folder`` (another Textual's or
    theme's, never read again: 70-170 KB each). Only regular files of that name
    pattern (no symlink, no folder); errors are ignored."""
    try:
        for entry in os.scandir(folder):
            name = entry.name
            if name == keep.name or not fnmatch.fnmatchcase(name, "tui-css-*.pickle"):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
    except Exception:  # noqa: BLE001, S110 - a cache folder's housekeeping, never a crash
        pass


def _read(path: Path) -> dict[tuple[Any, ...], list[RuleSet]]:
    try:
        with path.open("rb") as fh:
            kept = pickle.load(fh)  # noqa: S301 - the user's own cache folder, beside the index
    except Exception:  # noqa: BLE001 - missing, damaged, another Textual's classes: parse
        return {}
    if not isinstance(kept, dict):
        return {}
    return {
        key: rules
        for key, rules in kept.items()
        if isinstance(key, tuple)
        and len(key) == 5
        and isinstance(rules, list)
        and all(isinstance(rule, RuleSet) for rule in rules)
    }
