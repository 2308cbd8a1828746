"""Session 29 (12-text): what a block IS decides whether it is chrome — a pager's row (a link that reads only
"previous"/"next", the other article's headline unlinked beside it: dev s28_01/02), a list of other articles whose
items are a linked headline and its date (dev s28_03's "您可能感兴趣的文章："), a reprint ban that names its holder
(dev s28_03, dev-retired16 s19_04); records without a body (an archive's index, an API item with an empty description:
dev s29_04/05/11) read as their headlines; and html.cap_nesting takes the common steps of its model inline (issue 19:
the same markup out, a method call a tag saved).

The pages and records are written here in the shapes of those dev files; the guards keep sentences that mention the
words and objects that are no records."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from briefreader.ingest import html as html_mod
from briefreader.ingest import ingest_bytes, ingest_path

_HEAD = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>证监会三项举措推进并购重组市场化改革</title></head><body>"
    '<div class="nav"><a href="/">首页</a> <a href="/news/">行业新闻</a> <a href="/about/">关于我们</a></div>'
    '<div class="main"><h1>证监会三项举措推进并购重组市场化改革</h1><div class="cont">'
)
_BODY = (
    "<p>中国证监会新闻发言人14日在例行新闻发布会上表示，证监会将进一步取消和简化行政许可事项，优化审核流程，"
    "推进并购重组市场化改革。</p>"
    "<p>证监会近期将采取多项举措，持续推进并购重组市场化改革。一是扩大配套募集资金比例，提高到不超过拟购买资产"
    "交易价格的100%。二是公开审核反馈意见，更好地接受社会监督。三是完善审核分道制，按交易类型分类审核。</p>"
    "<p>发言人称，下一步，证监会将结合《证券法》修改和注册制改革，进一步取消和简化行政许可事项，强化事中、"
    "事后监管，促进市场规范发展，更好发挥资本市场支持国民经济的作用。</p>"
)
_FOOT = '</div></div><div class="footer"><p>地址：上海市浦东新区 邮编：200120</p></div></body></html>'


def _text(block: str, body: str = _BODY) -> str:
    b = ingest_bytes((_HEAD + body + "</div>" + block + "<div>" + _FOOT).encode(), id="p.html", suffix=".html")
    return b.text


def test_a_pagers_row_and_the_headlines_beside_its_links_are_not_text() -> None:
    pager = (
        '<div class="newsDetail_bottom"><span class="left"><a href="d09.asp">上一篇</a>盘点2015年全球十大企业并购交易</span>'
        '<span class="right">关于进一步规范私募基金管理人登记若干事项的公告答记者问<a href="d10.asp">下一篇</a></span></div>'
    )
    text = _text(pager)
    assert "盘点2015年全球十大企业并购交易" not in text
    assert "答记者问" not in text
    assert "强化事中、事后监管" in text


def test_a_pager_with_one_item_and_traditional_labels_is_not_text() -> None:
    text = _text('<div class="pager"><a href="p.html">上一則：</a>高雄市推動防災社區成果展</div>')
    assert "防災社區" not in text


def test_a_list_of_linked_headlines_with_their_dates_is_not_text() -> None:
    related = (
        '<div class="cont_b1">您可能感兴趣的文章：</div>'
        '<div class="cont_b2"><a href="/a1">中国国资委应更进一步 </a><font class="cont_b3">2010-08-26</font></div>'
        '<div class="cont_b2"><a href="/a2">中国企业进入德国</a> <font class="cont_b3">2010-08-13</font></div>'
        '<div class="cont_b2"><a href="/a3">后危机时代中国企业面临的战略转变 </a><font class="cont_b3">2010-08-12</font>'
        "</div>"
    )
    text = _text(related)
    assert "中国企业进入德国" not in text
    assert "您可能感兴趣的文章" not in text
    assert "推进并购重组市场化改革。" in text


@pytest.mark.parametrize(
    "prose",
    [
        # the word in a sentence: a link in prose that ends a sentence stays
        '<p>详情请见<a href="/n2">下一篇</a>报道，证监会将于下周公布实施细则。</p>',
        # a linked document named with its date inside a sentence of the body
        '<p>证监会此前发布的<a href="/f1">《上市公司重大资产重组管理办法》</a>2014年10月23日起施行。</p>',
    ],
)
def test_a_sentence_with_such_a_link_stays(prose: str) -> None:
    text = _text("", body=_BODY + prose)
    assert re.sub(r"<[^>]+>", "", prose) in text


def test_the_model_of_open_elements_is_called_only_where_it_decides_something(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An ordinary page (paragraphs, spans, links in divs) goes through cap_nesting without a call a tag to the
    model: the calls cost half of its time (19-perf s28: 4.3 ms a page). The result is the same markup with
    formatting tags made spans."""
    calls = {"push": 0, "start_tag": 0, "end_tag": 0}
    model = html_mod._OpenElements
    for name in calls:
        original = getattr(model, name)

        def counted(self: object, *args: object, _name: str = name, _original: object = original) -> object:
            calls[_name] += 1
            return _original(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(model, name, counted)
    page = (
        "<html><body>"
        + "<div class=c><p>一段<span>文字</span><b>粗体</b><a href=x>链接</a></p></div>" * 500
        + "</body></html>"
    )
    capped, flattened = html_mod.cap_nesting(page)
    assert capped == page.replace("<b>", "<span>").replace("</b>", "</span>")
    assert not flattened
    assert calls == {"push": 0, "start_tag": 0, "end_tag": 0}


@pytest.mark.parametrize(
    ("markup", "depth"),
    [
        ("<div>" * 40, 10),  # never closed: past the cap, dropped
        ("<table><td>x" * 30, 10),  # cells: the model's implied tbody and tr
        ("<p><span>" * 30, 10),  # an implied end tag looked for through inline elements
        ("<svg>" + "<g>" * 30 + "</svg>" + "<div>" * 3, 10),  # foreign content
        ("<ul><li>a<li>b" * 20, 10),  # <li> ends an open <li>
    ],
)
def test_capped_depth_is_what_the_model_says(markup: str, depth: int) -> None:
    from selectolax.lexbor import LexborHTMLParser

    capped, _ = html_mod.cap_nesting(markup, max_depth=depth)

    def deepest(node: object, d: int = 0) -> int:
        best, child = d, node.child  # type: ignore[attr-defined]
        while child is not None:
            best = max(best, deepest(child, d + 1))
            child = child.next
        return best

    assert deepest(LexborHTMLParser(capped).root) <= depth + 3  # html, body, and the text node under the last


@pytest.mark.parametrize(
    "notice",
    [
        # the holder named, a domain after it (dev-retired16 s19_04)
        "版权作品，未经环球网 huanqiu.com 书面授权，严禁转载，违者将被追究法律责任。",
        # the holder named and what the ban covers said between (dev s28_03, FT's notice)
        "未经英国《金融时报》书面许可，对于英国《金融时报》拥有版权和/或其他知识产权的任何内容，任何人不得复制、转载、"
        "摘编或在非FT中文网（或：英国《金融时报》中文网）所属的服务器上做镜像或以其他任何方式进行使用。",
    ],
)
def test_a_reprint_ban_with_its_holder_named_is_not_text(notice: str) -> None:
    text = _text(f'<div id="authorize">{notice}</div>')
    assert notice[:12] not in text
    assert "强化事中、事后监管" in text


@pytest.mark.parametrize(
    "sentence",
    [
        "法院认为，未经原告许可，被告不得使用涉案作品。",  # a ruling: its ban has another object
        "根据著作权法，未经授权不得转载他人作品。",  # a rule stated
        "未经法院许可，当事人不得复制案卷材料。",  # another subject
        # a statute's clause (review s29 R8): its holder is a party, no page or publisher
        "未经录音录像制作者许可，不得复制、发行其制作的录音录像制品",
    ],
)
def test_a_sentence_about_a_ban_is_no_rights_line(sentence: str) -> None:
    from briefreader.ingest.clean import _rights_or_footer

    assert not _rights_or_footer(sentence)


def test_records_without_a_body_read_as_their_headlines() -> None:
    """An archive's index (title, author, original_url, original_date: dev s29_05) and an API's items whose
    description is empty (dev s29_11) were not read at all: each record is now a briefing, its headline its text."""
    import json

    from briefreader.ingest.records import parse_json_records

    index = [
        {"id": 42, "title": "Hello，海豚！你听到吗？", "category": "组合", "author": "吴亭蓉",
         "original_url": "https://www.qdaily.com/articles/42.html", "original_date": "2014-04-27",
         "screenshot_url": "http://ww3.sinaimg.cn/large/007d5XDply1g3v47ukc84j30u01l5afr"},
        {"id": 31, "title": "VOX上线，为你解释新闻", "category": "智能", "author": "黄俊杰",
         "original_url": "https://www.qdaily.com/articles/31.html", "original_date": "2014-04-27"},
    ]  # fmt: skip
    records = parse_json_records("\n".join(json.dumps(r, ensure_ascii=False) for r in index))
    assert records is not None
    assert [(r.title, r.body, r.date, r.url) for r in records] == [
        ("Hello，海豚！你听到吗？", "Hello，海豚！你听到吗？", "2014-04-27", "https://www.qdaily.com/articles/42.html"),
        ("VOX上线，为你解释新闻", "VOX上线，为你解释新闻", "2014-04-27", "https://www.qdaily.com/articles/31.html"),
    ]
    api = [
        {"Title": "副總統參訪竹北福德圖書館", "URL": "https://www.president.gov.tw/NEWS/40200",
         "PublishDate": "2026/7/17 下午 04:48:00", "Description": "蕭美琴副總統今（17）日下午參訪竹北市立圖書館福德分館時表示，公共資源有限。"},
        {"Title": "總統籲請立法院支持國防特別預算", "URL": "https://www.president.gov.tw/NEWS/40197",
         "PublishDate": "2026/7/17 下午 01:28:00", "Description": ""},
    ]  # fmt: skip
    records = parse_json_records(json.dumps(api, ensure_ascii=False))
    assert records is not None
    assert [r.body for r in records] == [api[0]["Description"], "總統籲請立法院支持國防特別預算"]


def test_a_records_kind_is_not_its_body() -> None:
    """A record's "content_type": "policy" names its kind; it was read as the body (dev s29_04)."""
    import json

    from briefreader.ingest.records import parse_json_records

    items = [
        {"id": "d2a9", "title": "中国国际服务贸易交易会展期内销售的进口展品税收优惠政策明确",
         "url": "http://gss.mof.gov.cn/gzdt/zhengcefabu/202603/t20260303_3984571.htm",
         "published_at": "2026-03-04T16:00:00+00:00", "summary": None, "content_type": "policy"},
        {"id": "5c09", "title": "2026年2月中国采购经理指数运行情况", "url": "https://www.stats.gov.cn/sj/zxfb/202603/t1.html",
         "published_at": "2026-03-04T01:30:00+00:00", "summary": None, "content_type": "data"},
    ]  # fmt: skip
    records = parse_json_records("\n".join(json.dumps(r, ensure_ascii=False) for r in items))
    assert records is not None
    assert [r.body for r in records] == [items[0]["title"], items[1]["title"]]


@pytest.mark.parametrize(
    "data",
    [
        '{"title": "设置", "url": "https://example.com/settings"}',  # one object: a page's settings, no article
        '[{"title": "首页"}, {"title": "关于我们"}]',  # titles with no date or link: a menu's strings
        # a site's menu saved as JSON: titles and links, no date (review s29 R6)
        '[{"title": "首页", "link": "https://www.example.com.cn/"}, {"title": "财经", "link": "https://www.example.com.cn/f/"}]',
    ],
)
def test_titles_alone_are_no_records(data: str) -> None:
    from briefreader.ingest.records import parse_json_records

    assert parse_json_records(data) is None


REALWORLD = Path(__file__).resolve().parent.parent / "data" / "realworld"


def test_text_drawn_twice_over_itself_is_read_once() -> None:
    """dev s29_13: an annual report's cover whose title lines are set twice a hair apart (a fake bold); PDFium gives
    both copies, and the text read "2011年年度报告2011年年度报告"."""
    (path,) = REALWORLD.glob("dev/s29_13_*.pdf")
    (b,) = ingest_path(path, REALWORLD)
    text = b.text.replace(" ", "")
    assert "年年度报告2011年年度报告" not in text
    assert text.count("ANHUIANLIARTIFICIALLEATHERCO.,LTD.") == 1
    assert "股票简称：安利股份" in text


def test_a_copy_inside_a_runs_box_is_an_overprint() -> None:
    from briefreader.ingest.pdf import _Line, _without_overprints

    title = _Line(0, 204.0, 627.1, 390.9, 651.3, "2011 年年度报告 ", 22.0)
    copy = _Line(0, 204.3, 627.4, 390.7, 651.0, "2011 年年度报告", 22.0)
    below = _Line(0, 204.0, 597.1, 390.9, 621.3, "2011 年年度报告", 22.0)  # the same words a line lower
    part = _Line(0, 299.7, 298.7, 379.1, 311.8, "：300218", 12.0)
    code = _Line(0, 226.1, 297.1, 379.3, 314.0, "股票代码：300218 ", 12.0)
    assert _without_overprints([title, copy, below, code, part]) == [title, below, code]


def test_the_same_words_elsewhere_on_the_page_stay(tmp_path: Path) -> None:
    # the copy a line lower is another line of the page, not an overprint
    path = tmp_path / "lines.pdf"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from helpers import formats_make as fm
    from reportlab.pdfgen import canvas

    font = fm._font()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, 12)
    for k in range(2):
        c.drawString(72, 700 - 18 * k, "同比增长12.5%，环比持平。")
    c.drawString(72, 600, "以上数据为初步统计，以年报为准。")
    c.showPage()
    c.save()
    (b,) = ingest_path(path, tmp_path)
    assert b.text.count("同比增长12.5%，环比持平。") == 2


def _one_page(path: Path, footer_y: float) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from helpers import formats_make as fm
    from reportlab.pdfgen import canvas

    font = fm._font()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, 11)
    rows = ["负债和股东权益总计 4,241 8,166 12,702 16,980", "归属于母公司所有者权益合计 1,530 2,076 5,343 6,291"]
    for k, row in enumerate(rows):
        c.drawString(72, 700 - 18 * k, row)
    c.drawString(72, 600, "资料来源：Wind、申万宏源研究。公司经营稳健，现金流量持续改善。")
    c.setFont(font, 8)
    c.drawString(72, footer_y, "请务必仔细阅读正文之后的各项信息披露与声明 第 26 页 共 29 页 简单金融 成就梦想")
    c.showPage()
    c.save()
    return path


def test_a_margin_line_with_its_page_of_total_is_the_footer(tmp_path: Path) -> None:
    """dev s29_14: one page of a broker report; its footer names the page of the whole ("第 26 页 共 29 页"), so it is
    the page's furniture though no other page repeats it."""
    (b,) = ingest_path(_one_page(tmp_path / "p26.pdf", footer_y=30), tmp_path)
    assert "请务必仔细阅读" not in b.text and "成就梦想" not in b.text
    assert "负债和股东权益总计" in b.text


def test_the_same_line_in_the_body_stays(tmp_path: Path) -> None:
    # (mid-page, the line is read; on a page this bare it is even taken for the title)
    (b,) = ingest_path(_one_page(tmp_path / "body.pdf", footer_y=400), tmp_path)
    assert "请务必仔细阅读正文之后的各项信息披露与声明" in b.title + b.text
