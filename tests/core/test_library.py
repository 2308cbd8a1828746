"""Guards the corpus on disk through load_library: caching counted, not timed; odd folders; the worker pool."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from helpers.unprivileged import run_unprivileged

import briefreader.library as library
from briefreader.config import read_config
from briefreader.library import LibraryError, load_library

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def config(tmp_path: Path):
    shutil.copytree(ROOT / "briefings", tmp_path / "briefings")
    config = read_config(ROOT / "config.toml")
    config.briefings = tmp_path / "briefings"
    config.cache_dir = tmp_path / "cache"
    return config


def test_second_load_ingests_nothing(config) -> None:
    first = load_library(config)
    assert (first.stats.ingested, first.stats.cached) == (5, 0)
    second = load_library(config)
    assert (second.stats.ingested, second.stats.cached) == (0, 5)
    assert [b.id for b in second.briefings] == [b.id for b in first.briefings]
    assert [b.figures for b in second.briefings] == [b.figures for b in first.briefings]
    assert [b.date for b in second.briefings] == [b.date for b in first.briefings]


def test_touched_file_is_ingested_again_and_removed_one_disappears(config) -> None:
    load_library(config)
    touched = config.briefings / "004_bbc993df6f2fe461.txt"
    st = touched.stat()
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    (config.briefings / "001_dd643b2f5a9bae41.txt").unlink()
    lib = load_library(config)
    assert (lib.stats.ingested, lib.stats.cached, lib.stats.pruned) == (1, 3, 1)
    assert "001_dd643b2f5a9bae41" not in lib.by_id


def test_garbage_cache_is_rebuilt(config) -> None:
    load_library(config).close()  # closed: the damage below must not sit beside a live WAL
    for db in config.cache_dir.rglob("*.sqlite3"):
        db.write_bytes(b"this is not a database" * 100)
    lib = load_library(config)
    assert lib.stats.ingested == 5 and len(lib.briefings) == 5
    assert load_library(config).stats.cached == 5


def test_taxonomy_change_invalidates_the_cache(config) -> None:
    load_library(config)
    config.topic_threshold += 1
    assert load_library(config).stats.ingested == 5


def test_nested_folders_hidden_files_and_other_suffixes(config) -> None:
    nested = config.briefings / "2024" / "q1"
    nested.mkdir(parents=True)
    shutil.copy(config.briefings / "000_6725c00bccd9a398.txt", nested / "copy.txt")
    (config.briefings / ".hidden.txt").write_text("不应读取的隐藏文件内容。", encoding="utf-8")
    (config.briefings / "image.png").write_bytes(b"\x89PNG....")
    lib = load_library(config)
    assert "2024/q1/copy" in lib.by_id
    assert len(lib.briefings) == 6


def test_symlink_loop_and_broken_link(config) -> None:
    (config.briefings / "loop").symlink_to(config.briefings, target_is_directory=True)
    (config.briefings / "dangling.txt").symlink_to(config.briefings / "nowhere.txt")
    lib = load_library(config)
    assert len(lib.briefings) == 5
    assert any(p.relpath == "dangling.txt" and p.problem.kind == "unreadable" for p in lib.problems)


_LOAD = """
import json, sys
from pathlib import Path
import briefreader.library as library
from briefreader.config import read_config
from briefreader.library import load_library
config = read_config(Path(sys.argv[1]))
config.briefings = Path(sys.argv[2])
lib = load_library(config, use_cache=False)
print(json.dumps({"ids": sorted(b.id for b in lib.briefings),
                  "problems": [[p.relpath, p.problem.kind, p.problem.message] for p in lib.problems]}))
"""


def test_unreadable_file_is_a_problem(config) -> None:
    # Mode 000 closes the file to its reader; as root too (helpers.unprivileged).
    locked = config.briefings / "004_bbc993df6f2fe461.txt"
    locked.chmod(0)
    try:
        run = run_unprivileged(_LOAD, str(ROOT / "config.toml"), str(config.briefings))
    finally:
        locked.chmod(0o644)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    unreadable = [p for p in result["problems"] if p[1] == "unreadable"]
    assert unreadable == [["004_bbc993df6f2fe461.txt", "unreadable", "cannot read the file: Permission denied"]]
    assert len(result["ids"]) == 4 and "004_bbc993df6f2fe461" not in result["ids"]


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_file_that_fails_while_being_read_is_a_problem(config) -> None:
    # An I/O error after a successful open (a failing disk, a network mount that drops):
    # /proc/self/mem opens as a regular file and fails on the first read with EIO.
    (config.briefings / "failing.txt").symlink_to("/proc/self/mem")
    lib = load_library(config, use_cache=False)
    unreadable = [p for p in lib.problems if p.problem.kind == "unreadable"]
    assert [p.relpath for p in unreadable] == ["failing.txt"]
    assert "Input/output error" in unreadable[0].problem.message
    assert len(lib.briefings) == 5


def test_missing_folder_is_a_clear_error(config, tmp_path: Path) -> None:
    config.briefings = tmp_path / "nope"
    with pytest.raises(LibraryError, match="briefings folder not found"):
        load_library(config)


def test_parallel_cold_ingest_matches_serial(config, tmp_path: Path, monkeypatch) -> None:
    # Enough files to take the worker-pool path; results must equal in-process ingest.
    for i in range(60):
        src = sorted(config.briefings.glob("*.txt"))[i % 5]
        shutil.copy(src, config.briefings / f"copy_{i:02d}{src.suffix}")
    progress: list[tuple[int, int]] = []
    # analyse() runs in the workers, which import the module afresh: a call of this
    # process's copy means the pool broke and the serial fallback did the work.
    in_this_process: list[Path] = []
    real_analyse = library.analyse
    monkeypatch.setattr(library, "analyse", lambda path, *a: in_this_process.append(path) or real_analyse(path, *a))
    lib = load_library(config, use_cache=False, progress=lambda d, t: progress.append((d, t)))
    assert in_this_process == [], lib.stats.serial_reason
    assert progress[-1] == (65, 65)
    assert lib.by_id["copy_00"].title == lib.by_id["000_6725c00bccd9a398"].title
    assert lib.by_id["copy_04"].topics == lib.by_id["004_bbc993df6f2fe461"].topics


def test_a_rule_change_invalidates_the_cache(config, monkeypatch) -> None:
    import briefreader.library as library

    load_library(config)
    monkeypatch.setattr(library, "_code_digest", lambda *folder: "changed-rule")
    assert load_library(config).stats.ingested == 5
    assert load_library(config).stats.cached == 5


def test_the_cache_key_covers_every_module_that_shapes_a_cached_entry():
    # What analysing a file and writing the index import from briefreader must be
    # hashed, or a changed rule would leave stale list entries behind.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import briefreader.library, briefreader.index, briefreader.ingest, briefreader.topics, briefreader.figures\n"
        "print(' '.join(m.__file__ for n, m in sys.modules.items() if n.startswith('briefreader.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    from briefreader.library import digest_parts

    hashed = {p.resolve() for p in digest_parts()}
    # config.py reads the taxonomy, which the key covers as data (analysis_version);
    # keymap.py is the [keys] table config.py checks, nothing analysis reads; envnames.py
    # only spells the environment variables' names (s18 R5), no rule.
    exempt = {"config.py", "keymap.py", "envnames.py"}
    missing = {Path(f).name for f in out.split() if Path(f).resolve() not in hashed and Path(f).name not in exempt}
    assert not missing
