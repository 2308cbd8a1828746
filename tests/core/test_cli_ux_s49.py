"""Session 49 (ux49, the new user's items of session 48): a written file is said as the file it is (U12), and an
order titled by the regulation it puts in force is still found by its number (U2b)."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers.cli import cli, fresh_user

from briefreader.ingest import ingest_bytes

ROOT = Path(__file__).resolve().parents[2]
ORDER_693 = ROOT / "tests/data/realworld/dev-retired40/s43h_16_state_council_order_693.txt"


# ----- U12: digest -o ../d.md said "<cwd>/../d.md" -----------------------------------------------


def test_a_digest_to_a_relative_path_names_the_file_it_wrote(cli_env: Path, monkeypatch, capsys) -> None:
    (cli_env / "sub").mkdir()
    monkeypatch.chdir(cli_env / "sub")
    code, _out, err = cli(capsys, "--config", str(cli_env / "config.toml"), "digest", "-o", "../d.md")
    assert code == 0, err
    said = err.strip().splitlines()[-1]
    assert said.endswith(f" written to {(cli_env / 'd.md').resolve()}"), said
    assert "/../" not in said and (cli_env / "d.md").is_file()


def test_an_export_through_a_linked_folder_names_the_folder_it_is(cli_env: Path, monkeypatch, capsys) -> None:
    (cli_env / "real").mkdir()
    (cli_env / "link").symlink_to(cli_env / "real")
    code, out, err = cli(capsys, "--config", str(cli_env / "config.toml"), "bookmark", "000")
    assert code == 0, err
    code, out, err = cli(capsys, "--config", str(cli_env / "config.toml"), "export", "-o", "link/./x.md")
    assert code == 0, err
    said = (out + err).strip().splitlines()[-1]
    assert said == f"exported notes to {(cli_env / 'real' / 'x.md').resolve()}", said


# ----- U2b: an order's masthead stays searchable ---------------------------------------------------

ORDER = (
    "中华人民共和国国务院令第700号\n\n"
    "现公布《测试管理条例》，自2018年1月1日起施行。\n\n"
    "总理　　李克强\n\n2017年12月25日\n\n"
    "测试管理条例\n\n第一章　总　　则\n\n第一条　为了规范测试工作，根据有关法律，制定本条例。\n"
)


def test_an_order_titled_by_its_regulation_keeps_its_masthead_as_the_first_line() -> None:
    b = ingest_bytes(ORDER.encode("utf-8"), id="order", path="order.txt", suffix=".txt")
    assert b.title == "测试管理条例"  # the regulation names it (70bd0cf6), not "…国务院令第700号"
    assert b.text.splitlines()[0] == "中华人民共和国国务院令第700号", b.text[:80]
    assert b.text.count("国务院令第700号") == 1


def test_an_order_is_found_by_its_number(tmp_path: Path, monkeypatch, capsys) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    shutil.copy(ORDER_693, folder)
    fresh_user(monkeypatch, tmp_path)
    base = ["--briefings", str(folder), "--notes", str(tmp_path / "notes.toml")]
    for query in ("第693号", "693", "国务院令"):
        code, out, err = cli(capsys, *base, "list", query)
        assert code == 0, (query, err)
        assert "中华人民共和国环境保护税法实施条例" in out, (query, out, err)
    code, out, err = cli(capsys, *base, "show", "s43h_16")
    assert code == 0, err
    body = out.split("\n\n", 1)[1]
    assert body.lstrip().startswith("中华人民共和国国务院令第693号"), body[:120]
