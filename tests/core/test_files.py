"""Guards every path briefreader reads or writes (fsio): regular files only, bounded
reads, kept permissions, no lock left behind, and an export that never destroys data."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefreader import fsio
from briefreader.export import write_export
from briefreader.model import Briefing
from briefreader.notes import NotesError, NotesStore

ROOT = Path(__file__).resolve().parents[2]


def briefing(id: str = "a") -> Briefing:
    return Briefing(id=id, path="", fingerprint="sha256:0", title="T", text="")


# ----------------------------------------------------------------------------- reads


def test_read_bounded_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    done = threading.Event()
    errors = []

    def read() -> None:
        try:
            fsio.read_bounded(fifo, 100)
        except fsio.FsError as exc:
            errors.append(str(exc))
        done.set()

    threading.Thread(target=read, daemon=True).start()
    assert done.wait(5), "opening a FIFO blocked"
    assert "is a pipe" in errors[0]


def test_read_bounded_refuses_devices_and_oversized_files(tmp_path: Path) -> None:
    with pytest.raises(fsio.FsError, match="is a device"):
        fsio.read_bounded("/dev/zero", 100)
    big = tmp_path / "big"
    big.write_bytes(b"x" * 101)
    with pytest.raises(fsio.FsError, match="larger than 100 bytes"):
        fsio.read_bounded(big, 100)
    assert fsio.read_bounded(big, 101) == b"x" * 101
    with pytest.raises(FileNotFoundError):
        fsio.read_bounded(tmp_path / "missing", 100)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_a_notes_path_that_is_not_a_file_is_one_clear_error(tmp_path: Path, kind: str) -> None:
    # Issue 20.5: a FIFO hung every command; a symlink to /dev/zero read until MemoryError.
    path = tmp_path / "notes.toml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    store = NotesStore.open(path)
    assert store.read_only and "not a regular file" in store.error
    with pytest.raises(NotesError):
        store.add_note(briefing(), "x")
    assert not path.with_name("notes.toml.lock").exists()


def test_cli_with_a_fifo_notes_file_answers_instead_of_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "notes.toml"
    os.mkfifo(fifo)
    env = dict(os.environ, BRIEFREADER_CACHE_DIR=str(tmp_path / "cache"))
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefreader.cli",
            "--briefings",
            str(ROOT / "briefings"),
            "--notes",
            str(fifo),
            "list",
            "is:bookmarked",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert "not a regular file" in out.stderr
    assert "Traceback" not in out.stderr


# ---------------------------------------------------------------------------- writes


def test_a_read_only_notes_file_is_not_replaced(tmp_path: Path) -> None:
    # Issue 20.12: a chmod 444 file was replaced (root ignores the mode bits).
    path = tmp_path / "notes.toml"
    NotesStore.open(path).add_note(briefing(), "first")
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(NotesError, match="read-only"):
        NotesStore.open(path).add_note(briefing(), "second")
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.toml"]  # no lock, no temp


def test_saving_through_a_symlink_keeps_the_link_and_the_targets_mode(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "notes.toml"
    real.parent.mkdir()
    NotesStore.open(real).add_note(briefing(), "first")
    real.chmod(0o640)
    link = tmp_path / "notes.toml"
    link.symlink_to(real)
    NotesStore.open(link).add_note(briefing(), "second")
    assert link.is_symlink()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert "second" in real.read_text(encoding="utf-8")


def test_atomic_write_refuses_a_device_and_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(fsio.FsError, match="is a device"):
        fsio.atomic_write("/dev/null", b"x")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    with pytest.raises(fsio.FsError, match="does not exist"):
        fsio.atomic_write(tmp_path / "no" / "such" / "file", b"x")


def test_the_lock_is_exclusive_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "f"
    with fsio.locked(target, 1):
        assert target.with_name("f.lock").exists()
        with pytest.raises(TimeoutError):
            with fsio.locked(target, 0.05):
                pass
    assert not target.with_name("f.lock").exists()
    with fsio.locked(target, 0.05):  # free again
        pass


# ---------------------------------------------------------------------------- export


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    (briefings / "a.txt").write_text("标题\n\n正文。", encoding="utf-8")
    notes = tmp_path / "notes.toml"
    NotesStore.open(notes).add_note(briefing(), "keep me")
    return briefings, notes


def test_export_never_writes_over_the_notes_file(layout) -> None:
    # Issue 20.2: `export -o notes.toml` replaced the notes with the export.
    briefings, notes = layout
    before = notes.read_bytes()
    with pytest.raises(NotesError, match="is the notes file"):
        write_export(notes, "# x\n", notes=notes, briefings=briefings)
    link = notes.with_name("alias.md")
    link.symlink_to(notes)
    with pytest.raises(NotesError, match="is the notes file"):
        write_export(link, "# x\n", notes=notes, briefings=briefings)
    assert notes.read_bytes() == before


def test_export_never_writes_into_the_briefings_folder(layout) -> None:
    # Issue 20.4: the export overwrote a briefing and then showed up as one.
    briefings, notes = layout
    before = (briefings / "a.txt").read_bytes()
    for target in (briefings / "a.txt", briefings / "new.md", briefings):
        with pytest.raises(NotesError, match="briefings folder"):
            write_export(target, "# x\n", notes=notes, briefings=briefings)
    assert (briefings / "a.txt").read_bytes() == before
    assert sorted(p.name for p in briefings.iterdir()) == ["a.txt"]


def test_export_onto_a_device_leaves_the_device(layout) -> None:
    # Issue 20.3: as root, `-o /dev/null` left an ordinary file in place of the device.
    briefings, notes = layout
    with pytest.raises(NotesError, match="device"):
        write_export(Path("/dev/null"), "# x\n", notes=notes, briefings=briefings)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, BRIEFREADER_CACHE_DIR=str(tmp_path / "cache"))
    return subprocess.run(
        [sys.executable, "-m", "briefreader.cli", *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_cli_export_refusals_are_one_line_and_non_zero(layout, tmp_path: Path) -> None:
    briefings, notes = layout
    common = ["--briefings", str(briefings), "--notes", str(notes)]
    for target in (str(notes), str(briefings / "a.txt"), "/dev/null", str(tmp_path / "missing" / "x.md"), ""):
        out = _cli(tmp_path, *common, "export", "-o", target)
        assert out.returncode != 0, target
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("briefreader:"), (target, out.stderr)
    assert "keep me" in notes.read_text(encoding="utf-8")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_an_index_path_that_is_not_a_regular_file_is_left_alone(tmp_path: Path, kind: str) -> None:
    from briefreader.index import Index, index_path

    cache, root = tmp_path / "cache", tmp_path / "briefings"
    cache.mkdir()
    root.mkdir()
    path = index_path(cache, root, "v1")
    victim = tmp_path / "precious"
    victim.write_text("mine")
    if kind == "symlink":
        path.symlink_to(victim)
    else:
        os.mkfifo(path)
    index = Index.open(cache, root, "v1")
    assert not index.usable
    assert victim.read_text() == "mine"
    assert path.is_symlink() if kind == "symlink" else stat.S_ISFIFO(os.lstat(path).st_mode)
