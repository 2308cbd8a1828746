"""The main screen's footer (issue 19): composed again only when the keys it shows
change; Textual's own footer was composed four times with the same keys before a warm
start's first frame (~20 ms of UI-thread CPU each)."""

from __future__ import annotations

from helpers.waiting import until
from textual.widgets._footer import FooterKey

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.footer import QuietFooter, shown_keys


async def test_the_footer_is_composed_once_per_change_of_its_keys(sample_config, sample_library, monkeypatch):
    composed: list[tuple] = []
    real = QuietFooter.compose

    def counting(self):
        if self._bindings_ready:  # the compose at mount, before any bindings, draws nothing
            composed.append(shown_keys(self.screen))
        yield from real(self)

    monkeypatch.setattr(QuietFooter, "compose", counting)
    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(120, 36)) as pilot:
        footer = app.screen.query_one(QuietFooter)
        await until(pilot, lambda: len(footer.query(FooterKey)) > 0, "the footer's keys")
        await pilot.pause(0.3)
        assert composed and len(set(composed)) == len(composed)  # never twice with the same keys
        keys = list(footer.query(FooterKey))
        assert all(k.has_class("-compact") for k in keys)  # compact, as Textual's compact footer
        assert "Help" in {k.description for k in keys}
        before = len(composed)
        await pilot.press("L")  # every label changes: composed again, in Chinese
        await until(pilot, lambda: "帮助" in {k.description for k in footer.query(FooterKey)}, "the Chinese footer")
        assert len(composed) > before and len(set(composed)) == len(composed)
