"""The digest (issue 17): content, one entry per story, and Markdown safety."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefreader.cli import main
from briefreader.digest import DigestEntry, digest_markdown, key_figures, lead
from briefreader.figures import extract_figures
from briefreader.index import sort_group
from briefreader.model import Briefing

ARTICLE = (
    "2023年，上海软件和信息服务业营业收入达到1.5万亿元，同比增长13%，规模以上企业超过3000家。\n"
    "其中，人工智能产业规模突破3800亿元，集成电路产业规模达到2500亿元，生物医药产业规模约为9300亿元。\n"
    "上海将加快建设具有全球影响力的科技创新中心，到2027年培育100家以上具有国际竞争力的软件企业。\n"
    "市经济信息化委有关负责人表示，下一步将围绕数据要素市场、工业软件和开源生态，推出一批重点项目。"
)
HOSTILE_TITLE = "# 1. <script>alert(1)</script> [点我](http://evil.example) *粗体* www.evil.example"


def briefing(title: str, text: str, source: str = "新华社", day: int = 9, **kw) -> Briefing:
    return Briefing(
        id=kw.pop("id", title[:8]),
        path="",
        fingerprint="sha256:0",
        title=title,
        text=text,
        date=dt.date(2024, 5, day),
        date_precision="day",
        source=source,
        figures=extract_figures(text),
        **kw,
    )


def render(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


def test_entry_has_title_date_source_lead_and_key_figures_in_both_languages():
    b = briefing("上海软件业营收1.5万亿元", ARTICLE, topics=["software"])
    md = digest_markdown([DigestEntry(b)], topic_of=lambda _: "软件", title="Digest 2024-05-09")
    assert md.startswith("# Digest 2024\\-05\\-09\n") or md.startswith("# Digest 2024-05-09\n")
    assert "## 软件" in md and "### 上海软件业营收1.5万亿元" in md
    assert "*2024\\-05\\-09 · 新华社*" in md or "*2024-05-09 · 新华社*" in md
    assert "> 2023年，上海软件和信息服务业营业收入达到1.5万亿元" in md
    assert "- 达到1.5万亿元 — RMB 1.5 tn" in md or "1.5万亿元" in md.split("> ")[1].split("\n\n")[1]
    figure_lines = [line for line in md.splitlines() if line.startswith("- ")]
    assert 1 <= len(figure_lines) <= 5
    assert all(" — " in line for line in figure_lines)  # Chinese — English
    assert figure_lines[0].count("亿") or figure_lines[0].count("万")  # money first


def test_one_entry_per_story_lists_the_other_versions():
    head = briefing("上海软件业营收1.5万亿元", ARTICLE, id="a")
    other = briefing("1.5万亿！上海软件业规模再创新高", ARTICLE, source="澎湃新闻", id="b")
    md = digest_markdown([DigestEntry(head, [other])], topic_of=lambda _: "Other")
    assert md.count("### ") == 1
    # the other version by its outlet and date, with no count of unnamed things (tester s13: "(2 versions)")
    assert "\nOther versions: 澎湃新闻, 2024-05-09\n" in md


def test_hostile_briefing_text_renders_as_text():
    b = briefing(
        HOSTILE_TITLE,
        "- 列表？\n<img src=x onerror=alert(1)> ![图](http://x) `code` | a | b |",
        source="**来源** [x](y)",
    )
    md = digest_markdown([DigestEntry(b)], topic_of=lambda _: "# 主题 <b>")
    html = render(md)
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<b>" not in html
    assert "<em>" not in html.split("</h1>", 1)[1].split("<p><em>")[0]  # no emphasis from the title
    assert html.count("<h1>") == 1 and html.count("<h2>") == 1 and html.count("<h3>") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text
    assert "<ul>" not in html.split("<blockquote>")[1].split("</blockquote>")[0]  # the lead's "- " is no list


def test_lead_is_two_lines_cut_at_a_sentence_end():
    near = lead("第一句话很长很长。" * 15 + "\n" + "后面的内容" * 50)
    assert len(near) <= 160 and near.endswith("。")  # a sentence ends near the limit
    far = lead("第一句话。" * 10 + "\n" + "后面的内容" * 50)
    assert len(far) <= 160 and far.endswith("…")  # none near: cut, and said so
    assert lead("短。") == "短。"


def test_key_figures_rank_money_then_percent_and_skip_dates():
    figs = extract_figures("2024年5月，营收达到3亿元，增长5%，企业120家。")
    kinds = [f.kind for f in key_figures(figs)]
    assert kinds[:2] == ["money", "percent"] and "date" not in kinds


def test_key_figures_list_a_figure_said_twice_once():
    # The new-user pass: a digest entry listed "两家 — 2 companies" twice (dev s7_11, udn:
    # 这两家公司 in two sentences); the five key figures had room for another one.
    text = "没有迹象显示这两家公司的申请已获批准。这两家公司将面临风险。销售额的40%来自手机，营收264亿美元。"
    shown = [(f.text, f.en) for f in key_figures(extract_figures(text))]
    assert shown == [("264亿美元", "USD 26.4 bn"), ("40%", "40%"), ("两家", "2 companies")]


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "briefings"
    root.mkdir()
    (root / "a.txt").write_text("上海软件业营收1.5万亿元\n\n2024年5月9日 新华社\n\n" + ARTICLE, encoding="utf-8")
    (root / "b.txt").write_text(
        "1.5万亿！上海软件业规模再创新高\n\n2024年5月9日 澎湃新闻\n\n" + ARTICLE + "\n（来源：新华社）责任编辑：王五",
        encoding="utf-8",
    )
    (root / "c.txt").write_text(
        "一季度外贸进出口总值1.03万亿元\n\n2024年4月20日 解放日报\n\n本市外贸进出口总值达到1.03万亿元，"
        "同比增长2.4%，其中出口4100亿元。机电产品出口增长较快，汽车出口同比增长56%。",
        encoding="utf-8",
    )
    (root / "d.txt").write_text(HOSTILE_TITLE + "\n\n2024年5月10日\n\n正文里有3亿元。", encoding="utf-8")
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return root


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_cli_digest_since_one_entry_per_story_and_safe(corpus, capsys, cache):
    args = ["--briefings", str(corpus), "--notes", str(corpus.parent / "n.toml"), *cache]
    assert main([*args, "digest", "--since", "2024-05-01"]) == 0
    md = capsys.readouterr().out
    assert md.count("### ") == 2  # a+b are one story; c is before --since; d
    assert "Other versions: " in md and "外贸" not in md
    html = render(md)
    assert "<script" not in html and "<a " not in html
    out = corpus.parent / "digest.md"
    assert main([*args, "digest", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("### ") == 3
    assert main([*args, "digest", "--since", "May 1"]) == 2
    capsys.readouterr()


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_cli_stories_figures_all_and_metrics_agree_with_and_without_the_index(corpus, capsys, cache):
    args = ["--briefings", str(corpus), "--notes", str(corpus.parent / "n.toml"), *cache]
    assert main([*args, "stories", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert [sorted(v["id"] for v in g["versions"]) for g in groups] == [["a", "b"]]

    assert main([*args, "figures", "--all", "money>1000亿", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["kind"] == "money" and r["value"] > 1e11 for r in rows)
    assert {r["id"] for r in rows} == {"a", "b", "c"}
    assert any(r["metric"] == "软件和信息服务业营收" for r in rows)

    assert main([*args, "figures", "--all", "--csv", "--sort", "value"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0][:4] == ["id", "date", "source", "kind"]
    unit = table[0].index("unit")  # by sort group (kind, and a currency or a percentage's unit) first (s18, s20)
    keys = [(sort_group(row[3], row[unit]), float(row[6])) for row in table[1:] if row[6]]
    assert keys == sorted(keys, reverse=True)

    assert main([*args, "metrics", "--json"]) == 0
    counts = {m["metric"]: m for m in json.loads(capsys.readouterr().out)}
    assert counts["软件和信息服务业营收"]["briefings"] == 2
    assert main([*args, "metrics", "--series", "软件和信息服务业营业收入", "--csv"]) == 0
    series = capsys.readouterr().out.splitlines()
    assert series[0].startswith("date,value,unit") and len(series) == 1 + 4  # 2 briefings x (level, growth)


def test_the_count_line_says_story_or_stories():
    one = briefing("上海软件业营收1.5万亿元", ARTICLE)
    two = briefing("另一条", "上海将推出一批重点项目。", id="other")
    when = dt.datetime(2024, 5, 9, 8, 30)
    assert "\n1 story · generated 2024-05-09 08:30\n" in digest_markdown(  # no zone: none given
        [DigestEntry(one)], topic_of=lambda _: "x", generated=when
    )
    assert "\n2 stories · generated" in digest_markdown(
        [DigestEntry(one), DigestEntry(two)], topic_of=lambda _: "x", generated=when
    )


def test_key_figures_list_a_quantity_after_the_counts():
    # an industry briefing's tonnage is a key figure (issue 13's fifth kind); it ranks after the counts
    text = "今年前三季度出口钢材782.7万吨，同比增长12%，涉及企业120家。"
    kinds = [f.kind for f in key_figures(extract_figures(text))]
    assert kinds == ["percent", "count", "quantity"]
