"""What the pool's forkserver runs when it starts (first of library.WORKER_MODULES, which
it imports once; every worker is forked from it, see pool.py).

* Ctrl+C is for the process that made the pool: the forkserver and its workers ignore
  SIGINT from here on (before, Ctrl+C in the first second of ``briefreader --no-cache
  list`` printed a KeyboardInterrupt traceback from the forkserver's imports). Workers
  end with their parent (pool._die_with_parent). A worker forked after that parent
  ended finds the pool's semaphores gone: it exits without a traceback.
* The ingest pipeline runs once on two small pages (library.warm_worker), so every
  worker starts with OpenCC, rjieba's dictionary and the idf table loaded, shared
  copy-on-write: a worker's first file cost ~375 ms of CPU (issue 19).
"""

import os
import signal
import sys

signal.signal(signal.SIGINT, signal.SIG_IGN)  # workers inherit it (forkserver.main keeps it)
_PARENT = os.getppid()  # the process whose pools this forkserver serves


def _excepthook(kind, value, tb):  # type: ignore[no-untyped-def]
    from .fsio import process_alive
    from .pool import pool_gone

    # Only a start that failed because the pool it was for has gone says nothing; any
    # other error of a worker's start (a FileNotFoundError of our own included) is shown.
    if pool_gone(kind, tb) or not process_alive(_PARENT):
        return
    sys.__excepthook__(kind, value, tb)


sys.excepthook = _excepthook  # a forked child reports a failed start through it

from .envnames import REGEX_CACHE  # noqa: E402 - no imports of its own

if os.environ.get(REGEX_CACHE):  # the pipeline's ~600 patterns, as the CLI keeps them (recache.py)
    from pathlib import Path

    from .recache import install

    install(Path(os.environ[REGEX_CACHE]))

from .library import warm_worker  # noqa: E402 - after the handlers: this import is the slow part

warm_worker(rows="briefreader.poolrows" in sys.modules)  # (imported first by a TUI's cold start)
