"""Session 14, article text (issue 12): unit cases written from general knowledge of how
pages and archives are set, each for a general rule found on real pages (named in the
commit that made it)."""

from __future__ import annotations

from briefreader.ingest.clean import drop_boilerplate
from briefreader.ingest.markdown import markdown_to_text

BODY = [
    "许多商户在刚过去的这个周末发起一连两天的感谢日活动，呼吁市民光顾本地小店。",
    "主办单位估计活动总营业额超过一亿元，近两千家店铺登记参与，比去年多出四成。",
    "活动发起人在社交媒体上表示，希望借这次活动提醒市民关注小店所面对的压力。",
]


def _text(*lines: str) -> str:
    return drop_boilerplate("\n".join(lines))


# --- notes a platform sets above an article ----------------------------------------------


def test_a_reading_time_note_goes_and_a_sentence_about_reading_stays() -> None:
    text = _text("全文共5222字，阅读大约需要12分钟。", *BODY, "阅读需要耐心，也需要时间。")
    assert "5222字" not in text
    assert "阅读需要耐心" in text
    assert _text("本文约3000字，预计阅读时间8分钟", *BODY).startswith(BODY[0])


def test_a_rights_notice_above_the_article_goes() -> None:
    text = _text("本文首发于南方周末 未经授权 不得转载", "文 | 记者 王明", *BODY)
    assert "未经授权" not in text
    assert "记者 王明" in text
    # a sentence that reports whose a work is, or a lead opened by the site, stays
    kept = _text("法院判决，涉案作品版权归原告所有。", "本站讯 记者王明报道", *BODY)
    assert "版权归原告所有" in kept
    assert "本站讯" in kept


def test_a_closing_rights_line_still_takes_the_lines_under_it() -> None:
    """The rights line under the article marks its footer: dropped with the short lines below
    it (the rule above keeps to rights notices above the article's last sentence)."""
    text = _text(
        *BODY, "大家都在看", "⊙文章版权归《某某周刊》所有，欢迎转发到朋友圈，转载请联系后台。", "点击封面图，一键下单"
    )
    assert "点击封面图" not in text
    assert "版权归" not in text


# --- closing plugs ------------------------------------------------------------------------


def test_a_follow_call_before_its_link_goes() -> None:
    text = _text(*BODY, "收看更多文章，请订阅转角国际facebook专页：")
    assert "facebook" not in text


def test_a_stations_list_of_channels_closes_as_a_plug() -> None:
    tail = [
        "听北京新闻广播，知北京大事小情",
        "听广播：AM828 FM100.6",
        "看微博：北京新闻广播",
        "读微信：北京新闻广播",
        "微信号：",
    ]
    text = _text(*BODY, "采写记者：韩萌", *tail)
    assert "AM828" not in text
    assert "看微博" not in text
    assert "知北京大事小情" not in text
    assert "采写记者：韩萌" in text
    # a closing line that names a network in a sentence stays
    assert "关注微博" in _text(*BODY, "他表示会继续关注微博上的讨论。")


def test_an_accounts_footer_under_a_markdown_rule_goes() -> None:
    md = "\n\n".join(
        [
            *BODY,
            "* * *",
            "某某书评  ",
            "eeobook",
            "**阅读有难度的文章，每天成长一点点**",
            "合作及投稿邮箱：someone@example.com",
            "![](https://img.example/qr.jpg)",
            "长按识别二维码",
            "**长按二维码可识别关注另一个号**",
        ]
    )
    text = markdown_to_text(md)
    assert BODY[2] in text
    assert "二维码" not in text
    assert "投稿邮箱" not in text


def test_a_second_part_under_a_markdown_rule_stays() -> None:
    after = ["附记：本文写成后，作者又走访了三家店铺。", "店主均表示客流有所回升，但租金压力仍在。", "长按识别二维码"]
    text = markdown_to_text("\n\n".join([*BODY, "---", *after]))
    assert "附记" in text


# --- e-mail: an attachment inherits the mail's day and sender --------------------------------


def _mail_with_docx(sender: str) -> bytes:
    import base64
    import io
    from email.header import Header

    import docx

    d = docx.Document()
    d.add_paragraph("关于加强市场监管工作的通知")
    d.add_paragraph("各区县：为进一步加强市场监管，现将有关事项通知如下。一是加强检查。二是完善制度。三是落实责任。")
    out = io.BytesIO()
    d.save(out)
    attached = base64.b64encode(out.getvalue()).decode()
    subject = base64.b64encode("转发：简报".encode()).decode()
    return (
        f"Subject: =?utf-8?b?{subject}?=\nFrom: {Header(sender, 'utf-8').encode()}\n"
        "Date: Mon, 13 May 2024 23:30:00 +0800\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n"
        "--XX\nContent-Type: text/plain; charset=utf-8\n\n请查收附件，谢谢。\n--XX\n"
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=brief.docx\n"
        "Content-Disposition: attachment; filename=brief.docx\nContent-Transfer-Encoding: base64\n\n"
        f"{attached}\n--XX--\n"
    ).encode()


def test_an_attachment_dated_nowhere_takes_the_mails_day_and_sender() -> None:
    from briefreader.ingest.formats import format_briefings

    found = {
        b.id: b
        for b in format_briefings(_mail_with_docx("财经简报 <a@example.org>"), id="m", path="m.eml", suffix=".eml")
    }
    attached = found["m#brief.docx"]
    assert attached.title == "关于加强市场监管工作的通知"
    assert attached.date_iso == "2024-05-13"  # the sender's day (23:30 in +08:00)
    assert attached.source == "财经简报"


def test_a_sender_named_like_a_person_is_the_author_not_the_source() -> None:
    from briefreader.ingest.formats import format_briefings

    found = {
        b.id: b for b in format_briefings(_mail_with_docx("张伟 <a@example.org>"), id="m", path="m.eml", suffix=".eml")
    }
    assert found["m"].source == "" and found["m"].authors == ["张伟"]
    assert found["m#brief.docx"].source == ""
    assert found["m#brief.docx"].date_iso == "2024-05-13"


# --- lines with no text of the article ------------------------------------------------------


def test_a_machine_timestamp_ornaments_and_a_head_picture_credit_go() -> None:
    text = _text("2020-10-11T07:30:12Z", "头图｜HBO热剧《切尔诺贝利》截图", BODY[0], "●    ●    ●", *BODY[1:])
    assert "T07:30" not in text
    assert "头图" not in text
    assert "●" not in text
    assert BODY[1] in text
    # a date written in a sentence stays, and so does a line of text with a mark before it
    assert "2020-10-11" in _text(*BODY, "会议于2020-10-11T07:30在北京召开。", "★ 重要提示：明日停电")


def test_a_heading_pointing_elsewhere_left_last_goes_but_a_bracketed_note_stays() -> None:
    text = _text(*BODY, "重点推荐", "本文来源：某某网")
    assert "重点推荐" not in text
    assert "本文来源：某某网" in text
    assert "相关新闻刊B1版" in _text(*BODY, "（相关新闻刊B1版）")


# --- HTML: ads, pagers, a blog's page without <html> -------------------------------------------


def test_an_ad_networks_labelled_link_goes_and_a_sentence_about_ads_stays() -> None:
    from briefreader.ingest.html import html_to_doc

    ad = '<a href="https://ad.example/c?x=1"><i>广告</i><span>{}</span><div class="del">×</div></a>'
    html = (
        f"<p>{BODY[0]}</p>"
        + ad.format("通知：留学生注意了，这些问题如果没准备好，先别留学！")
        + f"<p>{BODY[1]}</p><p>他通过广告代言赚得盆满钵满。</p>"
        + '<p><a href="/tag/ad"><b>广告</b></a></p>'
        + f"<p>{BODY[2]}</p>"
    )
    text = html_to_doc(html).text
    assert "留学生注意了" not in text
    assert "×" not in text
    assert "广告代言" in text
    assert BODY[2] in text


def test_a_blogs_page_archived_without_html_tags_is_read_as_a_page() -> None:
    """A crawl's <text> record of a blog post: a masthead <h1> linking home, a pager of the blog's
    other posts, a script and a form; few links. Read as a page: the pager above the headline
    and the blog's footer are not the article."""
    from briefreader.ingest.html import html_to_doc

    paragraphs = "".join(f'<p class="MsoNormal">{p * 3}</p>' for p in BODY * 4)
    html = (
        '<text id="http://blog.example/1.html" title="标题--某人的博客">'
        '<div id="header"><h1 class="title"><a href="index.html">某人的博客</a></h1></div>'
        '<div id="category"><a href="1.html" title="上一篇">孩子，夏令营让你得到了什么？</a>- -| '
        '<a href="index.html">回首页</a> | <a href="catalog.html">2005年索引</a> | - -'
        '<a href="3.html" title="下一篇">浴室都安全吗?</a></div>'
        f'<div class="entity"><h2>谁来为无序拆房“埋单”？</h2>{paragraphs}'
        '<p class="diaryFoot">- 作者： 流泉 访问统计：2005年08月30日, 星期二 13:22</p></div>'
        '<div class="operation"><h3>博客手拉手</h3><p class="comment"><a href="x">另一篇</a></p></div>'
        '<form id="replyForm"><textarea></textarea><script>var a = 1;</script></form>'
        + "<!-- "
        + "x" * 20_000
        + " -->"
        + "</text>"
    )
    doc = html_to_doc(html)
    assert BODY[0] in doc.text
    assert "夏令营" not in doc.text
    assert "博客手拉手" not in doc.text


def test_an_outlets_closing_call_for_news_tips_goes_and_a_police_appeal_stays() -> None:
    call = (
        "《某某周末》现向所有身处一线的读者公开征集新闻线索。线索可直接给本篇文章留言，格式为：【线索】+内容+您的电话"
    )
    text = _text(*BODY, "征集", call)
    assert "新闻线索" not in text
    assert "征集" not in text
    assert BODY[2] in text
    appeal = "警方呼吁知情者提供线索，联系电话：110。"
    assert appeal in _text(*BODY, appeal)
