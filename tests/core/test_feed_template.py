"""A feed's templated lines (session 43, issue 12): the meta line or footer a site's page template prints in every
entry, its counts and names changing, read by its recurrence at an entry's edge across the feed (feed_template.py),
never by its words. Real files: dev/s42f_01, s42f_09 (XinArkh: "时间：… 浏览：10 设置", "… 发布者：… 访问次数：10"),
s42f_11, s42f_16 (pharaoh2012/rssfetch: a blog platform's "posted @ … 阅读(16) 评论(0) 收藏 举报"), s19_13 (a list
feed's "书托邦 1.2万")."""

from __future__ import annotations

import time
from pathlib import Path

from briefreader.ingest import ingest_path
from briefreader.ingest.feed_template import templated_body, templated_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "realworld"

_PROSE = [
    "根据学校统一安排，现将本学期第{n}批研究生交流项目的申报事项通知如下，请各学院认真组织。",
    "第{n}届青年教师教学竞赛将于下月举行，请有意参赛的教师按时提交报名材料与教学设计。",
    "为做好第{n}期实验室安全检查工作，学院将组织专家组逐一检查，请各课题组提前自查整改。",
    "关于第{n}轮学科评估材料的报送，请各系于本周内将数据表与佐证材料交至学院办公室。",
    "学院图书分馆第{n}次开放日活动将展出珍藏古籍，欢迎全院师生届时前往参观交流。",
]


def _feed(tmp_path: Path, heads: list[str], tails: list[str] | None = None, dated: bool = True) -> list:
    tails = tails or [""] * len(heads)
    items = "".join(
        f"<item><title>第{n}号通知</title><link>https://www.example.edu.cn/{n}.htm</link>"
        f"<description><![CDATA[{head}<div><p>{_PROSE[n % len(_PROSE)].format(n=n)}</p>"
        f"<p>第{n}号通知的第二段，说明办理的时间与地点。</p></div>{tail}]]></description>"
        + (f"<pubDate>Mon, 0{n + 1} Jul 2024 02:00:00 GMT</pubDate>" if dated else "")
        + "</item>"
        for n, (head, tail) in enumerate(zip(heads, tails, strict=True))
    )
    path = tmp_path / "notices.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某某大学研究生院</title>'
        f"<link>https://www.example.edu.cn/</link>{items}</channel></rss>",
        encoding="utf-8",
    )
    return list(ingest_path(path, tmp_path))


def test_a_meta_line_with_counters_goes_its_date_stays(tmp_path: Path) -> None:
    # the site's meta line over each notice, its date and count the entry's own; no pubDate: the date is the line's
    heads = [
        f"<p><span>时间：2024-07-0{n + 1}</span><span>浏览：<span>{10 + 7 * n}</span></span><a>设置</a></p>"
        for n in range(5)
    ]
    briefings = _feed(tmp_path, heads, dated=False)
    assert len(briefings) == 5
    for n, b in enumerate(briefings):
        assert "浏览" not in b.text and "设置" not in b.text, b.text
        assert b.date_iso == f"2024-07-0{n + 1}"
        assert b.text.startswith(_PROSE[n % len(_PROSE)].format(n=n)[:12])


def test_a_poster_line_with_names_that_change_goes(tmp_path: Path) -> None:
    # "2024-08-05 发布者：胡非 发布者： 访问次数：10": the posters' names change from entry to entry, the labels and
    # the count's place do not
    names = [("胡非", ""), ("王磊", "陈家英"), ("胡非", "胡静瑶"), ("王磊", ""), ("胡非", "")]
    heads = [
        f"<p>\n<span>2024-07-0{n + 1}</span>\n<span>发布者：<span>{a}</span></span>\n"
        f"<span>发布者：<span>{b}</span></span>\n<span>访问次数：<span>{n + 9}</span></span>\n</p>"
        for n, (a, b) in enumerate(names)
    ]
    for b in _feed(tmp_path, heads):
        assert "访问次数" not in b.text and "发布者" not in b.text, b.text


def test_a_blog_platform_footer_goes_and_dates_an_entry_without_pubdate(tmp_path: Path) -> None:
    authors = ["Jackeyzhe", "哥布林学者", "源之缘-专注WPF开发", "poemyang", "十月南城"]
    tails = [
        f'<div class="postDesc">posted @ \n<span>2025-12-2{n} 2{n}:44</span>&nbsp;\n<a href="https://x/{a}">{a}</a>'
        f"&nbsp;\n阅读(<span>{12 + n * 31}</span>)&nbsp;\n评论(<span>{n % 2}</span>)&nbsp;\n<a>收藏</a>&nbsp;<a>举报</a></div>"
        for n, a in enumerate(authors)
    ]
    briefings = _feed(tmp_path, [""] * 5, tails, dated=False)
    for n, b in enumerate(briefings):
        assert "举报" not in b.text and "阅读(" not in b.text and "posted" not in b.text, b.text
        assert b.date_iso == f"2025-12-2{n}"


def test_lines_that_recur_without_a_count_are_the_entrys(tmp_path: Path) -> None:
    # a signing office and its date under every notice, a source line over it: the entries' own text and
    # metadata's to read, not a template's (no count in them)
    heads = ["<p>来源：研究生院培养处</p>"] * 5
    tails = [f"<p>研究生培养处</p><p>2024年7月{n + 1}日</p>" for n in range(5)]
    for b in _feed(tmp_path, heads, tails):
        assert b.text.endswith("\n研究生培养处") and b.source == "研究生院培养处", (b.text, b.source)
    spans = templated_lines([h + "<p>正文</p>" + t for h, t in zip(heads, tails, strict=True)])
    assert spans == [[]] * 5


def test_a_count_line_in_few_entries_or_in_a_sentence_stays() -> None:
    # a count line in 2 of 10 entries is no template (SHARED_SHARE); a recurring sentence with a count is prose
    bodies = [f"<p>正文第{n}段。</p><p>{'阅读 ' + str(n) if n < 2 else '完'}</p>" for n in range(10)]
    assert templated_lines(bodies) == [[]] * 10
    bodies = [f"<p>本次活动共有{n + 3}人报名参加。</p><p>正文第{n}段。</p>" for n in range(10)]
    assert templated_lines(bodies) == [[]] * 10
    # and a feed of two entries says nothing about its template
    assert templated_lines(["<p>浏览：1</p><p>甲</p>", "<p>浏览：2</p><p>乙</p>"]) == [[], []]


def test_an_address_is_no_count() -> None:
    # "原文网址：https://blog.udn.com/MengyuanWang/180085085" under every entry: a link, not a counter
    bodies = [
        f"<p>正文第{n}段，说了一件事。</p><p>原文网址： https://blog.udn.com/u/18008{n}08{n}</p>" for n in range(6)
    ]
    assert templated_lines(bodies) == [[]] * 6


def test_a_plain_body_keeps_its_lines() -> None:
    bodies = [f"浏览：{n}\n第{n}条的正文，说了一件事。\n第二行。" for n in range(4)]
    spans = templated_lines(bodies, [True] * 4)
    assert all(len(s) == 1 for s in spans)
    assert templated_body(bodies[2], spans[2], plain=True) == "\n第2条的正文，说了一件事。\n第二行。"


def test_the_real_feeds_lose_their_counters_and_keep_their_dates() -> None:
    # dev/s42f_01 and s42f_09 (XinArkh), s42f_16 (pharaoh2012/rssfetch): no entry keeps the template's counters;
    # every entry keeps a date (s42f_16 has no pubDate: its dates are its footers')
    for prefix, gone in (("s42f_01_", "浏览："), ("s42f_09_", "访问次数"), ("s42f_16_", "阅读(")):
        (path,) = (DATA / "dev").glob(prefix + "*.xml")
        briefings = list(ingest_path(path, DATA))
        assert len(briefings) == 10
        assert not [b.entry for b in briefings if gone in b.text], prefix
        assert all(b.date_iso for b in briefings), prefix


def test_a_large_feed_is_read_in_bounded_time() -> None:
    # 2,000 entries each opening with a 1 MB line: the windows looked at are bounded (EDGE_WINDOW)
    line = "浏览：1 " + "字" * 1_000_000
    bodies = [f"<p>{line}</p><p>正文{n}</p>" for n in range(2)] * 1000
    start = time.process_time()
    templated_lines(bodies)
    assert time.process_time() - start < 10


def test_a_meta_lines_source_is_kept_for_metadata(tmp_path: Path) -> None:
    # a government site's meta line over each item: its source field is the item's own issuer (metadata reads it
    # from the line as before), its counter goes; a value glued to the next label leaves the line to metadata whole
    for glue in (" ", ""):
        heads = [
            f"<p><span>发布时间：2024-07-0{n + 1}</span> <span>来源：杭州市发改委</span>{glue}"
            f"<span>浏览次数：{100 + n}</span></p>"
            for n in range(5)
        ]
        for n, b in enumerate(_feed(tmp_path, heads, dated=False)):
            assert b.source == "杭州市发改委" and b.date_iso == f"2024-07-0{n + 1}", (b.source, b.date_iso)
            if glue:
                assert "浏览次数" not in b.text, b.text
    bodies = [f"<p>来源：杭州市发改委 浏览次数：{n}</p><p>正文{n}。</p>" for n in range(4)]
    assert [[s.kept for s in spans] for spans in templated_lines(bodies)] == [["来源：杭州市发改委"]] * 4
    glued = [f"<p>来源：杭州市发改委浏览次数：{n}</p><p>正文{n}。</p>" for n in range(4)]
    assert templated_lines(glued) == [[]] * 4


def test_a_data_feeds_figures_are_its_text_not_a_template() -> None:
    # a market or weather feed's items each open with the same kind of data line: figures (decimals, shares,
    # measures), the items' own text, never a counter
    bodies = [f"<p>上证指数 32{n}0.12 涨0.5{n}%</p><p>今日两市成交额继续放大，第{n}个交易日。</p>" for n in range(6)]
    assert templated_lines(bodies) == [[]] * 6
    bodies = [f"<p>气温 1{n}℃ 湿度 8{n}</p><p>第{n}天多云转晴。</p>" for n in range(6)]
    assert templated_lines(bodies) == [[]] * 6
    # (a tally in 万 is a count: "书托邦 1.2万")
    bodies = [f"<p>第{n}篇书评的摘要，讲了一本书。</p><p>书托邦 {n}.{n}万</p>" for n in range(6)]
    assert all(len(spans) == 1 for spans in templated_lines(bodies))
