"""Guards session 41's metadata changes (issue 12), built from the KINDS of place that the untuned misses of sessions
38-40's fresh batches and of dev-retired36 (session 39's held-out set, retired this session) share, not from one
batch's literal: a page's row of fields set off by bars with a reader's controls among them; the site's own publisher
field against a labelled source the page shows; a labelled name that ends as a site's channel does; a plain text's
headline line over its lead with no blank line between; a wire's headline after 题 in its dateline line; a <title>
that names a site, an app or an office over the heading right above the article's start. Each test fails on the code
before unless it says it is a guard."""

from __future__ import annotations

from briefreader.ingest import ingest_entries
from briefreader.ingest.clean import drop_blank_lines
from briefreader.ingest.metadata import parse_info_line

_LEAD = "近日，当地一家健身房发生争议事件，多名会员向管理方反映更衣室使用规定不清，要求尽快作出说明并改进管理。"
_MORE = "管理方表示，将在一周内公布新的规定，并邀请会员代表参与讨论，相关部门也表示会持续关注此事的进展。"


def _docs(text: str, suffix: str) -> list:
    return ingest_entries(text.encode("utf-8"), id="d", path="d" + suffix, suffix=suffix)


# --- a page's row of fields with its controls among them (dev s40b_20; the kind of s38's, s39b's and s40b's rows)


def test_a_row_of_fields_keeps_its_fields_without_its_controls() -> None:
    info = parse_info_line("京港台：2024-11-27 04:55| 来源：Newtalk | 评论条 | 我来说几句")
    assert info is not None and str(info.date[0]) == "2024-11-27" and info.source == "Newtalk", info
    info = parse_info_line("2024-01-01 | 记者 张三 | 我来说几句 | 打印")
    assert info is not None and str(info.date[0]) == "2024-01-01" and info.authors == ["张三"], info


def test_a_menu_with_the_sites_clock_or_a_headline_with_bars_is_no_row_of_fields() -> None:
    # guard: one field among controls (the site's clock and name in its menu) and a part with a sentence's words
    for line in (
        "首页 | 新闻 | 2024-01-01 | 关于我们",
        "2024-01-01 | 人民日报 | 设为首页 | 加入收藏",
        "新华社｜香港国安法全文来了 | 评论",
        "2024-01-01 | 来源：某某网 | 市民在公园里晨练的场景十分热闹",
    ):
        assert parse_info_line(line) is None, line


# --- the site's own publisher field against the 来源 the page shows (dev s40b_10, s40b_18)


def _relayed_page(label: str, outlet: str, publisher: str) -> str:
    return (
        "<html><head><title>某地健身房更衣室规定引争议 - 无忧资讯</title>"
        '<meta property="og:site_name" content="无忧资讯">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "某地健身房更衣室规定引争议", "datePublished": "2024-12-11T13:45:00-05:00", '
        f'"publisher": {{"@type": "Organization", "name": "{publisher}"}}}}</script></head><body>'
        "<h1>某地健身房更衣室规定引争议</h1><div class='info'><span>发布：</span><span>2024年12月11日 13:45</span>"
        f"<span>{label}</span><span>{outlet}</span></div><div class='font'><div>设置字体大小</div><div>小</div>"
        "<div>标准</div><div>大</div><div>特大</div><div>205075100</div></div>"
        f"<div class='content'><p>{_LEAD}</p><p>{_MORE}</p></div>"
        "</body></html>"
    )


def test_a_labelled_source_the_page_shows_is_over_its_own_publisher_field() -> None:
    (doc,) = _docs(_relayed_page("来源：", "世界新闻网", "51.ca"), ".html")
    assert doc.source == "世界新闻网", doc.source


def test_a_labelled_name_ending_as_a_channel_without_a_surname_is_no_persons() -> None:
    (doc,) = _docs(_relayed_page("稿源：", "快科技", "cnBeta"), ".html")
    assert doc.source == "快科技", doc.source
    # guard: a labelled name that opens with a surname is still weighed as a person's
    (doc,) = _docs(_relayed_page("来源：", "尹娟", "无忧资讯"), ".html")
    assert doc.source != "尹娟", doc.source


# --- a plain text's headline line over its lead (dev s40_05, dev-retired36 s39h_04)


def test_a_headline_line_over_a_lead_that_opens_with_its_day_is_the_headline() -> None:
    headline = "2023年乒乓球新加坡大满贯赛第4日综述：陈梦、王艺迪拒绝逆转，菲利克斯·勒布伦爆冷淘汰林昀儒"
    text = f"{headline}\n北京时间3月14日，WTT新加坡大满贯赛正赛进入第4个比赛日，男、女单16强阵容浮出水面。\n"
    (doc,) = _docs(text, ".txt")
    assert doc.title == headline and not doc.title_generated, (doc.title, doc.title_generated)


def test_a_headline_line_over_indented_paragraphs_is_set_apart() -> None:
    head = "新华社北京９月１日电题：教育部：重拳整治“学术不端”，切实维护学术诚信 "
    text = f"{head}\n　　新华社记者魏梦佳 \n　　{_LEAD} \n　　{_MORE} \n"
    assert drop_blank_lines(text).split("\n")[:2] == [head, ""]
    (doc,) = _docs(text, ".txt")
    assert doc.title == "教育部：重拳整治“学术不端”，切实维护学术诚信" and doc.source == "新华社", (
        doc.title,
        doc.source,
    )


def test_a_sentence_cut_over_two_lines_is_no_headline() -> None:
    # guard: a first line that is a clause of the sentence below (no indent apart, no day opening the line below)
    lines = [
        "近日，当地一家健身房发生争议事件，多名会员向管理方反映",
        "更衣室使用规定不清，要求尽快作出说明并改进管理。",
        _MORE,
    ]
    assert "" not in drop_blank_lines("\n".join(lines)).split("\n")
    # ...nor a text whose every paragraph is indented, its first line too
    text = "\n".join("　　" + x for x in lines)
    assert "" not in drop_blank_lines(text).split("\n")


# --- a <title> that names a site, an app or an office (dev-retired36 s39h_06, s39h_09)


def test_the_heading_over_the_articles_fields_is_over_a_title_naming_an_office() -> None:
    page = (
        "<html><head><title>中国铁路总公司北京特派办</title></head><body><div><h3>部门简介</h3>"
        "<div>当前位置：<a href='/'>部门简介</a></div></div><div class='news'>"
        "<h3>1月至10月铁路客货多项重要指标创历史新高</h3><p>发布部门：安监局 发布时间：2018年11月19日 "
        f"<a href='#'>全文下载</a></p></div><div id='zoom'><p>{_LEAD}</p><p>{_MORE}</p></div></body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert doc.title == "1月至10月铁路客货多项重要指标创历史新高", doc.title


def test_the_heading_over_the_leads_dateline_is_over_an_apps_title() -> None:
    page = (
        "<html><head><title>智慧出行-欢迎进入行业基本信息</title></head><body><h4>平湖客运中心</h4><hr>"
        f"<p>本报讯 9月28日上午，备受关注的平湖市汽车客运中心正式开工。{_LEAD}</p><p>{_MORE}</p></body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert doc.title == "平湖客运中心", doc.title


def test_a_title_that_shares_the_headings_words_keeps_its_place() -> None:
    # guard: a <title> that is the headline in other words (most of its pairs shared) is not displaced
    page = (
        "<html><head><title>平湖市汽车客运中心项目正式开工建设</title></head><body><h4>平湖客运中心开工</h4>"
        f"<p>本报讯 9月28日上午，备受关注的平湖市汽车客运中心正式开工。{_LEAD}</p><p>{_MORE}</p></body></html>"
    )
    (doc,) = _docs(page, ".html")
    assert doc.title == "平湖市汽车客运中心项目正式开工建设", doc.title


# --- the text's end: a wire's closing reporters' credit, a signer set over two lines (dev-retired36 s39h_05, dev
# s40c_07; the kind of s38_11's signers)


def test_a_wires_closing_reporters_credit_names_its_outlet() -> None:
    text = f"国家卫计委：医改尊重首创精神\n\n{_LEAD}\n{_MORE}\n新华社记者王海权、张侨北京报道。（完）\n"
    (doc,) = _docs(text, ".txt")
    assert doc.source == "新华社", doc.source
    # guard: a sentence that reports what an outlet's reporter said names no publisher
    text = f"国家卫计委：医改尊重首创精神\n\n{_LEAD}\n据新华社记者王海权报道，{_MORE}\n"
    (doc,) = _docs(text, ".txt")
    assert doc.source != "新华社", doc.source


def test_a_signer_set_over_two_lines_is_read_whole() -> None:
    signer = ("省市场监管局新型冠状病毒感染的", "肺炎疫情防控工作领导小组")
    body = "\n".join([_LEAD, _MORE] * 12)  # (a notice's text: the signature far below its header's lines)
    text = f"关于开展助力餐饮复工系列公益直播的通知\n\n各设区市市场监管局：\n{body}\n{signer[0]}\n{signer[1]}\n2020年3月9日\n"
    (doc,) = _docs(text, ".txt")
    assert doc.source == "".join(signer) and str(doc.date) == "2020-03-09", (doc.source, doc.date)
    # guard: two signers, one a line (the first one's name ends in 和 but is a name by itself)
    text = text.replace(signer[0], "江西省市场监督管理局和")
    (doc,) = _docs(text, ".txt")
    assert doc.source != "江西省市场监督管理局和" + signer[1], doc.source


# --- a hostile line: the metadata line reader does not normalise a line no metadata line can be


def test_a_long_run_of_blanks_is_no_metadata_line_and_read_in_bounded_time() -> None:
    import time

    start = time.process_time()
    assert parse_info_line("a" + " " * 40_000 + "b") is None
    # (the code before normalised the line first: 3.7 s of CPU at 20,000 blanks, about four times as much at 40,000,
    # quadratic; extract_metadata asked it of a text's closing line up to a few dozen times)
    assert time.process_time() - start < 3, time.process_time() - start
