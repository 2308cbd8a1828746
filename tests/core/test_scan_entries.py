"""library.scan_entries (os.scandir, strings) lists exactly what the os.walk + pathlib
scan before it listed (issue 19): the same files in the same order, the same hidden
and suffix rules, symlinks followed once, and an unreadable folder as a problem."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from briefreader import library
from briefreader.library import SUFFIXES, FileProblem, LibraryError, scan, scan_entries
from briefreader.model import Problem


def walk_scan(root: Path) -> tuple[list[Path], list[FileProblem]]:
    """The scan as it was before scan_entries (library.py at 84b16a6): the reference."""
    files: list[Path] = []
    problems: list[FileProblem] = []

    def on_error(exc: OSError) -> None:
        where = Path(exc.filename or root)
        if where == root:
            raise LibraryError(f"cannot read the briefings folder {root}: {exc.strerror or exc}")
        problems.append(
            FileProblem(
                library._rel(where, root),
                str(where),
                Problem("unreadable", f"cannot list the folder: {exc.strerror or exc}"),
            )
        )

    seen: set[tuple[int, int]] = set()
    with contextlib.suppress(OSError):
        st = os.stat(root)
        seen.add((st.st_dev, st.st_ino))
    for folder, dirs, names in os.walk(root, onerror=on_error, followlinks=True):
        kept = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            try:
                st = os.stat(os.path.join(folder, d))
            except OSError:
                continue
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                kept.append(d)
        dirs[:] = kept
        for name in sorted(names):
            if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                continue
            files.append(Path(folder) / name)
    return files, problems


def touch(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for rel in (
        "a.txt", "B.MD", "c.Html", "z.json", "notes.ods", "trailing.", "noext", ".hidden.txt",
        "2024/01/新闻.txt", "2024/01/b.md", "2024/01/a.htm", "2024/02/x.PDF", "2024/02/.secret/y.txt",
        ".git/config.txt", "dir.md/inside.txt", "Zeta/last.md", "_under/u.txt", "a b/space name.eml",
        "shared/real/one.txt", "shared/real/deeper/two.md",
    ):  # fmt: skip
        touch(root / rel)
    (root / os.fsdecode(b"bad\xff-name.txt")).write_text("x", encoding="utf-8")  # not UTF-8
    (root / "link-file.txt").symlink_to(root / "a.txt")
    (root / "dangling.md").symlink_to(root / "nowhere.md")
    (root / "loop.txt").symlink_to(root / "loop.txt")  # ELOOP: is_dir raises, listed as a file
    (root / "2024/01/up").symlink_to(root, target_is_directory=True)  # a loop to the top
    (root / "2024/01/back").symlink_to(root / "2024", target_is_directory=True)  # to a parent
    # A link met before the folder it names: the link's name is walked, the folder's is not.
    (root / "aa-link").symlink_to(root / "shared/real", target_is_directory=True)
    (root / "Zeta/to-zeta").symlink_to(root / "Zeta", target_is_directory=True)
    (root / ".hidden-link").symlink_to(root / "_under", target_is_directory=True)
    (root / "locked/sub").mkdir(parents=True)
    touch(root / "locked/sub/never.txt")
    touch(root / "locked/kept-out.txt")
    return root


@pytest.fixture
def locked(tree: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``locked/`` cannot be listed (tests run as root, so chmod would not stop them)."""
    real = os.scandir
    barred = str(tree / "locked")

    def scandir(path=".") -> os.ScandirIterator[str]:
        if os.fspath(path) == barred:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)  # os.walk calls the module's scandir too
    return tree


def test_same_files_order_and_problems_as_the_walk(locked: Path) -> None:
    before, before_problems = walk_scan(locked)
    paths, problems = scan(locked)
    entries, entry_problems = scan_entries(locked)
    assert paths == before
    assert [path for _rel, path in entries] == [str(p) for p in before]
    assert [rel for rel, _path in entries] == [library._rel(p, locked) for p in before]
    assert problems == entry_problems == before_problems
    rels = [rel for rel, _path in entries]
    # load_library counts stems with rfind: splitext's, for every name a scan lists.
    assert [r[: r.rfind(".")] for r in rels] == [os.path.splitext(r)[0] for r in rels]
    # What the reference found, spelled out: the rules are the ones this test guards.
    assert rels[:9] == [
        "B.MD", "a.txt", "bad\\xff-name.txt", "c.Html", "dangling.md", "link-file.txt", "loop.txt", "z.json",
        "2024/01/a.htm",
    ]  # fmt: skip
    assert "aa-link/one.txt" in rels and "aa-link/deeper/two.md" in rels
    assert not any(r.startswith("shared/real/") for r in rels)  # read once, under the link's name
    assert "dir.md/inside.txt" in rels and "Zeta/last.md" in rels
    assert not any("/up/" in r or "/back/" in r or "to-zeta" in r or "hidden" in r or "secret" in r for r in rels)
    assert not any(r.startswith("locked/") for r in rels)
    assert [(p.relpath, p.problem.kind) for p in problems] == [("locked", "unreadable")]
    assert "Permission denied" in problems[0].problem.message


def test_an_unreadable_top_is_a_library_error(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def scandir(path="."):
        raise PermissionError(13, "Permission denied", os.fspath(path))

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(LibraryError, match="Permission denied"):
        walk_scan(tree)
    with pytest.raises(LibraryError, match="Permission denied"):
        scan_entries(tree)


def test_load_library_reports_the_broken_links_and_the_locked_folder(locked: Path, tmp_path: Path) -> None:
    from briefreader.config import read_config

    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[library]\nbriefings = "{locked}"\ncache = "{tmp_path / "cache"}"\n', encoding="utf-8")
    lib = library.load_library(read_config(cfg))
    unreadable = {p.relpath: p.problem.message for p in lib.problems if p.problem.kind == "unreadable"}
    assert set(unreadable) == {"locked", "dangling.md", "loop.txt"}
    assert "No such file" in unreadable["dangling.md"]
    assert "cannot list the folder" in unreadable["locked"]
    assert lib.stats.files == len(walk_scan(locked)[0])
    lib.close()


def test_a_link_to_a_folder_holding_the_briefings_is_a_problem_not_followed(tmp_path: Path) -> None:
    # tester s16 L4: a link to an ancestor (the home folder, "/") made the library everything
    # beside the briefings: `list` ran 11 minutes at 700 MB. The link is named, not followed;
    # links inside the folder, to it or to a folder already met, stay silent as before.
    root = tmp_path / "home" / "briefings"
    touch(root / "a.txt")
    touch(root / "2024/b.md")
    touch(tmp_path / "home" / "diary.txt")  # beside the briefings: never listed
    (root / "2024/home").symlink_to(tmp_path / "home", target_is_directory=True)
    (root / "top").symlink_to(tmp_path, target_is_directory=True)
    (root / "2024/again").symlink_to(root, target_is_directory=True)
    entries, problems = scan_entries(root)
    assert [rel for rel, _path in entries] == ["a.txt", "2024/b.md"]
    assert [(p.relpath, p.problem.kind) for p in problems] == [("top", "unreadable"), ("2024/home", "unreadable")]
    assert f"a link to {tmp_path}, a folder that holds the briefings folder" in problems[0].problem.message


def test_a_link_to_the_root_of_the_disk_is_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "briefings"
    touch(root / "a.txt")
    (root / "disk").symlink_to("/", target_is_directory=True)
    import signal

    def too_long(*_):  # followed, the link would read the whole disk: fail, do not hang the suite
        raise AssertionError("the link to / was followed")

    old = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(30)
    try:
        entries, problems = scan_entries(root)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert [rel for rel, _path in entries] == ["a.txt"]
    assert [(p.relpath, p.problem.message.split(",")[0]) for p in problems] == [("disk", "a link to /")]
