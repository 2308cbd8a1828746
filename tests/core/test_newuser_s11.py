"""Session 11's new-user pass: bugs found by running briefreader as a new analyst would
(a fresh clone, the README's commands, the CLI beside the TUI), each pinned by a test
that fails on the old code."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from briefreader.cli import main
from briefreader.hanzi import to_traditional

ROOT = Path(__file__).resolve().parents[2]


def test_show_hant_of_a_traditional_source_uses_the_standard_forms_as_the_tui_does(cli_env: Path, capsys) -> None:
    """002 is a Traditional source whose page says nowhere where it is from. The TUI shows
    it (display.traditional = auto) in the standard printed forms (s2tw: 為, 裡, 發布);
    `show --script hant` printed OpenCC's generic forms (爲, 裏, 發佈) that neither Taiwan
    nor Hong Kong prints: the CLI kept 'generic' as its fallback when 593b5b2 made the
    TUI's 'standard'."""
    assert main(["show", "002", "--script", "hant"]) == 0
    out = capsys.readouterr().out
    title = out.splitlines()[0]
    assert "爲" not in out and "裏" not in out
    assert title == to_traditional("上海作为国际消费中心城市,正以“数字化转型”为抓手", "standard")
    assert "為" in title


def test_a_first_launch_leaves_the_clone_clean() -> None:
    """The README's first command launches the app on the samples with ./config.toml,
    whose notes file is ./notes.toml: the read state and the UI state are written beside
    it, so `git status` of a fresh clone showed readstate.sqlite3, -shm and -wal as
    untracked files after one launch (notes.toml itself was ignored)."""
    from briefreader.readstate import FILE_NAME
    from briefreader.tui.state import STATE_NAME  # a constant; tui.state imports no Textual

    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an exported copy of the tree): git check-ignore cannot answer")
    names = ["notes.toml", "notes.md", FILE_NAME, FILE_NAME + "-shm", FILE_NAME + "-wal", STATE_NAME]
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", *names], cwd=ROOT, capture_output=True, text=True, check=False
    )
    ignored = set(result.stdout.split())
    assert ignored == set(names), f"not ignored: {sorted(set(names) - ignored)}"


def test_a_nul_in_a_field_does_not_cut_the_rest_of_it() -> None:
    """OpenCC's two-step configurations (hk2s, which to_simplified uses, and s2tw, s2twp,
    s2hk) end their output at a NUL: a record or front matter whose title held one
    ("臺灣\\u0000標題之後", JSON's and YAML's escapes both make it) was listed as 台湾
    and its source "經濟\\u0000日報" vanished (ingest strips the NUL only afterwards)."""
    import json

    from briefreader.hanzi import to_simplified
    from briefreader.ingest import ingest_bytes

    assert to_simplified("臺灣\x00標題之後") == "台湾\x00标题之后"
    for region in ("standard", "tw", "hk", "generic"):
        assert to_traditional("台湾\x00标题之后", region).endswith("之後"), region
    record = {
        "title": "臺灣\x00標題之後",
        "source": "經濟\x00日報",
        "date": "2024-05-01",
        "content": "臺灣經濟發展迅速。",
    }
    b = ingest_bytes(json.dumps([record]).encode(), id="rec.json", suffix=".json")
    assert b.title == "台湾标题之后"
    assert b.source == "经济日报"


def test_the_readmes_metrics_series_example_runs_on_the_samples(cli_env: Path, capsys) -> None:
    """The README's `briefreader metrics --series 直播电商零售额 --csv` failed on the
    samples: "no figure ... measures '直播电商零售额' (similar: 直播电商零售额力争)". The
    sentence is 直播电商零售额力争达到6000亿元: a target verb (力争, 争取, 有望, 力求: strive
    to, is expected to) before the predicate is no part of what the figure measures."""
    from briefreader.metrics import metric_of

    assert main(["metrics", "--series", "直播电商零售额", "--csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2 and "6000亿元" in rows[1]
    for sentence in ("全年营收有望突破100亿元", "产值争取达到500亿元", "零售额力求实现80亿元"):
        start = next(i for i, c in enumerate(sentence) if c.isdigit())
        end = sentence.index("元") + 1
        assert metric_of(sentence, start, end, "money") in ("营收", "产值", "零售额"), sentence


def test_config_init_says_when_the_briefings_folder_does_not_exist(tmp_path: Path, capsys) -> None:
    """`config init --briefings ~/typo` wrote the config without a word and exited 0; the
    next command then failed ("briefings folder not found"). It still writes the file (the
    folder may come later), and says so on stderr."""
    config = tmp_path / "config.toml"
    assert main(["--config", str(config), "config", "init", "--briefings", str(tmp_path / "typo")]) == 0
    err = capsys.readouterr().err
    assert config.is_file()
    assert str(tmp_path / "typo") in err and "no such folder" in err
    (tmp_path / "b").mkdir()
    assert main(["--config", str(tmp_path / "c2.toml"), "config", "init", "--briefings", str(tmp_path / "b")]) == 0
    assert capsys.readouterr().err == ""


def test_stories_says_on_stderr_when_no_story_has_two_versions(cli_env: Path, capsys) -> None:
    """The samples hold no two versions of one story: `stories` printed nothing and
    exited 0, so a new user could not tell "none" from "broken". It says so on stderr,
    stdout stays empty for scripts, and --json is an empty list."""
    assert main(["stories"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "no story has more than one version" in err
    assert main(["stories", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "[]" and err == ""
    assert main(["stories", "--all"]) == 0  # one row a story: nothing to say on stderr
    out, err = capsys.readouterr()
    assert out.count("\n") == 5 and "no story" not in err
    assert main(["stories", "no-such-word-anywhere"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "no briefing matches" in err


def test_the_configs_traditional_script_applies_to_every_command_that_prints_briefing_text(
    cli_env: Path, capsys
) -> None:
    """`[display] script = "hant"` changed the TUI and `show`, but `list`, `notes`,
    `figures`, `metrics` and `stories` printed Simplified titles, sources and figures."""
    config = cli_env / "config.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace('script = "hans"', 'script = "hant"'), encoding="utf-8"
    )
    title = "上海在元宇宙赛道率先起跑"  # 004's title starts so; 新民晚报 its source
    trad = to_traditional(title, "standard")
    assert trad != title
    assert main(["bookmark", "004"]) == 0
    capsys.readouterr()
    for command in (["list"], ["notes"], ["stories", "--all"], ["figures", "--all"]):
        assert main(command) == 0, command
        out = capsys.readouterr().out
        assert trad in out and title not in out, command
    assert main(["list"]) == 0
    assert to_traditional("新民晚报", "standard") in capsys.readouterr().out
    assert main(["figures", "004"]) == 0
    out = capsys.readouterr().out
    assert "億" in out and "亿" not in out
    assert main(["metrics"]) == 0
    assert not any("\u4e00" <= ch <= "\u9fff" and to_traditional(ch) != ch for ch in capsys.readouterr().out)
    # JSON stays the normalized text the queries and the figures' offsets work in
    assert main(["list", "--json"]) == 0
    assert title in capsys.readouterr().out
    # `show --script hans` still overrides the config
    assert main(["show", "004", "--script", "hans"]) == 0
    assert capsys.readouterr().out.startswith(title)
