"""Issue 19, session 13: MainScreen's first resume (the app's start) does not restyle
every node again (~8 ms before the first frame); the styles it keeps must be the ones a
full restyle gives, at every size (a class set in on_mount, -narrow, restyles on its own)."""

from __future__ import annotations

import sys

from textual.dom import DOMNode

from briefreader.tui.app import BriefreaderApp


async def test_the_first_resume_keeps_the_styles_a_full_restyle_gives(sample_config, sample_library) -> None:
    restyled: list[str] = []
    real = DOMNode.update_node_styles

    def counting(self, animate: bool = True) -> None:
        restyled.append(sys._getframe(1).f_code.co_name)  # who asked for a restyle of every node
        real(self, animate=animate)

    for size in ((80, 24), (120, 40), (160, 48)):
        app = BriefreaderApp(sample_config, library=sample_library)
        restyled.clear()
        DOMNode.update_node_styles = counting  # type: ignore[method-assign]
        try:
            async with app.run_test(size=size) as pilot:
                await pilot.pause()
                await app.workers.wait_for_complete()
                await pilot.pause()
                assert "_on_screen_resume" not in restyled, size
                nodes = [app.screen, *app.screen.walk_children(with_self=False)]
                before = [(n, n._css_styles.css_lines, n.rich_style) for n in nodes]
                app.stylesheet.update_nodes(nodes)  # what the skipped restyle would have made
                after = [(n, n._css_styles.css_lines, n.rich_style) for n in nodes]
                assert before == after, size
        finally:
            DOMNode.update_node_styles = real  # type: ignore[method-assign]
