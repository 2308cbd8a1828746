"""Session 12, article text (issue 12): unit cases written from general knowledge of how
pages are set, each for a general rule found on real pages (named in the commit that
made it)."""

from __future__ import annotations

from briefreader.ingest.clean import drop_boilerplate
from briefreader.ingest.html import html_to_doc
from briefreader.ingest.markdown import markdown_to_text

BODY = [
    "2015年，全县人民在县委、县政府的正确领导下，积极应对各种风险挑战，国民经济保持平稳增长。",
    "国民经济继续健康稳定发展。全县实现生产总值110亿元，按可比价格计算，比上年增长9.3％。",
    "财政收入大幅增长。全县实现财政总收入为23亿元，比上年增长16.0％，其中公共财政预算收入14亿元。",
    "农业综合生产能力稳步提高。全县农业总产值28亿元，按可比价格计算，比上年增长5.04%。",
]


# --- the head ends where the article starts, not where its first line first appears ------


def test_a_headline_repeated_as_the_first_line_keeps_the_date_row_in_the_head() -> None:
    """A gov page prints its headline, then a row 来源/访问量/发布日期, then the article,
    which opens with the headline again: the row is the head's last line (metadata reads
    the date there), not lost between two copies of the headline."""
    headline = "某县2015年国民经济和社会发展统计公报"
    html = (
        "<!DOCTYPE html><html><head><title>统计公报</title></head><body>"
        '<div class="nav"><a href="/">网站首页</a> <a href="/sj">数据开放</a></div>'
        f'<div class="article"><h2>{headline}</h2>'
        '<div class="attr"><span>来源：</span><span>访问量：199</span>'
        "<span>发布日期：2017-05-15 10:49:00</span></div>"
        f'<div class="content"><p align="center">{headline}</p>'
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "<p>（某县统计局）</p></div></div>"
        '<div class="foot">主办单位：某县人民政府办公室</div></body></html>'
    )
    doc = html_to_doc(html)
    assert "2015年，全县人民" in doc.text
    head = [line for line in doc.head.split("\n") if line]  # blank lines mark the markup's blocks
    assert "发布日期：2017-05-15 10:49:00" in head[-1]
    assert head[-2] == headline


# --- Markdown: a quoted note above the document's headline is the copy's, not the article --


def test_a_quoted_note_above_the_headline_goes() -> None:
    note = "> 本文由脚本自官方公开页面提取，仅供检索。\n> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n\n"
    body = "# 某市交通委员会关于实行专用车道管理的通告\n\n目前，西延伸工程已具备试运营条件。\n\n> 特此通告。\n"
    text = markdown_to_text(note + body)
    assert "著作权法" not in text and "提取" not in text
    assert text.split("\n")[0] == "某市交通委员会关于实行专用车道管理的通告"
    assert "特此通告。" in text  # a quote under the headline is the article's


def test_a_quoted_summary_above_section_headings_stays() -> None:
    """An archived feature opens with its summary quoted, then its sections (### 生产): no
    headline (h1) stands under the quote, so the quote is the article's standfirst."""
    text = markdown_to_text(
        "> 多家生产企业均表示产能充足，但诸多原因造成了短缺。\n\n### 生产\n\n试剂盒作为确诊的重要手段。\n"
    )
    assert "多家生产企业均表示产能充足" in text
    text = markdown_to_text("原文链接：某网\n\n> 来源：某网\n\n# 标题\n\n正文。\n")
    assert "来源：某网" in text  # a line above the quote: not a quoted note alone


# --- a lead alone in its block: the article is the nearest element holding the page's prose --


def test_a_lead_in_a_section_of_its_own_brings_its_siblings() -> None:
    """WeChat's editor sets each paragraph in a <section>; a page too large for readability
    (inlined images) is read from its description's paragraph: its container held the lead
    alone and the body went to the tail."""
    lead = "近日，某州人民检察院组织召开检察官业绩考评委员会办公室第三次会议，再次听取各业务部门关于考评标准修改完善的具体情况，全面推进考评工作。"
    sections = "".join(f"<section><p>{p}</p></section>" for p in [lead, *BODY])
    html = (
        "<!DOCTYPE html><html><head><title>某县统计公报</title>"
        f'<meta name="description" content="{lead}"></head><body>'
        '<div class="nav"><a href="/">首页</a></div>'
        f'<div id="js_content"><section>{sections}</section></div>'
        '<div class="foot">扫一扫关注</div></body></html>'
    ).replace(
        '</div><div class="foot">',
        '<img src="data:image/jpeg;base64,' + "QUJD" * (160 * 1024) + '"></div><div class="foot">',
    )  # past readability's bound
    doc = html_to_doc(html)
    for p in BODY:
        assert p in doc.text


# --- a post's closing plug: short lines at the end, half of them a call -----------------------


def test_a_closing_share_and_follow_plug_goes() -> None:
    body = "\n".join(BODY)
    for plug in (
        "某县检察融媒体中心\n✬如果你喜欢这篇文章，欢迎分享到朋友圈✬\n评论功能现已开启，但需要关注☺",
        "了解某报的三观\n请长按下方二维码关注我们or回到文章顶部（微信公众号ID：abc）",
    ):
        text = drop_boilerplate(body + "\n" + plug)
        assert text.startswith(BODY[0]) and BODY[-1] in text
        assert "朋友圈" not in text and "二维码" not in text


def test_a_closing_line_about_sharing_is_kept_when_it_is_news() -> None:
    text = body = (
        "\n".join(BODY) + "\n活动结束后，不少居民把照片分享到朋友圈，引来许多点赞和评论，大家都说今年的活动办得好。"
    )
    assert drop_boilerplate(text) == body
    short = "\n".join(BODY) + "\n公示期：十个工作日\n联系电话：0000-1234567"
    assert drop_boilerplate(short) == short


# --- rights notices: 版权归…所有, and a notice of several sentences ---------------------------


def test_rights_notices_in_other_word_orders_go() -> None:
    body = "\n".join(BODY)
    for note in (
        "⊙文章版权归《某某周刊》所有，欢迎转发到朋友圈，转载请联系后台。",
        "本平台为某某日报社所有。任何单位、个人转载本社内容的，必须事先获得书面授权。"
        "除法定合理使用范畴外，未经许可，不得转载、传播其享有版权的作品(作品形式不限于文字）。",
    ):
        assert drop_boilerplate(body + "\n" + note) == body
    # a sentence of the article on a copyright case stays
    case = body + "\n法院认为，原告对涉案作品享有著作权，被告未经许可转载他人作品，构成侵权。"
    assert drop_boilerplate(case) == case


def test_a_sentence_saying_whose_a_work_is_stays() -> None:
    """Review s12 F11: 版权归…所有 is a rights line when its subject is the text itself (本文,
    文章, none); a verdict or a fact about another work, or a party of a case as holder, stays."""
    body = "\n".join(BODY)
    for line in (
        "法院判决，涉案作品版权归原告所有。",
        "法院判决涉案作品版权归原告所有。",
        "二审维持原判，该书版权归李某所有。",
        "仲裁委员会裁定，版权归申请人所有",
        "据他回忆，那部电影的版权归制片厂所有。",
    ):
        assert drop_boilerplate(body + "\n" + line) == body + "\n" + line, line
    for note in (
        "本文来源于网络，版权归原作者所有，如有侵权请联系删除。",
        "版权归原作者所有，侵删。",
        "图片版权归原作者所有",
        "本公众号所发文章版权归原作者所有。",
        "© 本文版权归 某某 所有，任何形式转载请联系作者。",
    ):
        assert drop_boilerplate(body + "\n" + note) == body, note


# --- LDC's record layout (NIST MT sets): <DOC docid=…>, <hl>, <p> of <seg>s, segmented words -----

LDC = """<DOC docid="XIN20041201.0026" genre="news">
<hl>
<seg id=1>  北京 艾滋病 病毒 感染者 年 增 四 成 </seg>
</hl>
<p>
<seg id=2>  新华社 北京 12月 1日 电 ( 赵 新培 、 李 煦 ) 北京市 卫生 局 日前 公布 了 最新 数字 。 </seg>
<seg id=3>  按 国家 统计 数据 , 北京市 在 全国 排名 第 8 位 。 </seg>
</p>
<p>
<seg id=4>  由 法国 基因 研究 中心 GENOSCOPE 领导 的 科学家 表示 , 染色体 由 DNA and RNA 组成 。 </seg>
</p>
</DOC>
<DOC docid="AFC20031399.0001">
<hl><seg id=1> 第二 篇 </seg></hl>
<p><seg id=2> 法新社 报道 , 这 是 第二 篇 。 </seg></p>
</DOC>
"""


def test_ldc_records_are_read_as_fields() -> None:
    from briefreader.ingest.records import looks_like_records, parse_records

    assert looks_like_records(LDC)
    first, second = parse_records(LDC)
    assert first.title == "北京艾滋病病毒感染者年增四成"
    assert first.date == "2004-12-01"
    assert first.body.split("\n\n") == [
        "新华社北京12月1日电(赵新培、李煦)北京市卫生局日前公布了最新数字。按国家统计数据,北京市在全国排名第8位。",
        "由法国基因研究中心GENOSCOPE领导的科学家表示,染色体由DNA and RNA组成。",
    ]
    assert second.title == "第二篇" and second.date == ""  # 13th month: no day


def test_unsegmented_text_keeps_its_spaces() -> None:
    from briefreader.ingest.records import parse_records

    (record,) = parse_records(
        "<doc><contenttitle>標題 一</contenttitle><content>这是 一个 句子，其余 没有空格的正文很长很长很长很长很长很长很长。</content></doc>"
    )
    assert record.title == "標題 一"
    assert "这是 一个 句子" in record.body


# --- a time relative to the crawl, alone on its line ------------------------------------------


def test_a_relative_time_alone_on_its_line_goes() -> None:
    body = "\n".join(BODY)
    for stamp in ("2小时前", "2 小时前", "3天前", "刚刚", "5 hours ago"):
        assert drop_boilerplate(f"{stamp}\n{body}") == body
    kept = "两年前，全县还没有一家龙头企业。\n" + body  # a sentence that starts so stays
    assert drop_boilerplate(kept) == kept
