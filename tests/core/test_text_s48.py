"""Session 48 (12text): cleaning - a web page's text saved as a plain text (its menus, breadcrumb, scripts, module
lists and footer around the article), and a site's one-line promotion of its headlines closing a text."""

from __future__ import annotations

from briefreader.ingest import ingest_entries, normalize_text
from briefreader.ingest.clean import drop_blank_lines, page_copy_article, split_run_in_paragraphs
from briefreader.ingest.html import looks_like_html

ARTICLE = [
    "2016年中国金银珠宝类零售额与上年持平",
    "2017-03-11 23:11 作者：资讯社区服务 文章来源：未知",
    "中国国家统计局日前公布2016年国民经济和社会发展统计公报，其中社会消费品零售总额为人民币332,316亿元，增长10.4%。",
    "根据统计公报，中国于2016年全年网上零售额为51,556亿元，较2015年增长26.2%，当中网上商品零售额为41,944亿元。",
]
# the page above the article (dev s26_09's shape): menu items, a bar of links, a script's lines, the breadcrumb
MENU = ["珠宝企业", "珠宝产品", "珠宝资讯", "品牌加盟", "商场", "展会", "黄页", "热点产品", "社区"]
TOP = [
    *MENU,
    "正瀚珠宝 | HK香港珠宝 | 晶石灵彩宝 | 金至福珠宝 | 罗曼蒂珠宝",
    "function setTab(m,n){",
    'var tli=document.getElementById("menu"+m).getElementsByTagName("li");',
    "国际珠宝网 > 资讯 > 国际新闻 >",
]
# and under it: a module pointing elsewhere over headlines, the footer's bar and rights line, the chat widget
BOTTOM = [
    ">> 相关新闻",
    "1月份香港珠宝零售总额微跌",
    "保利香港4月春拍",
    "抢占先机掌握珠宝设计趋势",
    "宝诗龙系列灵魂波希米亚蛇型系列",
    ">> 热点图片",
    "周大福《美女与野兽》",
    "购买广告 | 信息合作 | 联系我们 | 网站地图",
    "版权所有 备案号：粤ICP备09078371号-15",
    "在线用户1232人,用即时通沟通",
]


def test_a_pages_text_keeps_its_article_and_headline() -> None:
    assert page_copy_article(TOP + ARTICLE + BOTTOM) == ARTICLE


def test_a_line_under_the_article_before_the_pages_modules_stays() -> None:
    # (a credit or a source line under the article is the metadata's to read)
    lines = TOP + ARTICLE + ["（责任编辑：王明）"] + BOTTOM
    assert page_copy_article(lines) == ARTICLE + ["（责任编辑：王明）"]


def test_one_side_alone_goes_when_it_is_the_pages() -> None:
    assert page_copy_article(ARTICLE + BOTTOM) == ARTICLE
    assert page_copy_article(TOP + ARTICLE) == ARTICLE


def test_a_documents_own_short_lines_stay() -> None:
    # a communiqué's rows and a regulation's contents: short lines, but none of a page's furniture among them
    rows = ["可售房源统计", "可售房源套数：33644", "可售住宅套数：31820", "新发布房源套数：644"] * 3
    assert page_copy_article(ARTICLE + rows) == ARTICLE + rows
    contents = ["目 录", "第一章 总则", "第二章 规划", "第三章 建设", "第四章 管理", "第五章 附则"] * 2
    assert page_copy_article(contents + ARTICLE) == contents + ARTICLE


def test_one_kind_of_furniture_is_not_a_page() -> None:
    # a list of short items under one bar of links is no page around the article (two kinds at least)
    lines = (
        ARTICLE
        + ["珠宝企业", "珠宝产品", "品牌加盟", "商场", "展会", "黄页", "社区"]
        + ["购买广告 | 信息合作 | 联系我们"]
    )
    assert page_copy_article(lines) == lines


def test_a_text_of_prose_is_untouched() -> None:
    prose = ARTICLE[2:] * 6
    assert page_copy_article(prose) == prose


def test_drop_blank_lines_reads_a_pages_text() -> None:
    out = drop_blank_lines("\n".join(TOP + [""] + ARTICLE + [""] + BOTTOM))
    assert "国际珠宝网 >" not in out and "相关新闻" not in out and "ICP" not in out and "getElementById" not in out
    assert "51,556亿元" in out and out.startswith("2016年中国金银珠宝类零售额与上年持平")


def test_a_pages_text_with_its_doctype_line_is_text() -> None:
    # the tags stripped, the doctype kept: no element's tag, so its lines are read as lines (an unclosed "<!--" no
    # longer hides the article under it)
    doctype = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/x.dtd">'
    page = "\n".join([doctype, *TOP, "<!--", "function dktype(e){", *ARTICLE, *BOTTOM])
    assert not looks_like_html(page)
    assert looks_like_html(doctype + "\n<html><body><p>正文</p></body></html>")
    assert looks_like_html(doctype + "\n" + "\n".join(ARTICLE) + "\n<p>一段</p>")
    (b,) = ingest_entries(page.encode("utf-8"), id="p", path="/tmp/12text/p.txt", suffix=".txt")
    assert "51,556亿元" in b.text and "相关新闻" not in b.text and "DOCTYPE" not in b.text


# udn's promotion under an article (dev-retired42 s45h_07 #2/#4): a call to the reader, then its headlines each after
# the same pictograph, on one line
PROMO = (
    "訂閱《科技玩家》YouTube頻道！💡追新聞》》在Google News按下追蹤，科技玩家好文不漏接！📢 鳳凰颱風走到哪裡了？看颱風最新動態"
    "📢 日本西瓜卡升級新功能！儲值上限變30萬日圓📢 iPhone 20告別瀏海與挖孔！蘋果首款全螢幕無開孔手機長這樣"
)
BODY = "公司表示，明年將會維持顯著成長，主要由AI伺服器帶動，今年已較去年成長40%。\n\n法人指出，AI需求仍強，供應鏈將持續受惠。"


def test_a_closing_promotion_of_headlines_goes() -> None:
    out = normalize_text(f"{BODY}\n\n{PROMO}")
    assert "订阅" not in out and "📢" not in out and "西瓜卡" not in out
    assert out.endswith("供应链将持续受惠。")  # (read in Simplified)


def test_pictograph_items_without_a_call_or_mid_text_stay() -> None:
    # a guide's list of places, each after 📍: the article's (no call opens it)
    places = "推薦路線如下：📍 台北車站出發📍 搭捷運到淡水📍 步行至漁人碼頭看夕陽"
    assert "渔人码头" in normalize_text(f"{BODY}\n\n{places}")
    # the promotion in the middle of the text is not the text's close
    out = normalize_text(f"{BODY}\n\n{PROMO}\n\n另據報導，該公司明年資本支出將增加兩成，主要用於擴建海外廠房。")
    assert "西瓜卡" in out


def test_a_regulations_name_glued_to_its_first_chapter_is_set_apart() -> None:
    # the chapter's heading over its first article opens a paragraph after a word (dev-retired40 s43h_21); a heading
    # inside a sentence does not (review s48 R4)
    pad = "为了防治船舶及其有关作业活动污染海洋环境，根据《中华人民共和国海洋环境保护法》，制定本条例。" * 2
    line = f"防治船舶污染海洋环境管理条例第一章\u3000总\u3000\u3000则\u3000\u3000第一条\u3000{pad}第二条\u3000本条例适用于管辖海域。"
    out = split_run_in_paragraphs(line)
    assert out.startswith("防治船舶污染海洋环境管理条例\n\n第一章") and "\n\n第二条" in out
    lesson = f"他在第一节 课上说了这番话，{pad}第二节 课上又讲了一遍，第一条建议是多读书。{pad}"
    assert "他在第一节" in split_run_in_paragraphs(lesson)


def test_an_official_documents_print_count_goes() -> None:
    text = "希望受到表彰的单位和个人戒骄戒躁，积极进取，再接再厉。\n\n深圳市教育局办公室2010年10月21日印发\n\n（印5份）"
    out = normalize_text(text)
    assert "印5份" not in out and out.endswith("2010年10月21日印发")
    assert "共印20份" not in normalize_text(text.replace("（印5份）", "（共印 20 份）"))
    # a sentence that says how many were printed is the text's
    assert "印5份" in normalize_text("会议材料（印5份）已分送各单位，请于本周内反馈意见。")


def test_a_pages_menu_a_word_a_line_and_its_breadcrumb_set_a_line_each() -> None:
    # 自由時報's page copied as text (dev-retired43 s46h_04): a hundred menu items a line each, the crumb "财经 / > /
    # 证券产业" over the headline and its time
    menu = ["即时", "热门", "政治", "财富自由", "军武", "社会", "生活", "健康", "国际", "地方", "搜奇", "影音", "财经"]
    head = ["缅甸强震引爆灾情 电子五哥东南亚厂区均安", "2025/03/29 08:05"]
    body = [
        "〔记者方韦杰／台北报导〕缅甸周五（28日）中午发生剧烈强震，引发严重灾情，地震波还影响到泰国。",
        "广达目前于泰国春武里府保税区设有伺服器产线，公司表示，目前厂区人员均安，产线运作正常。",
    ]
    lines = menu * 3 + ["财经", ">", "证券产业"] + head + body
    assert page_copy_article(lines) == head + body
    # a menu alone (one kind of furniture) is not enough
    plain = [item for item in menu if item != "热门"] * 3  # ("热门" heads a module: a second kind)
    assert page_copy_article(plain + head + body) == plain + head + body


def test_a_pages_furniture_is_read_in_linear_time() -> None:
    import time

    from briefreader.ingest.clean import _crumb

    assert _crumb("国际珠宝网 > 资讯 > 国际新闻 >") and _crumb("人民网>>天津频道 >>") and not _crumb("价格 > 100")
    lines = ["甲 > " * 19 + "甲甲甲", "x | " * 40, "即时"] * 3000 + ARTICLE + BOTTOM * 300
    start = time.perf_counter()
    page_copy_article(lines)
    assert time.perf_counter() - start < 2.0
