"""Session 15, usefix: the new-user tester's s14 findings on the core and the CLI (F2, F6's
Japanese, F12, F13, F14, F16), each through ``main()`` as a person types it, each failing
on the code before it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import cli

# A Traditional source (Taiwan's audit style), with the words s2t changed when the
# Simplified text went back: 發放 (理发 read as "haircut": 髮), 係 (系), 計畫 (計劃), 印製 (印制).
TRADITIONAL = (
    "中央政府振興經濟消費券發放特別決算審核報告\n\n"
    "行政院依「振興經濟消費券發放特別條例」第4條：「中央政府依本條例辦理發放消費券所需經費以特別預算方式編列。」\n\n"
    "審定實現數542萬餘元，係消費券發放作業保險公司之理賠款。本計畫之消費券印製及兌付作業，由財政部辦理。\n\n"
    "民眾另可至系統查詢；頭髮護理業者亦受惠於這項計畫。\n"
)
JAPANESE = "政府は経済対策として3000億円の規模の予算を計上した。\n\n民間の予測では約5000億円の効果が見込まれる。\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "briefings"
    root.mkdir()
    (root / "audit.txt").write_text(TRADITIONAL, encoding="utf-8")
    (root / "japan.txt").write_text(JAPANESE, encoding="utf-8")
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return root


def run(capsys, folder: Path, *args: str) -> tuple[int, str, str]:
    return cli(capsys, "--briefings", str(folder), "--notes", str(folder.parent / "notes.toml"), *args)


# ----- F2: a Traditional source is shown in its own characters ----------------------------


def test_the_traditional_view_of_a_traditional_source_is_its_own_text(folder, capsys):
    code, out, err = run(capsys, folder, "show", "audit", "--script", "hant")
    assert code == 0, err
    for word in ("辦理發放消費券", "係消費券", "本計畫", "印製", "系統", "頭髮", "這項計畫"):
        assert word in out, word
    for wrong in ("辦理髮放", "系消費券", "計劃", "印制"):
        assert wrong not in out, wrong
    # the normalized text is still Simplified: search and figures work on it
    code, out, _ = run(capsys, folder, "list", "发放 计划", "--json")
    assert code == 0 and '"audit"' in out
    code, out, _ = run(capsys, folder, "show", "audit")
    assert "办理发放消费券" in out and "本计划" in out


def test_a_simplified_source_is_still_converted(folder, capsys):
    (folder / "mainland.txt").write_text("国务院发放消费券，支持经济发展。\n", encoding="utf-8")
    code, out, _ = run(capsys, folder, "show", "mainland", "--script", "hant")
    assert code == 0 and "國務院發放消費券，支持經濟發展" in out


# ----- F6: Japanese is converted to neither script ---------------------------------------


# The Traditional view is no case: t2s then s2t gave the Japanese back on the old code too
# (review s15 R22); the list's title, read from the stored entry, is (it was 3000亿円の规模).
@pytest.mark.parametrize("args", [["show", "japan", "--script", "hans"], ["list", "--json"]])
def test_japanese_is_shown_as_written(folder, capsys, args):
    code, out, err = run(capsys, folder, *args)
    assert code == 0, err
    if args[0] == "list":
        out = next(r["title"] for r in json.loads(out) if r["id"] == "japan")
    assert "3000億円の規模の予算を計上" in out, out
    assert "亿" not in out and "规" not in out


def test_a_chinese_text_with_a_kana_or_two_is_still_chinese():
    from briefreader.hanzi import detect_script, is_japanese

    assert is_japanese(JAPANESE)
    assert not is_japanese("台北の小店：國際觀光客增加，營業額創新高。" * 3)  # a shop name's の
    assert not is_japanese("美國總統川普・拜登辯論ー")  # ・ and ー are Chinese punctuation too
    assert detect_script("臺灣の經濟發展與國際貿易關係" * 5) == "hant"


# ----- F16: figures --all --json/--csv say what figures ID --json says --------------------

HEDGES = "投资超过3000亿元，另有3000亿元用于配套。全市建设2个至3个园区。\n"


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])  # from the index, and without it
def test_figures_all_json_carries_the_hedge_the_range_and_the_sentence(folder, capsys, cache):
    import json

    (folder / "hedges.txt").write_text(HEDGES, encoding="utf-8")
    code, out, err = run(capsys, folder, *cache, "figures", "hedges", "--json")
    assert code == 0, err
    one = json.loads(out)
    code, out, err = run(capsys, folder, *cache, "figures", "--all", "园区", "--json")
    assert code == 0, err
    every = json.loads(out)
    assert len(every) == len(one) >= 3
    by_text = {r["text"]: r for r in every}
    over, exact, span = by_text["超过3000亿元"], by_text["3000亿元"], by_text["2个至3个"]
    assert (over["qualifier"], exact["qualifier"]) == ("over", "exact")  # were the same record
    assert span["qualifier"] == "range" and (span["low"], span["high"]) == (2, 3)
    assert over["sentence"] == "投资超过3000亿元，另有3000亿元用于配套。"
    for record in every:  # each figure as `figures ID --json` gives it, with the list's fields
        (same,) = [f for f in one if (f["start"], f["end"]) == (record["start"], record["end"])]
        assert {k: record[k] for k in same} == same
        assert {"id", "date", "source", "metric", "title"} <= set(record)


def test_figures_all_csv_carries_the_same_columns(folder, capsys):
    import csv
    import io

    (folder / "hedges.txt").write_text(HEDGES, encoding="utf-8")
    code, out, err = run(capsys, folder, "figures", "--all", "园区", "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    by_text = {r["as written"]: r for r in rows}
    assert by_text["超过3000亿元"]["qualifier"] == "over" and by_text["3000亿元"]["qualifier"] == "exact"
    assert (by_text["2个至3个"]["low"], by_text["2个至3个"]["high"]) == ("2.0", "3.0")
    assert by_text["2个至3个"]["sentence"] == "全市建设2个至3个园区。"
    assert int(by_text["3000亿元"]["end"]) - int(by_text["3000亿元"]["start"]) == len("3000亿元")


# ----- F13: which config, which library -------------------------------------------------


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user who ran `config init`: their config names their folder, with one briefing."""
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


def test_a_hugo_sites_config_toml_is_not_read_as_ours(user_home, capsys):
    (user_home / "config.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "My blog"\n[params]\nauthor = "me"\n', encoding="utf-8"
    )
    code, out, err = cli(capsys, "show", "own")  # was: "config error: …/config.toml: baseURL: unknown section"
    assert code == 0, err
    assert "国务院发布新规" in out


def test_a_config_toml_of_ours_in_the_folder_is_still_read(user_home, capsys):
    other = user_home / "briefings"
    other.mkdir()
    (other / "here.txt").write_text("上海发布新规。\n", encoding="utf-8")
    (user_home / "config.toml").write_text('[library]\nbriefings = "briefings"\n', encoding="utf-8")
    code, out, _ = cli(capsys, "show", "here")  # PRODUCT.md §5's order: ./config.toml first
    assert code == 0 and "上海发布新规" in out
    code, _, err = cli(capsys, "show", "own")  # the user's id, from a folder whose config shadows theirs
    assert code == 2 and "unknown briefing id 'own'" in err
    assert f"looked in {other}" in err and f"config: {user_home / 'config.toml'}" in err, err
    assert len(err.strip().splitlines()) == 1


def test_a_missing_folder_says_which_config_named_it(user_home, capsys):
    (user_home / "config.toml").write_text('[display]\nscript = "hant"\n', encoding="utf-8")
    code, _, err = cli(capsys, "list")
    assert code != 0 and "briefings folder not found" in err and f"config: {user_home / 'config.toml'}" in err, err


# ----- F12: an empty table says why ------------------------------------------------------


@pytest.mark.parametrize("command", [["figures", "--all"], ["metrics"], ["notes"], ["list"]])
def test_an_empty_folder_is_said_by_every_table(tmp_path, monkeypatch, capsys, command):
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "--briefings", str(empty), "--notes", str(tmp_path / "n.toml"), *command)
    assert code == 0 and out == ""
    assert err.strip() == f"briefreader: no briefings in {empty}", err  # figures --all, metrics, notes: silent


def test_notes_says_when_the_notes_are_on_another_folders_briefings(folder, capsys):
    code, _, err = run(capsys, folder, "bookmark", "audit")
    assert code == 0, err
    other = folder.parent / "other"
    other.mkdir()
    (other / "x.txt").write_text("上海发布新规。\n", encoding="utf-8")
    code, out, err = run(capsys, other, "notes")
    assert code == 0 and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == "briefreader: no notes or bookmarks on any briefing here"
    assert "1 briefing with notes or a bookmark in" in lines[1] and "`briefreader export` writes them all" in lines[1]
    code, out, err = run(capsys, folder, "figures", "--all", "nosuchword")
    assert err.strip() == "briefreader: no briefing matches the query"


# ----- F14: -o never replaces someone else's file unasked -------------------------------


@pytest.mark.parametrize("command", [["export"], ["digest"]])
def test_o_refuses_a_file_briefreader_did_not_write_unless_forced(folder, capsys, command):
    report = folder.parent / "myreport.md"
    report.write_text("my own report\n", encoding="utf-8")
    code, _, err = run(capsys, folder, *command, "-o", str(report))  # was: rc 0, the report gone
    assert code == 1 and "exists and was not written by briefreader" in err and "--force" in err, err
    assert len(err.strip().splitlines()) == 1
    assert report.read_text(encoding="utf-8") == "my own report\n"
    code, _, err = run(capsys, folder, *command, "-o", str(report))  # asked again: still kept
    assert code == 1 and report.read_text(encoding="utf-8") == "my own report\n"
    code, _, err = run(capsys, folder, *command, "-o", str(report), "--force")
    assert code == 0, err
    ours = report.read_text(encoding="utf-8")
    assert ours.startswith("# ") and "my own report" not in ours
    code, _, err = run(capsys, folder, *command, "-o", str(report))  # our own file: replaced as before
    assert code == 0, err


# ----- F11: a document property's author is shown only when the document prints it -----


@pytest.mark.parametrize("author, shown", [("举个栗子", []), ("国家统计局", ["国家统计局"])])
def test_a_saved_by_name_from_word_properties_is_no_author(folder, capsys, author, shown):
    import json

    import docx
    from helpers.formats_make import docx_file

    path = docx_file(folder / "cpi.docx")
    d = docx.Document(str(path))
    d.core_properties.author = author  # WPS/Word: the account that saved the file
    d.save(str(path))
    code, out, err = run(capsys, folder, "list", "--json")
    assert code == 0, err
    (cpi,) = [b for b in json.loads(out) if b["id"] == "cpi"]
    assert cpi["authors"] == shown  # was ["举个栗子"] beside the issuer (dev s13_08's PDF)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
@pytest.mark.parametrize("command", ["export", "digest"])
def test_o_refuses_a_fifo_at_once(tmp_path, command):
    # review s15 R1: the "is it ours?" check opened the target to read it, which waits forever
    # on a FIFO (or a terminal) with no writer; it must be refused with its reason, at once.
    root = tmp_path / "briefings"
    root.mkdir()
    (root / "a.txt").write_text("标题\n\n正文一句话。\n", encoding="utf-8")
    fifo = tmp_path / "p.md"
    os.mkfifo(fifo)
    env = {**os.environ, "BRIEFREADER_CACHE_DIR": str(tmp_path / "cache")}
    args = ["--briefings", str(root), "--notes", str(tmp_path / "notes.toml"), command, "-o", str(fifo)]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "briefreader", *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{command} -o FIFO hung")
    assert done.returncode == 1 and "pipe" in done.stderr, done.stderr


@pytest.mark.parametrize(
    "text",
    [
        "臺灣的ユニクロ門市",
        "ユニクロ臺北旗艦店開幕",
        "鈴木イチロー宣布引退",
        "日本服飾品牌ユニクロ今天宣布在臺北開設旗艦店，這是該品牌在臺灣的門市。",
    ],
)
def test_katakana_names_in_a_traditional_text_leave_it_chinese(text):
    # review s15 R10: Chinese writes names and brands in katakana; only Japanese prose has
    # hiragana particles. These were taken for Japanese, so never folded to Simplified.
    from briefreader.hanzi import detect_script, is_japanese

    assert not is_japanese(text)
    assert detect_script(text) == "hant"


def test_japanese_prose_is_still_japanese():
    from briefreader.hanzi import detect_script, is_japanese

    assert is_japanese(JAPANESE) and detect_script(JAPANESE) == "hans"


def test_figures_all_json_sorted_across_chunks_keeps_every_figures_details(tmp_path, monkeypatch, capsys):
    # review s15 R2: a briefing kept from an earlier chunk was evicted while this chunk's
    # files were read, and its figures came out with qualifier/low/high/sentence null.
    import json
    import shutil

    from briefreader import cli as cli_module

    root = tmp_path / "briefings"
    shutil.copytree(Path(__file__).resolve().parents[2] / "briefings", root)
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli_module, "_FULL_CHUNK", 2)
    code, out, err = run(capsys, root, "figures", "--all", "--sort", "value", "--json")
    assert code == 0, err
    records = json.loads(out)
    assert len(records) > 20
    assert [r["text"] for r in records if r["sentence"] is None] == []
