"""Guards what a new user ran into on real briefings (session 7, new-user pass):
an export over a notes file that does not parse, the stories table, the digest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefreader.cli import main
from briefreader.export import export_markdown
from briefreader.notes import NotesError, NotesStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path, monkeypatch) -> dict:
    shutil.copytree(ROOT / "briefings", tmp_path / "briefings")
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "config.toml").write_text((ROOT / "config.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return {"dir": tmp_path, "notes": tmp_path / "notes.toml", "export": tmp_path / "notes.md"}


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


CORRUPT = 'version = 1\n[briefings."x"\n'  # a hand edit cut short


def test_export_markdown_refuses_a_notes_file_that_does_not_parse(tmp_path: Path) -> None:
    path = tmp_path / "notes.toml"
    path.write_text(CORRUPT, encoding="utf-8")
    store = NotesStore.open(path)
    assert store.read_only
    with pytest.raises(NotesError, match="nothing was exported"):
        export_markdown(store, {})


def test_export_keeps_the_last_good_export_when_notes_do_not_parse(env, capsys) -> None:
    assert cli(capsys, "note", "000_6725c00bccd9a398", "营收超过3000亿元")[0] == 0
    assert cli(capsys, "export")[0] == 0
    good = env["export"].read_text(encoding="utf-8")
    assert "营收超过3000亿元" in good
    env["notes"].write_text(CORRUPT, encoding="utf-8")
    code, out, err = cli(capsys, "export")
    assert code == 1 and out == ""
    assert "does not parse" in err and "nothing was exported" in err and len(err.strip().splitlines()) == 1
    assert env["export"].read_text(encoding="utf-8") == good  # not replaced by an empty export
    code, out, err = cli(capsys, "export", "-o", "-")
    assert code == 1 and out == "" and "nothing was exported" in err
