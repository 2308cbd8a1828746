"""Session 48 (review48, the new user's items of session 47): notes exported from a Traditional reading keep the
titles and sources as the reader reads them (U5)."""

from __future__ import annotations

from pathlib import Path

from helpers.cli import cli, fresh_user

# ----- U5: `export` in Traditional ([display] script = hant) -------------------------------------

CNA = (
    "台北股市今天上漲，成交值新台幣1019.43億元\n\n"
    "（中央社記者潘智義台北2日電）台北股市今天上漲，成交值新台幣1019.43億元。政府辦理發放消費券，係依據特別條例。\n"
)


def _setup(tmp_path: Path, monkeypatch, script: str) -> Path:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "cna.txt").write_text(CNA, encoding="utf-8")
    fresh_user(monkeypatch, tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[library]\nbriefings = "{folder}"\nnotes = "{tmp_path}/notes.toml"\n[display]\nscript = "{script}"\n',
        encoding="utf-8",
    )
    return config


def test_an_export_in_traditional_writes_the_title_and_source_as_the_list_shows_them(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    config = _setup(tmp_path, monkeypatch, "hant")
    code, _out, err = cli(capsys, "--config", str(config), "note", "cna", "成交值要核對")
    assert code == 0, err
    code, out, err = cli(capsys, "--config", str(config), "export", "-o", "-")
    assert code == 0, err
    heading = next(line for line in out.splitlines() if line.startswith("## "))
    assert heading == "## 台北股市今天上漲，成交值新台幣1019.43億元", heading  # old: 台北股市今天上涨，成交值新台币…
    source = next(line for line in out.splitlines() if line.startswith("- Source: "))
    assert source == "- Source: 中央社", source  # old: 中央社 too (no Simplified form differs): the line is there
    assert "成交值要核對" in out  # the note as typed
    code, listed, err = cli(capsys, "--config", str(config), "list")
    assert heading[3:] in listed  # the list's own title


def test_an_export_in_simplified_stays_simplified(tmp_path: Path, monkeypatch, capsys) -> None:
    config = _setup(tmp_path, monkeypatch, "hans")
    assert cli(capsys, "--config", str(config), "bookmark", "cna")[0] == 0
    code, out, err = cli(capsys, "--config", str(config), "export", "-o", "-")
    assert code == 0, err
    assert "## 台北股市今天上涨，成交值新台币1019.43亿元" in out, out


def test_an_export_to_a_relative_path_names_the_file_it_wrote(tmp_path: Path, monkeypatch, capsys) -> None:
    # new user s48 U12: `export -o ../x.md` said "exported notes to <cwd>/../x.md"
    config = _setup(tmp_path, monkeypatch, "hans")
    assert cli(capsys, "--config", str(config), "bookmark", "cna")[0] == 0
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    code, out, err = cli(capsys, "--config", str(config), "export", "-o", "../x.md")
    assert code == 0, err
    said = (out + err).strip().splitlines()[-1]
    assert said == f"exported notes to {(tmp_path / 'x.md').resolve()}", said
    assert (tmp_path / "x.md").read_text(encoding="utf-8").count("台北股市") == 1
