"""Session 28 (12-text): a notice whose whole body is the link to its document (a PDF) reads as that link and its
label, not as the page around it (review s23 T10, dev s27_06): decided by what the block is — a link to a document
file past the headline, before any prose — not by a site's class names or words.

The markup is a 国家能源局 TRS detail page's shape (sdb.nea.gov.cn, fjb.nea.gov.cn; dev s27_06 has one whole), its
lines written here; the guards read dev files of tests/data/realworld."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.ingest import ingest_bytes, ingest_path

REALWORLD = Path(__file__).resolve().parent.parent / "data" / "realworld"

_HEAD = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'>"
    "<title>关于开展2021年度电力业务许可证年度检查工作的通知_国家能源局华中监管局</title>"
    '<meta name="ArticleTitle" content="关于开展2021年度电力业务许可证年度检查工作的通知">'
    '<meta name="PubDate" content="2021-03-08 09:30"></head><body>'
    '<div class="top"><a href="/">首页</a> <a href="/jggk/">机构概况</a> <a href="/zwgk/">政务公开</a>'
    ' <a href="/hdjl/">互动交流</a></div>'
    '<div class="wrapper_deatil"><div class="wrapper_deatil_title">关于开展2021年度电力业务许可证年度检查工作的通知</div>'
    '<div class="wrapper_menu"><div class="date"><span>2021-03-08 09:30</span><span>来源：国家能源局华中监管局</span></div>'
    '<div class="font"><p class="ft">Aa</p><span>字体：</span><a class="small" href="#">小</a>'
    '<div class="detail_line">|</div><a href="#">中</a><div class="detail_line">|</div><a href="#">大</a></div></div>'
)
_FOOT = (
    '<div class="qr">扫一扫在手机打开当前页</div></div>'
    '<div class="footer"><p><span>地址: 武汉市江岸区解放大道1000号</span><span>邮编:430000</span>'
    "<span>值班电话：027-00000000</span></p><p>国家能源局华中监管局版权所有，如需转载，请注明来源</p></div></body></html>"
)


def _page(body: str) -> list[str]:
    b = ingest_bytes((_HEAD + body + _FOOT).encode(), id="n.html", suffix=".html")
    return b.paragraphs


def test_a_notice_that_is_its_pdfs_link_reads_as_that_link() -> None:
    body = (
        '<div class="wrapper_detail_text"><p><span><a href="/Upload/file/2021030809301.pdf">'
        "关于开展2021年度电力业务许可证年度检查工作的通知</a></span></p></div>"
    )
    assert _page(body) == ["关于开展2021年度电力业务许可证年度检查工作的通知"]


def test_a_label_and_several_attachments_are_the_body_together() -> None:
    body = (
        '<div class="wrapper_detail_text"><p>附件：</p>'
        '<p><a href="/Upload/file/a1.doc">1.年度检查报送材料清单</a></p>'
        '<p><a href="/Upload/file/a2.xlsx?v=2">2.电力业务许可证年检信息表</a></p></div>'
    )
    assert _page(body) == ["附件：", "1.年度检查报送材料清单", "2.电力业务许可证年检信息表"]


def test_the_page_controls_and_footer_of_an_attachment_notice_are_not_text() -> None:
    body = '<div class="wrapper_detail_text"><p>附件：<a href="/Doc/2021030801.pdf">点击下载相关附件！</a></p></div>'
    paragraphs = _page(body)
    assert paragraphs == ["附件：点击下载相关附件！"]
    assert not any(p in ("Aa", "|") or "邮编" in p for p in paragraphs)


def test_guard_prose_under_the_headline_is_the_article_its_attachment_link_after_it() -> None:
    prose = (
        "<p>各有关电力企业：根据《电力业务许可证管理规定》，现就开展2021年度电力业务许可证年度检查工作有关事项通知如下，"
        "请各单位认真组织，按时报送材料。</p>"
        "<p>年度检查采取书面检查与现场核查相结合的方式，对持证企业的许可条件、履行义务情况进行检查，"
        "检查结果将向社会公开。</p>"
    )
    body = f'<div class="wrapper_detail_text">{prose}<p>附件：<a href="/Doc/a.pdf">报送材料清单</a></p></div>'
    paragraphs = _page(body)
    assert any(p.startswith("各有关电力企业：根据") for p in paragraphs)
    assert any(p.startswith("年度检查采取书面检查") for p in paragraphs)


def test_guard_a_link_to_another_page_is_no_attachment() -> None:
    # a link to a page (.html), not to a document: the body is not taken from it
    body = (
        '<div class="wrapper_detail_text"><p><a href="/zwgk/2021/0308/a.html">相关链接：年度检查工作问答</a></p></div>'
    )
    assert "相关链接：年度检查工作问答" not in _page(body)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        (
            "dev/s27_06_nea_fujian_frequency_regulation_rules_notice_pdf_link_only_20181222.html",
            "国家能源局福建监管办公室关于印发《福建省电力调频辅助服务市场交易规则（试行）》的通知",
        ),
    ],
)
def test_guard_the_dev_pdf_link_notice(name: str, want: str) -> None:
    (b,) = ingest_path(REALWORLD / name, REALWORLD)
    assert b.paragraphs == [want]
    assert "行政许可咨询电话" not in b.text


# A scraper's text file whose fields are written as Python lists (str() of each XPath result), then the body: the
# shape of LiuTianyong/MySpider's 新闻.txt (dev-retired23 s26h_02/03); the lines here are written for the test.
_SCRAPED = (
    "['\\r\\n      全省秋粮收购工作会议在长沙召开\\r\\n      '][' 2018年09月12日 10:20\\u3000来源：', ' ', '\\u3000']"
    "　　长沙9月12日电 全省秋粮收购工作会议12日在长沙召开，会议部署了今年秋粮收购各项工作，要求各地守住"
    "种粮农民利益，确保不出现卖粮难。"
)


def test_a_scrapers_list_literals_are_read_as_its_fields() -> None:
    b = ingest_bytes(_SCRAPED.encode(), id="news.txt", suffix=".txt")
    assert b.title == "全省秋粮收购工作会议在长沙召开"
    assert b.date_iso == "2018-09-12"
    assert "\\r\\n" not in b.text and "\\u3000" not in b.text and "['" not in b.text
    assert "全省秋粮收购工作会议12日在长沙召开" in b.text


def test_the_list_literals_lines_each_string_on_its_own() -> None:
    from briefreader.ingest.clean import scraped_lists

    assert scraped_lists("['\\r\\n 标题一\\r\\n'][' 2018年09月12日 ', ' ', '\\u3000来源：']正文。") == (
        "标题一\n2018年09月12日\n来源：\n正文。"
    )


@pytest.mark.parametrize(
    "text",
    [
        "正文。x = ['a', 'b']",  # a list in the text, not at its start
        "['a', 'b']",  # only a list: data, not a scrape's fields before a body
        "['1', '2']\n正文。",  # no letter in the list's strings
        "[图片]正文。",  # a bracketed label, no list literal
        "['unclosed, 正文。",  # not a literal
    ],
)
def test_guard_other_brackets_stay_as_written(text: str) -> None:
    from briefreader.ingest.clean import scraped_lists

    assert scraped_lists(text) == text


# A plain text of one paragraph a line with a blank line between (dev-retired22 s25_06's shape; the lines written for
# the test): its headline's 、 and ： made the lead join it as a hard-wrapped line would.
_PARAGRAPHS = (
    "颱風停班停課、交通受阻…氣象署警告：北部這些地區雨勢最大\n"
    "\n"
    "颱風山陀兒今天逼近台灣，氣象署表示，北部及東北部地區將有豪雨，民眾應注意強風豪雨，避免前往山區及海邊。\n"
    "\n"
    "氣象署預報員指出，颱風中心預計明天清晨登陸，各地風雨將明顯增強，交通部已啟動應變機制。\n"
)


def test_blank_lines_between_one_line_paragraphs_keep_the_headline_apart() -> None:
    b = ingest_bytes(_PARAGRAPHS.encode(), id="t.txt", suffix=".txt")
    assert b.title == "台风停班停课、交通受阻…气象署警告：北部这些地区雨势最大"
    assert b.text.startswith("台风山陀儿今天逼近台湾")


def test_guard_a_double_spaced_hard_wrapped_text_still_joins_its_lines() -> None:
    from briefreader.ingest.clean import drop_blank_lines, join_broken_lines

    wrapped = "\n\n".join(
        [
            "国家统计局今天发布数据显示，今年前三季度全国规模以上工业增加",
            "值同比增长百分之五点八，增速比上半年加快零点一个百分点，其中",
            "制造业增加值增长百分之六点一，高技术制造业增加值增长百分之八",
            "点九，装备制造业增加值增长百分之七点四，均快于全部规模以上工",
            "业。",
        ]
    )
    joined = join_broken_lines(drop_blank_lines(wrapped))
    assert "\n" not in joined.strip()
