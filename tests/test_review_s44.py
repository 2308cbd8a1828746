"""Session 44's review (ROLE=review): each finding as a test, strict xfail until fixed (notes/s44_review.md)."""

from __future__ import annotations

import time

import pytest

from briefreader.ingest import ingest_bytes, ingest_path


def _brief(text: str, suffix: str = ".txt"):
    return ingest_bytes(text.encode(), id="r", path=f"/tmp/review/r{suffix}", suffix=suffix)


# R1 (600ad9d0, ingest/sql_dump.dump_tables): every CREATE TABLE of a dump is read for its columns, each read a Python
# loop over up to 64 KB of what follows it (DEFINITION_MAX), and ``defined.setdefault(name, _columns(...))`` reads it
# again for a table already defined; the STATEMENTS_MAX cap counts distinct tables, so one name repeated never stops
# it. A text whose first 64 KB hold one INSERT row is read as a dump; then "CREATE TABLE t (" repeated is quadratic:
# 3,000 of them (48 KB) take ~6 s CPU, 20,000 (320 KB) over two minutes, the 8 MB ingest prefix (500,000) hours.
# Found by the review's hostile inputs (no real file); the bound asked: the columns' reading linear in the text.
# Fixed by 12records (sql_dump: a table defined again is not read again; a definition is read to its closing bracket
# by tokens; all definitions together read at most DEFINITIONS_MAX characters).
def test_r1_repeated_create_table_statements_are_read_in_linear_time() -> None:
    text = "INSERT INTO t VALUES ('a');\n" + "CREATE TABLE t (" * 3000
    start = time.process_time()
    b = _brief(text, ".sql")
    spent = time.process_time() - start
    assert b.text or b.title  # (read, whatever it gives)
    assert spent < 1.5, f"{spent:.1f} s CPU for 48 KB"


# R2 (600ad9d0, records read an SQL dump's columns by roles.py): a dump's "source" column that holds the BYLINE, an
# editor's name, is read as the briefing's source: a person as source, confident and wrong. Real text: dev s41b_03
# (华尔街见闻's Navicat dump, newly read this session): 7 of its 32 rows give 叶桢 (rows 1, 23), 杜玉 (7, 21, 29) or
# 祁月 (13, 20) as the source; gold rows 1 and 7 want 华尔街见闻 (the content's own "*本文来自华尔街见闻"). Counted in
# the scorer as source_wrong 14 -> 16 on dev (the articles were 'not read' before: the diff's "better" hides it).
# Precision first: a person's name in a source column is no outlet; empty is better than a person.
# Fixed in s45 (records._byline: a person in a source field is the record's byline; rows 1 and 7 now give no source,
# the content's own credit to 华尔街见闻 not read there yet: metadata's).
def test_r2_a_person_in_a_dumps_source_column_is_no_source() -> None:
    from pathlib import Path

    root = Path(__file__).parent / "data" / "realworld"
    path = (
        root / "dev" / "s41b_03_sql_navicat_mysql_dump_insert_rows_escaped_html_byline_field_crawl_times_20190319.sql"
    )
    sources = [b.source for b in ingest_path(path, path.parent)]
    assert len(sources) == 32
    assert not {"叶桢", "杜玉", "祁月"} & set(sources), sources


# R3 (pre-existing in the dateline reader; exposed by 600ad9d0): Liberty Times' bracket dateline "〔特派记者林三丰／美国
# 佛州维拉报导〕" gives '特派' (special correspondent: a role, not an outlet) as the source. dev-retired39 s42h_02
# (RiverCrab_V11.sql, newly read as 73 rows this session): 4 rows have source '特派' (rows 3, 4, 33, 34: Yahoo!奇摩运动
# reprints of 自由时报). The same happens in a plain .txt at 3f1786b7: the new path only makes it reach more briefings.
# Fixed by the review (patterns.PRESS_BYLINE: a rank between the outlet and 记者, the outlet group tried last).
def test_r3_a_special_correspondents_dateline_names_no_outlet_特派() -> None:
    b = _brief(
        "〔特派记者林三丰／美国佛州维拉报导〕王建民加入国民队刚满1年不久，在这里也结交不少新朋友，"
        "最麻吉的不是跟他搭档传接球的马奎斯，而是经常一起练跑的乔丹。\n"
    )
    assert b.source != "特派"
    assert "特派" not in b.source
    body = "王建民加入国民队刚满1年不久，在这里也结交不少新朋友，最麻吉的不是跟他搭档传接球的马奎斯，而是乔丹。\n"
    for byline, source in [("实习", ""), ("驻美特派", ""), ("自由时报特派", "自由时报"), ("中央社", "中央社")]:
        assert _brief(f"〔{byline}记者林三丰／美国佛州维拉报导〕{body}").source == source, byline


# R4 (e8d45db1, clean._call_to_action / _edge_calls): a report's sentence at the text's first or last lines that
# opens with one of the call verbs (成为, 加入, 注册, 升级…) and names a "会员"/"客户端"/"频道" within 12 characters is
# taken for the site's call to action and dropped: "成为亚投行会员，是中国外交的一大成果。", "注册会员人数已突破千万。",
# "加入世贸组织会员国行列，意义重大。", "升级客户端后，用户可体验更多功能。" - all kept at 3f1786b7. No dev or retired file
# holds such a line at its edge (the commit's must_have check holds), but a membership (会员国, 亚投行会员) or a count
# of members is a policy brief's ordinary subject: what the sentence IS (a statement about the world, not words to
# the reader) is not read. Constructed sentences; precision first: a lost sentence of the article is worse than a
# kept promo.
# Fixed by 12text in s45 (clean._call_to_action: what a call opens goes on with the call - each clause after it a
# call or the offering's words, no aspect word after the offering in its own clause).
@pytest.mark.parametrize(
    "line", ["成为亚投行会员，是中国外交的一大成果。", "注册会员人数已突破千万。", "加入世贸组织会员国行列，意义重大。"]
)
@pytest.mark.parametrize("edge", ["first", "last"])
def test_r4_a_report_about_members_at_the_edge_is_text(line: str, edge: str) -> None:
    body = "国务院新闻办公室今天举行发布会，介绍今年以来的经济运行情况，各项指标总体平稳。"
    lines = [body] * 4
    lines.insert(0 if edge == "first" else 4, line)
    b = _brief("经济运行总体平稳\n\n" + "\n".join(lines) + "\n")
    assert line in b.text


# R5 (5629b4e4, ingest/compilation.sections): every line that opens with "#" is matched by _HEADING, whose lazy
# "(\S.{0,300}?)" is followed by "[ \t#]*$": on a long line that is no heading, each of the 300 lengths reads the rest
# of the line (the preamble's lesson: from each position a bounded window, never the rest of the line). And
# looks_like_records and parse_records each run it (twice a file). 8 MB of such lines: 1.5 s CPU at 3f1786b7, 15 s
# at 9acb50df (analyse, .md); linear but 300 times the text. Constructed (hostile input). Fixed by the lead after its
# owner had finished: a line longer than a heading can be is never matched as one (compilation.HEADING_MAX).
def test_r5_long_lines_that_open_with_a_hash_cost_their_length_once() -> None:
    from briefreader.ingest.compilation import sections
    from briefreader.ingest.roles import is_date

    text = ("# " + "#" * 299 + " " * 1_000_000 + "x\n") * 2
    start = time.process_time()
    assert sections(text, is_date) is None
    spent = time.process_time() - start
    assert spent < 1.0, f"{spent:.1f} s CPU for 2 MB"


# R6 (e12e22f6, fields.account_after + its callers in metadata): the word after a platform's word is taken for the
# account's name whatever it is: "来源：百家号文章" -> source '文章', "来源：头条号资讯" -> '资讯' (both '' at 3f1786b7),
# "来源：微博视频" -> '视频', "（来源：微博热搜）" -> '热搜', "来源：微博评论" -> '评论' (the whole platform word at
# 3f1786b7: wrong then too). "来源：公众号文章" -> '文章' and "来源：微信公众号推文" -> '推文' were already so at
# 3f1786b7 (metadata's own platform reader, now routed through the one table). account_after's docstring leaves
# "not a generic word" to the caller; no caller judges it. A kind of post (文章, 推文, 推送, 资讯, 视频, 评论, 热搜,
# 截图) is no publisher. Constructed lines; precision first: no source is better than a common noun as one.
# Fixed by 12text in s45 (fields.POST_KINDS: account_after names no account of them; metadata._source_value gives no
# source for a platform's word with a kind of post after it, fields.post_on_platform).
@pytest.mark.parametrize("line", ["来源：百家号文章", "来源：头条号资讯", "来源：微博视频", "来源：公众号文章"])
def test_r6_a_kind_of_post_after_a_platform_word_is_no_account(line: str) -> None:
    body = "国务院新闻办公室今天举行发布会，介绍今年以来的经济运行情况，各项指标总体平稳。"
    b = _brief("经济运行总体平稳\n\n" + "\n".join([body] * 4) + "\n" + line + "\n")
    assert b.source == ""


# R7 (5629b4e4, records._section_records / compilation.sections): a document whose sections are each dated - a
# chronicle (大事记), a timeline - is split into its sections as articles, and what stands above the first section
# (the document's own heading and lead paragraph) is in none of them: lost. At 3f1786b7 it was one briefing with all of
# its text. Whether a chronicle is one article or many is the lead's call; that its lead text vanishes is a loss either
# way (compilation.py's own rule: a false split loses an article's text). Constructed; dev-retired37 s40h_07/08 (the
# reason for the reader) have only a container heading ("Articles Compilation") above their sections. The lead's
# call, and fix after its owner had finished: a sentence above the first dated section makes the file one document.
_CHRONICLE = """# 某市2023年工作大事记

某市人民政府办公室编，记录全年重要工作节点，供各部门参考。

## 召开全市经济工作会议

2023年1月5日

全市经济工作会议召开，市委书记出席会议并讲话，部署全年经济工作重点任务，要求各地各部门狠抓落实。

## 重大项目集中签约

2023年3月8日

全市重大项目集中签约仪式举行，共签约项目56个，总投资达到1200亿元，涉及先进制造、数字经济等领域。
"""


def test_r7_the_text_above_a_compilations_first_section_is_not_lost() -> None:
    from briefreader.ingest import ingest_entries

    got = ingest_entries(_CHRONICLE.encode(), id="dsj.md", suffix=".md")
    assert any("某市人民政府办公室编" in b.text for b in got), [b.title for b in got]


# R8 (4d7295f2's _definition, and 600ad9d0's _QUOTED.sub before it): inside a CREATE TABLE's body a quote that never
# closes ("'\" repeated: each backslash escapes the next quote) is tried as a quoted string from every quote, and each
# try reads to the 64 KB window's end before it fails: quadratic in the window. One 32 KB definition ~5 s CPU, one of
# 64 KB ~18 s, and DEFINITIONS_MAX lets 16 of them be read (~5 minutes for a 1 MB file). A quote that does not close
# within the window leaves the definition unclosed: reading can stop there. Constructed (hostile input). Fixed by the
# lead after its owner had finished: a lone quote token ends the definition as unclosed.
def test_r8_an_unclosed_quote_in_a_table_definition_is_read_once() -> None:
    from briefreader.ingest.sql_dump import dump_tables

    text = "INSERT INTO t VALUES ('a');\nCREATE TABLE t (" + "'\\" * 16_000 + "\n"
    start = time.process_time()
    dump_tables(text, 2000)
    spent = time.process_time() - start
    assert spent < 1.0, f"{spent:.1f} s CPU for 32 KB"
