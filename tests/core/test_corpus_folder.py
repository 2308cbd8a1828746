"""Guards reading the corpus folder itself: missing, unreadable, looping, changing under us, huge, odd names.

Whatever the folder holds, ``load_library`` either raises one clear ``LibraryError`` (the
folder as a whole is unusable) or loads every good file and lists each bad one in
``Library.problems``; the CLI turns either into one line and an exit code, never a
traceback. Tests run as root, so "unreadable" is simulated where a mode bit would not do.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import briefreader.ingest
import briefreader.library
from briefreader.cli import main
from briefreader.config import read_config
from briefreader.library import LibraryError, load_library

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "briefings").iterdir())
BODY = "上海信息消费节在杨浦区开幕，数字消费规模超过3000亿元。这是一段足够长的正文内容。"


@pytest.fixture
def corpus(tmp_path: Path):
    """A config (file and object) whose briefings folder holds the five samples."""
    folder = tmp_path / "briefings"
    shutil.copytree(ROOT / "briefings", folder)
    config_file = tmp_path / "config.toml"
    config_file.write_text((ROOT / "config.toml").read_text(encoding="utf-8"), encoding="utf-8")
    config = replace(read_config(config_file), cache_dir=tmp_path / "cache")
    return {"dir": folder, "config": config, "file": str(config_file), "tmp": tmp_path}


def cli(capsys, corpus, *args: str) -> tuple[int, str, str]:
    os.environ["BRIEFREADER_CACHE_DIR"] = str(corpus["tmp"] / "cache")
    try:
        code = main(["--config", corpus["file"], *args])
    finally:
        del os.environ["BRIEFREADER_CACHE_DIR"]
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def one_error_line(err: str, needle: str) -> None:
    lines = err.strip().splitlines()
    # A folder named in config.toml is checked with the config: that line also names the key.
    prefixes = ("briefreader: error:", "briefreader: config error:")
    assert len(lines) == 1 and lines[0].startswith(prefixes) and needle in lines[0], err


def ids(library) -> set[str]:
    return {b.id for b in library.briefings}


SAMPLE_IDS = {p.stem for p in SAMPLES}
SAMPLE_FILES = {p.name for p in SAMPLES}  # one sample has a problem of its own (mojibake)


def new_problems(library) -> list:
    """The problems beyond the samples' own."""
    return [p for p in library.problems if p.relpath not in SAMPLE_FILES]


# ----- the folder as a whole --------------------------------------------------------------


def test_missing_folder(corpus, capsys):
    shutil.rmtree(corpus["dir"])
    with pytest.raises(LibraryError, match="briefings folder not found: .*briefings"):
        load_library(corpus["config"])
    for command in ("list", "check"):
        code, out, err = cli(capsys, corpus, command)
        assert code == 2 and out == ""
        one_error_line(err, "briefings folder not found")


def test_folder_that_is_a_file(corpus, capsys):
    shutil.rmtree(corpus["dir"])
    corpus["dir"].write_text("not a folder", encoding="utf-8")
    with pytest.raises(LibraryError, match="not a folder"):
        load_library(corpus["config"])
    code, _, err = cli(capsys, corpus, "check")
    assert code == 2
    one_error_line(err, "not a folder")


def test_folder_that_cannot_be_listed(corpus, capsys, monkeypatch):
    real = os.scandir
    root = str(corpus["dir"].resolve())

    def scandir(path="."):
        if os.fspath(path) == root:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(LibraryError, match="cannot read the briefings folder .*Permission denied"):
        load_library(corpus["config"])
    code, _, err = cli(capsys, corpus, "list")
    assert code == 2
    one_error_line(err, "Permission denied")


def test_folder_given_through_a_symlink(corpus):
    link = corpus["tmp"] / "link"
    link.symlink_to(corpus["dir"], target_is_directory=True)
    assert ids(load_library(replace(corpus["config"], briefings=link))) == SAMPLE_IDS


def test_empty_folder(corpus, capsys):
    shutil.rmtree(corpus["dir"])
    corpus["dir"].mkdir()
    library = load_library(corpus["config"])
    assert library.briefings == [] and library.problems == []
    assert cli(capsys, corpus, "list")[:2] == (0, "")
    code, _, err = cli(capsys, corpus, "check")
    assert code == 0 and "0 briefings read" in err


# ----- one bad entry among good ones ------------------------------------------------------


def problem_for(library, relpath: str):
    found = [p.problem for p in library.problems if p.relpath == relpath]
    assert found, f"no problem for {relpath}: {library.problems}"
    return found[0]


def test_subfolder_that_cannot_be_listed(corpus, capsys, monkeypatch):
    locked = corpus["dir"] / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(BODY, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("/locked"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    library = load_library(corpus["config"])
    assert ids(library) == SAMPLE_IDS
    assert "Permission denied" in problem_for(library, "locked").message
    code, out, _ = cli(capsys, corpus, "check")
    assert code == 1 and "locked: unreadable: cannot list the folder: Permission denied" in out


def test_file_that_cannot_be_read(corpus, capsys, monkeypatch):
    # os.open() is what root would get past a mode bit; the denial is simulated there.
    (corpus["dir"] / "secret.txt").write_text(BODY, encoding="utf-8")
    real = os.open

    def guarded(file, *args, **kwargs):
        if os.fspath(file).endswith("secret.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(file))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)
    library = load_library(corpus["config"], use_cache=False)
    assert ids(library) == SAMPLE_IDS
    assert problem_for(library, "secret.txt").kind == "unreadable"
    code, out, err = cli(capsys, corpus, "--no-cache", "check")
    assert code == 1 and "secret.txt: unreadable: cannot read the file: Permission denied" in out
    assert "5 briefings read; 2 problem(s) in 2 file(s)" in err  # the sample's mojibake, and this
    code, out, _ = cli(capsys, corpus, "--no-cache", "list")
    assert code == 0 and len(out.splitlines()) == 5


def test_fifo_device_and_folder_named_like_briefings(corpus, capsys):
    os.mkfifo(corpus["dir"] / "pipe.txt")  # open() would wait for a writer for ever
    (corpus["dir"] / "zero.txt").symlink_to("/dev/zero")  # a read would never end
    folder = corpus["dir"] / "folder.txt"  # a folder, not a file: read as a folder
    folder.mkdir()
    (folder / "inner.md").write_text(BODY, encoding="utf-8")
    library = load_library(corpus["config"])
    assert ids(library) == SAMPLE_IDS | {"folder.txt/inner"}
    for name in ("pipe.txt", "zero.txt"):
        assert problem_for(library, name).message == "not a regular file (a pipe, socket or device)"
    code, out, _ = cli(capsys, corpus, "check")
    assert code == 1 and "pipe.txt: unreadable: not a regular file" in out


def test_dangling_and_self_referencing_symlinks(corpus, capsys):
    (corpus["dir"] / "dangling.txt").symlink_to(corpus["dir"] / "nowhere.txt")
    (corpus["dir"] / "self.txt").symlink_to("self.txt")
    (corpus["dir"] / "ping.txt").symlink_to("pong.txt")
    (corpus["dir"] / "pong.txt").symlink_to("ping.txt")
    library = load_library(corpus["config"])
    assert ids(library) == SAMPLE_IDS
    assert "No such file" in problem_for(library, "dangling.txt").message
    for name in ("self.txt", "ping.txt", "pong.txt"):
        assert "Too many levels of symbolic links" in problem_for(library, name).message
    code, out, _ = cli(capsys, corpus, "check")
    assert code == 1 and sum(line.startswith(("dangling", "self", "ping", "pong")) for line in out.splitlines()) == 4


def test_symlinked_folders_are_read_once_and_loops_end(corpus):
    outside = corpus["tmp"] / "elsewhere"
    outside.mkdir()
    (outside / "far.txt").write_text(BODY, encoding="utf-8")
    (corpus["dir"] / "linked").symlink_to(outside, target_is_directory=True)
    (corpus["dir"] / "relinked").symlink_to(outside, target_is_directory=True)  # the same folder again
    (corpus["dir"] / "loop").symlink_to(corpus["dir"], target_is_directory=True)  # its own parent
    deep = corpus["dir"] / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "up").symlink_to(corpus["dir"] / "a", target_is_directory=True)  # a grandparent
    library = load_library(corpus["config"])
    # followed once, under the first name in order; no briefing twice, no endless walk
    assert ids(library) == SAMPLE_IDS | {"linked/far"}
    assert new_problems(library) == []


# ----- files changing while they are read -------------------------------------------------


def test_file_deleted_between_scan_and_read(corpus, capsys, monkeypatch):
    victim = corpus["dir"] / "001_dd643b2f5a9bae41.txt"
    real_scan = briefreader.library.scan_entries  # what load_library lists the folder with

    def scan_then_delete(root):
        found = real_scan(root)
        victim.unlink()
        return found

    monkeypatch.setattr(briefreader.library, "scan_entries", scan_then_delete)
    library = load_library(corpus["config"])
    assert ids(library) == SAMPLE_IDS - {victim.stem}
    assert "No such file" in problem_for(library, victim.name).message
    monkeypatch.undo()
    library = load_library(corpus["config"])  # and next time it is simply gone
    assert new_problems(library) == [] and ids(library) == SAMPLE_IDS - {victim.stem}


def test_file_deleted_while_ingesting(corpus, monkeypatch):
    victim = corpus["dir"] / "001_dd643b2f5a9bae41.txt"
    real_ingest = briefreader.ingest.ingest_path

    def delete_then_ingest(path, root):
        if path.name == victim.name:
            victim.unlink()
        return real_ingest(path, root)

    monkeypatch.setattr(briefreader.ingest, "ingest_path", delete_then_ingest)
    library = load_library(corpus["config"])
    assert ids(library) == SAMPLE_IDS - {victim.stem}
    assert problem_for(library, victim.name).kind == "unreadable"


def test_file_rewritten_while_ingesting_is_read_again_next_time(corpus, monkeypatch):
    victim = corpus["dir"] / "002_8b30a93c016d4fd5.txt"
    real_ingest = briefreader.ingest.ingest_path

    def rewrite_then_ingest(path, root):
        if path.name == victim.name:  # after its size and mtime were taken
            victim.write_text("改写后的标题\n\n" + BODY * 3, encoding="utf-8")
        return real_ingest(path, root)

    monkeypatch.setattr(briefreader.ingest, "ingest_path", rewrite_then_ingest)
    first = load_library(corpus["config"])
    assert first.by_id[victim.stem].title == "改写后的标题"
    monkeypatch.undo()
    # The cache holds the new text under the old size/mtime: the next start sees the
    # mismatch and ingests the file again rather than trusting that row.
    victim.write_text("第三版标题\n\n" + BODY, encoding="utf-8")
    second = load_library(corpus["config"])
    assert second.by_id[victim.stem].title == "第三版标题"
    assert second.stats.ingested == 1


# ----- many files, nesting, names -------------------------------------------------------


def test_ten_thousand_files_in_one_folder(tmp_path, capsys):
    folder = tmp_path / "briefings"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"第{i}号简报\n\n上海第{i}号简报，金额{i}万元。", encoding="utf-8")
    config_file = tmp_path / "config.toml"
    config_file.write_text((ROOT / "config.toml").read_text(encoding="utf-8"), encoding="utf-8")
    config = replace(read_config(config_file), cache_dir=tmp_path / "cache")
    progress: list[tuple[int, int]] = []
    cold = load_library(config, progress=lambda done, total: progress.append((done, total)))  # worker processes
    assert len(cold.briefings) == 10_000 and cold.problems == []
    assert cold.stats.ingested == 10_000 and progress[-1] == (10_000, 10_000)
    assert cold.by_id["04242"].title == "第4242号简报"
    warm = load_library(config)
    assert (warm.stats.ingested, warm.stats.cached) == (0, 10_000)
    code, out, err = cli(capsys, {"file": str(config_file), "tmp": tmp_path}, "check")
    assert code == 0 and "10000 briefings read; 0 problem(s)" in err


def test_nested_folders_give_slash_ids(corpus, capsys):
    deep = corpus["dir"] / "2024" / "q1" / "shanghai"
    deep.mkdir(parents=True)
    (deep / "report.md").write_text(BODY, encoding="utf-8")
    (corpus["dir"] / "2024" / "note.html").write_text(f"<p>{BODY}</p>", encoding="utf-8")
    library = load_library(corpus["config"])
    assert ids(library) == SAMPLE_IDS | {"2024/q1/shanghai/report", "2024/note"}
    code, out, _ = cli(capsys, corpus, "show", "2024/q1/shanghai/report")
    assert code == 0 and "3000亿元" in out
    assert "2024/q1/shanghai/report" in cli(capsys, corpus, "list")[1]


def test_hidden_entries_and_other_suffixes_are_ignored(corpus):
    for name in (".hidden.txt", ".#lock.txt", "image.png", "notes.toml", "README", "draft.txt~", "x.txt.swp"):
        (corpus["dir"] / name).write_text(BODY, encoding="utf-8")
    (corpus["dir"] / ".git").mkdir()
    (corpus["dir"] / ".git" / "inside.txt").write_text(BODY, encoding="utf-8")
    (corpus["dir"] / "UPPER.TXT").write_text(BODY, encoding="utf-8")  # a suffix in capitals is still one
    library = load_library(corpus["config"])
    assert ids(library) == SAMPLE_IDS | {"UPPER"}
    assert new_problems(library) == []


def write_gbk_named(folder: Path) -> None:
    # 上海.txt as a Windows zip leaves it: GBK bytes, not UTF-8.
    with open(os.fsencode(folder) + b"/gbk_\xc9\xcf\xba\xa3.txt", "wb") as fh:
        fh.write(BODY.encode("utf-8"))


GBK_ID = "gbk_\\xc9Ϻ\\xa3"  # undecodable bytes kept visible as \xNN (\xcf\xba happens to be UTF-8 "Ϻ")


def test_non_utf8_file_name_without_the_cache(corpus, capsys):
    write_gbk_named(corpus["dir"])
    library = load_library(corpus["config"], use_cache=False)
    assert ids(library) == SAMPLE_IDS | {GBK_ID}
    assert "3000亿元" in library.by_id[GBK_ID].text
    code, out, err = cli(capsys, corpus, "--no-cache", "show", "gbk_")  # a prefix finds it
    assert code == 0 and "3000亿元" in out
    code, out, _ = cli(capsys, corpus, "--no-cache", "note", "gbk_", "来自 GBK 文件名")
    assert code == 0 and GBK_ID in out


def test_non_utf8_file_name_with_the_cache(corpus, capsys):
    write_gbk_named(corpus["dir"])
    assert ids(load_library(corpus["config"])) == SAMPLE_IDS | {GBK_ID}
    warm = load_library(corpus["config"])
    assert warm.stats.cached == 6 and GBK_ID in ids(warm)
    assert "3000亿元" in warm.full(warm.by_id[GBK_ID]).text  # opened again from its real path
    code, out, _ = cli(capsys, corpus, "show", "gbk_")
    assert code == 0 and "3000亿元" in out


def test_non_utf8_file_name_in_json(corpus, capsys):
    import json

    write_gbk_named(corpus["dir"])
    code, out, _ = cli(capsys, corpus, "--no-cache", "list", "--json")
    assert code == 0
    assert GBK_ID in {b["id"] for b in json.loads(out)}


# ----- the TUI on a folder it cannot use ------------------------------------------------


async def test_tui_on_a_missing_folder_says_so(corpus):
    from briefreader.tui.app import BriefreaderApp

    shutil.rmtree(corpus["dir"])
    app = BriefreaderApp(replace(corpus["config"], notes=corpus["tmp"] / "notes.toml"))
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await app.workers.wait_for_complete()
        for _ in range(40):
            await pilot.pause(0.05)
            if app._notifications:
                break
        assert app.is_running  # still usable: help, quit
        messages = [n.message for n in app._notifications]
        assert any("Could not load the briefings: briefings folder not found" in m for m in messages), messages


async def test_tui_keeps_saying_why_the_list_is_empty(corpus):
    from briefreader.tui.app import BriefreaderApp

    shutil.rmtree(corpus["dir"])
    app = BriefreaderApp(replace(corpus["config"], notes=corpus["tmp"] / "notes.toml"))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.clear_notifications()  # as after its timeout
        await pilot.pause()
        strips = app.screen._compositor.render_update(full=True).strips  # type: ignore[attr-defined]
        text = "\n".join("".join(seg.text for seg in strip) for strip in strips)
        assert "briefings folder not found" in text


def test_cli_does_not_start_the_tui_on_a_missing_folder(corpus, capsys, monkeypatch):
    from briefreader.tui.app import BriefreaderApp

    started = []
    monkeypatch.setattr(BriefreaderApp, "run", lambda self, *a, **k: started.append(self))
    shutil.rmtree(corpus["dir"])
    code, _, err = cli(capsys, corpus)
    assert not started and code == 2
    one_error_line(err, "briefings folder not found")


# ----- briefings are only ever read -------------------------------------------------------


def test_the_folder_is_never_written(corpus, capsys):
    def snapshot() -> dict[str, tuple[int, int, int, bytes]]:
        state = {}
        for folder, dirs, names in os.walk(corpus["dir"]):
            for name in dirs + names:
                path = Path(folder) / name
                st = path.lstat()
                data = path.read_bytes() if path.is_file() else b""
                state[str(path)] = (st.st_mode, st.st_size, st.st_mtime_ns, data)
        return state

    (corpus["dir"] / "empty.txt").write_bytes(b"")  # a problem file too
    before = snapshot()
    first = sorted(SAMPLE_IDS)[0]
    for args in (
        ["list"],
        ["check"],
        ["show", first],
        ["show", first, "--original"],
        ["figures"],
        ["note", first, "一条笔记"],
        ["bookmark", first],
        ["export"],
        ["--no-cache", "list"],
    ):
        assert cli(capsys, corpus, *args)[0] in (0, 1), args
    load_library(corpus["config"])
    assert snapshot() == before


def test_a_file_swapped_for_a_fifo_after_a_warm_start_is_reported_not_read(corpus, tmp_path):
    # The article worker reads list entries again from their files; a FIFO put in a
    # briefing's place would block that read (and the worker) for ever.
    import threading

    library = load_library(replace(corpus["config"], cache_dir=tmp_path / "cache"))
    entry = next(b for b in library.briefings if not b.loaded)
    Path(entry.path).unlink()
    os.mkfifo(entry.path)
    result: list = []
    reader = threading.Thread(target=lambda: result.append(library.full(entry)), daemon=True)
    reader.start()
    reader.join(10)
    assert result, "Library.full blocked on a FIFO"
    assert [p.message for p in result[0].problems][-1] == "not a regular file (a pipe, socket or device)"
    library.close()


def test_notes_follow_a_renamed_and_moved_file(corpus, capsys):
    # PRODUCT.md section 3: the fingerprint lets notes follow a file that was renamed or moved.
    assert cli(capsys, corpus, "note", "000_6725c00bccd9a398", "跟踪这项政策")[0] == 0
    assert cli(capsys, corpus, "bookmark", "000_6725c00bccd9a398")[0] == 0
    (corpus["dir"] / "2025").mkdir()
    (corpus["dir"] / "000_6725c00bccd9a398.txt").rename(corpus["dir"] / "2025" / "renamed.txt")
    code, out, err = cli(capsys, corpus, "list", "--json")
    assert code == 0 and "notes of 1 renamed or moved file(s) follow them" in err
    entries = {e["id"]: e for e in json.loads(out)}
    assert "000_6725c00bccd9a398" not in entries
    moved = entries["2025/renamed"]
    assert moved["bookmarked"] is True and [n["text"] for n in moved["notes"]] == ["跟踪这项政策"]
    code, out, err = cli(capsys, corpus, "list", "--json")  # moved once: nothing to say the next time
    assert code == 0 and "follow them" not in err


async def test_the_tui_moves_notes_to_a_renamed_file(corpus):
    from briefreader.notes import NotesStore
    from briefreader.tui.app import BriefreaderApp

    store = NotesStore.open(corpus["config"].notes)
    first = load_library(corpus["config"])
    store.add_note(first.get("001_dd643b2f5a9bae41"), "留意数据")
    first.close()
    (corpus["dir"] / "001_dd643b2f5a9bae41.txt").rename(corpus["dir"] / "elsewhere.txt")
    app = BriefreaderApp(corpus["config"])
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.library is not None and not any(w.is_running for w in app.workers):
                break
        assert app.notes.has_note("elsewhere") and not app.notes.has_note("001_dd643b2f5a9bae41")
    assert NotesStore.open(corpus["config"].notes).has_note("elsewhere")  # saved, not only shown


def test_cli_export_to_an_unwritable_place_is_one_line_not_a_traceback(corpus, capsys):
    code, out, err = cli(capsys, corpus, "export", "-o", "/proc/nope/x.md")
    assert code == 1 and "Traceback" not in err
    one_error_line(err, "cannot write the export")
