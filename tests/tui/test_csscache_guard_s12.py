"""The kept CSS (tui/csscache.py) overrides Textual's PRIVATE Stylesheet._parse_rules and
reads its _parse_cache/_variables; textual is pinned only >=1.0. On a Textual whose
private parts differ the app must start with Textual's own Stylesheet: no crash, the
same styles (session 12 review). Textual N+1 is simulated by patching the class."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from textual.css.stylesheet import Stylesheet, StylesheetParseError

from briefreader.tui import csscache
from briefreader.tui.app import BriefreaderApp
from briefreader.tui.csscache import KeptStylesheet


def _rules(stylesheet: Stylesheet) -> list[str]:
    return [f"{rule.selector_set!r} {rule.styles._rules!r} {rule.is_default_rules}" for rule in stylesheet.rules]


async def _screen(config, library) -> tuple[type, list[str]]:
    """The app's kind of Stylesheet and the rules it styles with (the screen itself varies
    with load: the list may still be loading)."""
    app = BriefreaderApp(config, library=library)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.2)
        return type(app.stylesheet), _rules(app.stylesheet)


def _textual_with_a_new_parse_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Textual whose _parse_rules takes one more argument, which its parse() passes."""
    real = Stylesheet._parse_rules

    def _parse_rules(self, css, read_from, is_default_rules=False, tie_breaker=0, scope="", layer=None):  # noqa: ANN001, ANN202
        return real(self, css, read_from, is_default_rules, tie_breaker, scope)

    def parse(self) -> None:  # Textual's parse(), passing the new argument
        rules = []
        for read_from, (css, is_default_rules, tie_breaker, scope) in self.source.items():
            css_rules = self._parse_rules(
                css,
                read_from=read_from,
                is_default_rules=is_default_rules,
                tie_breaker=tie_breaker,
                scope=scope,
                layer=None,
            )
            if any(rule.errors for rule in css_rules):
                raise StylesheetParseError(css_rules)
            rules.extend(css_rules)
        self._rules = rules
        self._require_parse = False
        self._rules_map = None

    monkeypatch.setattr(Stylesheet, "_parse_rules", _parse_rules)
    monkeypatch.setattr(Stylesheet, "parse", parse)


async def test_a_textual_with_another_parse_rules_starts_with_its_own_stylesheet(
    sample_config, sample_library, monkeypatch: pytest.MonkeyPatch
) -> None:
    kind, rules = await _screen(sample_config, sample_library)  # today's Textual: kept
    assert kind is KeptStylesheet
    _textual_with_a_new_parse_argument(monkeypatch)
    kind, rules_then = await _screen(sample_config, sample_library)
    assert kind is Stylesheet  # old code: KeptStylesheet, and its _parse_rules(layer=) raised TypeError
    assert rules_then == rules


def test_renamed_private_attributes_keep_textuals_stylesheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = Stylesheet(variables={"primary": "red"})
    assert isinstance(csscache.kept_stylesheet(plain, tmp_path), KeptStylesheet)
    for name in ("_variables", "_parse_cache"):  # renamed in a later Textual
        other = Stylesheet(variables={"primary": "red"})
        other.__dict__[f"{name}_renamed"] = other.__dict__.pop(name)
        assert csscache.kept_stylesheet(other, tmp_path) is other

    class TheirOwn(Stylesheet):  # a Textual that makes its own kind of Stylesheet
        pass

    theirs = TheirOwn()
    assert csscache.kept_stylesheet(theirs, tmp_path) is theirs


def test_keeping_never_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = csscache.kept_stylesheet(Stylesheet(variables={}), tmp_path)
    assert isinstance(sheet, KeptStylesheet)
    sheet.add_source("Screen { color: red; }", read_from=("x.tcss", ""))
    sheet.parse()

    def fails(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RecursionError("rules too deep to pickle")

    dumps = pickle.dumps
    monkeypatch.setattr(csscache.pickle, "dumps", fails)
    assert sheet.keep() is None  # old code: RecursionError from the app's timer
    monkeypatch.setattr(csscache.pickle, "dumps", dumps)
    assert sheet.keep() is not None
