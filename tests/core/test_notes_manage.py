"""Guards managing notes: edit, delete with undo, drafts kept in the notes file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from briefreader.model import Briefing
from briefreader.notes import NotesError, NotesStore


def brief(id: str = "2025/sh_info", fp: str = "sha256:aa") -> Briefing:
    return Briefing(id=id, path=f"/c/{id}.txt", fingerprint=fp, title="上海信息消费", text="")


def test_edit_keeps_the_note_in_place_and_its_creation_time(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    store = NotesStore.open(path)
    b = brief()
    first = store.add_note(b, "第一条")
    store.add_note(b, "第二条")
    store.edit_note(b, first, "第一条（改）")
    again = NotesStore.open(path)
    assert [n.text for n in again.notes_for(b.id)] == ["第一条（改）", "第二条"]
    assert again.notes_for(b.id)[0].created == first.created
    table = tomllib.loads(path.read_text(encoding="utf-8"))["briefings"][b.id]["notes"][0]
    assert "edited" in table


def test_edit_of_a_note_deleted_elsewhere_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    tui, cli = NotesStore.open(path), NotesStore.open(path)
    b = brief()
    note = tui.add_note(b, "原文")
    cli.reload()
    cli.delete_note(b, cli.notes_for(b.id)[0])
    before = path.read_bytes()
    with pytest.raises(NotesError, match="no longer in the notes file"):
        tui.edit_note(b, note, "新文")
    assert path.read_bytes() == before


def test_empty_edit_is_refused(tmp_path: Path) -> None:
    store = NotesStore.open(tmp_path / "notes.toml")
    b = brief()
    note = store.add_note(b, "x")
    with pytest.raises(NotesError, match="empty"):
        store.edit_note(b, note, "   ")


def test_delete_returns_what_undo_puts_back_where_it_was(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    store = NotesStore.open(path)
    b = brief()
    for text in ("一", "二", "三"):
        store.add_note(b, text)
    deleted, position = store.delete_note(b, store.notes_for(b.id)[1])
    assert (deleted.text, position) == ("二", 1)
    assert [n.text for n in NotesStore.open(path).notes_for(b.id)] == ["一", "三"]
    store.restore_note(b, deleted, position)
    assert [n.text for n in NotesStore.open(path).notes_for(b.id)] == ["一", "二", "三"]
    store.restore_note(b, deleted, position)  # twice is once
    assert len(NotesStore.open(path).notes_for(b.id)) == 3


def test_deleting_the_last_note_of_an_unbookmarked_briefing_drops_its_entry(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    store = NotesStore.open(path)
    b = brief()
    note = store.add_note(b, "唯一")
    store.delete_note(b, note)
    assert b.id not in tomllib.loads(path.read_text(encoding="utf-8"))["briefings"]
    assert not store.has_note(b.id)


def test_edit_and_delete_keep_comments_and_other_entries_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    store = NotesStore.open(path)
    a, c = brief("a", "sha256:a"), brief("c", "sha256:c")
    store.add_note(a, "a 的笔记")
    store.add_note(c, "c 的笔记")
    text = path.read_text(encoding="utf-8")
    other = text[text.index('[briefings."c"]') :]
    path.write_text(text.replace('[briefings."a"]\n', '[briefings."a"]\n# 我的注释\n'), encoding="utf-8")
    store.reload()
    store.edit_note(a, store.notes_for("a")[0], "改过")
    after = path.read_text(encoding="utf-8")
    assert "# 我的注释" in after and after.endswith(other)


def test_drafts_persist_in_the_notes_file_and_go_when_cleared(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    store = NotesStore.open(path)
    b = brief()
    store.set_draft(b, "还没写完的")
    assert NotesStore.open(path).draft_for(b.id) == "还没写完的"
    assert NotesStore.open(path).drafts() == {b.id: "还没写完的"}
    store.set_draft(b, "")
    assert NotesStore.open(path).draft_for(b.id) == ""
    assert b.id not in tomllib.loads(path.read_text(encoding="utf-8"))["briefings"]


def test_a_draft_beside_notes_is_kept_when_the_draft_goes(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    store = NotesStore.open(path)
    b = brief()
    store.add_note(b, "保存的")
    store.set_draft(b, "草稿")
    store.set_draft(b, "")
    assert [n.text for n in NotesStore.open(path).notes_for(b.id)] == ["保存的"]
