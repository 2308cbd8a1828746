"""The main screen: filter bar, list | article | side panel, footer.

The screen wires widgets to the core modules (query, notes, export, glossary); it holds
no business logic of its own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from itertools import compress
from typing import TYPE_CHECKING, cast

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import OptionList
from textual.worker import get_current_worker

from ... import views
from ...model import Briefing, Figure
from ...notes import NotesError
from ...safe import readable_url
from ...views import SORTS, Layout
from ..i18n import LABELS, relabel_bindings, tr
from ..reading import ReadingMixin
from ..settle import after_filter
from ..widgets.article import ArticleView, Mode
from ..widgets.briefing_list import TOPIC_MARK, BriefingList, RowFormat
from ..widgets.filter_bar import FilterBar, FilterInput
from ..widgets.footer import QuietFooter
from ..widgets.side_panel import FigureList, SidePanel
from ..widgets.status_bar import StatusBar

# The query language, the other screens and the ingest pipeline are imported where
# first used: at start-up only what paints the list loads (issue 7: warm start).
if TYPE_CHECKING:
    from ...library import Library
    from ...query import IncrementalFilter, QuerySyntaxError
    from ...stories import StoryMap
    from ..app import BriefreaderApp
    from .help import HelpSection

PROGRESS_INTERVAL = 0.1  # seconds between progress updates from the loader thread
FOLLOW_INTERVAL = 0.08  # seconds between article updates while the list cursor runs
NARROW = 120  # columns: below this the side panel folds away (s opens it over the article)
SIDE_TEXT = 200_000  # characters of an article the glossary looks through
SIDE_FIGURES = 300  # figures listed in the side panel (an 8 MB text has tens of thousands)
LARGE_FILE = 1_000_000  # bytes: a file this large is read when the cursor rests on it...
LARGE_DELAY = 0.5  # ...for this long (seconds), or at once on enter
WARM_AFTER = 1.0  # seconds after the list is whole that the Traditional view's tables load (hanzi.warm)
FIRST_PAINT_WAIT = 1.0  # seconds the loader waits at most for the first screenful to be drawn


class _LoadCancelled(Exception):
    """Raised in the loader's callbacks once the app quits. A thread worker cannot be
    stopped from outside, and asyncio.run waits for the executor's threads at exit: a
    reader closed (or its terminal hung up) during a cold load stayed alive, ingesting
    the whole folder headless, its pool workers too, before the process ended."""


class MainScreen(ReadingMixin, Screen[None]):
    AUTO_FOCUS = "#list"  # the list, not the first focusable widget (the filter)
    BINDINGS = [
        # Priority: handled in the app's own key loop, so keys typed right after "/" (or
        # after enter/escape in the filter) already go to the newly focused widget.
        Binding("slash", "focus_filter", "Filter", priority=True, id="focus_filter"),
        Binding("enter,escape", "filter_done", "Back to list", priority=True, id="filter_done"),
        # Help and Quit first: the footer drops what does not fit from its end.
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
        # Then the side panel: at 80 columns it is closed, and its figures (the headline
        # feature) were found only through ? (tester s14 F17: the footer ended "y Copy t Si").
        Binding("s", "side", "Side panel", id="side"),
        Binding("escape", "back", "Back", show=False, id="back"),
        Binding("tab", "cycle_focus(1)", "Next pane", show=False, id="next_pane"),
        Binding("shift+tab", "cycle_focus(-1)", "Previous pane", show=False, id="prev_pane"),
        Binding("J", "next_briefing(1)", "Next briefing", show=False, id="next_briefing"),
        Binding("K", "next_briefing(-1)", "Previous briefing", show=False, id="prev_briefing"),
        Binding("f,ctrl+f", "find", "Find", id="find"),
        Binding("right_square_bracket", "next_hit(1)", "Next hit", show=False, id="next_hit"),
        Binding("left_square_bracket", "next_hit(-1)", "Previous hit", show=False, id="prev_hit"),
        Binding("b", "bookmark", "Bookmark", id="bookmark"),
        Binding("n", "note", "Note", id="note"),
        Binding("c", "cite", "Cite figure", id="cite"),
        Binding("y", "copy", "Copy", id="copy"),
        Binding("t", "script", "Simp/Trad", id="script"),
        Binding("o", "original", "Original", id="original"),
        Binding("O", "open_link", "Open link", show=False, id="open_link"),
        Binding("z", "zoom", "Maximise", show=False, id="zoom"),
        Binding("T", "group", "Group", show=False, id="group"),  # in help and palette
        Binding("S", "sort", "Sort", show=False, id="sort"),
        Binding("L", "language", "中文", id="language"),
        Binding("e", "export", "Export", id="export"),
        Binding("P", "problems", "Problems", show=False, id="problems"),
        # Read state and notes (issue 15; the actions are in tui/reading.py).
        Binding("N,u", "next_unread(1)", "Next unread", id="next_unread"),
        Binding("U", "next_unread(-1)", "Previous unread", show=False, id="prev_unread"),
        Binding("r", "toggle_read", "Read/unread", id="toggle_read"),
        Binding("A", "mark_all_read", "All read", show=False, id="mark_all_read"),
        Binding("ctrl+n", "notes_screen", "Notes", show=False, id="notes_screen"),
        Binding("m", "manage_notes", "Edit notes", show=False, id="manage_notes"),
        Binding("F", "figures_view", "Figures", show=False, id="figures_view"),  # issue 17
        Binding("M", "metrics_view", "Metrics", show=False, id="metrics_view"),
        Binding("D", "digest", "Digest", show=False, id="digest"),
        Binding("V", "versions_view", "Versions", show=False, id="versions_view"),
    ]

    # Bindings that are not commands of their own (they only make sense as keys).
    NOT_IN_PALETTE = frozenset({"filter_done", "back", "next_pane", "prev_pane"})
    READING_KEYS = frozenset({"next_briefing", "prev_briefing", "find", "next_hit", "prev_hit", "zoom"})
    LIST_KEYS = frozenset({"next_unread", "prev_unread", "toggle_read", "mark_all_read"})  # help: with the list's
    VIEW_KEYS = frozenset(
        {"problems", "notes_screen", "manage_notes", "figures_view", "metrics_view", "versions_view"}
    )  # help: views

    def __init__(self) -> None:
        super().__init__()
        self.current: Briefing | None = None  # what the article shows: read in full
        self.entry: Briefing | None = None  # the list entry it came from
        self._load_error = ""
        self._all: list[Briefing] = []  # the whole list, newest first
        self._mask: bytes | None = None  # the filter's selection of it; None: everything
        self._shown: list[Briefing] | None = None
        self._layout: Layout | None = None
        self.is_loading = True
        self._filter: IncrementalFilter | None = None
        self._progress = (0, 0)
        # (token, n) while D's digest is written: the header says so until the result
        # toast replaces it (a minute for hundreds of briefings; a 3 s toast went first)
        self.digest_running: tuple[object, int] | None = None
        self._follow_timer: Timer | None = None
        self._follow_pending = False
        self._large_timer: Timer | None = None
        self._collapsed: dict[str, set[str]] = {"date": set(), "topic": set()}  # folded groups
        self._regions: dict[str, str] = {}  # briefing id -> the region its Traditional source uses
        # (id, fingerprint) -> the title of a Traditional source in its own characters, as the
        # reader shows it (list_title); learned when the briefing is read in full
        self._own_titles: dict[tuple[str, str], str] = {}
        self._find_words: list[str] | None = None  # the find prompt's words, over the filter's
        self._filter_words: list[str] = []  # the words of the filter last applied
        # The query whose rows (or error) the list shows, and the keys typed after enter
        # while the one submitted is still computed (settle.after_filter, tester s17 U13)
        self._applied_query = ""
        # (query, "source:X", count): the outlet a query of its whole name offers, on enter in its empty list (U6)
        self._outlet_offer: tuple[str, str, int] | None = None
        self._waiting_for: str | None = None
        # The briefing being read when the filter was first edited: each keystroke's rows
        # keep the cursor on it, not on whatever an intermediate query left highlighted,
        # so where the cursor lands depends on the query, not on typing speed.
        self._filter_anchor: Briefing | None = None
        self._scripts_warmed = False  # hanzi.warm started (once an app)
        self._held: list[Callable[[], object]] = []
        self._held_timer: Timer | None = None
        self._figure_counts: dict[int, int] | None = None
        # (rows with their figures, rows in all) while a cold start's second pass reads them
        # behind the list (library.SecondPass, issue 19); None once they are all in
        self._reading_figures: tuple[int, int] | None = None
        self._after_figures: Callable[[], object] | None = None  # the view asked for meanwhile
        self._stories: StoryMap | None = None  # issue 17: a story's versions are one row
        self._find_stories: Callable[..., StoryMap] | None = None  # the library's (_story_source)
        self._expanded: set[str] = set()  # story ids whose versions are listed
        self._painted = threading.Event()  # the first screenful is drawn: the loader may go on
        self._article_later = False  # open() keeps the briefing for _drawn: the rows' first frame
        self._opened_later: Briefing | None = None
        self._drawn_poll: Timer | None = None

    _resumed = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """Runs before Screen's own handler. The first resume is the app's start: every
        widget was styled as it mounted, a moment before, and nothing they match has changed
        since, so Textual's restyle of every node (~8 ms before the first frame, issue 19)
        is skipped then; a later resume (after a dialog) restyles as usual."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    @property
    def brapp(self) -> BriefreaderApp:
        return cast("BriefreaderApp", self.app)

    @property
    def language(self) -> str:
        return self.brapp.language

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        yield FilterBar(id="filter")
        with Horizontal(id="panes"):
            yield BriefingList(id="list")
            yield ArticleView(id="article")
            yield SidePanel(id="side")
        # No "^p palette" in the footer: it took the room of ? and q at 80 columns (help lists it).
        yield QuietFooter(compact=True, show_command_palette=False)

    @property
    def briefing_list(self) -> BriefingList:
        return self.query_one(BriefingList)

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def side(self) -> SidePanel:
        return self.query_one(SidePanel)

    @property
    def filter_bar(self) -> FilterBar:
        return self.query_one(FilterBar)

    def on_mount(self) -> None:
        # The screen follows the app's settings (a key, the palette or a test sets them).
        app = self.app
        self.watch(app, "language", self._language_changed, init=False)
        self.watch(app, "script", self._script_changed, init=False)
        self.watch(app, "show_original", self._original_changed, init=False)
        self.watch(app, "group_by", self._grouping_changed, init=False)
        self.watch(app, "sort", self._sort_changed, init=False)
        self.set_class(self.size.width < NARROW, "-narrow")
        self.query_one(StatusBar).message_row = self.filter_bar  # a message in its border: nothing moves (U9)
        self.apply_language()
        peek = self.brapp.peek
        if self.brapp.library is not None:
            self._library_ready(self.brapp.library)
            self.start_watching()  # new, changed and removed files, notes and read state from elsewhere
            self.set_timer(WARM_AFTER, self._warm_scripts)
        else:
            # read during the imports; a peek not quite done is waited for a moment (warm.PEEK_WAIT), not
            # drawn as an empty list first and its rows in a second frame
            if peek is not None and peek.wait() and (early := peek.result()) is not None:
                self._first_rows(*early)  # before the first frame
            else:
                self._painted.set()  # nothing to paint first: the loader starts at once
            self._load()  # a thread: the whole list once the first screenful is on screen
        if self.brapp.notes.error:
            self.notify(
                tr("notify.notes_error", self.language, error=self.brapp.notes.error),
                severity="warning",
                markup=False,
                timeout=8,
            )

    # ----- loading ------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", description="load library")
    def _load(self) -> None:
        """Paint from the index at once, then check the folder for added, changed or
        removed files and swap the library in only if something changed."""
        from ...library import Cancelled, load_library, peek_library, refresh
        from ...warm import PEEK_ROWS, resume_gc

        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            if worker.is_cancelled:  # the app quit (q, a hang-up): stop reading files
                raise _LoadCancelled
            now = time.monotonic()
            if now - last >= PROGRESS_INTERVAL or done == total:
                last = now
                self._to_ui(self._show_progress, done, total)

        def arriving(found: list[Briefing]) -> None:
            if worker.is_cancelled:
                raise _LoadCancelled
            self._to_ui(self._arriving, found)

        config, worker, early = self.brapp.config, get_current_worker(), self.brapp.peek
        peek = None
        try:
            if early is not None:
                peek = early.result()
            else:
                peek = peek_library(config, PEEK_ROWS) if self.brapp.use_cache else None
            if peek is not None and not self._all:  # the newest entries now, the rest as they load
                self._painted.clear()
                self._to_ui(self._first_rows, *peek)
            # Reading 100,000 entries holds the interpreter for seconds, and the
            # watcher's set-up walks the folder: both wait for the first screenful
            # to be drawn (issue 19), or it would be drawn seconds late.
            waited = 0.0
            while not self._painted.wait(0.05) and waited < FIRST_PAINT_WAIT:
                if worker.is_cancelled:  # quitting before a frame was drawn
                    return
                waited += 0.05
            resume_gc()  # paused by the CLI through start-up (warm.pause_gc)
            self.reading.go()  # the rest of the read state (tui/reading.py)
            self._to_ui(self.start_watching)
            try:
                library = load_library(
                    config,
                    progress=progress,
                    use_cache=self.brapp.use_cache,
                    verify=False,
                    partial=arriving,
                    behind=True,  # the list as soon as it is whole; figures and stories behind it
                )
            finally:
                if peek is not None:  # its rows stay on screen; its index connection is done
                    peek[0].close()
            self._to_ui(self._library_ready, library)
            second = library.second_pass
            if second is not None and not worker.is_cancelled:
                shown = 0.0

                def figures_read(done: int, total: int) -> None:
                    nonlocal shown
                    now = time.monotonic()
                    if now - shown >= PROGRESS_INTERVAL or done == total:
                        shown = now
                        self._to_ui(self._show_figures_progress, done, total)

                # a quit (q, a hang-up) stops it: the rows left are read again at the next start
                try:
                    second.run(stop=lambda: worker.is_cancelled, progress=figures_read)
                except (_LoadCancelled, Cancelled):
                    raise
                except Exception:  # noqa: BLE001 - the list stands; the rows left are read at the next start
                    import logging

                    logging.getLogger("briefreader").warning("reading the figures failed", exc_info=True)
                if worker.is_cancelled:
                    return
                self._to_ui(self._figures_ready)
            if library.stats.ingested == 0 and not worker.is_cancelled:  # it came from the index
                # the folder check stats every file (100,000: seconds): the quit stops it too
                fresh = refresh(library, config, progress=progress, stop=lambda: worker.is_cancelled)
                if fresh is not None and not worker.is_cancelled:
                    self._to_ui(self._library_ready, fresh)
                    library.close()
            if not worker.is_cancelled:  # the list is whole and checked: after the filter's and stories' workers
                self._to_ui(self.set_timer, WARM_AFTER, self._warm_scripts)
        except (_LoadCancelled, Cancelled):
            resume_gc()
        except Exception as exc:  # an unusable folder must not kill the app: say why
            resume_gc()
            self._to_ui(self._load_failed, exc)

    def _first_rows(self, library: Library, total: int) -> None:
        """The newest briefings from the index, shown while the rest loads; the
        filter waits for the whole list (the status bar says it is loading)."""
        if self.brapp.library is not None:  # the whole list came first
            self._painted.set()
            return
        self._show_all(library.briefings)
        self._progress = (len(library.briefings), total)
        self._article_later = True  # the rows first: the article and side panel after them
        try:
            self.rebuild_rows()
        finally:
            self._article_later = False
        self._drawn_poll = self.set_interval(0.01, self._drawn)

    def _drawn(self) -> None:
        """Let the loader go on once the list has been laid out: its rows are drawn in
        the same update. (A callback after refresh can run before the first layout.)
        The highlighted article is then shown, in the next frame."""
        if self.briefing_list.size.height and self._drawn_poll is not None:
            self._drawn_poll.stop()
            self._painted.set()
            if self._opened_later is not None:
                self.call_after_refresh(self._open_later)

    def _open_later(self) -> None:
        briefing, self._opened_later = self._opened_later, None
        if briefing is not None and briefing is self.entry:  # nothing else opened meanwhile
            self.open(briefing)

    def _arriving(self, found: list[Briefing]) -> None:
        """A cold start's list so far (issue 19): rows fill in as files are read; the
        filter waits for the whole list, as it does for the index's first rows."""
        if self.brapp.library is not None:
            return
        # Rows arrive in file order, newer ones above: a reader who has not moved the
        # cursor stays at the top of the list rather than riding the first arrival down.
        top = self.briefing_list.at_top()
        self._show_all(found)
        self.rebuild_rows(keep_top=top)

    def _show_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        self.update_status()

    def _load_failed(self, exc: Exception) -> None:
        self.is_loading = False
        self._load_error = str(exc)  # stays in the empty list after the toast has gone
        self.update_list_format()
        self.notify(tr("notify.load_failed", self.language, error=str(exc)), severity="error", markup=False, timeout=15)
        self.update_status()

    def _library_ready(self, library: Library) -> None:
        # As while rows arrive (_arriving): a reader who has not moved off the top of a
        # partial list stays at the top when the whole list puts newer briefings above.
        top = self.is_loading and self.briefing_list.at_top()
        self._load_error = ""
        before = self.brapp.library
        self.brapp.library = library
        notes = self.brapp.notes
        if not notes.read_only:
            # a copy listed before a live change is not where a renamed file went (tester s15 U6)
            existed = before.by_id.__contains__ if before is not None and before is not library else None
            try:  # notes follow a renamed or moved file (same fingerprint), PRODUCT.md section 3
                notes.relink(library.briefings, existed)
            except NotesError as exc:
                self.notify(str(exc), severity="warning", markup=False, timeout=8)
        self.is_loading = False
        from ...across import figures_pending

        # Figures still being read: a cold start's second pass behind this list, or (a warm
        # start after a quit during one) rows the folder check reads again (issue 19)
        second = library.second_pass
        waiting = second.progress() if second is not None and not second.finished else figures_pending(library)
        then = None
        if waiting is None and self._reading_figures is not None:  # the folder check read the rest
            self._figure_counts, self._layout = None, None
            then, self._after_figures = self._after_figures, None
        self._reading_figures = waiting
        self.update_list_format()
        self.reading_library_ready(library)
        self._new_filter(library)
        query = self.filter_bar.value
        if query.strip():
            self.run_filter(query)
        else:
            self.rebuild_rows(keep_top=top)
        entry = self.entry
        if entry is not None and entry is self.current and not entry.loaded:
            # Opened from a cold start's partial list (the same object, so the rows
            # keep it): its body could not be read without the library; read it now.
            self.open(entry)
        if then is not None and self.app.screen is self:  # the view asked for while they were read
            then()

    def _new_filter(self, library: Library, stories_now: bool = True) -> None:
        """The filter and stories of ``library``, and its list shown (not yet laid out);
        its stories found now when they are cheap (``stories_now``)."""
        from ...across import stories_cheap
        from ...query import IncrementalFilter

        stories = _story_source(library)
        self._filter = IncrementalFilter(
            library.briefings,
            taxonomy=self.brapp.config.topics,
            marks=self.reading_marks(),
            search=library.search,
            stories=stories,
        )
        self._stories = None
        self._find_stories = stories
        self._prepare_filter(self._filter)
        if stories_now and stories_cheap(library):  # else when asked: a story term, or V (issue 19)
            self._load_stories(library, stories)  # (while figures are read: when they are in)
        self._show_all(library.briefings)

    def _show_figures_progress(self, done: int, total: int) -> None:
        if self._reading_figures is not None:
            self._reading_figures = (done, total)
            self.update_status()

    def _figures_ready(self) -> None:
        """A cold start's second pass is done (issue 19): the figures, metrics and stories
        answer. What asked meanwhile is answered now: the filter (a figure or story term said
        "figures still being read"), the figure sort, the stories' rows, and the view asked
        for (F, M, V, D), if the reader is still on the list."""
        self._reading_figures = None
        then, self._after_figures = self._after_figures, None
        library = self.brapp.library
        if library is None:
            return
        from ...across import stories_cheap

        self._figure_counts, self._layout = None, None
        self._new_filter(library, stories_now=False)
        query = self.filter_bar.value
        if query.strip():
            self.run_filter(query)
        else:
            self.rebuild_rows()
        self.show_side()

        def asked() -> None:  # the view, once the stories are in (V lists a story's versions)
            if then is not None and self.app.screen is self:
                then()

        if stories_cheap(library) and self._find_stories is not None:
            self._load_stories(library, self._find_stories, asked)
        else:
            asked()

    def figures_waiting(self, then: Callable[[], object] | None = None) -> bool:
        """True while a cold start's second pass still reads the figures (issue 19): says so
        ("figures still being read (n of N)"), and ``then`` runs once they are all in."""
        waiting = self._reading_figures
        if waiting is None:
            return False
        if then is not None:
            self._after_figures = then
        key = "notify.figures_pending" if then is not None else "notify.figures_pending_sort"
        self.notify(tr(key, self.language, done=waiting[0], total=waiting[1]), severity="information")
        return True

    def _warm_scripts(self) -> None:
        """What the first `t` would load (OpenCC's tables, rjieba's dictionary: ~0.15 s
        idle, over a second on a busy machine; ~85 MB), loaded in a thread WARM_AFTER
        seconds after the list is on screen and whole, so that neither the first paint
        nor the load waits for it. A daemon thread, not a worker: Textual joins its
        workers on exit, and a quit must not wait for tables nobody asked for."""
        if self._scripts_warmed:
            return
        self._scripts_warmed = True
        from ... import hanzi

        region = self.trad_region()
        threading.Thread(target=hanzi.warm, args=(region,), name="briefreader-warm-scripts", daemon=True).start()

    @work(thread=True, exclusive=True, group="prepare", description="prepare filter")
    def _prepare_filter(self, live: IncrementalFilter) -> None:
        """What the first keystroke of a filter would wait for (numpy, the key array,
        the list fields' values), made while the reader looks at the list (issue 19)."""
        live.prepare()

    @work(thread=True, exclusive=True, group="stories", description="stories")
    def _load_stories(self, library: Library, stories, then: Callable[[], None] | None = None) -> None:
        """The stories, off the UI thread (the index's table, or MinHash over the text
        without one); the list then folds each story's versions into one row, and
        ``then`` runs (the versions view that asked for them)."""
        from ...across import StoriesCancelled
        from ...query import FiguresPending

        worker = get_current_worker()
        try:
            found = stories(stop=lambda: worker.is_cancelled)
        except StoriesCancelled:  # the app is quitting, or another library came
            return
        except FiguresPending:  # a cold start's second pass reads them: asked again when it ends
            return
        if not worker.is_cancelled:
            self._to_ui(self._stories_ready, library, found, then)

    def _stories_ready(self, library: Library, found: StoryMap, then: Callable[[], None] | None = None) -> None:
        if library is not self.brapp.library:
            return
        if len(found):
            # A reader who has not moved off the top stays there: the newest briefing, shown
            # unasked, joining an older story must not unfold that story far down the list
            # and take the cursor with it (tester s18 U1)
            top = self.briefing_list.at_top()
            self._stories, self._layout = found, None
            self.rebuild_rows(keep_top=top)
        if then is not None:
            then()

    # ----- filtering ----------------------------------------------------------------

    @on(FilterBar.Changed)
    def _filter_changed(self, event: FilterBar.Changed) -> None:
        if self._filter_anchor is None:
            self._filter_anchor = self.current
        self.run_filter(event.query)

    @work(thread=True, exclusive=True, group="filter", description="filter")
    def run_filter(self, query: str) -> None:
        """Filter off the UI thread: a big corpus must not freeze typing."""
        live = self._filter  # one reference: _library_ready may swap in another meanwhile
        if live is None:  # no list yet: nothing to wait for
            self._to_ui(self._filter_settled, query)
            return
        from ...query import QuerySyntaxError, parse, unknown_story  # loaded with the filter by now

        worker = get_current_worker()
        try:
            mask = live.select(query)
            library = self.brapp.library
            if "story:" in query.lower() and library is not None:
                # an id no briefing has is an error, as in `list` (tester s18 U5); while it
                # is typed the error waits like any unfinished query's (U2)
                unknown = unknown_story(parse(query), library.by_id)
                if unknown is not None:
                    raise QuerySyntaxError(unknown.pos, f"no briefing id starts with {unknown.of!r}")
        except QuerySyntaxError as exc:
            if not worker.is_cancelled:
                self._to_ui(self._filter_error, query, exc)
            return
        if not worker.is_cancelled:
            words = views.query_words(query)  # parsed here too: the UI thread only lays out
            hint = live.outlet_hint(query) if words else None
            self._to_ui(self._filtered, live.briefings, mask, words, query, hint)

    def _filter_error(self, query: str, exc: QuerySyntaxError) -> None:
        from ...query import FiguresPending

        if isinstance(exc, FiguresPending):
            # no mistake in the query, which is asked again once the figures are in: it said "✗ Query
            # error at column 4: figures still being read" of a well-typed is:duplicate (new user s44 U7)
            self.filter_bar.show_waiting(tr("filter.figures_pending", self.language))
            self._filter_settled(query)
            return
        message = tr("filter.error", self.language, column=exc.position + 1, reason=exc.reason)
        if query != self._waiting_for and isinstance(self.focused, FilterInput):
            # still being typed ('"信息' before its closing quote): the last good rows
            # stay and the message waits for a pause or enter (tester s18 U2)
            self.filter_bar.hold_error(message, query, exc.position)
        else:
            self.filter_bar.show_error(message, query, exc.position)
        self._filter_settled(query)

    def _filtered(
        self,
        briefings: list[Briefing],
        mask: bytes,
        words: list[str] | None = None,
        query: str | None = None,
        hint: tuple[str, int] | None = None,
    ) -> None:
        if briefings is not self._all:  # computed for a library since replaced
            if query is not None:
                self._filter_settled(query)
            return
        self.filter_bar.show_error(None)
        if hint is not None:
            term, count = hint
            self.filter_bar.show_note(tr("filter.outlet_hint", self.language, term=term, count=count))
        offered = (query, *hint) if hint is not None and query is not None else None
        if offered != self._outlet_offer:
            self._outlet_offer = offered
            self.update_list_format()  # the empty list offers the outlet's briefings on enter (or no more)
        self._mask, self._shown = mask, None
        self._find_words = None  # a new filter's words are the ones highlighted
        self._filter_words = words if words is not None else views.query_words(self.filter_bar.value)
        self.rebuild_rows()
        # The list first: the article's highlighting follows in the next frame, so a
        # keystroke's list update costs what it did before hits were highlighted.
        self.call_after_refresh(self._highlight_words)
        if query is not None:
            self._filter_settled(query)

    # Keys held for a filter are let go after this long whatever happens (a worker that
    # died): a key is never lost, at worst it acts on the rows shown then, as before.
    HOLD_AT_MOST = 10.0

    def hold_for_filter(self, action: Callable[[], object]) -> bool:
        """settle.after_filter: True when ``action`` is held until the filter submitted
        with enter is shown (it then runs, after the list's new rows)."""
        if self._waiting_for is None:
            return False
        self._held.append(action)
        return True

    def _filter_settled(self, query: str) -> None:
        """The rows (or the error) of ``query`` are shown: when it is the one submitted,
        the keys typed since run, in order, once the list has its new cursor."""
        self._applied_query = query
        if self._waiting_for is None and not isinstance(self.focused, FilterInput):
            self._filter_anchor = None  # the filter was left without enter (a click)
        if self._waiting_for is not None and (
            query == self._waiting_for
            # the query submitted was replaced before its rows came (its worker cancelled),
            # and the list now shows the bar's own query (review s18 R10)
            or (query == self.filter_bar.value and not isinstance(self.focused, FilterInput))
        ):
            self._waiting_for = None
            self._filter_anchor = None  # the keys held for it act on what it shows
            self.call_after_refresh(self._release_held)

    def _release_held(self) -> None:
        self._waiting_for = None
        if self._held_timer is not None:
            self._held_timer.stop()
            self._held_timer = None
        held, self._held = self._held, []
        for action in held:
            action()

    def _highlight_words(self) -> None:
        self.article.set_words(self.hit_words())

    def _show_all(self, briefings: list[Briefing]) -> None:
        self._all, self._mask, self._shown = briefings, None, None

    @property
    def shown(self) -> list[Briefing]:
        """The briefings the filter lets through, newest first."""
        if self._shown is None:
            from ...liststore import Selection, is_store

            if self._mask is None:
                self._shown = self._all
            elif is_store(self._all):  # entries made when asked for, keys read as a column
                import numpy as np

                self._shown = Selection(self._all, np.flatnonzero(np.frombuffer(self._mask, dtype=np.uint8)))  # type: ignore[assignment]
            else:
                self._shown = list(compress(self._all, self._mask))
        return self._shown

    @property
    def shown_count(self) -> int:
        return len(self._all) if self._mask is None else self._mask.count(1)

    def refilter(self) -> None:
        """Marks changed (bookmark, note): cached results may be stale for is:/has:."""
        if self._filter is not None and self.brapp.library is not None:
            self._filter.reset()  # the same briefings; only the cached selection is stale
            if self.filter_bar.value.strip():
                self.run_filter(self.filter_bar.value)

    def hit_words(self) -> list[str]:
        """The words the article highlights: the find prompt's, else the filter's."""
        if self._find_words is not None:
            return self._find_words
        return self._filter_words

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        in_filter = isinstance(self.focused, FilterInput)
        if action == "focus_filter":
            return not in_filter  # in the filter, "/" is just a character
        if action == "filter_done":
            return in_filter
        if in_filter and action == "back":
            return False
        return True

    def action_filter_done(self) -> None:
        self.filter_bar.flush()  # enter applies the query at once, without the debounce
        if self.filter_bar.value == self._applied_query or self._filter is None:
            self._filter_anchor = None
            self.filter_bar.show_held_error()  # an unfinished query's error, held while typing
            if self._waiting_for is not None:
                # Waiting for a query since edited (its worker was cancelled, it will never
                # show): what is shown is what was submitted now, so the keys held go
                # (review s18 R10: they waited out HOLD_AT_MOST, then ran in a burst).
                self._waiting_for = None
                self.call_after_refresh(self._release_held)
        else:
            # its rows are computed in a worker: keys acting on the list wait for them
            self._waiting_for = self.filter_bar.value
            if self._held_timer is not None:
                self._held_timer.stop()
            self._held_timer = self.set_timer(self.HOLD_AT_MOST, self._release_held)
        self.set_focus(self.briefing_list)

    # ----- list and article ---------------------------------------------------------

    def rebuild_rows(self, *, keep_top: bool = False) -> None:
        """The list's rows from the current list, grouping, sort and filter; the cursor
        stays on the briefing being read, or on the first row with ``keep_top``."""
        app, lang = self.brapp, self.language
        layout = self._layout
        if layout is None or layout.briefings is not self._all or layout.by != app.group_by or layout.sort != app.sort:
            # Once per list, grouping and sort; a filter keystroke then only applies its mask.
            counts = self._figure_count() if app.sort == "figures" else None
            layout = self._layout = Layout(
                self._all, app.group_by, list(app.config.topics), app.sort, counts, self._stories
            )
        unread = self.group_unread(layout)  # shown unread per group, in its heading
        totals = self.group_totals(layout)  # and the briefings shown, counted alike
        if app.group_by == "topic":
            no_topic = tr("list.no_topic", lang)

            def heading(t: str) -> str:
                return self.with_unread(self.topic_label(t) if t else no_topic, unread.get(t, 0), totals.get(t, 0))
        else:
            undated = tr("list.undated", lang)

            def heading(t: str) -> str:
                return self.with_unread(t or undated, unread.get(t, 0), totals.get(t, 0))

        folded = self._collapsed[app.group_by]
        rows = layout.rows(heading, self._mask, folded, self._expanded)
        # the row the reader moved to, its Highlighted message not handled yet: a batch of rows
        # arriving in between put the cursor back on the article shown (tester s25 T16: j lost)
        current = (
            (self.briefing_list.unannounced or self.current) if self._filter_anchor is None else self._filter_anchor
        )
        story_row = rows.shown.row_of(current.id) if rows.shown is not None and current is not None else None
        if (
            story_row is not None
            and current is not None
            and story_row.id != current.id
            and self._stories
            and not keep_top
        ):
            # What is being read was folded into its story's row (the stories arrived, or a
            # filter kept an earlier version): list its versions rather than move the reader.
            self._expanded.add(self._stories.story_of(current.id))
            rows = layout.rows(heading, self._mask, folded, self._expanded)
        self.briefing_list.set_rows(rows, keep=None if keep_top else current)
        highlighted = self.briefing_list.highlighted
        # Now, not when the Highlighted message arrives; a cursor on a folded heading
        # leaves the article as it is.
        if highlighted is not self.entry and (highlighted is not None or not rows.briefing_count):
            self.open(highlighted)
        self.update_status()

    def _figure_count(self):
        """Figures per briefing for the sort: the index counts them for list entries."""
        library = self.brapp.library
        if self._figure_counts is None:
            index = getattr(library, "index", None)
            # One read of the index; when it cannot answer, loaded briefings still count. While
            # its rows' figures are still being read (Index.figures_pending) it is asked again.
            counts = index.figure_counts() if index is not None else None
            if counts is not None or index is None or not index.figures_pending():
                self._figure_counts = counts or {}
            return views.FigureCount(counts or {})
        return views.FigureCount(self._figure_counts)  # a column-wise list sorts by its key column

    def topic_label(self, topic_id: str) -> str:
        """Topic headings are bilingual: the UI language first."""
        return views.topic_label(self.brapp.config.topics, topic_id, self.language)

    def chip_label(self, topic_id: str) -> str:
        return self.convert(views.chip_label(self.brapp.config.topics, topic_id))

    def trad_region(self, briefing: Briefing | None = None) -> str:
        """How Traditional is written: the config's choice, else the source's own
        region when it was Traditional and says where it is from, else the standard forms."""
        chosen = getattr(self.brapp.config, "traditional", "auto")
        if chosen != "auto":
            return chosen
        if briefing is not None:
            return self._regions.get(briefing.id, "standard")
        return "standard"

    def _detect_region(self, briefing: Briefing) -> None:
        if briefing.script == "hant" and briefing.original and briefing.id not in self._regions:
            self._regions[briefing.id] = views.source_region(briefing.original) or "standard"

    def convert(self, text: str, briefing: Briefing | None = None) -> str:
        if self.brapp.script != "hant":
            return text
        # a Traditional source in its own characters, Japanese as written (views.traditional);
        # the tables: ~2 ms a Simplified reader's first paint skips
        return views.traditional(text, briefing, self.trad_region(briefing))

    # ----- list titles in the reader's script -----------------------------------------

    def list_title(self, b: Briefing) -> str:
        """A list row's title as the reader's header shows it: Simplified, or in the
        Traditional view a Traditional source's own characters: the title the index keeps
        as written (Briefing.written_title, made from the decoded file when it was indexed:
        19-perf's schema 15), else views.traditional over the decoded text of a briefing
        read in full, else s2t's. (748838f's worker read each entry on screen for it.)"""
        if self.brapp.script != "hant":
            return b.title
        if b.script == "hant":
            written = b.written_title(getattr(self.brapp.config, "traditional", "auto"))
            if written is not None:
                return written
            key = (b.id, b.fingerprint)
            own = self._own_titles.get(key)
            if own is not None:
                return own
            if b.loaded and b.original:
                self._detect_region(b)
                own = self._own_titles[key] = self.convert(b.title, b)
                return own
        return self.convert(b.title, b)

    def list_source(self, b: Briefing) -> str:
        """A list row's source as the reader's script shows it: in the Traditional view a
        Traditional source's own characters, kept by the index (Briefing.written_source,
        19-perf's schema 16: a never-read entry was listed 臺視新聞 for the page's 台視新聞),
        else as the title falls back (views.traditional of the briefing read, or s2t)."""
        if self.brapp.script != "hant" or not b.source:
            return b.source
        if b.script == "hant":
            written = b.written_source(getattr(self.brapp.config, "traditional", "auto"))
            if written is not None:
                return written
        return self.convert(b.source, b if b.loaded and b.original else None)

    def in_script(self, key: str, b: Briefing | None, text: str) -> str:
        """Briefing text as the reader's script shows it, for a view beside the list (F, V,
        the notes): a title or source as its list row writes it, other text converted.
        The versions and notes views showed Simplified in the Traditional view (new user s45)."""
        if self.brapp.script != "hant":
            return text
        if b is not None and key == "title" and text == b.title:
            return self.list_title(b)
        if b is not None and key == "source" and text == b.source:
            return self.list_source(b)
        return self.convert(text, b)

    def _remember_title(self, full: Briefing) -> None:
        """The title of a briefing the reader has read, for its list row."""
        if self.brapp.script == "hant" and full.script == "hant" and full.loaded and full.original:
            key = (full.id, full.fingerprint)
            if key not in self._own_titles:
                self._detect_region(full)
                self._own_titles[key] = self.convert(full.title, full)
                self.briefing_list.redraw()

    @on(BriefingList.Highlighted)
    def _highlighted(self, event: BriefingList.Highlighted) -> None:
        """The article follows the cursor: at once when idle; while a key repeats, the
        latest briefing is shown every FOLLOW_INTERVAL (an article costs ~50 ms to lay out)."""
        if self.briefing_list.unannounced is event.briefing:
            self.briefing_list.unannounced = None
        if self.current is not None and event.briefing.id == self.current.id:
            return
        if self._follow_timer is None:
            self.open(event.briefing)
            self._follow_timer = self.set_timer(FOLLOW_INTERVAL, self._follow_settled)
        else:
            self.current = self.entry = event.briefing  # b, n, c act on what is highlighted
            self._follow_pending = True

    def _follow_settled(self) -> None:
        self._follow_timer = None
        if self._follow_pending:
            self._follow_pending = False
            self.open(self.current)
            self._follow_timer = self.set_timer(FOLLOW_INTERVAL, self._follow_settled)

    @on(BriefingList.EmptyChosen)
    def _empty_chosen(self) -> None:
        """enter on the empty list of a word that is an outlet's whole name: the outlet's briefings (source:X), not
        retyped (new user s48 U6: 苹果日报 gave "No briefings match." and a hint cut at 80 columns)."""
        offer = self._offered_outlet()
        if offer is not None:
            self.filter_bar.input.value = offer[0]  # filtered as a typed query is (debounced)

    def _offered_outlet(self) -> tuple[str, int] | None:
        """The outlet's term and its briefings' count offered for the query in the filter bar now, if any."""
        offer = self._outlet_offer
        if offer is None or offer[0] != self.filter_bar.value:
            return None
        return offer[1], offer[2]

    @on(BriefingList.Selected)
    def _selected(self, event: BriefingList.Selected) -> None:
        self._follow_pending = False
        self.open(event.briefing, at_once=True)
        self.opened_for_reading(event.briefing)
        self.set_focus(self.article)

    def open(self, briefing: Briefing | None, *, at_once: bool = False) -> None:
        """Show ``briefing``. A list entry is read from its file in a worker: the
        title and metadata show at once, the body a few milliseconds later, and a
        held-down j never waits for a file. A large file (its reading holds the
        interpreter for seconds) is read only once the cursor rests on it."""
        library = self.brapp.library
        self.entry = self.current = briefing
        self._opened_later = None
        if self._article_later and briefing is not None:
            # The warm start's first frame (issue 19): the article's paragraphs and the side
            # panel's figures cost ~10 ms of the first paint's CPU; b, n and c act on the
            # briefing already, and _drawn shows it right after the rows are drawn.
            self._opened_later = briefing
            return
        if self._large_timer is not None:
            self._large_timer.stop()
            self._large_timer = None
        if briefing is not None and library is not None:
            full = library.cached_full(briefing)
            if full is None:
                if briefing.size > LARGE_FILE and not at_once:
                    self._large_timer = self.set_timer(LARGE_DELAY, lambda: self._read_large(library, briefing))
                else:
                    self._read_full(library, briefing)
            else:
                self.current = full
        self.show_article()
        self.show_side()

    def _read_large(self, library: Library, entry: Briefing) -> None:
        self._large_timer = None
        if self.entry is entry:  # the cursor stayed
            self._read_full(library, entry)

    # A description, or Textual builds one from repr() of the arguments: a library of
    # 100,000 briefings took 2 s and ~400 MB on the UI thread for each opened article.
    @work(thread=True, exclusive=True, group="article", description="read briefing")
    def _read_full(self, library: Library, entry: Briefing) -> None:
        full = library.full(entry)
        if not get_current_worker().is_cancelled:
            self._to_ui(self._full_ready, entry, full)

    def _full_ready(self, entry: Briefing, full: Briefing) -> None:
        if self.entry is entry:  # the cursor has not moved on
            self.current = full
            self.show_article()
            self.show_side()

    @property
    def mode(self) -> Mode:
        app = self.brapp
        return "original" if app.show_original else cast(Mode, app.script)

    def show_article(self) -> None:
        b = self.current
        if b is not None and b.loaded:
            self._detect_region(b)
            self._remember_title(b)

        def convert(text: str) -> str:
            if self.brapp.show_original and b is not None:
                # over the original text its header is as the file writes it: a Simplified page's
                # outlet was converted in the Traditional view (巴以冲突… over 鳳凰網), a Traditional
                # page's title and outlet were Simplified in the Simplified one (new user s45)
                return views.traditional(text, b, self.trad_region(b)) if b.script == "hant" else text
            return self.convert(text, b)

        waiting = ""
        if b is not None and not b.loaded and b.size > LARGE_FILE:
            waiting = tr("article.large", self.language, size=f"{b.size / 1e6:.1f}")
        elif b is not None and not b.loaded:  # read once the list is complete, or in a worker now (a PDF: seconds)
            waiting = tr("list.loading", self.language)
        elif b is None and self.is_loading:  # no row yet: nothing to select on the left (tester s19 U12)
            waiting = tr("list.loading", self.language)
        self.article.show(
            b,
            mode=self.mode,
            language=self.language,
            convert=convert,
            script_label=self.script_label(b),
            placeholder=waiting,
        )
        self.article.set_words(self.hit_words())

    def script_label(self, b: Briefing | None) -> str:
        """The header's badge: the shown script, and the source's when it differs,
        never both when they are the same (``Traditional (Taiwan)``)."""
        lang = self.language
        if b is None:
            return ""
        if self.brapp.show_original:
            return tr("article.original", lang)
        if self.brapp.script == "hans":
            shown = tr("article.simplified", lang)
        else:
            shown = tr(f"article.traditional.{self.trad_region(b)}", lang)
        if b.script != self.brapp.script:
            source = tr("article.simplified" if b.script == "hans" else "article.traditional.generic", lang)
            return tr("article.shown_from", lang, shown=shown, source=source)
        return shown

    def show_side(self) -> None:
        from ...glossary import find_terms

        b, notes = self.current, self.brapp.notes
        self.side.show(
            b,
            language=self.language,
            convert=lambda text: self.convert(text, b),
            # bounded: an 8 MB article is looked through for terms in its first part
            terms=find_terms(b.text[:SIDE_TEXT], self.brapp.config.glossary) if b else [],
            notes=notes.notes_for(b.id) if b else [],
            # kept in the notes file, or in memory when the file could not take it
            # (each once: the same text in both, two TUIs' identical drafts, is one draft)
            drafts=tuple(dict.fromkeys((*notes.draft_parts(b.id), *filter(None, [self.brapp.drafts.get(b.id)]))))
            if b
            else (),
            bookmarked=bool(b and notes.is_bookmarked(b.id)),
            # the file read in a worker, or the list still arriving (no row yet)
            loading=not b.loaded if b is not None else self.is_loading,
        )

    @on(OptionList.OptionSelected, "#figures")
    def _figure_selected(self, event: OptionList.OptionSelected) -> None:
        figure = self.side.figure_list.figures.get(event.option.id or "")
        if figure is not None:
            self.jump_to(figure)

    def jump_to(self, figure: Figure) -> None:
        if self.brapp.show_original:  # a figure's offsets are in the normalized text
            self.brapp.show_original = False  # the watcher shows the article
        self.article.highlight_figure(figure)

    # ----- chrome -------------------------------------------------------------------

    def update_status(self) -> None:
        app, lang = self.brapp, self.language
        parts: list[str] = []
        short: list[str] = []  # the same, shorter: what the bar shows when the line is too wide
        if self.is_loading:
            done, total = self._progress
            # all listed, not yet ready: the second pass (figures, stories) runs; filters wait for it
            key = "status.loading" if done < total else "status.loading_figures"
            parts.append(tr(key, lang, done=done, total=total) if total else tr("status.loading_start", lang))
            short.append(parts[-1])
        elif app.library is not None:
            shown, total, unread = self.shown_count, len(app.library.briefings), self.unread_status()
            # one part: "(P)" still fits 80 columns
            parts.append(tr("status.briefings", lang, shown=shown, total=total) + " · " + unread)
            short.append(tr("status.briefings_short", lang, shown=shown, total=total) + " · " + unread)
            parts.append(tr("status.grouped_topic" if app.group_by == "topic" else "status.grouped_date", lang))
            short.append(parts[-1])
            if self._reading_figures is not None:  # a cold start's second pass (issue 19)
                done, total = self._reading_figures
                parts.insert(1, tr("status.reading_figures", lang, done=done, total=total))
                short.insert(1, tr("status.reading_figures_short", lang, done=done, total=total))
        if self.digest_running is not None:  # first: at 80 columns the end of the line is cut
            parts.insert(0, tr("notify.digest_writing", lang, n=self.digest_running[1]))
            short.insert(0, parts[0])
        count = len(app.library.problems) if app.library else 0
        problems = tr("status.problems", lang, count=count) if count else ""
        warning = tr("status.notes_read_only", lang) if app.notes.read_only else ""
        if app.sort != "date":
            parts.append(tr(f"status.sort.{app.sort}", lang))
            short.append(tr(f"status.sort_short.{app.sort}", lang))
        self.query_one(StatusBar).show(
            title=tr("app.title", lang), parts=parts, problems=problems, warning=warning, short=short
        )

    def apply_language(self) -> None:
        lang = self.language
        for node in (self.app, self, *self.query("*")):
            relabel_bindings(node, lang)
        self.filter_bar.set_placeholder(tr("filter.placeholder", lang))
        self.update_list_format()
        self.refresh_bindings()

    def update_list_format(self) -> None:
        self.briefing_list.set_format(
            RowFormat(
                title=self.list_title,
                source=self.list_source,
                topic_label=self.chip_label,
                is_bookmarked=self.brapp.notes.is_bookmarked,
                has_note=self.brapp.notes.has_note,
                is_unread=self.row_unread,
                versions=lambda n: tr("list.versions", self.language, n=n),
                versions_short=lambda n: tr("list.versions_short", self.language, n=n),
                undated=tr("list.undated", self.language),
                empty_text=self._empty_text(),
            )
        )

    def _empty_text(self) -> str:
        """What the list says with no row: why. An empty folder said "No briefings
        match." as if a filter had hidden them (none was typed)."""
        if self._load_error:
            return tr("notify.load_failed", self.language, error=self._load_error)
        if self.is_loading:
            return tr("list.loading", self.language)
        library = self.brapp.library
        if library is not None and not library.briefings:
            return tr("list.no_briefings", self.language, folder=str(self.brapp.config.briefings))
        if (offer := self._offered_outlet()) is not None:  # wrapped in the list, where there is room for it
            return tr("list.empty_outlet", self.language, term=offer[0], count=offer[1])
        return tr("list.empty", self.language)

    def help_columns(self) -> list[list[HelpSection]]:
        from .help import HelpSection
        from .note_editor import NoteEditor

        """The global keys (and the editor's) on the left, the per-pane keys on the right."""
        lang, app = self.language, self.brapp
        focused = self.focused

        def describe(binding_id: str) -> str:
            palette = f"palette.{binding_id}"  # "中文" alone says little in a list of keys
            return tr(palette if palette in LABELS else binding_id, lang)

        def rows(bindings: list[Binding]) -> list[tuple[str, str]]:
            return [(app.keys_for(b), describe(b.id)) for b in bindings if b.id]

        def section(key: str, bindings: list[Binding], extra: list[tuple[str, str]], kind: type) -> HelpSection:
            return HelpSection(tr(key, lang), rows(bindings) + extra, isinstance(focused, kind))

        palette = [(app.keys_for(app.BINDINGS[0]), tr("help.palette", lang))]
        # Screen-wide keys that are about reading are listed with the article's.
        reading = [b for b in self.BINDINGS if b.id in self.READING_KEYS]
        listing = [b for b in self.BINDINGS if b.id in self.LIST_KEYS]
        views_ = [b for b in self.BINDINGS if b.id in self.VIEW_KEYS]
        # filter_done (enter/esc) acts in the filter bar only and is listed there; under
        # "Everywhere" it showed esc twice (with Back).
        shown_elsewhere = self.READING_KEYS | self.LIST_KEYS | self.VIEW_KEYS | {"filter_done"}
        general = [b for b in self.BINDINGS if b.id not in shown_elsewhere]
        return [
            [
                section("help.section.main", general, palette, type(None)),
                section("help.section.editor", NoteEditor.BINDINGS, [], NoteEditor),
            ],
            [
                section(
                    "help.section.list",
                    [*BriefingList.BINDINGS, *listing],
                    [
                        ("•", tr("help.mark_unread", lang)),
                        ("★", tr("help.mark_bookmarked", lang)),
                        ("✎", tr("help.mark_note", lang)),
                        ("enter", tr("help.unfold_heading", lang)),
                        (tr("list.heading_unread", lang, unread=3, total=5), tr("help.heading_counts", lang)),
                        (tr("help.generated_sample", lang), tr("help.title_generated", lang)),
                        (TOPIC_MARK + "元宇宙", tr("help.topic_chip", lang)),  # chips are Chinese in both languages
                    ],
                    BriefingList,
                ),
                section("help.section.filter", [], [("enter esc", tr("filter_done", lang))], FilterInput),
                section("help.section.article", [*ArticleView.BINDINGS, *reading], [], ArticleView),
                section("help.section.figures", FigureList.BINDINGS, [], FigureList),
                section("help.section.views", views_, [], type(None)),
            ],
        ]

    # ----- actions ------------------------------------------------------------------

    def action_focus_filter(self) -> None:
        self.set_focus(self.filter_bar.input)  # now: keys typed right after '/' go to the filter

    def action_cycle_focus(self, step: int) -> None:
        panes: list[Widget] = [self.briefing_list, self.article]
        if self.side.figure_list.display:
            panes.append(self.side.figure_list)
        panes = [w for w in panes if w.region.width] or panes  # not what is folded away
        focused = self.focused
        index = next((i for i, w in enumerate(panes) if focused is w), -1 if step > 0 else 0)
        self.set_focus(panes[(index + step) % len(panes)])

    def _need_briefing(self) -> Briefing | None:
        ahead, shown = self.briefing_list.unannounced, self.briefing_list.highlighted
        if ahead is not None and shown is not None and ahead.id == shown.id:
            # a key typed right after j reaches us before the list's Highlighted message
            self.briefing_list.unannounced = None
            if self.current is None or self.current.id != ahead.id:
                self._follow_pending = False
                self.open(ahead, at_once=True)
        if self._follow_pending:  # the cursor ran ahead: show its briefing (and figures) first
            self._follow_pending = False
            self.open(self.current, at_once=True)
        if self.current is None:
            self.notify(tr("notify.no_briefing", self.language), severity="warning")
        return self.current

    @after_filter
    def action_bookmark(self) -> None:
        b = self._need_briefing()
        if b is None:
            return
        try:
            on = self.brapp.notes.toggle_bookmark(b)
        except NotesError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(tr("notify.bookmarked" if on else "notify.unbookmarked", self.language))
        self.marks_changed()

    def marks_changed(self) -> None:
        self.briefing_list.redraw()
        self.show_side()
        self.refilter()
        self.update_status()  # "notes read-only" goes once a save worked (tester s16 U4)

    @after_filter
    def action_note(self) -> None:
        self._edit_note(None)

    @after_filter
    def action_cite(self) -> None:
        if self._need_briefing() is None:
            return
        figure = self.side.figure_list.highlighted_figure
        if figure is None:
            self.notify(tr("notify.no_figure", self.language), severity="warning")
            return
        self._edit_note(figure)

    def _edit_note(self, figure: Figure | None) -> None:
        b = self._need_briefing()
        if b is None:
            return
        app = self.brapp
        if figure is not None and b.script == "hant" and b.original:
            # a quote as its Traditional source writes it (新台幣1019.43億元), in the note and
            # the export: the figures are read from the Simplified text (tester s15 U5)
            from dataclasses import replace

            region = self.trad_region(b)
            figure = replace(
                figure,
                text=views.traditional(figure.text, b, region),
                sentence=views.traditional(figure.sentence, b, region) if figure.sentence else figure.sentence,
            )

        def save(text: str) -> None:
            try:
                app.notes.add_note(b, text or (figure.sentence if figure else ""), figure)
            except NotesError as exc:
                from .note_editor import SaveError

                raise SaveError(str(exc)) from exc

        # The drafts in the notes file this editor continues, by their text: what its writes
        # replace (the opened ones, then its own last text). Another TUI's draft of the same
        # briefing stays beside them: saving here deleted it (tester s16 U9).
        mine: list[str] = [] if app.drafts.get(b.id) else list(app.notes.draft_parts(b.id))

        def autosave(text: str) -> None:  # from a thread, while typing
            app.notes.set_draft(b, text, replaces=mine)
            mine[:] = [text]

        def keep(text: str) -> str | None:
            error = self.keep_draft(b, text, mine)
            if error is None:
                mine[:] = [text] if text else []
            return error

        def closed(result: tuple[str, str] | None) -> None:
            outcome, text = result or ("cancelled", "")
            if outcome == "saved":
                app.drafts.pop(b.id, None)
                keep("")
                self.notify(tr("notify.note_saved", self.language))
                self.marks_changed()
            elif outcome == "draft":
                error = keep(text)  # in the notes file; in memory only if it cannot be saved
                self.show_side()  # the side panel lists it
                self.draft_kept_said(error)
            elif outcome == "discarded":
                app.drafts.pop(b.id, None)
                keep("")
                self.show_side()

        from .note_editor import NoteEditor

        editor = NoteEditor(
            title=self.convert(b.title, b),
            save=save,
            language=self.language,
            figure=figure,
            draft=app.drafts.get(b.id) or app.notes.draft_for(b.id),
        )
        editor.keep = keep
        editor.autosave = autosave
        editor.draft_of = b.id
        app.push_screen(editor, closed)

    # The actions only change the app's settings; the watchers below redraw.
    def action_script(self) -> None:
        app = self.brapp
        app.script = "hans" if app.script == "hant" else "hant"

    def action_original(self) -> None:
        self.brapp.show_original = not self.brapp.show_original

    def action_group(self) -> None:
        app = self.brapp
        app.group_by = "date" if app.group_by == "topic" else "topic"

    def action_sort(self) -> None:
        app = self.brapp
        app.sort = SORTS[(SORTS.index(app.sort) + 1) % len(SORTS)] if app.sort in SORTS else "date"
        self.notify(tr("notify.sorted", self.language, order=tr(f"sort.{app.sort}", self.language)))

    def action_language(self) -> None:
        app = self.brapp
        app.language = "zh" if app.language == "en" else "en"

    def _language_changed(self, _value: str) -> None:
        self.apply_language()
        self.rebuild_rows()
        self.refresh_content()

    def _script_changed(self, _value: str) -> None:
        self.refresh_content()

    def _original_changed(self, _value: bool) -> None:
        self.show_article()

    def _grouping_changed(self, _value: str) -> None:
        self.rebuild_rows()

    def _sort_changed(self, value: str) -> None:
        if value == "figures":
            self.figures_waiting()  # sorted as 0 until the figures are in, then again
        self.rebuild_rows()

    def refresh_content(self) -> None:
        self.briefing_list.redraw()
        self.show_article()
        self.show_side()

    def action_export(self) -> None:
        from ...export import NOTES_HEADER, export_markdown, write_export

        app = self.brapp
        briefings = app.library.by_id if app.library else {}  # a mapping by id already (no pass over 1,000,000)
        try:
            path = write_export(
                app.config.export,
                # titles and sources as the list shows them (in the Traditional view, a Traditional source's own
                # characters): new user s47 U5
                export_markdown(app.notes, briefings, title=self.list_title, source=self.list_source),
                notes=app.config.notes,
                briefings=app.config.briefings,
                ours=NOTES_HEADER,  # ./notes.md may be the reader's own notes: never replaced
            )
        except (NotesError, OSError) as exc:
            self.notify(tr("notify.export_failed", self.language, error=str(exc)), severity="error", markup=False)
            return
        app.last_export = path
        self.notify(tr("notify.exported", self.language, path=str(path)), markup=False, timeout=8)

    def _loaded(self) -> bool:
        """The views across briefings need the whole library: while it loads, say so
        (F, M, D and V did nothing at all, and looked dead on a cold start)."""
        if self.brapp.library is not None:
            return True
        self.notify(tr("notify.still_loading", self.language), severity="information")
        return False

    def action_figures_view(self) -> None:
        from .figures_view import open_figures_view

        if self._loaded() and not self.figures_waiting(lambda: open_figures_view(self)):
            open_figures_view(self)

    def action_digest(self) -> None:
        from .digest_view import export_digest

        if self._loaded() and not self.figures_waiting(lambda: export_digest(self)):
            export_digest(self)

    def action_versions_view(self) -> None:
        if not self._loaded() or self.figures_waiting(self.action_versions_view):
            return
        from ...across import stories_cheap
        from .versions_view import open_versions_view

        library, source = self.brapp.library, self._find_stories
        if self._stories is None and library is not None and source is not None and not stories_cheap(library):
            # a big library without an index: its stories were not found unasked
            self.notify(tr("versions.finding", self.language), severity="information")
            self._load_stories(library, source, then=lambda: open_versions_view(self))
            return
        open_versions_view(self)

    def action_metrics_view(self) -> None:
        from .metrics_view import open_metrics_view

        if self._loaded() and not self.figures_waiting(lambda: open_metrics_view(self)):
            open_metrics_view(self)

    def action_problems(self) -> None:
        if not self._loaded():  # "Problems (0)" while files are still being read would be wrong
            return
        library = self.brapp.library
        problems = library.problems if library else []
        from .problems import ProblemsScreen, opened

        listed = _listed_with_problems(library) if library else []

        def chosen(choice: str | None) -> None:
            path, entry = opened(choice) if choice else ("", "")
            b = next((b for b in listed if b.path == path and b.entry == entry), None) if library and path else None
            if b is None and path and not entry:
                b = next((b for b in listed if b.path == path), None)
            if b is None:
                return
            if not self.briefing_list.select(b):  # filtered out or folded: show everything
                self.filter_bar.input.value = ""
                self._collapsed = {"date": set(), "topic": set()}
                self._find_words, self._filter_words = None, []
                self._show_all(self._all)
                self.rebuild_rows()
                self.briefing_list.select(b)
            self.open(b, at_once=True)
            self.opened_for_reading(b)  # opened to be read, as enter in the list and in F (new user s38)
            self.set_focus(self.article)

        readable = {b.path for b in listed}
        self.app.push_screen(ProblemsScreen(problems, self.language, readable), chosen)

    # ----- moving around ------------------------------------------------------------

    def action_back(self) -> None:
        """escape steps back: article (or figures) -> list; a find -> the filter's
        words; a filter -> everything."""
        if self.has_class("-zoom"):
            self.remove_class("-zoom")
        if self.focused is not self.briefing_list:
            self.remove_class("-side-open")  # on a narrow screen it stood in the list's place
            self.set_focus(self.briefing_list)
        elif self._find_words is not None:
            self._find_words = None
            self.article.set_words(self.hit_words())
        elif self.filter_bar.value:
            self.filter_bar.input.value = ""
            self.filter_bar.flush()

    @after_filter
    def action_next_briefing(self, step: int) -> None:
        """J/K: the next or previous briefing, from wherever the focus is."""
        self.briefing_list._move(step)
        highlighted = self.briefing_list.highlighted
        if highlighted is not None and highlighted is not self.entry:
            self.open(highlighted)  # now: a list rebuilt before the message arrives keeps it
        if self.focused is not self.briefing_list:  # reading on: the next one is read
            self.opened_for_reading(self.briefing_list.highlighted)

    def action_find(self) -> None:
        from .find import FindScreen

        def found(text: str | None) -> None:
            if text is None:
                return
            from ...textsearch import normalize_term

            words = [w for w in (normalize_term(part) for part in text.split()) if w]
            self._find_words = words or None
            self.article.set_words(self.hit_words())
            count = len(self.article.hits)
            if words and count:
                self.article.next_hit(1)
                self.set_focus(self.article)
            self.notify(
                tr("notify.hit" if count == 1 else "notify.hits", self.language, count=count)
                if words
                else tr("notify.find_cleared", self.language),
                severity="information" if count or not words else "warning",
            )

        self.app.push_screen(FindScreen(self.language, " ".join(self._find_words or [])), found)

    def action_next_hit(self, step: int) -> None:
        if not self.article.next_hit(step):
            self.notify(tr("notify.no_hits", self.language), severity="warning")

    def action_side(self) -> None:
        """Show or hide the side panel (over the article when the screen is narrow)."""
        if self.has_class("-narrow"):
            self.toggle_class("-side-open")
            if self.has_class("-side-open") and self.side.figure_list.display:
                self.set_focus(self.side.figure_list)
            elif self.focused is self.side.figure_list:
                self.set_focus(self.article)
        else:
            self.toggle_class("-side-closed")

    def action_zoom(self) -> None:
        """The article alone on screen (z again, or escape, brings the panes back)."""
        self.toggle_class("-zoom")
        if self.has_class("-zoom"):
            self.set_focus(self.article)

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")

    @on(BriefingList.Story)
    def _story(self, event: BriefingList.Story) -> None:
        """l/→ lists a story's other versions under its row, h/← folds them back."""
        if self._stories is None:
            return
        story = self._stories.story_of(event.briefing.id)
        if event.expand:
            self._expanded.add(story)
        else:
            self._expanded.discard(story)
            if self.current is not None and self._stories.story_of(self.current.id) == story:
                self.open(event.briefing)  # the reader goes to the row (else it stays listed)
        self.rebuild_rows()
        self.briefing_list.select(event.briefing)

    @on(BriefingList.Fold)
    def _fold(self, event: BriefingList.Fold) -> None:
        folded = self._collapsed[self.brapp.group_by]
        if event.fold:
            folded.add(event.key)
        else:
            folded.discard(event.key)
        self.rebuild_rows()
        self.briefing_list.select_group(event.key)

    # ----- copy and open --------------------------------------------------------------

    @after_filter
    def action_copy(self) -> None:
        """y: the highlighted figure as a citation (figures focused), else the text
        selected with the mouse, else the paragraph in view; OSC 52, then a toast."""
        b = self._need_briefing()
        if b is None:
            return
        text = ""
        figure = self.side.figure_list.highlighted_figure
        if self.focused is self.side.figure_list and figure is not None:
            text = self.convert(views.citation(figure, b), b)
        else:
            try:
                text = self.get_selected_text() or ""
            except Exception:  # no selection API or nothing selected
                text = ""
            text = text or self.article.current_paragraph()
        from .. import text as tui_text

        text = tui_text.safe_text(text).strip()
        if not text:
            self.notify(tr("notify.nothing_to_copy", self.language), severity="warning")
            return
        self.app.copy_to_clipboard(text)
        self.notify(
            tr(
                "notify.copied",
                self.language,
                count=len(text),
                preview=tui_text.crop_cells(tui_text.one_line(text), 40),
            ),
            markup=False,
        )

    @after_filter
    def action_open_link(self) -> None:
        """O: the source page in the browser, if the file names one."""
        b = self._need_briefing()
        if b is None:
            return
        self._open_link(b)

    @work(thread=True, exclusive=True, group="link", description="open link")
    def _open_link(self, b: Briefing) -> None:
        url = getattr(b, "link", "") or None  # what ingest read (a feed entry's own link)
        if url is None and not getattr(b, "entry", ""):  # a feed's head names the feed, not the entry
            original = b.original
            if not original:
                from ...ingest import original_text

                try:
                    original = original_text(b)
                except Exception:
                    original = ""
            url = views.source_url(original)
        if url is not None and not (url.startswith(("https://", "http://")) and url.isprintable()):
            url = None  # only a web page goes to a browser
        if url is None:
            self._to_ui(self.notify, tr("notify.no_link", self.language), severity="warning")
            return
        import webbrowser

        try:
            browser = webbrowser.get()
        except webbrowser.Error:  # none at all
            browser = None
        # A console browser (lynx, w3m: webbrowser's GenericBrowser) would draw over
        # the app in the same terminal: the link goes to the clipboard instead.
        console = browser is None or (
            isinstance(browser, webbrowser.GenericBrowser) and not isinstance(browser, webbrowser.BackgroundBrowser)
        )
        if console:
            self._to_ui(self.app.copy_to_clipboard, url)
            shown = readable_url(url)  # the link is copied as is, shown decoded (新闻, not %E6%96%B0%E9%97%BB)
            self._to_ui(self.notify, tr("notify.link_copied", self.language, url=shown), markup=False)
            return
        try:
            opened = browser.open(url)
        except Exception:  # it failed to start
            opened = False
        key = "notify.link_opened" if opened else "notify.link_failed"
        self._to_ui(
            self.notify,
            tr(key, self.language, url=readable_url(url)),
            markup=False,
            severity="information" if opened else "warning",
        )

    def action_help(self) -> None:
        from .help import HelpScreen

        self.app.push_screen(HelpScreen(self.help_columns(), self.language))

    def action_quit(self) -> None:
        self.brapp.action_quit()


def _listed_with_problems(library: Library) -> Sequence[Briefing]:
    """The list entries a problem can name: a column-wise list (liststore) knows its
    few entries with problems by position, where a pass would make every entry (1,000,000:
    ~28 s on the UI thread); a list is passed over as it is."""
    from ...liststore import is_store

    if is_store(library.briefings):  # ListStore.problems: position -> problems
        return [library.briefings[p] for p in sorted(library.briefings.problems)]
    return library.briefings


def _story_source(library: Library):
    """The library's stories (across.story_map), computed once on first use by
    whichever thread asks first: the list's loader or a filter with is:duplicate."""
    import threading

    box: list[StoryMap] = []
    lock = threading.Lock()

    def get(stop: Callable[[], bool] | None = None) -> StoryMap:
        with lock:
            if not box:  # a cancelled computation leaves it empty: the next asker starts again
                from ...across import story_map

                box.append(story_map(library, stop))
        return box[0]

    return get
