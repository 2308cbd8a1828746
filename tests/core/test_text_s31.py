"""Session 31 (12-text): a file of bracketed field labels ("【 文献号 】", "【原文出处】人民日报", "【 标  题 】…",
"【 正  文 】" over the article: a reprint corpus's records, dev-retired26 s29h_01-03) is read as the record it is:
headline, outlet, day and body from their fields, the catalogue's labels never text (so is a "Title:"/"Content:"
record, dev-retired24 s27h_06-08); a heading of its own that points
elsewhere ("延伸閱讀", no colon) over the links closing a fragment goes with them (s29h_06); a mail's signature cards
one over another go, whatever frame is drawn round them (s29h_08); a table of contents with no heading (each heading
with its paragraph numbers glued after it, the headings printed again further on: s29h_09) and the leader-dot
entries of a contents page (never joined into one paragraph: dev-retired19 s22_05) are no text; a feed entry's
closing back-link to its own address ("The post … appeared first on …", a WordPress feed's footer) is no text.

The files are written here in the shapes of those dev files; the guards keep an article that opens with a bracketed
label, a fragment's own heading over its reading list, a signature-like block that is prose, and a table of
figures whose labels head nothing further on."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes, ingest_entries
from briefreader.ingest.clean import clean_text, drop_boilerplate

_BODY = (
    "    本报讯（记者王明）今年以来，某市把稳就业放在更加突出的位置，全年新增城镇就业十二万人，城镇登记失业\n"
    "率控制在百分之三以内。\n"
    "    市人力资源和社会保障局负责人介绍，该市今年共举办各类招聘会三百余场，提供岗位八万多个，帮助两万\n"
    "多名困难人员实现就业。\n"
)


def _record(number: str, outlet: str, day: str, title: str, body: str = _BODY) -> str:
    return (
        f"【 文献号 】{number}\n【原文出处】{outlet}\n【原刊地名】京\n【原刊期号】{day}\n【原刊页号】②\n"
        f"【分 类 号】F24\n【分 类 名】劳动经济\n【复印期号】200104\n【 标  题 】{title}\n【 作  者 】王明\n"
        f"【 正  文 】\n{body}    \n    \n"
    )


def test_a_record_of_bracketed_labels_is_read_as_its_fields() -> None:
    body = "【编者按：本文有删节。】\n" + _BODY  # a bracket in the body that names no field is its text
    data = _record("2-1001", "工人日报", "20010315", "稳就业出实招\n    某市全年新增城镇就业十二万人", body).encode(
        "gbk"
    )
    b = ingest_bytes(data, id="record.txt", suffix=".txt")
    assert b.title.replace(" ", "") == "稳就业出实招某市全年新增城镇就业十二万人"
    assert str(b.date).startswith("2001-03-15")
    assert b.source == "工人日报"
    assert "全年新增城镇就业十二万人，城镇登记失业率控制在百分之三以内。" in b.text
    assert "本文有删节" in b.text
    for label in ("文献号", "原刊地名", "分 类 号", "分类号", "复印期号", "正 文", "标 题"):
        assert label not in b.text


def test_records_of_bracketed_labels_one_after_another_are_one_briefing_each() -> None:
    other = _BODY.replace("某市", "某县").replace("王明", "李华")
    text = _record("2-1001", "工人日报", "20010315", "某市稳就业出实招") + _record(
        "2-1002", "经济日报", "20010402", "某县稳就业见成效", other
    )
    got = ingest_entries(text.encode("gbk"), id="records.txt", suffix=".txt")
    assert [b.title for b in got] == ["某市稳就业出实招", "某县稳就业见成效"]
    assert [b.source for b in got] == ["工人日报", "经济日报"]
    assert "某县" not in got[0].text and "某市" not in got[1].text


def test_an_article_that_opens_with_a_bracketed_label_stays_an_article() -> None:
    text = (
        "【编者按】今年是某市实施稳就业工程的第三年。\n【记者手记】走访中，记者看到……\n"
        "【 标 题 】不是字段\n" + _BODY.strip() + "\n"
    )
    b = ingest_bytes(text.encode("utf-8"), id="article.txt", suffix=".txt")
    assert b.format != "record"
    assert "今年是某市实施稳就业工程的第三年" in b.text


_PROSE = "".join(
    f"<p>{s}</p>"
    for s in (
        "（中央社台北1日電）經濟部今天公布最新統計，上月外銷訂單金額達五百億美元，年增百分之十二。",
        "經濟部統計處表示，資通訊產品訂單成長最多，主要受惠於新興科技應用需求持續擴增。",
        "統計處預估，本月外銷訂單金額將介於四百八十億至五百億美元之間，年增率可望維持正成長。",
        "就主要接單地區來看，來自美國的訂單年增百分之十八，來自歐洲的訂單年增百分之六，來自東協的訂單則略減。",
        "經濟部官員指出，全球終端需求仍有不確定性，廠商對下半年接單看法審慎樂觀，將持續觀察國際情勢變化。",
    )
)


def test_a_related_list_under_a_pointer_heading_without_colon_goes() -> None:
    links = "".join(
        f'<a class="more-link" href="https://example.com/news/{i}.aspx"><span>{h}</span></a>'
        for i, h in enumerate(
            (
                "外銷訂單連三紅 資通訊產品撐盤",
                "經濟部：下半年出口動能可望延續",
                "半導體設備進口創新高 業者看好明年",
                "央行理監事會前夕 專家預估利率不變",
                "台股收盤上漲百點 電子權值股領軍",
            )
        )
    )
    tags = "".join(f'<div class="tag"><a href="https://example.com/tag/{t}">#{t}</a></div>' for t in ("經濟部", "外銷"))
    html = (
        f'<div class="body">{_PROSE}<div class="tags">{tags}</div>'
        f'<div class="more"><div class="more-title">延伸閱讀</div>{links}</div></div>'
    )
    b = ingest_bytes(html.encode("utf-8"), id="post.html", suffix=".html")
    assert "年增百分之十二" in b.text
    assert "延伸阅读" not in b.text and "延伸閱讀" not in b.text
    assert "资通讯产品撑盘" not in b.text and "資通訊產品撐盤" not in b.text


def test_a_fragments_own_heading_over_links_stays() -> None:
    links = "".join(
        f'<a href="https://example.com/doc/{i}.pdf"><span>{h}</span></a>'
        for i, h in enumerate(("外銷訂單統計表", "外銷訂單統計說明", "歷年外銷訂單資料"))
    )
    html = f'<div class="body">{_PROSE}<div><div>附件下載</div>{links}</div></div>'
    b = ingest_bytes(html.encode("utf-8"), id="post.html", suffix=".html")
    assert "附件下载" in b.text or "附件下載" in b.text


def _mail(body: str) -> bytes:
    head = (
        "From: someone <a@example.org>\r\nSubject: notes\r\nDate: Tue, 24 Sep 2013 10:00:00 -0700\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return (head + body).replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode("utf-8")


_POST = (
    "我想,不少人應該都看過一字雙色吧!?\n在此,本人將用最簡單的方式來傳授大家一字雙色的技巧!\n"
    "首先,要看到一字雙色必須您的軟體有支援此功能!不然會看不到!!\n"
)


def test_signature_cards_in_a_frame_one_over_another_go() -> None:
    box = (
        "--\n▕▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔\n"
        "▕▕ 淡江大學會計學系 Department of Accounting, Tamkang University, Taiwan  ▏\n"
        "▕▕           telnet://acc.tku.edu.tw/ 或 telnet://acc.twbbs.org/          ▏\n"
        "▕  ▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔  \n"
        "--\n┌┌┌┌ Origin: 小魚的紫色花園 <fpg.twbbs.org> 140.112.200.214 ───┐┐┐┐\n"
        "└└└└ From  : pc225169.ipcedu.tku.edu.tw ─────────────┘┘┘┘\n"
    )
    b = ingest_bytes(_mail(_POST + "by f5j\n" + box), id="post.eml", suffix=".eml")
    assert "一字双色的技巧" in b.text or "一字雙色的技巧" in b.text
    for chrome in ("会计学系", "會計學系", "Origin", "telnet", "▔"):
        assert chrome not in b.text


def test_prose_under_a_dash_line_stays() -> None:
    tail = "--\n附記：本文所述方法，在部分軟體中無法使用。若您使用的是其他軟體，請先確認其支援色碼。\n"
    b = ingest_bytes(_mail(_POST + tail), id="post.eml", suffix=".eml")
    assert "无法使用" in b.text or "無法使用" in b.text


_CONTENTS = [
    ("(一)引言", "1–12"),
    ("(二)政制發展", "13–16"),
    ("(三)經濟", "17–60"),
    ("金融", "26–28"),
    ("專業服務", "29–30"),
    ("物流", "36–37"),
    ("(四)房屋", "61–108"),
    ("土地", "70–105"),
]


def _address(contents: list[tuple[str, str]]) -> str:
    lines = ["二零一五年施政報告", "推進民主 發展經濟 改善民生"] + [h + n for h, n in contents] + ["主席、各位議員："]
    for k, (heading, _) in enumerate(contents, 1):
        lines += [heading, f"{k}. 這是第{k}段的內容，政府會繼續推動有關工作，並向立法會匯報進展。"]
    return "\n".join(lines) + "\n"


def test_a_contents_list_with_no_heading_is_no_text() -> None:
    b = ingest_bytes(_address(_CONTENTS).encode("utf-8"), id="address.txt", suffix=".txt")
    assert "引言1–12" not in b.text and "引言1-12" not in b.text
    assert "土地70" not in b.text
    assert "这是第3段的内容" in b.text or "這是第3段的內容" in b.text
    assert "\n(一)引言\n" in "\n" + b.text + "\n"  # the heading itself stays where the text prints it


def test_a_table_of_figures_that_counts_up_stays() -> None:
    figures = (120, 135, 140, 152, 160, 171, 188)
    rows = "\n".join(f"第{q}季度營業額{v}" for q, v in zip("一二三四五六七", figures, strict=True)) + "\n"
    text = "本公司各季度營業額如下（單位：億元）：\n" + rows + "全年營業額持續增長，董事會對前景表示樂觀。\n"
    assert "第四季度營業額152" in drop_boilerplate(clean_text(text))


def test_leader_dot_entries_are_not_joined_into_a_paragraph() -> None:
    entries = [
        "壹、基本理念" + "." * 60 + " 5",
        "貳、課程目標" + "." * 60 + " 6",
        "參、時間分配及科目組合" + "." * 52 + " 6",
        "肆、核心素養" + "." * 60 + " 7",
    ]
    text = "目次\n" + "\n".join(entries) + "\n壹、基本理念\n「成就每一個孩子」為十二年國民基本教育的願景。\n"
    cleaned = drop_boilerplate(clean_text(text))
    assert "...." not in cleaned
    assert "成就每一個孩子" in cleaned


def test_a_title_content_record_is_read_as_its_fields() -> None:
    text = (
        "Title:\r\n欧洲多国监测到放射性粒子 来源尚不确定\r\nContent:\r\n"
        "\u3000\u3000科技日报北京2月22日电 (记者房琳琳)今年1月，挪威首次记录到相关痕迹，随后多国也发现了其踪迹。\r\n"
        "\u3000\u3000挪威辐射保护局近日表示，根据颗粒物的运动模式，它们可能来源于东欧，但并不确定具体来源。\r\n"
    )
    b = ingest_bytes(text.encode("utf-8"), id="record.txt", suffix=".txt")
    assert b.title == "欧洲多国监测到放射性粒子 来源尚不确定"
    assert "挪威首次记录到相关痕迹" in b.text
    assert "Title" not in b.text and "Content" not in b.text


def test_a_notice_of_labelled_lines_with_no_headline_field_stays_a_document() -> None:
    text = (
        "时间：2024年5月10日下午三时\n地点：市政府第一会议室\n内容：研究部署今年防汛工作。\n"
        "参加人员：各区防汛指挥部负责人。请各单位准时参加。\n"
    )
    b = ingest_bytes(text.encode("utf-8"), id="notice.txt", suffix=".txt")
    assert b.format != "record"
    assert "研究部署今年防汛工作" in b.text


def _wordpress_feed(footer: str) -> bytes:
    items = []
    for i, (title, body) in enumerate(
        (
            ("国务院常务会议部署稳就业举措", "国务院常务会议部署进一步稳就业的政策举措。会议指出，就业是最大的民生。"),
            ("央行宣布下调存款准备金率", "中国人民银行决定下调金融机构存款准备金率0.5个百分点，释放长期资金。"),
        )
    ):
        link = f"https://blog.example.org/2024/05/0{i + 1}/post-{i}/"
        tail = footer.format(link=link, title=title)
        items.append(
            f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
            f"<pubDate>Wed, 0{i + 1} May 2024 08:00:00 +0800</pubDate>"
            f"<content:encoded><![CDATA[<p>{body}</p>\n{tail}\n]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>示例博客</title>'
        f"<link>https://blog.example.org</link>{''.join(items)}</channel></rss>"
    ).encode("utf-8")


def test_a_feed_entrys_back_link_to_itself_is_no_text() -> None:
    footer = '<p>The post <a href="{link}">{title}</a> appeared first on <a href="https://blog.example.org">示例博客</a>.</p>'
    got = ingest_entries(_wordpress_feed(footer), id="feed.xml", suffix=".xml")
    assert len(got) == 2
    for b in got:
        assert "appeared first on" not in b.text and "The post" not in b.text
    assert "就业是最大的民生" in got[0].text


def test_a_closing_paragraph_linking_elsewhere_stays() -> None:
    # (each entry's own: an end the entries share is the site's, feed_tails)
    footer = '<p>《{title}》全文见<a href="https://www.gov.cn/zhengce/{title}.htm">政策文件库</a>。</p>'
    got = ingest_entries(_wordpress_feed(footer), id="feed.xml", suffix=".xml")
    assert all("全文见政策文件库" in b.text for b in got)


def test_a_json_feeds_items_are_its_records() -> None:
    import json

    items = [
        {"id": 1, "content_html": "", "url": "https://example.com/7x24/1.html", "title": "【央行开展逆回购操作】央行今日开展100亿元逆回购操作。", "date_modified": "2021-05-20T11:23:38.000Z"},
        {"id": 2, "content_html": "", "title": "【统计局发布四月经济数据】四月份规模以上工业增加值同比增长9.8%。", "date_modified": "2021-05-20T03:01:05.000Z"},
    ]  # fmt: skip
    feed = {
        "version": "https://jsonfeed.org/version/1",
        "title": "快讯",
        "description": "最新快讯100条",
        "items": items,
    }
    got = ingest_entries(json.dumps(feed, ensure_ascii=False).encode("utf-8"), id="rss.json", suffix=".json")
    assert len(got) == 2
    assert "逆回购操作" in got[0].text and "工业增加值" in got[1].text
    assert str(got[1].date).startswith("2021-05-20")  # its date_modified: the only date the item has
    assert all("最新快讯100条" not in b.text for b in got)


def test_signed_and_stamped_comments_closing_a_text_go() -> None:
    text = (
        "各市（州）、县（市、区）人民政府：现将有关通知转发你们，请按照通知要求立即开展自查。\n"
        "各市（州）于6月20日前向省政府报送自查报告。\n特此通知。\n评论回复\n"
        "王志国：请秘书长审签，这个资料是按照要求修改的［2016-07-10］\n李沉：同意［2016-07-10］\n"
    )
    cleaned = drop_boilerplate(clean_text(text))
    assert "特此通知" in cleaned
    assert "审签" not in cleaned and "同意" not in cleaned and "评论回复" not in cleaned


def test_a_dated_list_of_the_texts_own_stays() -> None:
    text = (
        "本院近年大事记如下。\n2014年：完成第一期工程建设（2014-12-30）\n"
        "2015年：完成第二期工程建设（2015-12-30）\n2016年：通过验收（2016-06-30）\n"
    )
    assert "通过验收" in drop_boilerplate(clean_text(text))


# --- review s31 R1, R2, R4-R7, R9, R10 (tests/test_review_s31.py), fixed: the reviewer's inputs, as plain tests ---


def _rss(channel: str, link: str, title: str, body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{channel}</title><link>https://agg.example.com/</link><item><title>{title}</title><link>{link}</link>"
        f"<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description><![CDATA[{body}]]></description></item>"
        "</channel></rss>"
    ).encode("utf-8")


_XH = "http://www.news.cn/politics/2024-03/05/c_1130081234.htm"
_LEAD = (
    "<p>国务院总理主持召开国务院常务会议，部署进一步稳就业工作，会议指出要加大对重点群体的帮扶力度，"
    "确保就业形势总体稳定。</p>"
)


def test_r1_a_closing_source_line_linked_to_the_entry_itself_stays() -> None:
    body = _LEAD + f'<p>来源：<a href="{_XH}">新华网</a></p>'
    b = ingest_entries(_rss("今日要闻聚合", _XH, "国务院常务会议部署稳就业工作", body), id="agg.xml", suffix=".xml")[0]
    assert "新华网" in b.text or b.source == "新华网"


def test_r2_a_link_blogs_commentary_linking_the_entrys_address_stays() -> None:
    verge = "https://www.theverge.com/2024/3/5/24091234/apple-m4-chip"
    body = (
        "<p>Jane Doe, reporting for The Verge:</p><blockquote><p>Apple on Tuesday announced the M4 chip, which it says "
        "is 50 percent faster than the M3.</p></blockquote>"
        f'<p>The numbers look great, but what matters is <a href="{verge}">how it does in real laptops</a>.</p>'
    )
    b = ingest_entries(_rss("Daring Fireball", verge, "The Verge: Apple's M4", body), id="df.xml", suffix=".xml")[0]
    assert "what matters is" in b.text


def test_r10_empty_closing_blocks_are_read_once() -> None:
    import time

    from briefreader.ingest.feed import parse_feed

    body = "<p>市政府今天公布了今年稳就业的有关安排，全年新增城镇就业目标为十二万人。</p>" + "<br/><p>&nbsp;</p>" * 200
    items = "".join(
        f"<item><title>t{i}</title><link>https://e.example.com/a/{i}.html</link>"
        f"<description><![CDATA[{body}]]></description></item>"
        for i in range(200)
    )
    started = time.perf_counter()
    parse_feed(f'<?xml version="1.0"?><rss version="2.0"><channel><title>c</title>{items}</channel></rss>')
    assert time.perf_counter() - started < 10  # 20 s when each empty block re-read the tail; ~1 s read once


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "时间：2024-03-01\n标题：关于召开全市安全生产工作会议的通知\n正文：\n各区人民政府，市政府各部门：\n"
            "经市政府同意，定于近期召开全市安全生产工作会议。现将有关事项通知如下：\n时间：2024年3月5日上午9时\n"
            "地点：市政府三楼第一会议室\n请各单位准时参加。\n",
            "请各单位准时参加",
        ),
        (
            "Date: 2024-03-01\nTitle: Mayor to announce new housing plan\nContent:\nMayor Jane Smith will unveil the "
            "plan next week.\nDate: Tuesday, March 5, 2024\nLocation: City Hall Rotunda, 200 Main Street\n",
            "City Hall Rotunda",
        ),
    ],
)
def test_r4_a_body_line_with_the_cards_first_label_is_body_text(text: str, tail: str) -> None:
    got = ingest_entries(text.encode("utf-8"), id="r.txt", suffix=".txt")
    assert any(tail in b.text for b in got)


def test_r5_a_cards_labels_under_its_abstract_are_no_text() -> None:
    card = (
        "【 标  题 】人民币汇率保持基本稳定\n【 作  者 】李明\n【 摘  要 】本文分析了今年以来人民币汇率走势。\n"
        "【 关键词 】汇率；外汇储备\n【 正  文 】\n今年以来，人民币对美元汇率在合理均衡水平上保持基本稳定。\n"
    )
    b = ingest_bytes(card.encode("utf-8"), id="card.txt", suffix=".txt")
    assert b.title == "人民币汇率保持基本稳定"
    assert "合理均衡水平" in b.text and "【" not in b.text


def test_r6_a_block_between_dash_dividers_stays() -> None:
    body = (
        "各位同事：\n\n公司定于下周一召开全体员工大会，总结去年工作并部署今年的重点任务。\n\n--\n"
        "时间：3月11日（周一）上午9:30\n地点：总部大楼三楼报告厅\n--\n行政部 王小明\n电话 010-12345678\n"
    )
    b = ingest_bytes(_mail(body), id="m.eml", suffix=".eml")
    assert "总部大楼三楼报告厅" in b.text
    assert "010-12345678" not in b.text


def test_r7_unheaded_contents_is_linear() -> None:
    import time

    lines = ([f"第{k}节{k + 2}" for k in range(6)] + ["这是一句话。"]) * 3000
    started = time.perf_counter()
    drop_boilerplate("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 20  # quadratic: minutes


def test_r9_a_ranking_that_counts_one_by_one_is_no_contents_list() -> None:
    cities = ["上海", "北京", "深圳", "广州", "杭州", "成都", "重庆", "南京"]
    lines = ["综合排名", *(f"{c}{k}" for k, c in enumerate(cities, 1)), "从分项指标看，各城市的表现各有特点。"]
    for c in cities:
        lines += [c, f"{c}在政务服务方面表现突出，企业开办时间进一步压缩。"]
    b = ingest_bytes(("\n".join(lines) + "\n").encode("utf-8"), id="rank.txt", suffix=".txt")
    assert "上海1" in b.text and "南京8" in b.text
