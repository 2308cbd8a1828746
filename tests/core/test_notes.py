"""Guards the notes/bookmarks store: format, operations, merging, read-only mode."""

from __future__ import annotations

import datetime as dt
import errno
import os
import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefreader import notes as notes_mod
from briefreader.model import Briefing, Figure
from briefreader.notes import NotesError, NotesStore

CST = dt.timezone(dt.timedelta(hours=8))


def briefing(id: str = "000_6725c00bccd9a398", fingerprint: str = "sha256:aa", title: str = "上海信息消费") -> Briefing:
    return Briefing(id=id, path=f"/corpus/{id}.txt", fingerprint=fingerprint, title=title, text="")


def figure() -> Figure:
    return Figure(kind="money", text="超过3000亿元", start=0, end=7, value=3e11, qualifier="over", en="over RMB 300 bn")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.toml"


def on_disk(path: Path) -> dict:
    return tomllib.loads(path.read_text("utf-8"))


# ---------------------------------------------------------------- format and round trip


def test_missing_file_is_an_empty_writable_store(path: Path) -> None:
    store = NotesStore.open(path)
    assert not store.read_only and store.error is None
    assert store.entries() == {} and store.bookmarked_ids() == set() and store.noted_ids() == set()
    assert not path.exists()


def test_round_trip_in_the_section_8_layout(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notes_mod, "_now", lambda: dt.datetime(2026, 11, 22, 10, 1, tzinfo=CST))
    b = briefing()
    store = NotesStore.open(path)
    store.set_bookmark(b, True)
    store.add_note(b, '第一行\n第二行 "quoted"', figure())

    text = path.read_text("utf-8")
    assert text.startswith("version = 1\n")
    assert '[briefings."000_6725c00bccd9a398"]' in text
    assert '[[briefings."000_6725c00bccd9a398".notes]]' in text
    assert "created = 2026-11-22T10:01:00+08:00" in text
    assert on_disk(path) == {
        "version": 1,
        "briefings": {
            b.id: {
                "title": "上海信息消费",
                "fingerprint": "sha256:aa",
                "bookmarked": True,
                "path": b.path,  # the file it was written on (tester s22 T22)
                "notes": [
                    {
                        "created": dt.datetime(2026, 11, 22, 10, 1, tzinfo=CST),
                        "text": '第一行\n第二行 "quoted"',
                        "figure": "超过3000亿元",
                        "figure_en": "over RMB 300 bn",
                    }
                ],
            }
        },
    }
    again = NotesStore.open(path)
    assert again.entries() == store.entries()
    [note] = again.notes_for(b.id)
    assert note.figure == "超过3000亿元" and note.figure_en == "over RMB 300 bn"
    assert note.created.utcoffset() == dt.timedelta(hours=8)


def test_created_is_local_time_with_offset(path: Path) -> None:
    store = NotesStore.open(path)
    note = store.add_note(briefing(), "x")
    assert note.created.tzinfo is not None and note.created.microsecond == 0
    assert abs(dt.datetime.now().astimezone() - note.created) < dt.timedelta(minutes=1)


def test_odd_ids_and_titles_survive(path: Path) -> None:
    odd = briefing(id='sub dir/"quoted"\\ 名字.v2', title="a\tb\x7f ] [x] = 1")
    NotesStore.open(path).add_note(odd, "\x00 control \x1b[31m and \u3000 spaces")
    store = NotesStore.open(path)
    assert store.error is None
    assert store.entries()[odd.id].title == odd.title
    assert store.notes_for(odd.id)[0].text == "\x00 control \x1b[31m and \u3000 spaces"


# ------------------------------------------------------------------------ operations


def test_toggle_bookmark(path: Path) -> None:
    store, b = NotesStore.open(path), briefing()
    assert store.toggle_bookmark(b) is True
    assert store.is_bookmarked(b.id) and NotesStore.open(path).is_bookmarked(b.id)
    assert store.toggle_bookmark(b) is False
    assert not store.is_bookmarked(b.id)
    assert on_disk(path)["briefings"] == {}  # an entry with nothing in it goes away


def test_unbookmark_keeps_the_notes(path: Path) -> None:
    store, b = NotesStore.open(path), briefing()
    store.set_bookmark(b, True)
    store.add_note(b, "keep me")
    store.set_bookmark(b, False)
    assert store.has_note(b.id) and not store.is_bookmarked(b.id)
    assert on_disk(path)["briefings"][b.id]["bookmarked"] is False


def test_unbookmark_of_unknown_briefing_writes_nothing(path: Path) -> None:
    NotesStore.open(path).set_bookmark(briefing(), False)
    assert not path.exists()


def test_add_note_with_figure(path: Path) -> None:
    store, b = NotesStore.open(path), briefing()
    note = store.add_note(b, "规模可观", figure())
    assert (note.figure, note.figure_en) == ("超过3000亿元", "over RMB 300 bn")
    assert store.has_note(b.id) and store.noted_ids() == {b.id}
    assert store.notes_for(b.id) == [note]
    stored = on_disk(path)["briefings"][b.id]["notes"][0]
    assert stored["figure"] == "超过3000亿元" and stored["figure_en"] == "over RMB 300 bn"


def test_figure_only_note_is_allowed_but_empty_note_is_not(path: Path) -> None:
    store = NotesStore.open(path)
    store.add_note(briefing(), "", figure())
    with pytest.raises(NotesError, match="empty"):
        store.add_note(briefing(), "  \n ")


def test_unsaveable_text_is_refused_before_touching_the_file(path: Path) -> None:
    store = NotesStore.open(path)
    with pytest.raises(NotesError, match="cannot be saved"):
        store.add_note(briefing(), "bad \ud800 surrogate")
    assert not path.exists()


def test_mutations_refresh_title_and_fingerprint(path: Path) -> None:
    store = NotesStore.open(path)
    store.add_note(briefing(fingerprint="sha256:old", title="old"), "x")
    store.set_bookmark(briefing(fingerprint="sha256:new", title="new"), True)
    entry = store.entries()["000_6725c00bccd9a398"]
    assert (entry.title, entry.fingerprint) == ("new", "sha256:new")


def test_same_note_saved_twice_is_one_note(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notes_mod, "_now", lambda: dt.datetime(2026, 1, 1, tzinfo=CST))
    store = NotesStore.open(path)
    store.add_note(briefing(), "same")
    store.add_note(briefing(), "same")
    store.add_note(briefing(), "different")
    assert [n.text for n in store.notes_for(briefing().id)] == ["same", "different"]


# ---------------------------------------------------------------------------- relink


def test_relink_moves_entries_to_the_renamed_file(path: Path) -> None:
    store = NotesStore.open(path)
    old = briefing(id="old/name", fingerprint="sha256:moved")
    store.set_bookmark(old, True)
    store.add_note(old, "follows the file")
    store.add_note(briefing(id="stays", fingerprint="sha256:other"), "stays put")

    library = [briefing(id="new/name", fingerprint="sha256:moved"), briefing(id="stays", fingerprint="sha256:other")]
    assert store.relink(library) == 1
    assert store.is_bookmarked("new/name") and [n.text for n in store.notes_for("new/name")] == ["follows the file"]
    assert "old/name" not in store.entries()
    assert set(on_disk(path)["briefings"]) == {"new/name", "stays"}
    assert store.relink(library) == 0  # nothing left to move


def test_relink_merges_into_an_existing_entry(path: Path) -> None:
    store = NotesStore.open(path)
    store.add_note(briefing(id="old", fingerprint="sha256:f"), "from old")
    store.add_note(briefing(id="new", fingerprint="sha256:f"), "from new")
    assert store.relink([briefing(id="new", fingerprint="sha256:f")]) == 1
    assert sorted(n.text for n in store.notes_for("new")) == ["from new", "from old"]


def test_relink_leaves_unmatched_and_present_entries_alone(path: Path) -> None:
    store = NotesStore.open(path)
    store.add_note(briefing(id="gone", fingerprint="sha256:gone"), "orphan")
    store.add_note(briefing(id="here", fingerprint="sha256:f"), "present")
    before = path.read_bytes()
    # "here" exists, so its identical copy "copy" must not steal its notes.
    assert store.relink([briefing(id="here", fingerprint="sha256:f"), briefing(id="copy", fingerprint="sha256:f")]) == 0
    assert path.read_bytes() == before


# --------------------------------------------------------------------------- merging


def test_two_stores_on_one_file_merge(path: Path) -> None:
    a, b = NotesStore.open(path), NotesStore.open(path)
    a.add_note(briefing(), "from A")
    b.add_note(briefing(), "from B")  # b never saw A's note, yet keeps it
    b.set_bookmark(briefing(id="other"), True)
    a.set_bookmark(briefing(id="third"), True)
    stored = on_disk(path)["briefings"]
    assert [n["text"] for n in stored[briefing().id]["notes"]] == ["from A", "from B"]
    assert stored["other"]["bookmarked"] and stored["third"]["bookmarked"]
    a.reload()
    assert a.bookmarked_ids() == {"other", "third"}


def test_a_mutation_refreshes_memory_with_other_processes_changes(path: Path) -> None:
    a, b = NotesStore.open(path), NotesStore.open(path)
    b.add_note(briefing(id="x"), "by b")
    a.set_bookmark(briefing(id="y"), True)
    assert a.notes_for("x")[0].text == "by b"


def test_unknown_keys_are_kept(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        'version = 1\nfuture = "yes"\n[briefings."a"]\ntitle = "A"\ncolour = "red"\n'
        '[[briefings."a".notes]]\ncreated = 2026-01-01T00:00:00Z\ntext = "t"\nmood = 3\n',
        "utf-8",
    )
    NotesStore.open(path).add_note(briefing(id="a"), "second")
    doc = on_disk(path)
    assert doc["future"] == "yes" and doc["briefings"]["a"]["colour"] == "red"
    assert doc["briefings"]["a"]["notes"][0]["mood"] == 3


def test_hand_written_local_datetime_reads_as_local_time(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        'version = 1\n[briefings.a]\n[[briefings.a.notes]]\ncreated = 2026-01-01T09:00:00\ntext = "t"\n', "utf-8"
    )
    store = NotesStore.open(path)
    assert store.error is None
    assert store.notes_for("a")[0].created.tzinfo is not None


def test_empty_file_is_an_empty_store(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    store = NotesStore.open(path)
    assert store.error is None
    store.add_note(briefing(), "x")
    assert on_disk(path)["version"] == 1


def test_missing_parent_directories_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c" / "notes.toml"
    NotesStore.open(path).set_bookmark(briefing(), True)
    assert path.is_file()


def test_symlinked_notes_file_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "notes.toml"
    real.parent.mkdir()
    real.write_text("version = 1\n", "utf-8")
    link = tmp_path / "notes.toml"
    link.symlink_to(real)
    NotesStore.open(link).add_note(briefing(), "through the link")
    assert link.is_symlink()
    assert "through the link" in real.read_text("utf-8")


# ----------------------------------------------------------------- bad files, failures


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('version = 1\n[briefings."a"\ntitle = "x"\n', "line 2"),
        ("version = 2\n", "version 2"),
        ('[briefings."a"]\ntitle = "x"\n', "no 'version'"),
        ('version = 1\n[briefings."a"]\nbookmarked = "yes"\n', "bookmarked must be a boolean"),
        ('version = 1\n[briefings."a"]\n[[briefings."a".notes]]\ncreated = 2026-01-01\ntext = "t"\n', "created"),
        ('version = 1\n[briefings."a"]\n[[briefings."a".notes]]\ncreated = 2026-01-01T00:00:00Z\n', "no 'text'"),
        ("version = 1\nbriefings = 3\n", "'briefings' must be a table"),
        (b"version = 1\n# \xff\xfe\n", "not valid UTF-8 (at line 2)"),
    ],
)
def test_bad_file_opens_read_only_and_is_never_written(path: Path, content: str | bytes, expected: str) -> None:
    path.parent.mkdir(parents=True)
    raw = content if isinstance(content, bytes) else content.encode("utf-8")
    path.write_bytes(raw)
    store = NotesStore.open(path)
    assert store.read_only and expected in store.error and str(path) in store.error
    for mutate in (
        lambda: store.add_note(briefing(), "lost?"),
        lambda: store.set_bookmark(briefing(), True),
        lambda: store.toggle_bookmark(briefing()),
    ):
        with pytest.raises(NotesError) as info:
            mutate()
        assert str(path) in str(info.value) and expected in str(info.value)
        assert "\n" not in str(info.value)
    assert path.read_bytes() == raw


def test_repaired_file_works_again_on_next_mutation(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("version = 1\n[oops\n", "utf-8")
    store = NotesStore.open(path)
    assert store.read_only
    path.write_text("version = 1\n", "utf-8")
    store.add_note(briefing(), "after the fix")  # re-reads under the lock
    assert not store.read_only and store.has_note(briefing().id)


def test_save_failure_raises_and_memory_does_not_pretend(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, b = NotesStore.open(path), briefing()
    store.add_note(b, "saved")
    before = path.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(notes_mod.os, "fsync", disk_full)
    with pytest.raises(NotesError, match="No space left on device"):
        store.add_note(b, "not saved")
    with pytest.raises(NotesError):
        store.set_bookmark(b, True)
    assert [n.text for n in store.notes_for(b.id)] == ["saved"]
    assert not store.is_bookmarked(b.id)
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.tmp"))  # the temp file was cleaned up
    assert not store.read_only  # a failed save is not a bad file


def test_unwritable_folder_is_a_notes_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = NotesStore.open(blocker / "notes.toml")
    # Said at once, in one line naming the file: not an empty store that fails on the first save.
    assert store.error is not None and "\n" not in store.error
    assert store.error.startswith(f"{blocker / 'notes.toml'}: cannot read")
    with pytest.raises(NotesError, match="cannot"):
        store.add_note(briefing(), "x")
    assert blocker.read_text() == "not a folder"  # the file in the way is left alone


def test_stale_temp_files_from_a_dead_writer_are_removed(path: Path) -> None:
    path.parent.mkdir(parents=True)
    stale = path.parent / ".notes.toml.abc123.tmp"
    stale.write_text("half a file")
    NotesStore.open(path).add_note(briefing(), "x")
    assert not stale.exists()


def test_lock_timeout_is_a_notes_error(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fcntl

    monkeypatch.setattr(notes_mod, "LOCK_TIMEOUT", 0.05)
    path.parent.mkdir(parents=True)
    holder = os.open(path.with_name("notes.toml.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        # flock locks belong to the open file description, so a second open() conflicts.
        fcntl.flock(holder, fcntl.LOCK_EX)
        with pytest.raises(NotesError, match="locked by another process"):
            NotesStore.open(path).add_note(briefing(), "x")
    finally:
        os.close(holder)


# ------------------------------------------------------------------- never raises


@given(st.binary(max_size=2000))
@example(b"\xef\xbb\xbf")  # a BOM alone: an editor's empty file (found by this test in CI)
@example(b"\xef\xbb\xbf[x]\n")
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_open_never_raises_on_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "notes.toml"
    path.write_bytes(data)
    store = NotesStore.open(path)
    # The oracle is the TOML parser: what it cannot read is reported (one line naming the
    # file) and never overwritten; what opens without an error is TOML. A leading BOM (as
    # Windows editors save) is allowed on purpose, as the store reads utf-8-sig.
    try:
        tomllib.loads(data.decode("utf-8-sig"))
        parses = True
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        parses = False
    if not parses:
        assert store.error is not None and store.read_only
    if store.error is not None:
        assert store.error.startswith(str(path)) and "\n" not in store.error
    else:
        assert parses
    ids = set(store.entries())
    assert store.bookmarked_ids() <= ids and store.noted_ids() <= ids


fixed_offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
aware_datetimes = st.datetimes(timezones=fixed_offsets)
toml_scalars = st.one_of(
    st.booleans(),
    st.integers(),
    st.text(max_size=10),
    st.datetimes(timezones=st.none() | fixed_offsets),
    st.dates(),
    st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


def mostly(good: st.SearchStrategy, bad: st.SearchStrategy = toml_values) -> st.SearchStrategy:
    """Usually the right type, sometimes anything: to reach every check."""
    return st.integers(0, 4).flatmap(lambda i: bad if i == 0 else good)


note_like = st.fixed_dictionaries(
    {"created": mostly(aware_datetimes), "text": mostly(st.text(max_size=20))},
    optional={"figure": mostly(st.text(max_size=5)), "figure_en": mostly(st.text(max_size=5))},
)
entry_like = st.fixed_dictionaries(
    {},
    optional={
        "title": mostly(st.text(max_size=10)),
        "fingerprint": mostly(st.text(max_size=10)),
        "bookmarked": mostly(st.booleans()),
        "notes": mostly(st.lists(note_like, max_size=3)),
        "extra": toml_values,
    },
)
doc_like = st.fixed_dictionaries(
    {"version": mostly(st.just(1), st.sampled_from([2, "1", True, 1.0]) | toml_values)},
    optional={"briefings": mostly(st.dictionaries(st.text(max_size=8), mostly(entry_like), max_size=3))},
)


@given(doc_like)
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_open_never_raises_on_near_miss_documents(tmp_path: Path, doc: dict) -> None:
    """Valid TOML with the right shape but wrong types, to reach past the parser."""
    path = tmp_path / "notes.toml"
    try:
        path.write_text(tomli_w.dumps(doc), "utf-8")
    except (TypeError, ValueError):
        return  # a value tomli-w itself cannot write (e.g. odd time zones)
    before = tomllib.loads(path.read_text("utf-8"))
    store = NotesStore.open(path)
    if store.error is None:  # a usable store must also be writable without losing data
        store.add_note(briefing(id="\x00probe"), "probe")
        assert NotesStore.open(path).error is None
        after = tomllib.loads(path.read_text("utf-8"))
        del after["briefings"]["\x00probe"]
        before.setdefault("briefings", {})
        assert after == before


def test_open_never_raises_on_absurd_nesting(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("version = 1\nx = " + "[" * 100_000, "utf-8")
    assert NotesStore.open(path).read_only


def test_unreadable_path_is_read_only_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "notes.toml").mkdir()
    store = NotesStore.open(tmp_path / "notes.toml")
    assert store.read_only and "cannot read" in store.error
