"""Review s12 F4: the filter input is made compact by hand (Textual's class name, not
Input(compact=True), for first paint). It must look exactly as Textual's compact Input
does, or a Textual upgrade that renamed the class would draw it bordered unnoticed."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input

from briefreader.tui.app import BriefreaderApp
from briefreader.tui.widgets.filter_bar import FilterInput


async def test_filter_input_is_compact(sample_config, sample_library) -> None:
    class Reference(App[None]):
        def compose(self) -> ComposeResult:
            yield Input(compact=True, id="ref")

    async with Reference().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        ref = pilot.app.query_one("#ref", Input)
        ref_height, ref_classes = ref.outer_size.height, set(ref.classes)

    app = BriefreaderApp(sample_config, library=sample_library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        field = app.screen.query_one(FilterInput)
        assert field.compact
        assert set(field.classes) >= ref_classes  # the class Input(compact=True) sets
        assert field.outer_size.height == ref_height == 1  # no border
