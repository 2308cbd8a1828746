"""Session 13, article text (issue 12): unit cases written from general knowledge of how
pages are set, each for a general rule found on real pages (named in the commit that
made it)."""

from __future__ import annotations

from briefreader.ingest.clean import drop_boilerplate
from briefreader.ingest.html import html_to_doc

BODY = [
    "许多商户在刚过去的这个周末发起一连两天的感谢日活动，呼吁市民光顾本地小店。",
    "主办单位估计活动总营业额超过一亿元，近两千家店铺登记参与。",
    "活动发起人在社交媒体上表示，希望借这次活动提醒市民关注小店所面对的压力。",
]


# --- a fragment's closing links and the label that points to them ----------------------


def test_a_label_pointing_to_closing_links_goes_with_them() -> None:
    """An archived feed entry ends in its aggregator's footer: a label pointing elsewhere
    ("获取更多RSS：") over bare links. The links go as closing pointers; so does their label."""
    html = (
        "".join(f"<p>{p}</p>" for p in BODY)
        + '<br><hr><div>获取更多RSS：<br><a href="https://a.example">https://a.example</a> <br>'
        '<a href="https://b.example">https://b.example</a><br></div>'
    )
    text = html_to_doc(html).text
    assert "活动发起人在社交媒体上表示" in text
    assert "获取更多RSS" not in text
    assert "a.example" not in text


def test_a_field_label_over_a_closing_link_stays() -> None:
    """A label naming a field of the article ("来源：") is the article's, not a pointer."""
    html = "".join(f"<p>{p}</p>" for p in BODY) + '<p>来源：<br><a href="https://x.example/">某某日报</a></p>'
    text = html_to_doc(html).text
    assert "来源：" in text


# --- a rights notice naming the site's name (名称, 简称) is still the page's ------------


def test_a_rights_notice_naming_the_sites_short_name_goes() -> None:
    """称 is a reporting verb ("公司称，…版权归其所有。" reports a fact and stays), but not
    inside the nouns 名称, 简称, 全称: a notice on the site's short name is the page's."""
    body = "某某公司今天发布年度报告，营业收入增长百分之十二。公司表示将继续加大研发投入。"
    text = drop_boilerplate(f"某某公司发布年度报告\n\n{body}\n\n本网简称版权归本网所有\n")
    assert body in text
    assert "本网简称" not in text
    said = "公司称，该作品版权归其所有。"
    assert said in drop_boilerplate(f"某某公司发布年度报告\n\n{body}\n\n{said}\n")


# --- a bulletin-board post: its replies and signature are not its text -------------------

# The shape of a PTT post as its terminal and ptt.cc show it (作者/標題/時間 header, the post,
# "--", the station's lines, then the replies: mark, id, words, [address] day and minute)
_POST = (
    " 作者  tester01 (測試)                                    看板  Stock \n"
    " 標題  [新聞] 台積電第三季營收創新高                                    \n"
    " 時間  Thu Oct  8 14:06:27 2020                                               \n"
    "───────────────────────────────────────\n\n"
    "台積電今天公布第三季營收，達新台幣三千五百億元，創下歷史新高。\n\n"
    "法人表示，先進製程需求強勁，第四季營收可望續增。\n\n"
    "--\n"
    "我的簽名檔\n"
    "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 118.161.135.33 (臺灣)\n"
    "※ 文章網址: https://www.ptt.cc/bbs/Stock/M.1602137189.A.535.html\n"
    "推 marunaru    : 太強了吧                                          10/08 14:07\n"
    "→ ayuhb        : 明天開高走低                        1.2.3.4 10/08 14:08\n"
    "※ 編輯: tester01 (118.161.135.33 臺灣), 10/08/2020 14:10:11\n"
    "噓 abc123      : 利多出盡                                          10/08 14:12\n"
)


def test_a_bulletin_board_posts_replies_and_signature_leave_its_text() -> None:
    from briefreader.hanzi import to_simplified
    from briefreader.ingest import ingest_bytes

    b = ingest_bytes(_POST.encode(), id="t.txt", suffix=".txt")
    text = to_simplified(b.text)
    assert to_simplified("第四季營收可望續增") in text
    for gone in ("marunaru", "ayuhb", "abc123", "太强了吧", "编辑", "签名档", "--"):
        assert gone not in text, gone
    assert "PTT" in (b.source or "")  # the station's line is still read


def test_a_ptt_page_keeps_its_line_breaks_and_loses_its_replies() -> None:
    """ptt.cc shows a post as text in a <div> under a stylesheet's white-space: pre: its
    lines stand apart by blank lines, and they stay lines."""
    from briefreader.hanzi import to_simplified
    from briefreader.ingest import ingest_bytes

    page = (
        "<!DOCTYPE html><html><head><title>[新聞] 台積電第三季營收創新高 - 看板 Stock - 批踢踢實業坊</title></head>"
        '<body><div id="main-container"><div id="main-content" class="bbs-screen bbs-content">'
        '<div class="article-metaline"><span class="article-meta-tag">作者</span>'
        '<span class="article-meta-value">tester01 (測試)</span></div>'
        '<div class="article-metaline"><span class="article-meta-tag">標題</span>'
        '<span class="article-meta-value">[新聞] 台積電第三季營收創新高</span></div>'
        '<div class="article-metaline"><span class="article-meta-tag">時間</span>'
        '<span class="article-meta-value">Thu Oct  8 14:06:27 2020</span></div>\n'
        "台積電今天公布第三季營收，達新台幣三千五百億元，創下歷史新高。\n\n"
        "法人表示，先進製程需求強勁，第四季營收可望續增。\n\n--\n"
        '<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 118.161.135.33 (臺灣)\n</span>'
        '<div class="push"><span class="hl push-tag">推 </span><span class="f3 hl push-userid">marunaru</span>'
        '<span class="f3 push-content">: 太強了吧</span><span class="push-ipdatetime"> 10/08 14:07\n</span></div>'
        "</div></div></body></html>"
    )
    b = ingest_bytes(page.encode(), id="p", suffix=".html")
    lines = to_simplified(b.text).split("\n")
    assert to_simplified("台積電今天公布第三季營收，達新台幣三千五百億元，創下歷史新高。") in lines
    assert to_simplified("法人表示，先進製程需求強勁，第四季營收可望續增。") in lines
    assert "marunaru" not in b.text


def test_preformatted_text_keeps_its_lines() -> None:
    html = "<p>示例代码如下。</p><pre>fn main() {\n    let x = 1;\n}</pre><p>以上为全部内容。</p>"
    lines = html_to_doc(html).text.split("\n")
    assert "fn main() {" in [line.strip() for line in lines]


def test_a_line_of_an_article_shaped_like_a_reply_needs_an_id() -> None:
    line = "推动产业升级：10/08 14:00 召开座谈会"
    body = "某市今天召开座谈会，研究推动产业升级的具体措施。会议要求各部门抓好落实。"
    assert line in drop_boilerplate(f"{body}\n{line}\n{body}")


# --- a page's controls and navigation set as text ----------------------------------------


def test_a_button_revealing_the_rest_of_an_article_goes() -> None:
    body = "廉署今日起诉一名分判商东主，涉嫌串谋向承建商职员提供贿款。案件押后至下月再讯。"
    text = drop_boilerplate(f"{body}\n- 阅读更多 -\n{body}\n展开全文\n{body}")
    assert "阅读更多" not in text and "展开全文" not in text
    assert text.count(body) == 3


def test_a_menu_naming_the_home_page_goes() -> None:
    body = "为了解全市儿童的心理发展现状，市妇女儿童工作委员会开展了本次调查和研究。"
    nav = "首页 组织机构 工作动态 纲要规划 国际项目 理论文摘"
    assert nav not in drop_boilerplate(f"{nav}\n{body}")
    for kept in (
        "张三 李四 王五 赵六 钱七 孙八",  # names, no home page
        "首页 > 两岸 > 正文",  # a breadcrumb: metadata reads the page's sections there
    ):
        assert kept in drop_boilerplate(f"{kept}\n{body}\n{body}"), kept


def test_a_large_page_without_an_article_loses_its_link_lines() -> None:
    """A page too large for readability (inlined images) and with no description to anchor
    on is read whole: its link lines (the related posts an account appends) go, as they do
    from an article."""
    from briefreader.ingest import html as H

    paragraphs = "".join(f"<p>{p}</p>" for p in BODY * 3)
    related = "".join(
        f'<p><a href="https://mp.example/s?idx={i}">另一篇推荐文章的标题第{i}篇</a></p>' for i in range(3)
    )
    image = '<img src="data:image/png;base64,' + "A" * (H.MAX_READABILITY + 1000) + '">'
    page = f"<!DOCTYPE html><html><body><div>{paragraphs}<section>这些内容也值得读</section>{related}{image}</div></body></html>"
    text = html_to_doc(page).text
    assert "活动发起人在社交媒体上表示" in text
    assert "另一篇推荐文章" not in text
    assert "这些内容也值得读" not in text


def test_a_producers_credits_close_no_article() -> None:
    body = "稳经济的一系列政策既然已经公布，接下来就应当做到快马加鞭，跑出加速度。"
    text = drop_boilerplate(f"{body}\n{body}\n总监制：邹 明\n监 制：高明勇\n审 读：崔向升")
    assert text == f"{body}\n{body}"
    kept = "制作时间：12/31,1/1,1/2三天"  # a notice's own field, not a credit
    assert kept in drop_boilerplate(f"{body}\n{kept}\n{body}")
