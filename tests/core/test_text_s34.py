"""Session 34 (12-text): the text of pages and files whose blocks were misread, fixed by what each block IS.

- a column's list page (dev s26_07, a CMS's 信息化动态: linked headlines each with its day, the site's menus around, a
  footer whose rights line ends "…Nanjing University."): readability took that footer as the article, the list was
  its head, and cleaning dropped the rights line: nothing was read. The list is the page's text now, said to be no
  one article, without its menus; its items are no byline (a headline and a day read as source and date) and no
  trailer under an article (there is none above them);
- a feed entry's closing note of where it first appeared ("The post <a href=post>…</a> appeared first on <a href=/>
  site</a>.", WordPress, 13 items of dev s34_04/05/08/09): a link to a page and a link to its site's home with a
  template's few words between, never the text;
- a monitor's record of a page it scraped several times (dev s34_07): the record with the headline is the article,
  its stamped versions ({"scraped_at", "content_html", "content_text"}) its body, the latest one's; the body given as
  markup beside the same words as one line of text is read from the markup; an access key's ":::" anchor is no text;
- a call to the reader at a post's edge, the account's card or plug (dev s19_12, dev-retired18 s21_04/05,
  dev-retired20 s23_01, dev-retired21 s24_05/06: "扫码订阅《…》" with its 邮发代号 and 征订热线 under the headline,
  "点击下方卡片，关注极客之家", "长按二维码向我转账", "…请识别图中二维码关注，…" last): never the text; a sentence
  that reports attention ("引发持续关注。", "关注民生，…") stays;
- a site's footer under the article (dev-retired29 s32h_03/04, a 广州 portal page a Markdown reader kept whole): its
  legal line ("网站标识码：… ICP备案号：…") with no sentence under it to the end but a share card's teaser (the article
  again in one line, or cut short "…2025年12..."): the footer's QR plugs, 主办单位, its list of departments go with it;
- a licence as a badge under a post, its name and terms alone ("知识共享 署名-非演绎 4.0", dev-retired29 s32h_09), and
  a disclaimer labelled in the other spelling ("免责申明：…不得构成投资建议", s32h_07): notices, not text;
- a Markdown paragraph that opens with "<br />" (dev s34_01, a Jekyll digest): CommonMark reads it as an HTML block
  and leaves its **strong** pairs as written; they are markup, the words kept without the asterisks.

The inputs are written here in those shapes; the guards keep what was right (a dated related list under an
article's prose still goes; a page with an article is never a list page)."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_bytes, ingest_entries
from briefreader.ingest.clean import _without_reader_calls, drop_boilerplate
from briefreader.ingest.html import html_to_doc
from briefreader.ingest.records import _latest_version

_ITEMS = [
    ("人事系统：博士后新进 上线", "2021-07-05"),
    ("OA系统优化", "2021-07-01"),
    ("研究生系统：学位数据上报申请上线", "2021-07-01"),
    ("自助服务新增", "2021-06-01"),
    ("网上办事服务大厅", "2021-05-01"),
    ("科研管理系统：经费开借票 上线", "2021-04-15"),
]
_MENU = "".join(
    f"<li><a href='/{k}/list.htm'>{name}</a></li>"
    for k, name in enumerate(["首页", "关于我们", "中心概况", "规章制度", "正版软件", "MATLAB个人版", "帮助"])
)


def _list_page(extra: str = "") -> str:
    items = "".join(
        f"<li><span><a href='/28/{k}/page.htm' title='{t}'>{t}</a></span><span>{d}</span></li>"
        for k, (t, d) in enumerate(_ITEMS)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>信息化动态</title></head><body>"
        f"<div id='nav'><ul>{_MENU}</ul></div><div class='col'><h2>信息化动态</h2>{extra}"
        f"<ul class='news_list'>{items}</ul><div class='pages'><a href='?p=2'>下一页</a></div></div>"
        "<div class='footer'><p class='copyright'><span>© 2020 版权所有 某某大学信息化建设管理服务中心 All Rights "
        "Reserved © Some University.　苏ICP备10085945-1号</span></p></div></body></html>"
    )


def test_a_column_list_page_is_read_as_its_list() -> None:
    doc = html_to_doc(_list_page())
    assert doc.not_an_article
    for title, _ in _ITEMS:
        assert title in doc.text
    for chrome in ("MATLAB个人版", "关于我们", "版权所有"):
        assert chrome not in doc.text


def test_a_list_pages_items_are_read_and_are_no_byline() -> None:
    b = ingest_bytes(_list_page().encode("utf-8"), id="t", suffix=".html")
    assert not any(p.kind == "empty" for p in b.problems)
    assert any(p.kind == "not_an_article" for p in b.problems)
    for title, _ in _ITEMS:
        assert title in b.text
    assert "MATLAB个人版" not in b.text
    assert b.source != "网上办事服务大厅" and b.date_iso is None  # no item's headline and day are the page's


_PROSE = (
    "记者从相关部门获悉，今年全市共完成信息化项目四十余项，覆盖教学、科研和管理服务的主要环节。\n"
    "据介绍，新系统上线后，师生办理常见事务的平均时间缩短了一半以上，线上办理比例明显提高。\n"
    "下一步，中心将继续推进数据共享，减少重复填报，让信息多跑路、师生少跑腿。\n"
)


def test_a_page_with_an_article_is_no_list_page() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in _PROSE.strip().split("\n"))
    doc = html_to_doc(_list_page(extra=f"<div class='article'>{paragraphs}</div>"))
    assert not doc.not_an_article


def test_a_dated_list_under_prose_still_goes_and_one_alone_stays() -> None:
    listed = "".join(f"{t}{d}\n" for t, d in _ITEMS)
    kept = drop_boilerplate(_PROSE + listed)
    assert "让信息多跑路、师生少跑腿。" in kept and "OA系统优化" not in kept
    alone = drop_boilerplate(listed + "© 2020 版权所有 某某大学 All Rights Reserved")
    assert "OA系统优化" in alone and "人事系统：博士后新进 上线" in alone and "版权所有" not in alone


_ENTRY = "".join(f"<p>{line}</p>" for line in _PROSE.strip().split("\n"))


def test_a_feed_entrys_syndication_note_goes() -> None:
    note = (
        "<p>The post <a href='https://www.example.com.au/news/a-story/'>某市信息化项目全面上线</a> appeared first on "
        "<a href='https://www.example.com.au'>Example Chinese Daily</a>.</p><p></p>"
    )
    text = html_to_doc(_ENTRY + note).text
    assert "让信息多跑路、师生少跑腿。" in text
    assert "appeared first on" not in text and "Example Chinese Daily" not in text


def test_a_closing_sentence_with_two_links_stays() -> None:
    # a sentence that links a page and a home page says more than a template's words; links to two sites are no note
    said = (
        "<p>详情请见<a href='https://www.example.gov.cn/notice/1.html'>相关通知全文</a>，此前的各项安排和办理流程、"
        "材料清单与咨询电话可在<a href='https://www.example.gov.cn/'>市政府网站</a>首页的办事指南栏目查阅。</p>"
    )
    assert "首页的办事指南栏目查阅" in html_to_doc(_ENTRY + said).text
    two_sites = (
        "<p>The post <a href='https://a.example.com/x/'>某文</a> appeared first on <a href='https://b.example.org'>"
        "别站</a>.</p>"
    )
    assert "appeared first on" in html_to_doc(_ENTRY + two_sites).text


def _monitor(versions: list[dict]) -> bytes:
    record = {
        "id": "8ae4",
        "title": "某铁路公司限定便当双十节开卖",
        "publish_date": "2025/10/08",
        "detail_url": "https://www.example.gov.tw/news?newsNo=8ae4",
        "classification": {"category": "General_Operation", "keywords": []},
        "version_history": versions,
    }
    return json.dumps(
        [record, {**record, "id": "8ae5", "title": "某铁路公司另一则公告发布"}], ensure_ascii=False
    ).encode()


_PAGE = (
    "<div id='content'><a accesskey='C' href='#C' title='中間主要內容區'>:::</a>"
    f"<h2>某铁路公司限定便当双十节开卖</h2><div class='article'>{_ENTRY}</div></div>"
)


def test_a_monitors_versions_of_a_page_are_one_article() -> None:
    one_line = ":::首页 最新消息 " + _PROSE.replace("\n", "")
    version = {"scraped_at": "2025-10-21T16:15:33+08:00", "content_html": _PAGE, "content_text": one_line}
    later = {**version, "scraped_at": "2025-10-22T16:15:33+08:00"}
    entries = ingest_entries(_monitor([version, later]), id="m", suffix=".json")
    assert [b.title for b in entries] == ["某铁路公司限定便当双十节开卖", "某铁路公司另一则公告发布"]
    b = entries[0]
    assert b.date_iso == "2025-10-08"
    assert "让信息多跑路、师生少跑腿。" in b.text and ":::" not in b.text
    assert b.text.count("\n") >= 2  # the markup's paragraphs, not the one line of text


def test_objects_with_no_stamp_under_a_titled_record_are_no_versions() -> None:
    blocks = [{"type": "text", "content": line} for line in _PROSE.strip().split("\n")]
    item = {"title": "某市信息化项目全面上线", "blocks": blocks}
    assert _latest_version(item, blocks) is None
    stamped = [{**b, "fetched_at": "2025-10-21"} for b in blocks]
    assert _latest_version(item, stamped) == {"title": "某市信息化项目全面上线", "content": blocks[-1]["content"]}
    titled = [{**b, "title": "另一篇"} for b in stamped]
    assert _latest_version(item, titled) is None  # versions with headlines of their own are articles


def test_an_accounts_card_under_the_headline_goes() -> None:
    text = drop_boilerplate(
        "某部门印发某办法的通知（附全文）\n中国某某杂志\n扫码订阅《中国某某杂志》\n邮发代号2-786\n征订热线：010-82341063\n"
        "某部门关于印发《某办法》的通知\n" + _PROSE
    )
    assert text.startswith("某部门印发某办法的通知（附全文）\n某部门关于印发《某办法》的通知")
    assert "扫码订阅" not in text and "征订热线" not in text and "中国某某杂志" not in text


def test_a_closing_call_to_follow_or_pay_goes() -> None:
    for plug in (
        ["点击下方卡片，关注极客之家"],
        ["长按二维码向我转账", "受苹果公司新规定影响，微信 iOS 版的赞赏功能被关闭，可通过二维码转账支持公众号。"],
        ["如你觉得文章不错，请识别图中二维码关注，并推荐给你的朋友，感谢你的分享。"],
    ):
        text = drop_boilerplate(_PROSE + "\n".join(plug))
        assert text.endswith("让信息多跑路、师生少跑腿。"), plug


def test_a_sentence_about_attention_stays() -> None:
    for line in ("这一问题引发社会各界持续关注。", "关注民生，是这项工作的出发点。", "订阅用户已经超过十万。"):
        lines = [*_PROSE.strip().split("\n"), line]
        assert _without_reader_calls(lines) == lines
        assert _without_reader_calls([line, *lines[:-1]]) == [line, *lines[:-1]]


_FOOTER = [
    "网站标识码：4401000004 ICP备案号：粤ICP备2022092331号-1粤公网安备44010602000929号",
    "扫码进入",
    "“某好办”公众号",
    "了解更多办事资讯",
    "主办单位：某市人民政府办公厅",
    "·市委组织部",
    "·市委宣传部",
    "关注·某市政府网",
]


def test_a_sites_footer_under_the_article_goes_with_its_share_card() -> None:
    prose = _PROSE.strip().split("\n")
    for card in ("".join(prose), "好消息来了！某市信息化项目全面上线！2025年12..."):
        text = drop_boilerplate("\n".join([*prose, "来源：某市政务服务数据管理局", *_FOOTER, card]))
        assert "来源：某市政务服务数据管理局" in text  # (the source field above the footer stays for metadata)
        for chrome in ("ICP备案号", "市委组织部", "主办单位", "扫码进入", "好消息来了"):
            assert chrome not in text, (card[:10], chrome)


def test_a_sentence_under_a_rights_line_keeps_the_lines_between() -> None:
    # a rights line in the middle of a notice, its text going on below: no footer
    lines = [
        *_PROSE.strip().split("\n"),
        *_FOOTER[:5],
        "会议要求，各单位要认真贯彻落实本次会议精神，切实抓好各项工作。",
    ]
    text = drop_boilerplate("\n".join(lines))
    assert "主办单位：某市人民政府办公厅" in text and "切实抓好各项工作。" in text


def test_a_licence_badge_and_a_disclaimer_in_either_spelling_go() -> None:
    for notice in (
        "知识共享 署名-非演绎 4.0",
        "免责申明：文章只提供股友讨论，不得构成投资建议，笔者不持有上述任何港股。",
    ):
        text = drop_boilerplate(_PROSE + notice + "\n" + _PROSE.split("\n")[0])
        assert notice not in text and "让信息多跑路、师生少跑腿。" in text, notice
    # a sentence about the licence stays (review s33's early warning)
    said = "知识共享署名许可协议4.0版今天正式发布，新版本在署名要求上更为宽松。"
    assert said in drop_boilerplate(_PROSE + said + "\n" + _PROSE.split("\n")[0])


def test_strong_pairs_in_a_paragraph_opened_by_a_tag_are_markup() -> None:
    from briefreader.ingest.markdown import markdown_to_text

    md = (
        "## 1. 萨尔瓦多放弃比特币法币地位\n\n<br />\n萨尔瓦多国会通过改革，**比特币不再具备法偿货币效力**，交易中接受与否"
        "由私营部门决定。违规企业将面临最高**7%年收入或3500万欧元**罚款。\n\n---\n"
    )
    text = markdown_to_text(md)
    assert "萨尔瓦多国会通过改革，比特币不再具备法偿货币效力，" in text
    assert "最高7%年收入或3500万欧元罚款" in text and "**" not in text
