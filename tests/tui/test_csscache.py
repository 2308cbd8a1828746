"""Textual's parsed CSS kept between runs (issue 19, tui/csscache.py): a second start
takes every source from the file, draws the same screen, and anything wrong with the
file means parsing as before."""

from __future__ import annotations

import functools
from pathlib import Path

from textual.css.stylesheet import Stylesheet

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.csscache import KeptStylesheet


def _rules(stylesheet: Stylesheet) -> list[str]:
    return [f"{rule.selector_set!r} {rule.styles._rules!r} {rule.is_default_rules}" for rule in stylesheet.rules]


async def _settled(pilot, app) -> str:
    """The screen once it stops changing: under load a start's screen varies with when the
    shot is taken (the rules do not), and one shot of 0.2 s in failed 1 of 6 runs."""
    screen = app.export_screenshot()
    for _ in range(50):
        await pilot.pause(0.1)
        again = app.export_screenshot()
        if again == screen:
            return screen
        screen = again
    return screen


async def _run(config, library) -> tuple[list[str], str, int]:
    """The rules in use, the screen, and how many sources were parsed (not kept)."""
    parsed = []
    real = Stylesheet._parse_rules

    @functools.wraps(real)  # the same signature: csscache checks it (a changed one: Textual's own Stylesheet)
    def counting(self, *args, **kwargs):
        parsed.append(args[1])
        return real(self, *args, **kwargs)

    Stylesheet._parse_rules = counting  # the parse KeptStylesheet falls back to
    try:
        app = BriefreaderApp(config, library=library)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause(0.2)
            assert isinstance(app.stylesheet, KeptStylesheet)
            screen = await _settled(pilot, app)
            app.stylesheet.keep()
            return _rules(app.stylesheet), screen, len(parsed)
    finally:
        Stylesheet._parse_rules = real


async def test_a_second_start_parses_no_css_and_draws_the_same(sample_config, sample_library) -> None:
    rules, screen, parsed = await _run(sample_config, sample_library)
    assert parsed > 5  # the app's CSS and the widgets' DEFAULT_CSS
    assert list(Path(sample_config.cache_dir).glob("tui-css-*.pickle"))
    again, screen_again, parsed_again = await _run(sample_config, sample_library)
    assert parsed_again == 0
    assert again == rules
    assert screen_again == screen


async def test_a_damaged_or_foreign_file_is_parsed_past(sample_config, sample_library) -> None:
    rules, screen, _ = await _run(sample_config, sample_library)
    (kept,) = Path(sample_config.cache_dir).glob("tui-css-*.pickle")
    for junk in (b"not a pickle", kept.read_bytes()[: len(kept.read_bytes()) // 2], b"\x80\x04K\x07."):  # int 7
        kept.write_bytes(junk)
        again, screen_again, parsed = await _run(sample_config, sample_library)
        assert parsed > 5 and again == rules and screen_again == screen


async def test_no_cache_keeps_nothing(sample_config, sample_library) -> None:
    app = BriefreaderApp(sample_config, library=sample_library, use_cache=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.1)
        assert not isinstance(app.stylesheet, KeptStylesheet)
    assert not list(Path(sample_config.cache_dir).glob("tui-css-*.pickle"))
