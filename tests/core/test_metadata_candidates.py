"""Guards title, date and source as scored candidates from every place they can be (issue 12):
date lines with the place or outlet after or before them, bylines with dates, a closing
（完）date, government document tables, meta/Open Graph/JSON-LD, <title> without the
site, URL dates; plausible dates only, never a figure from the body; a source is an
outlet or an issuer, never an editor. Each test failed on the first-regex-that-fires
rules that came before."""

from __future__ import annotations

import datetime as dt

import pytest

from briefreader.ingest import ingest_bytes, to_traditional
from briefreader.ingest.metadata import parse_info_line, title_from_page_title, url_date

BODY = (
    "市经济信息化委表示，今年将推动数字经济规模再上新台阶，完成投资3893万元，到2035年建成具有全球影响力的数字产业集群。"
)


def ingest(text: str, suffix: str = ".txt"):
    return ingest_bytes(text.encode("utf-8"), id="x", path="x" + suffix, suffix=suffix)


@pytest.mark.parametrize(
    ("line", "date", "source", "authors"),
    [
        ("2026年9月28日 上海报道", dt.date(2026, 9, 28), "", []),
        ("2024年12月30日 杨浦时报", dt.date(2024, 12, 30), "杨浦时报", []),
        ("2024年12月30日杨浦时报", dt.date(2024, 12, 30), "杨浦时报", []),
        ("第一财经 2024-06-27 10:12:45", dt.date(2024, 6, 27), "第一财经", []),
        ("记者 林晓 2022年6月16日", dt.date(2022, 6, 16), "", ["林晓"]),
        ("2019-09-07 15:10:53 来源：EETOP", dt.date(2019, 9, 7), "EETOP", []),
        ("发布时间：2024/10/17 09:09", dt.date(2024, 10, 17), "", []),
        ("2024-05-06 来源: 中国政府网 【字体：大 中 小】打印", dt.date(2024, 5, 6), "中国政府网", []),
        ("21世纪经济报道记者 叶麦穗 广州报道", None, "21世纪经济报道", ["叶麦穗"]),
        ("来源：新华社 作者：张三 责任编辑：李四", None, "新华社", ["张三"]),
        ("2017-03-10 08:42 人民日报海外版", dt.date(2017, 3, 10), "人民日报海外版", []),
        ("新华每日电讯 2024年1月5日", dt.date(2024, 1, 5), "新华每日电讯", []),
    ],
)
def test_info_lines_are_read_as_fields(line, date, source, authors) -> None:
    info = parse_info_line(line)
    assert info is not None
    assert (info.date[0] if info.date else None, info.source, info.authors) == (date, source, authors)


@pytest.mark.parametrize(
    "line",
    ["今天上海天气很好", "3893年5月1日", "中国 经济 发展 报告", "新华社北京1月2日电", "完成投资3893万元，同比增长12%"],
)
def test_text_is_not_an_info_line(line) -> None:
    assert parse_info_line(line) is None


@pytest.mark.parametrize(
    ("header", "date", "source"),
    [
        ("2026年9月28日 上海报道", dt.date(2026, 9, 28), ""),
        ("2024年12月30日 杨浦时报", dt.date(2024, 12, 30), "杨浦时报"),
        ("記者 林曉 2022年6月16日", dt.date(2022, 6, 16), ""),
    ],
)
def test_headline_then_a_date_line(header, date, source) -> None:
    text = f"杨浦区发布数字经济新政策\n{header}\n{BODY}\n"
    b = ingest(to_traditional(text) if header.startswith("記者") else text)
    assert (b.title, b.date, b.date_precision) == ("杨浦区发布数字经济新政策", date, "day")
    assert b.source == source
    assert not {header.split()[0], to_traditional(header.split()[0])} & set(b.text.split("\n")[0].split())
    assert "报道" not in b.text and "记者" not in b.text  # the metadata line left the body


def test_a_closing_date_after_the_end_mark() -> None:
    b = ingest(f"杨浦区发布数字经济新政策\n{BODY}\n（完）2025年1月20日\n")
    assert b.date == dt.date(2025, 1, 20)
    assert "2025年1月20日" not in b.text and b.text.endswith("数字产业集群。")


def test_a_signature_block_dates_and_signs_a_notice() -> None:
    b = ingest(f"关于推进数字经济发展的通知\n各区人民政府：\n{BODY}\n上海市经济和信息化委员会\n2024年3月5日\n")
    assert (b.title, b.date, b.source) == (
        "关于推进数字经济发展的通知",
        dt.date(2024, 3, 5),
        "上海市经济和信息化委员会",
    )


def test_a_figure_in_the_body_is_never_a_date() -> None:
    """The body's 3893 and 2035 are not years of publication; with no date anywhere
    there is none (it was 3893 or 2035 before)."""
    b = ingest(f"杨浦区发布数字经济新政策\n{BODY}\n")
    assert b.date is None


def test_implausible_dates_are_refused() -> None:
    b = ingest(f"---\ntitle: 标题在此\ndate: 3893-05-01\n---\n{BODY}\n", ".md")
    assert b.date is None
    assert ingest(f"标题在此处\n2999年5月1日 上海报道\n{BODY}\n").date is None


def test_gov_document_table() -> None:
    cells = [
        ("索引号", "000014349/2024-00012"),
        ("主题分类", "农业、林业、水利\\其他"),
        ("发文机关", "国务院办公厅"),
        ("成文日期", "2024年05月06日"),
        ("标题", "国务院办公厅关于加强农田水利建设的通知"),
        ("发文字号", "国办发〔2024〕21号"),
        ("发布日期", "2024年05月10日"),
    ]
    rows = "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in cells)
    html = (
        f"<html><head><title>国务院办公厅关于加强农田水利建设的通知_中国政府网</title></head><body>"
        f"<table>{rows}</table><div><p>{BODY}</p><p>{BODY}</p></div></body></html>"
    )
    b = ingest(html, ".html")
    assert b.title == "国务院办公厅关于加强农田水利建设的通知"
    assert (b.date, b.source) == (dt.date(2024, 5, 10), "国务院办公厅")
    assert "农业、林业" not in b.title and "索引号" not in b.text


def test_a_navigation_h1_with_javascript_is_not_the_title() -> None:
    html = (
        "<html><head><title>杨浦区发布数字经济新政策 - 杨浦时报</title>"
        '<meta property="og:title" content="杨浦区发布数字经济新政策 - 杨浦时报"></head><body>'
        "<h1>var nav = document.getElementById('menu'); function open() {}</h1>"
        f"<div><p>{BODY}</p><p>{BODY}</p></div></body></html>"
    )
    assert ingest(html, ".html").title == "杨浦区发布数字经济新政策"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("习近平主持召开深入推进长三角一体化发展座谈会-中国科普网", "习近平主持召开深入推进长三角一体化发展座谈会"),
        (
            "2024年4月全国CPI同比上涨0.3% 食品价格下降2.7%_数据_宏观频道首页_财经网 - CAIJING.COM.CN",
            "2024年4月全国CPI同比上涨0.3% 食品价格下降2.7%",
        ),
        ("街市重開 鼠患不改 - 東方日報", "街市重開 鼠患不改"),
        ("没有站点后缀的标题", "没有站点后缀的标题"),
        ("专访｜张三谈数字经济发展_财经频道_新浪网", "专访｜张三谈数字经济发展"),  # the headline's own label stays
    ],
)
def test_page_title_without_the_site(raw, title) -> None:
    assert title_from_page_title(raw) == title


def test_meta_json_ld_and_url_dates() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "央行开展MLF操作",'
        ' "datePublished": "2024-12-30T09:30:00+08:00", "publisher": {"name": "证券时报网"}}</script>'
        f"</head><body><div><p>{BODY}</p><p>{BODY}</p></div></body></html>"
    )
    b = ingest(html, ".html")
    assert (b.title, b.date, b.source) == ("央行开展MLF操作", dt.date(2024, 12, 30), "证券时报网")
    assert url_date("https://news.rthk.hk/rthk/ch/component/k2/1542567-20200808.htm") == (dt.date(2020, 8, 8), "day")
    assert url_date("http://www.gov.cn/zhengce/content/2024-05/10/content_6950000.htm") == (dt.date(2024, 5, 10), "day")
    assert url_date("http://www.example.com/t20240506_123.html") == (dt.date(2024, 5, 6), "day")
    assert url_date("http://www.example.com/article/38931234.html") is None


def test_an_editor_is_never_the_source() -> None:
    b = ingest(f"杨浦区发布数字经济新政策\n责任编辑：王明\n{BODY}\n")
    assert b.source == "" and "王明" not in b.authors


def test_a_laws_latest_amendment_dates_it() -> None:
    text = (
        "# 上海口岸服务条例\n\n2011年11月17日 上海市第十三届人民代表大会常务委员会第三十次会议通过\n\n"
        "2020年5月14日 上海市第十五届人民代表大会常务委员会第二十一次会议《关于修改本市部分地方性法规的决定》第一次修正\n\n"
        f"第一条 {BODY}\n"
    )
    b = ingest(text, ".md")
    assert (b.title, b.date) == ("上海口岸服务条例", dt.date(2020, 5, 14))
    assert b.source == "上海市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("lead", "source", "authors"),
    [
        ("(星島日報報道)黎智英獲保釋候查，昨早由寓所返回公司大樓。", "星岛日报", []),
        ("【明報專訊】政府昨日公布全民檢測計劃，市民可自願參與。", "明报", []),
        ("〔記者張存薇／台東報導〕台東縣賓朗國小護理師牽線，為學生募到新鞋。", "", ["张存薇"]),
        ("南都讯 记者刘凡 继推出日票后，深圳今后将设地铁头等车厢。", "南都", []),
    ],
)
def test_press_tags_name_the_outlet(lead, source, authors) -> None:
    b = ingest(to_traditional(f"標題在此處一\n{lead}\n") if "讯" not in lead else f"标题在此处一\n{lead}\n")
    assert (b.source, b.authors[:1]) == (source, authors)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（来源：人民日报）", "人民日报"),
        ("【来源：新华社】", "新华社"),
        ("本文转自：澎湃新闻", "澎湃新闻"),
        ("来源：北青网-北京青年报 北京 举报", "北青网-北京青年报"),
        ("本文来源于国家统计局", "国家统计局"),
        ("责任编辑：王明", ""),
    ],
)
def test_source_labels(line, source) -> None:
    info = parse_info_line(line)
    assert (info.source if info else "") == source


def test_this_paper_is_the_page_s_outlet_and_a_label_may_sit_apart_from_its_value() -> None:
    html = (
        "<html><head><title>杨浦区发布数字经济新政策_解放日报</title></head><body>"
        "<div><span>2024-05-06</span> <span>来源：</span></div><div><a>上观新闻</a></div>"
        f"<div><p>本报讯（记者 王明）{BODY}</p><p>{BODY}</p></div></body></html>"
    )
    b = ingest(html, ".html")
    assert b.source == "上观新闻"  # the 来源 line, its value in the next element
    b = ingest(html.replace("<span>来源：</span></div><div><a>上观新闻</a></div>", "</div>"), ".html")
    assert b.source == "解放日报"  # 本报: the paper the page is, never "本报"


def test_the_displayed_h1_beats_the_og_title_and_a_logo_h1_never_wins() -> None:
    head = (
        "<html><head><title>机动部队男警初步确诊 同组警员或要检疫 - 香港经济日报</title>"
        '<meta property="og:title" content="机动部队男警初步确诊 同组警员或要检疫 - 香港经济日报"></head><body>'
    )
    body = f"<div><p>{BODY}</p><p>{BODY}</p></div></body></html>"
    b = ingest(head + "<h1>【新冠肺炎】机动部队男警初步确诊　同组警员或要检疫</h1>" + body, ".html")
    assert b.title == "【新冠肺炎】机动部队男警初步确诊 同组警员或要检疫"
    b = ingest(head + "<h1>香港经济日报</h1>" + body, ".html")
    assert b.title == "机动部队男警初步确诊 同组警员或要检疫"


def test_microdata_publication_time() -> None:
    html = (
        '<html><body><h1>杨浦区发布数字经济新政策</h1><time itemprop="datePublished" datetime="2024-05-06T10:30:00+08:00">'
        f"5月6日</time><div><p>{BODY}</p><p>{BODY}</p></div><ul><li><time datetime='2020-01-01'>旧闻</time></li></ul>"
        "</body></html>"
    )
    assert ingest(html, ".html").date == dt.date(2024, 5, 6)


def test_the_element_a_cms_calls_source() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="新浪财经"></head><body><h1>杨浦区发布数字经济新政策</h1>'
        '<div class="resource-list">资源下载</div><div class="info"><a class="source" href="http://www.nbd.com.cn">'
        f"每日经济新闻</a> 阅读 1234 点赞 56</div><div><p>{BODY}</p><p>{BODY}</p></div></body></html>"
    )
    assert ingest(html, ".html").source == "每日经济新闻"  # not the site that republished it


def test_a_signature_dated_in_chinese_numerals() -> None:
    b = ingest(f"关于推进数字经济发展的通知\n{BODY}\n上海市经济和信息化委员会\n二〇二四年十二月三十一日\n")
    assert (b.date, b.source) == (dt.date(2024, 12, 31), "上海市经济和信息化委员会")
    assert parse_info_line("二〇二四年二十月一日") is None  # no such month


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("民國113年4月18日", dt.date(2024, 4, 18)),
        ("發布日期：113年4月18日", dt.date(2024, 4, 18)),
        ("民國38年10月1日", dt.date(1949, 10, 1)),
        ("民國37年10月1日", None),
    ],
)  # 1948: before 1949, refused
def test_taiwan_calendar_dates(line, date) -> None:
    from briefreader.hanzi import to_simplified

    info = parse_info_line(to_simplified(line))
    assert (info.date[0] if info and info.date else None) == date
