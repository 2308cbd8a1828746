"""Review s12 F6: writing a kept-CSS file removes the other ``tui-css-*.pickle`` files
of the cache folder (another Textual's or theme's), and nothing else."""

from __future__ import annotations

from pathlib import Path

from briefreader.tui.csscache import KeptStylesheet


def _write_one(folder: Path) -> Path:
    sheet = KeptStylesheet(variables={}, folder=folder)
    sheet._parse_rules("Screen { color: red; }", ("test", "Screen"))
    written = sheet.keep()
    assert written is not None
    return written


def test_old_kept_css_files_are_removed_and_nothing_else(tmp_path: Path) -> None:
    old = [tmp_path / "tui-css-0123456789abcdef.pickle", tmp_path / "tui-css-old.pickle"]
    for path in old:
        path.write_bytes(b"x" * 1000)
    others = {
        "index.sqlite": b"db",
        "tui-css-notes.txt": b"mine",
        "my-tui-css-1.pickle": b"mine",
        "tui-css.pickle": b"mine",
        "notes.toml": b"mine",
    }
    for name, data in others.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "tui-css-dir.pickle").mkdir()  # not a file: left
    written = _write_one(tmp_path)
    assert written.exists()
    assert not any(path.exists() for path in old)
    for name, data in others.items():
        assert (tmp_path / name).read_bytes() == data
    assert (tmp_path / "tui-css-dir.pickle").is_dir()
    assert sorted(p.name for p in tmp_path.glob("tui-css-*.pickle")) == sorted([written.name, "tui-css-dir.pickle"])


def test_a_symlink_and_its_target_are_left(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "precious.pickle"
    target.parent.mkdir()
    target.write_bytes(b"keep me")
    (tmp_path / "tui-css-link.pickle").symlink_to(target)
    _write_one(tmp_path)
    assert target.read_bytes() == b"keep me"
    assert (tmp_path / "tui-css-link.pickle").is_symlink()  # only regular files are removed


def test_pruning_errors_are_ignored(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "tui-css-old.pickle").write_bytes(b"x")

    def refuse(path: str) -> None:
        raise PermissionError(path)

    monkeypatch.setattr("briefreader.tui.csscache.os.unlink", refuse)
    written = _write_one(tmp_path)
    assert written.exists()
    assert (tmp_path / "tui-css-old.pickle").exists()
