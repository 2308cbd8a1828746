"""Session 16, usefix: the s15 review's and tester's findings on the core and the CLI
(R3, R12, the notes that follow a renamed file), each failing on the code before it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from helpers.cli import cli

if TYPE_CHECKING:
    from briefreader.model import Briefing

# ----- R3: a ./config.toml of ours, mistyped, is said, not passed over -------------------


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user who ran `config init` (their config names their folder), standing in a folder."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "own.txt").write_text("国务院发布新规，支持经济发展。\n", encoding="utf-8")
    xdg = tmp_path / "xdg"
    (xdg / "briefreader").mkdir(parents=True)
    (xdg / "briefreader" / "config.toml").write_text(f'[library]\nbriefings = "{mine}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    monkeypatch.delenv("BRIEFREADER_CONFIG", raising=False)
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.chdir(site)
    return site


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('[libary]\nbriefings = "here"\n', "did you mean [library]?"),
        ('[Library]\nbriefings = "here"\n', "did you mean [library]?"),
        ('[dispaly]\nscript = "hant"\n', "did you mean [display]?"),
        ('briefings = "here"\n', "is a key of [library]: put it under a [library] line"),
        ('[topic.economy]\nzh = "经济"\nkeywords = ["GDP"]\n', "did you mean [topics]?"),
    ],
)
def test_a_mistyped_config_toml_of_ours_is_named_not_passed_over(user_home, capsys, text, said):
    (user_home / "config.toml").write_text(text, encoding="utf-8")
    code, out, err = cli(capsys, "list")  # was: rc 0, the user's config read, not a word
    assert code == 2, (out, err)
    assert said in err and str(user_home / "config.toml") in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "text",
    [
        'baseURL = "https://example.org/"\ntitle = "My blog"\ntheme = "ananke"\n[params]\nauthor = "me"\n',
        'base_url = "https://example.org"\n[markdown]\nhighlight_code = true\n[extra]\nkey = 1\n',  # Zola
        '[default]\naddress = "127.0.0.1"\n[key]\napi = "x"\n',  # one letter off ours, not our contents
    ],
)
def test_another_tools_config_toml_is_still_passed_over(user_home, capsys, text):
    (user_home / "config.toml").write_text(text, encoding="utf-8")
    code, out, err = cli(capsys, "show", "own")
    assert code == 0, err
    assert "国务院发布新规" in out


# ----- R12: a character the source writes two ways, with no neighbour seen ---------------


def test_source_forms_take_s2ts_phrase_when_no_neighbour_is_known():
    from briefreader.hanzi import SourceForms

    # 发 is 髮 twice (理髮) and 發 four times: its commonest form is 發
    forms = SourceForms("他去理髮店理髮。政府發放補助，發展經濟，發現問題，發表意見。")
    assert forms.convert("头发") == "頭髮"  # was 頭發: neither 头发's neighbour is in the source
    assert forms.convert("头发很长") == "頭髮很長"
    assert forms.convert("理发") == "理髮" and forms.convert("发放") == "發放"  # the source's own
    assert forms.convert("出发") == "出發"  # s2t's 發, a form the source writes
    # a form the source never writes is not taken from s2t: its commonest then
    only = SourceForms("發放補助，發展經濟。頭髮")
    assert only.convert("发起") == "發起"


# ----- notes follow a renamed file, not an identical copy; no draft is dropped ----------


def _on_disk(folder: Path, id: str, fingerprint: str) -> Briefing:
    from briefreader.model import Briefing

    path = folder / f"{id}.txt"
    if not path.exists():
        path.write_text("台积电收盘价246.5元。\n", encoding="utf-8")
    return Briefing(id=id, path=str(path), fingerprint=fingerprint, title="台积电", text="")


def test_notes_follow_the_renamed_file_not_a_copy_that_was_there(tmp_path: Path):
    """Tester s15 U6: cna_twse_big5 (a note) and cna_copy_live (its byte copy, made before);
    cna_twse_big5 renamed to cna_renamed_big5: the note went to cna_copy_live (first by id)."""
    import os
    import time

    from briefreader.notes import NotesStore

    store = NotesStore.open(tmp_path / "notes.toml")
    original = _on_disk(tmp_path, "cna_twse_big5", "sha256:same")
    copy = _on_disk(tmp_path, "cna_copy_live", "sha256:same")
    store.add_note(original, "台积电的收盘价")
    time.sleep(0.05)  # the copy was made before (ctime moves in clock ticks of a few ms)
    os.rename(original.path, tmp_path / "cna_renamed_big5.txt")  # the rename sets its ctime
    renamed = _on_disk(tmp_path, "cna_renamed_big5", "sha256:same")
    assert os.stat(renamed.path).st_ctime_ns > os.stat(copy.path).st_ctime_ns

    assert store.relink([copy, renamed]) == 1  # a start (the CLI): the file changed last
    assert [n.text for n in store.notes_for("cna_renamed_big5")] == ["台积电的收盘价"]
    assert not store.notes_for("cna_copy_live")


def test_notes_follow_the_new_id_when_the_list_before_is_known(tmp_path: Path):
    from briefreader.notes import NotesStore

    store = NotesStore.open(tmp_path / "notes.toml")
    original = _on_disk(tmp_path, "b_original", "sha256:same")
    store.add_note(original, "mine")
    copy = _on_disk(tmp_path, "a_copy", "sha256:same")
    os.rename(original.path, tmp_path / "c_moved.txt")  # moved: its old path is gone (a note never follows a copy)
    moved = _on_disk(tmp_path, "c_moved", "sha256:same")
    before = {"a_copy", "b_original"}  # the TUI's list before the live change
    assert store.relink([copy, moved], before.__contains__) == 1
    assert [n.text for n in store.notes_for("c_moved")] == ["mine"] and not store.notes_for("a_copy")


def test_a_draft_moved_onto_an_entry_with_its_own_draft_is_kept(tmp_path: Path):
    from briefreader.notes import NotesStore

    store = NotesStore.open(tmp_path / "notes.toml")
    gone = _on_disk(tmp_path, "gone", "sha256:same")
    here = _on_disk(tmp_path, "here", "sha256:same")
    store.set_draft(gone, "typed on the first copy")
    store.set_draft(here, "typed on the second")
    os.unlink(gone.path)
    assert store.relink([here]) == 1  # `gone` deleted: its entry joins its identical copy's
    draft = store.draft_for("here")
    assert "typed on the second" in draft and "typed on the first copy" in draft, draft  # was: the first lost
    store.reload()
    assert "typed on the first copy" in store.draft_for("here")
