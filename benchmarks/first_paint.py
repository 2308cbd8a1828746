"""Start an app headless, print seconds from process start to its first painted list.

    python benchmarks/first_paint.py CONFIG [--settled]   # briefreader, warm (index filled)
    python benchmarks/first_paint.py CONFIG --cold        # no index: a cold start's first rows and screenful
    python benchmarks/first_paint.py --bare [--stay]      # the floor: a Textual app with one Static

Run by bench.py as a fresh process per measurement. The clock starts when the
interpreter starts (from /proc/self/stat), so imports count, as they do for a user.
Prints "<seconds> <peak RSS MB> <CPU seconds>" and exits as soon as the list is on
screen; with --settled, once the whole library is loaded and the folder checked (for
the peak memory of a session). --stay keeps the bare app open (bench.py runs it in tmux).
--cold prints "<seconds> <MB> <CPU s> <rows>" of the first frame with rows, then
"<seconds> <rows>" of the first screenful: the first frame whose rows fill the list's
height, or with the whole library in (a corpus smaller than a screen).

"On screen" is the first frame handed to the terminal driver in which the list is laid
out and has rows (the bare app: its Static laid out). Until session 6 it was a callback
after the refresh that followed the rows being set, which a busy loader thread could
delay by a second past the frame itself (issue 19). The CPU seconds are the process's
(all threads) at that moment: on a shared machine they vary less than the wall clock.
"""

from __future__ import annotations

import os
import resource
import sys
import time


def _process_start() -> float:
    """When this process started, in time.time() seconds (Linux)."""
    with open("/proc/self/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    ticks = int(fields[19])  # starttime, field 22 of proc(5)
    with open("/proc/uptime") as fh:
        uptime = float(fh.read().split()[0])
    return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")


STARTED = _process_start()


def _peak_mb() -> float:
    """This process's own peak RSS (VmHWM). Not ru_maxrss: Linux carries a parent's peak
    across fork and exec, so a run started by a big process (bench.py after generating a
    corpus in-process: ~130 MB at 10,000) reported that as the bare app's peak (33 MB)."""
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _report(app, elapsed: float | None = None) -> None:
    if elapsed is None:
        elapsed = time.time() - STARTED
    usage = resource.getrusage(resource.RUSAGE_SELF)
    keep = getattr(app.stylesheet, "keep", None)  # what the app writes a second after its start (a
    if keep is not None:  # user's session lasts longer than this measurement): off the clock
        keep()
    app.exit(f"{elapsed:.4f} {_peak_mb():.1f} {usage.ru_utime + usage.ru_stime:.4f}")


def bare(stay: bool) -> str | None:
    from textual.app import App
    from textual.widgets import Static

    class Bare(App[str]):
        def compose(self):
            yield Static("bare-ready")

        def _display(self, screen, renderable) -> None:  # the frame goes to the driver here
            super()._display(screen, renderable)
            if not stay and renderable is not None and not self._batch_count and screen.query_one(Static).size.height:
                self._display = super()._display  # once
                elapsed = time.time() - STARTED
                self.call_later(_report, self, elapsed)

    if stay:
        return Bare().run()
    return Bare().run(headless=True, size=(120, 40))


def briefreader(config_path: str, settled: bool, cold: bool = False) -> str:
    import dataclasses
    import shutil
    import signal
    import tempfile
    from pathlib import Path

    from briefreader.config import read_config
    from briefreader.warm import EarlyPeek

    try:  # in the order of cli.cmd_tui (older code has no pause)
        from briefreader.warm import pause_gc
    except ImportError:
        pass
    else:
        pause_gc()
    # In the order of cli.cmd_tui: the first screen is read while Textual imports.
    config = read_config(Path(config_path))
    try:  # as cli._main does after the config (older code keeps no patterns)
        from briefreader.recache import install
    except ImportError:
        pass
    else:
        from briefreader.config import user_cache_dir

        install(config.cache_dir or user_cache_dir())
    if cold:  # an empty cache: the index is built while the list fills
        cache = Path(tempfile.mkdtemp(prefix="brcold-"))
        config = dataclasses.replace(config, cache_dir=cache, notes=cache / "notes.toml")
    peek = EarlyPeek(config)
    import briefreader.tui.app as app_module
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.widgets.briefing_list import BriefingList

    class Timed(BriefreaderApp):
        CSS_PATH = str(Path(app_module.__file__).parent / BriefreaderApp.CSS_PATH)  # not beside this file
        shown: float | None = None

        first: str = ""  # a cold start's first frame with rows, reported with its first screenful

        def _display(self, screen, renderable) -> None:  # the frame goes to the driver here
            super()._display(screen, renderable)
            if cold and self.first and renderable is not None and not self._batch_count:
                self._screenful(screen)
            if self.shown is None and renderable is not None and not self._batch_count:
                blist = screen.query(BriefingList)
                if blist and blist.first().briefing_count and blist.first().size.height:
                    self.shown = time.time() - STARTED
                    if cold:  # "<s> <MB> <CPU s> <rows>", then the first screenful's "<s> <rows>"
                        usage = resource.getrusage(resource.RUSAGE_SELF)
                        cpu = usage.ru_utime + usage.ru_stime
                        count = blist.first().briefing_count
                        self.first = f"{self.shown:.4f} {_peak_mb():.1f} {cpu:.4f} {count}"
                        self._screenful(screen)
                    elif not settled:
                        self.call_later(_report, self, self.shown)

        def _screenful(self, screen) -> None:
            """A cold start's first frame whose rows fill the list (issue 19: within 2 s);
            then this process ends: quitting would wait for the ingest."""
            blist = screen.query_one(BriefingList)
            if blist.rows.total_lines < blist.size.height and self.library is None:  # or everything is in
                return
            print(f"{self.first} {time.time() - STARTED:.4f} {blist.briefing_count}", flush=True)
            shutil.rmtree(cache, ignore_errors=True)
            os.killpg(0, signal.SIGKILL)  # bench.py started this in a session of its own

        def on_mount(self) -> None:
            super().on_mount()
            if settled:
                self._poll = self.set_interval(0.01, self._check)

        def _check(self) -> None:
            if self.shown is None or self.library is None:
                return
            if any(w.group == "load" and w.is_running for w in self.workers):
                return
            self._poll.stop()
            self.call_after_refresh(_report, self)

    return Timed(config, peek=peek).run(headless=True, size=(120, 40))


if __name__ == "__main__":
    if sys.argv[1] == "--bare":
        result = bare("--stay" in sys.argv)
    else:
        result = briefreader(sys.argv[1], "--settled" in sys.argv, "--cold" in sys.argv)
    print(result)
