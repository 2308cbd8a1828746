"""Session 14, tuifix (tester s13 items 10, 11): Chinese numerals in query amounts, the
digest's words (zh UI, zone, other versions, error wording). Core only: no Textual."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers.cli import cli

from briefreader.digest import DIGEST_HEADERS, DigestEntry, digest_markdown
from briefreader.export import write_export
from briefreader.model import Briefing
from briefreader.notes import NotesError
from briefreader.query import FigureTerm, QuerySyntaxError, parse


@pytest.mark.parametrize(
    "query, value",
    [
        ("money>十亿", 1e9),  # tester s13: "expected a number, not 十亿"
        ("money>十亿元", 1e9),
        ("money>三千亿元", 3e11),
        ("money>两千万美元", 2e7),
        ("money>十億港幣", 1e9),  # typed in Traditional
        ("percent>=百分之十二点五", 12.5),
        ("percent>十", 10),
        ("count>一千二百家", 1200),
        ("area>一百平方公里", 1e8),
    ],
)
def test_amounts_in_chinese_numerals(query, value):
    (term,) = parse(query).terms
    assert isinstance(term, FigureTerm) and term.value == pytest.approx(value)


@pytest.mark.parametrize("query", ["money>abc", "money>-5", "money>十亿平方米", "percent>百分之负十"])
def test_what_is_not_one_amount_is_still_refused(query):
    with pytest.raises(QuerySyntaxError):
        parse(query)


def test_a_chinese_threshold_lists_what_its_arabic_twin_lists(cli_env, capsys):
    code, chinese, err = cli(capsys, "list", "money>十亿", "--json")
    assert code == 0 and not err
    code, arabic, _ = cli(capsys, "list", "money>1000000000", "--json")
    assert code == 0
    ids = [b["id"] for b in json.loads(chinese)]
    assert ids and ids == [b["id"] for b in json.loads(arabic)]
    code, _, err = cli(capsys, "list", "money>十亿亿亿")  # 1e24: nothing that large, no error
    assert code == 0


def _briefing(title: str, source: str, id: str, precision: str = "day") -> Briefing:
    return Briefing(
        id=id,
        path="",
        fingerprint="sha256:0",
        title=title,
        text="正文第一句。",
        date=dt.date(2024, 5, 9),
        date_precision=precision,
        source=source,
        figures=[],
    )


def test_other_versions_are_named_by_outlet_else_title_never_a_bare_count():
    head = _briefing("上海软件业营收1.5万亿元", "新华社", "a")
    others = [
        _briefing("1.5万亿！", "澎湃新闻", "b"),
        _briefing("回复函：关于推进数字经济发展的意见", "", "reply_docx", "year"),
    ]
    md = digest_markdown([DigestEntry(head, others)], topic_of=lambda _: "Other")
    assert "\nOther versions: 澎湃新闻, 2024-05-09; “回复函：关于推进数字经济发展的意见”, 2024\n" in md
    assert "reply_docx" not in md and "versions)" not in md


def test_the_digest_speaks_chinese_in_the_zh_ui_and_gives_its_zone():
    head = _briefing("上海软件业营收1.5万亿元", "新华社", "a")
    when = dt.datetime(2024, 5, 9, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    md = digest_markdown(
        [DigestEntry(head, [_briefing("x", "澎湃新闻", "b")])], topic_of=lambda _: "其他", generated=when, language="zh"
    )
    assert md.startswith("# 摘要\n\n1 篇报道 · 生成于 2024-05-09 08:30+08:00\n")
    assert "\n其他版本：澎湃新闻，2024-05-09\n" in md
    assert "Digest" not in md and "stor" not in md
    en = digest_markdown([DigestEntry(head)], topic_of=lambda _: "x", generated=when)
    assert "\n1 story · generated 2024-05-09 08:30+08:00\n" in en  # the export's +08:00 form


def test_a_digest_of_either_language_is_ours_to_replace(tmp_path: Path):
    target = tmp_path / "digest.md"
    target.write_text("# 摘要\n\n旧的\n", encoding="utf-8")
    write_export(target, "# Digest\n\nnew\n", ours=DIGEST_HEADERS, what="digest")
    assert target.read_text(encoding="utf-8").startswith("# Digest")
    mine = tmp_path / "mine.md"
    mine.write_text("my own notes\n", encoding="utf-8")
    with pytest.raises(NotesError, match="the digest was not written"):
        write_export(mine, "# Digest\n", ours=DIGEST_HEADERS, what="digest")


def test_cli_digest_errors_and_counts_name_the_digest(cli_env, capsys, monkeypatch):
    code, _, err = cli(capsys, "digest", "-o", str(cli_env / "briefings" / "d.md"))
    assert code != 0 and "the digest was not written" in err and "export" not in err
    code, _, err = cli(capsys, "digest", "date:2025-05-17", "-o", str(cli_env / "d.md"))
    assert code == 0 and "digest of 1 briefing written" in err  # was "1 briefings"
    from briefreader import fsio

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsio, "atomic_write", full)
    code, _, err = cli(capsys, "digest", "-o", str(cli_env / "d2.md"))
    assert code != 0 and "cannot write the digest" in err  # was "cannot write the export"


def test_cli_digest_follows_the_configured_language(cli_env, capsys):
    config = cli_env / "config.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('language = "en"', 'language = "zh"'), encoding="utf-8")
    assert 'language = "zh"' in config.read_text(encoding="utf-8")
    code, out, _ = cli(capsys, "digest", "--since", "2025-01")
    assert code == 0 and out.startswith("# 摘要（2025-01-01 起）\n") and "篇报道 · 生成于 " in out
