"""``D`` on the main screen (issue 17): the digest of what the list shows, written as
Markdown beside the notes export (digest-YYYY-MM-DD.md), in a worker; the status bar says where."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..i18n import tr
from ..text import one_line
from ..threads import to_ui


def export_digest(main) -> None:
    library = main.brapp.library
    if library is None:
        return
    briefings = main.shown  # a column-wise list's entries are made in the worker, as it writes them
    query = main._applied_query  # the filter that chose them, in the digest's title (new user s45)
    config = main.brapp.config
    target = Path(config.export).expanduser().parent / f"digest-{dt.date.today().isoformat()}.md"

    token = object()  # a second D replaces the first: only the newest clears the header

    def finish(message: str, severity: str) -> None:  # on the UI thread
        if main.digest_running is not None and main.digest_running[0] is token:
            main.digest_running = None
            main.update_status()
        main.notify(message, severity=severity, markup=False, timeout=8)

    def work() -> None:
        from textual.worker import get_current_worker

        from ...digest import DIGEST_HEADERS, build_digest
        from ...export import write_export
        from ...library import Cancelled
        from ...notes import NotesError

        worker = get_current_worker()
        labels = {t.id: t.label(main.language) for t in config.topics.values()}
        try:
            markdown = build_digest(
                library,
                briefings,
                labels=labels,
                language=main.language,  # "# 摘要" in the zh UI
                query=query,
                generated=dt.datetime.now().astimezone(),
                # Textual cancels the worker when the app quits (or a second D replaces
                # it): the core stops at its next file instead of reading every story
                # again while the process waits for this thread (~70 s at 3,000, load 9).
                stop=lambda: worker.is_cancelled,
            )
            written = write_export(
                target, markdown, notes=config.notes, briefings=config.briefings, ours=DIGEST_HEADERS, what="digest"
            )
        except Cancelled:  # no file: a digest of the stories read so far would pass for a whole one
            return
        except (NotesError, OSError) as exc:
            to_ui(main, finish, one_line(str(exc)), "error")
            return
        done = tr("notify.digest_written", main.language, n=len(briefings), path=one_line(str(written)))
        to_ui(main, finish, done, "information")

    # Each story's text is read again from its file: seconds for a few hundred, about a
    # minute for 438 under load. The header says "Writing a digest of N briefings…" until
    # the result (in the status bar's message line) or the error (a toast) arrives.
    main.digest_running = (token, len(briefings))
    main.update_status()
    main.run_worker(work, thread=True, exclusive=True, group="digest", description="digest")
