"""A reader's first start (issue 19, session 35; benchmarks/bench_cold_start.py --first-ever --prepared).

On the very first start the regex cache (recache.py) was empty: the pool's forkserver compiled
the pipeline's ~600 patterns itself, ~0.5 s of its ~1.05 s of CPU on the way to the first rows
(20,000-briefing mix: first screenful 3.6 s against 2.6 s with the patterns kept).
``briefreader config init``, the step before that first start, now compiles them into the
cache folder in a process of its own (cli._prepare_patterns).
"""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

from briefreader.cli import main

# What the pool's forkserver runs as it starts (pool.start_server(WORKER_MODULES)): the regex
# cache installed from the environment, then every module, poolserver first (it runs the
# pipeline once as it loads). Prints the patterns it had to compile and the ones it found.
_FORKSERVER = """
import importlib, os, sys
from pathlib import Path
from briefreader import recache
from briefreader.envnames import REGEX_CACHE
os.environ[REGEX_CACHE] = sys.argv[1]
from briefreader.library import WORKER_MODULES
for name in WORKER_MODULES:
    importlib.import_module(name)
print(recache._added, len(recache._known))
"""


def _init(tmp_path: Path, monkeypatch, *flags: str) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(cache))
    # One string hash in every process: six of the pipeline's patterns are alternations built
    # from sets (ingest/metadata.py, metrics.py, figures/region.py), whose order, and so whose
    # text, changes with the hash seed; each start compiles those six (~10 ms) whatever is kept.
    monkeypatch.setenv("PYTHONHASHSEED", "0")
    config = tmp_path / "config.toml"
    assert main([*flags, "--config", str(config), "config", "init", "--briefings", str(tmp_path / "b")]) == 0
    return cache


def test_config_init_compiles_what_the_first_starts_forkserver_would(tmp_path, monkeypatch) -> None:
    cache = _init(tmp_path, monkeypatch)
    assert len(list(cache.glob("regex-*.marshal"))) == 1
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700  # made as the index makes it
    out = subprocess.run(
        [sys.executable, "-c", _FORKSERVER, str(cache)], capture_output=True, text=True, check=True
    ).stdout.split()
    added, known = int(out[0]), int(out[1])
    assert added == 0  # nothing left for the first start to compile
    assert known > 500  # the pipeline's patterns are there


def test_config_init_under_no_cache_writes_no_patterns(tmp_path, monkeypatch) -> None:
    cache = _init(tmp_path, monkeypatch, "--no-cache")
    assert not list(cache.glob("regex-*"))  # (none on a folder not made: glob finds nothing)
