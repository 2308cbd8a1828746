"""Session 27 (12-text): a page cut in boxes of prose side by side keeps every box (tester s26 U1), decided by
text density, not by a site's class names.

Texts are 环球运费网's own (xiaomincui/100allin @ a8157ce9, topic/cscl20130902/index.aspx and
topic/misc20111205/index.aspx, trimmed); the guards read dev files of tests/data/realworld."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.ingest import ingest_bytes, ingest_path

REALWORLD = Path(__file__).resolve().parent.parent / "data" / "realworld"

_NAV = (
    '<div class="h_box"><div class="head"><div class="head_top_left"><a href="/">首页</a> | <a href="/fcl/">整箱海运价</a>'
    ' | <a href="/lcl/">拼箱海运价</a> | <a href="/air/">空运运价</a> | <a href="/company/">公司库</a></div>'
    '<div class="head_top_right"><a href="/accounts/login.aspx">[登录]</a> |<a href="/accounts/reg.aspx">[免费注册]</a>'
    "</div></div></div>"
)

# topic/cscl20130902: boxes in <div>s that differ in their inline style only, no class; each a heading <div> and a <div>
# of paragraphs, or a heading and a table. Readability kept the 经营回顾 box's first two paragraphs.
_CSCL = (
    "<html><head><title>解读中海集运半年报-环球运费网</title></head><body>" + _NAV + '<div class="main">'
    '<div class="title"><img src="images/title.jpg" alt="解读中海集运半年报" /></div>'
    '<div style="width:590px;height:235px;float:left;"><div style="font-size:18px;">上半年亏损12.66亿元</div><div>'
    "<p>8月28日晚间，中海集运公布2013年上半年经营业绩报告。上半年，中海集运录得净利润亏损12.66亿元人民币，上年同期亏损12.81亿；"
    "录得营业收入158.57亿元，同比增长3.51%。剔除今年因境内所属代理延伸服务模式的改变导致的收入确认口径变动的影响因素，"
    "公司营运收入同比下降3.6%。</p>"
    "<p>集团完成重箱量为3,897,282TEU。截至2013年6月30日，船队总运力为620,000TEU，较今年年初增长4.2%。2013年上半年，集团共有3艘"
    "4,700TEU新船交付使用。</p></div></div>"
    '<div style="width:220px;height:230px;float:left;"><div style="font-size:12px;">主要财务数据（2013年1-6月）</div>'
    '<div><table border="0"><tr><td>营业收入</td><td>15,857,264,940,40</td></tr><tr><td>净利润</td>'
    "<td>-1,265,650,465,86</td></tr><tr><td>总资产</td><td>50,176,494,102.13</td></tr></table></div></div>"
    '<div style="width:405px;height:295px;float:left;"><div style="font-size:18px;">经营回顾</div><div>'
    "<p>今年上半年，中海营业收入较去年同期小幅增长3.51%，亏损略有下降。经营活动产生的现金流量较去年同期大幅增加约10亿RMB。</p>"
    "<p>营运成本16,618,645,000元，比去年同期增加2.9%。其中：</p>"
    "<p>• 集装箱及货物成本为5,639,466,000元，同比增幅5.2%</p>"
    "<p>• 船舶及航程成本于本期间为人民币6,827,592,000元，同比降幅为12.4%，主要是由于燃料支出减少所致</p></div></div>"
    '<div style="width:400px;height:295px;float:left;"><div style="font-size:18px;">未来展望</div><div>'
    "<p>二零一三年下半年，公司将重点推行及落实好以下几项措施：</p>"
    "<p>• 扩大对外合作规模，有效推动航线升级，丰富航线产品；</p>"
    "<p>• 创新服务理念，为客户创造价值，提高客户满意度；</p>"
    "<p>• 加快信息化建设，助力公司未来发展。</p></div></div>"
    "</div></body></html>"
)

# topic/misc20111205: a heading <table> and a <table> of paragraphs, turn and turn about, as siblings.
_MISC_BOX = (
    '<table width="953"><tr><td class="st18">&nbsp;&nbsp; {head} &gt;&gt;</td></tr></table>'
    '<table width="951" bgcolor="#CCCCCC"><tr><td><table width="98%"><tr><td>{body}</td></tr></table></td></tr></table>'
)
_MISC = (
    "<html><head><title>MISC国际航运退出班轮业 -环球运费网</title></head><body>"
    + _NAV
    + '<div class="main"><table width="953"><tr><td><img src="images/1.jpg" /></td></tr></table>'
    + _MISC_BOX.format(
        head="马来西亚国际航运宣布退出班轮业",
        body="<p>近日，马来西亚国际航运有限公司在吉隆坡公布，由于严峻亏损，将撤出班轮按期运输航线。</p>"
        '<p style="line-height:20px">过去三年，MISC的班轮运输业务亏蚀 7.89亿美元。在当前全球经济持续低迷影响下，航运业远景黯淡，'
        "全球各大航运公司面对经营困局。</p>",
    )
    + _MISC_BOX.format(
        head="预计6个月之内出售16艘集箱船",
        body="<p>马来西亚国际航运公司早前宣布将关闭无利可图的班轮运输业，近日该公司表示将在6个月之内出售旗下16艘货柜船。</p>"
        '<p style="line-height:20px">此外，公司将采取分租船或提早将租赁船舶退回船东两种方式，该公司共租用了14艘船，其中10艘船的'
        "租用合同将于明年6月底到期。</p>",
    )
    + _MISC_BOX.format(
        head="国际航运业可能持续低迷至2014年",
        body="<p>在2011国际海运(中国)年会设置的互动环节中，800多位航运业内人士参与了一项投票，近80%的人认为航运业低迷将持续到2014年。"
        "</p><p>中国远洋运输集团总经理马泽华指出，自2008年第四季度以来，国际航运业深受国际金融危机的冲击。</p>",
    )
    + "</div></body></html>"
)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_boxes_in_styled_divs_are_all_kept_with_their_tables(encoding: str) -> None:
    b = ingest_bytes(_CSCL.encode(encoding), id="cscl", suffix=".html")
    for words in (
        "中海集运录得净利润亏损12.66亿元人民币",  # the first box
        "净利润 | -1,265,650,465,86",  # the table between boxes
        "营运成本16,618,645,000元",  # readability's box
        "加快信息化建设，助力公司未来发展",  # the last box
    ):
        assert words in b.text, words
    assert "免费注册" not in b.text and "整箱海运价" not in b.text


def test_boxes_in_tables_are_all_kept_with_the_headings_between_them() -> None:
    b = ingest_bytes(_MISC.encode("utf-8"), id="misc", suffix=".html")
    for words in (
        "马来西亚国际航运宣布退出班轮业",
        "将撤出班轮按期运输航线",
        "预计6个月之内出售16艘集箱船",
        "出售旗下16艘货柜船",
        "近80%的人认为航运业低迷将持续到2014年",
    ):
        assert words in b.text, words
    assert "免费注册" not in b.text


def test_a_box_beside_a_list_of_links_is_not_joined_to_it() -> None:
    links = "".join(f'<li><a href="/news/{i}.html">航运快讯第{i}期：运价指数本周继续上涨</a></li>' for i in range(8))
    page = _MISC.replace('<div class="main">', f'<div class="main"><div class="list"><ul>{links}</ul></div>')
    b = ingest_bytes(page.encode("utf-8"), id="misc", suffix=".html")
    assert "航运快讯第3期" not in b.text
    assert "出售旗下16艘货柜船" in b.text


def _dev(name: str) -> str:
    path = REALWORLD / name
    return ingest_path(path, path.parent)[0].text


# Guards on dev pages where a first version of the rule widened the article wrongly.
def test_an_article_beside_one_other_box_of_prose_stays_alone() -> None:
    # 三立's article and its machine-written 評論/問答 box beside it: two columns, not a row of boxes
    text = _dev("dev/s10_10_setn_haikui_warning_lifted.html")
    assert "这篇文章报导了" not in text and "正确答案" not in text


def test_a_flat_column_of_paragraph_divs_gains_no_captions() -> None:
    # BBC's article: a <div> for each paragraph and caption; readability's paragraphs are no boxes
    text = _dev("dev/s9_17_bbc_zh_china_economy_bomb.html")
    assert "图像来源" not in text and "圖像來源" not in text


def test_a_bulletin_of_paragraphs_keeps_its_closing_issuer() -> None:
    text = _dev("dev/s11_05_wanzai_stats_bulletin_2015.html")
    assert text.rstrip().endswith("（万载县统计局）")


def test_a_disclaimer_box_is_not_a_box_of_the_article() -> None:
    text = _dev("dev-retired15/s18_08_nfra_hq_fosun_health_penalty_36_page.html")
    assert "版权与免责声明" not in text


# --- a stray NUL in a text file (tester s26 U11): what is binary is decided by how many NULs, not by one

_TIBET = (
    "西藏将成为中国太阳能发电量最大省区\n\n西藏最大的太阳能光伏发电站100兆瓦大型光伏并网发电站日前正式开工建设。和平解放60年来，"
    "西藏高网型光伏发电累计安装量已达到9兆瓦，约占中国太阳能光伏发电装机容量的13%。\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_a_few_stray_nuls_in_a_text_file_are_dropped_and_the_text_read(encoding: str) -> None:
    from briefreader.ingest.decode import decode_bytes

    text = _TIBET if encoding != "big5" else _TIBET.replace("将成为", "將成為").replace("发电", "發電")
    data = text.encode(encoding, errors="replace")
    stray = data[:40] + b"\x00" + data[40:90] + b"\x00\x00" + data[90:]
    decoded = decode_bytes(stray)
    assert decoded.problems == [] and decoded.text == data.decode(encoding)


def test_a_stray_nul_briefing_keeps_its_title_and_text() -> None:
    b = ingest_bytes(_TIBET.replace("开工建设。", "开工建设。\x00").encode("utf-8"), id="nul", suffix=".txt")
    assert b.title == "西藏将成为中国太阳能发电量最大省区"
    assert "\x00" not in b.text and "约占中国太阳能光伏发电装机容量的13%" in b.text
    assert not [p for p in b.problems if p.kind == "binary"]


def test_utf16_without_a_mark_is_still_utf16_whatever_its_nuls() -> None:
    from briefreader.ingest.decode import decode_bytes

    # Chinese in UTF-16 has a NUL only in its ASCII (the digits, the line breaks): few, and still UTF-16
    decoded = decode_bytes(_TIBET.encode("utf-16-le"))
    assert (decoded.encoding, decoded.text) == ("utf-16", _TIBET)


def test_a_nul_among_other_control_bytes_is_a_binary_file() -> None:
    from briefreader.ingest.decode import decode_bytes

    # a format's header ("\x00\x01\x02"): one NUL, but not a stray in text (whole tests/core caught the first version)
    assert [p.kind for p in decode_bytes(b"\x00\x01\x02binary\xff\xfe").problems] == ["binary"]


def test_many_nuls_are_a_binary_file() -> None:
    from briefreader.ingest.decode import decode_bytes

    # a record layout: text fields padded with NULs to a fixed width, 1 byte in 4 a NUL
    data = b"".join(field.encode("utf-8").ljust(60, b"\x00") for field in _TIBET.split("，"))
    assert [p.kind for p in decode_bytes(data).problems] == ["binary"]


# --- a feed entry's plain-text description keeps its lines (tester s26 U4; taipei-doit/CiviClaw-taipei-daily-news
# @ 75429225, docs/podcast.xml: 臺北每日新聞's digest, its headlines and summaries one a line)

_DIGEST = (
    "今日臺北市政重點新聞摘要：\n"
    "1. 助攻創業夢想！北市府115年度創業入門課程啟動報名 \n"
    "臺北市政府為協助有志創業者，將於今年6月與8月推出兩梯次「創業入門課程」。課程涵蓋商機洞察、商業模式、募資策略與AI應用"
    "等實戰內容，助您精準定位並降低創業風險。\n"
    "2. 北市雙冠王! 營利事業銷售額連4年成長創新高 4年減債400億元達標\n"
    "臺北市經濟實力再獲肯定！不僅營利事業銷售額連續四年成長創下新高，市府更成功在四年間減債達400億元。\n"
)


def _feed(description: str) -> str:
    return (
        '<?xml version="1.0" ?>\n<rss version="2.0"><channel><title>臺北每日新聞 (Taipei Daily News)</title>'
        "<link>https://taipei-doit.github.io/CiviClaw-taipei-daily-news/</link><language>zh-TW</language>"
        f"<item><title>每日市政摘要 2026-05-22</title><description>{description}</description>"
        "<pubDate>Fri, 22 May 2026 09:03:25 GMT</pubDate><guid>episode_2026-05-22.mp3</guid></item>"
        "</channel></rss>\n"
    )


def _entry(description: str):
    from briefreader.ingest import ingest_entries

    return ingest_entries(_feed(description).encode("utf-8"), id="taipei", suffix=".xml")[0]


def test_a_plain_text_description_keeps_its_lines_as_paragraphs() -> None:
    b = _entry(_DIGEST)
    assert "启动报名台北市政府" not in b.text and "启动报名臺北市政府" not in b.text
    assert any(p.startswith("台北市政府为协助有志创业者") or p.startswith("臺北市政府") for p in b.paragraphs)
    assert len(b.paragraphs) >= 4


def test_an_html_description_is_still_read_as_html() -> None:
    escaped = "&lt;p&gt;" + _DIGEST.replace("\n", "&lt;/p&gt;\n&lt;p&gt;") + "&lt;/p&gt;"
    b = _entry(escaped)
    assert "<p>" not in b.text and "&lt;" not in b.text
    assert "创业入门课程" in b.text and len(b.paragraphs) >= 4


def test_a_description_with_a_cut_character_reference_is_html() -> None:
    # a teaser cut inside "&#24030;" (a Big5 labour-news feed of the dev corpus): HTML drops the stub, text would show it
    b = _entry("【德國大選結果說明了什麼？】\n首先，加入世貿及&amp;#2...")
    assert "&#2" not in b.text


# --- a forwarded mail's signature (tester s26 U10; the forward the tester built around likgjava/eb's 西藏 article)

_TIBET_PARAS = [
    "西藏最大的太阳能光伏发电站100兆瓦大型光伏并网发电站日前正式开工建设。",
    "和平解放60年来，西藏高网型光伏发电累计安装量已达到9兆瓦，约占中国太阳能光伏发电装机容量的13%。",
]


def _mail(tail: str):
    from email.header import Header
    from email.mime.text import MIMEText

    body = (
        "各位好，转发一篇西藏光伏的报道，供参考。\n\n---------- 转发的邮件 ----------\n发件人：资讯组\n日期：2011年5月9日\n"
        "主题：西藏将成为中国太阳能发电量最大省区\n\n" + "\n\n".join(_TIBET_PARAS) + tail
    )
    m = MIMEText(body, "plain", "gbk")
    m["Subject"] = Header("转发：西藏将成为中国太阳能发电量最大省区", "gbk")
    m["From"] = "wang@example.com"
    m["Date"] = "Tue, 10 May 2011 09:15:00 +0800"
    return ingest_bytes(m.as_bytes(), id="fwd", suffix=".eml")


@pytest.mark.parametrize("mark", ["--", "-- "])
def test_a_mail_signature_under_its_mark_is_no_text(mark: str) -> None:
    b = _mail(f"\n\n{mark}\n王小明\n能源研究部\n电话：010-68520066 手机：13800138000\n")
    assert "13800138000" not in b.text and "王小明" not in b.text and "能源研究部" not in b.text
    assert b.text.rstrip().endswith("约占中国太阳能光伏发电装机容量的13%。")


def test_text_under_a_dash_line_that_goes_on_in_sentences_is_kept() -> None:
    more = "据估算，去年西藏通过太阳能光伏利用和光热利用，全年共节约标准煤16.28万吨，折合人民币上亿元。"
    b = _mail(f"\n\n--\n{more}\n")
    assert "节约标准煤16.28万吨" in b.text


# --- a media embed's placeholder alone on its line (tester s26 U18; apachecn-archive/techcrunch-blog-zh-2014-2018
# @ 23c40579, docs/tesla-will-build-worlds-largest-battery-storage-facility-for-australian-wind-farm.md)

_TESLA = (
    "# 特斯拉将为澳大利亚风电场建造全球最大的电池存储设施\n\n"
    "这个系统将能够在最大容量下为大约 3 万个家庭供电，特斯拉表示，这相当于 2016 年导致南澳大利亚全州大停电的风暴中有多少家庭断"
    "电。\n\n"
    "“电池存储是我们国家能源市场的未来，世界的目光将关注我们在这一领域的领导地位，”南澳大利亚总理杰伊·韦瑟里尔在通过电子邮件"
    "提供的一份声明中写道。\n\n"
)


@pytest.mark.parametrize(
    "embed",
    [
        " [YouTube https://www.youtube.com/watch?v=GuXf2WT4GZU&w=680&h=383]",
        "[embed]https://www.youtube.com/watch?v=GuXf2WT4GZU[/embed]",
        "[vimeo https://vimeo.com/76979871 w=640]",
    ],
)
def test_a_media_embed_placeholder_is_no_text(embed: str) -> None:
    b = ingest_bytes((_TESLA + embed + "\n").encode("utf-8"), id="tesla", suffix=".md")
    assert "youtube.com" not in b.text and "vimeo.com" not in b.text and "embed" not in b.text
    assert "南澳大利亚总理杰伊·韦瑟里尔" in b.text


def test_a_numbered_reference_with_its_address_stays() -> None:
    ref = "[1] https://www.aemo.com.au/ 澳大利亚能源市场运营商的停电报告"
    b = ingest_bytes((_TESLA + ref + "\n").encode("utf-8"), id="tesla", suffix=".txt")
    assert "澳大利亚能源市场运营商的停电报告" in b.text


# --- a fragment's breadcrumb that ends in its own headline (tester s26 U2; likgjava/eb @ 7470cfbc,
# webapp/view/staticpags/sqzx/*.jsp: 阳光易购's saved news, each a JSP fragment with its path over the article)


def _sqzx(headline: str, first: str) -> bytes:
    crumbs = "".join(
        f'\t<a href="javascript:void(0)" title="{w}" class="cmsHref_self">{w}</a>\n'
        for w in ("首页", "陶朱公商圈", "商圈资讯", headline)
    )
    return (
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        f'<div id="conTitle"><div class="navCurrent ">\n{crumbs}</div></div>\n'
        f'<div id="conBody"><div class="frameNews"><h1>{headline}</h1><div class="source"><span>发布时间：2011-02-16</span>'
        f"</div><p><P>{first}</P>\n<P>集成环保灶作为新兴产品异军突起，销售利润空间相对传统厨房电器要高。</P></p></div></div>\n"
    ).encode("utf-8")


@pytest.mark.parametrize(
    "headline",
    ["新兴产业规划临近 生物质能或领衔新能源", "今年滑雪也团购", "汽车保有量接近日本 中国到底能承载多少汽车？"],
)
def test_a_breadcrumb_ending_in_the_headline_is_no_text(headline: str) -> None:
    first = "记者近日从多方了解到，《国家战略性新兴产业发展“十二五”规划》已经进入到征求意见阶段。"
    b = ingest_bytes(_sqzx(headline, first), id="sqzx", suffix=".html")
    assert "陶朱公商圈" not in b.text and "商圈资讯" not in b.text
    assert b.text.startswith("记者近日从多方了解到") and "集成环保灶" in b.text


def test_a_row_of_links_that_ends_in_another_story_stays() -> None:
    # the row's last link is not this page's headline: a menu or a pointer, not this page's path
    page = _sqzx("今年滑雪也团购", "记者近日从多方了解到，规划已经进入到征求意见阶段。")
    other = page.replace("今年滑雪也团购</a>".encode(), "家用净水机开打节能牌</a>".encode(), 1)
    b = ingest_bytes(other, id="sqzx", suffix=".html")
    assert "家用净水机开打节能牌" in b.text
