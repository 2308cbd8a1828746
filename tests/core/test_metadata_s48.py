"""Guards session 48's metadata changes (issue 12). The documents below are made up in the shapes of real ones. Each
test fails on the code before unless it says it is a guard."""

from __future__ import annotations

from test_metadata_s38 import _docs

from briefreader.ingest import metadata
from briefreader.ingest.metadata import parse_info_line

_BODY = "这是正文内容，讲述了一件事情的经过和各方的看法。" * 3


# --- Chinese numerals in dates are read by figures.numerals.parse_chinese (the project's one reader)


def _spelled(n: int) -> str:
    """1..31 written as a date writes them (十, 十二, 二十, 三十一), by hand here, not by the reader under test."""
    digits = "零一二三四五六七八九"
    tens, units = divmod(n, 10)
    return (digits[tens] if tens > 1 else "") + ("十" if tens else "") + (digits[units] if units else "")


def test_every_day_and_month_in_chinese_numerals_reads_as_before() -> None:
    # guard: the days 1-31 and months 1-12 the old hand-written reader gave
    for month in range(1, 13):
        for day in (1, 9, 10, 11, 19, 20, 21, 28):
            line = f"二〇一九年{_spelled(month)}月{_spelled(day)}日"
            info = parse_info_line(line)
            assert info and info.date and str(info.date[0]) == f"2019-{month:02d}-{day:02d}", (line, info)
    for day in (30, 31):
        info = parse_info_line(f"二○一九年十二月{_spelled(day)}日")  # the zeros typed as the circle ○
        assert info and info.date and str(info.date[0]) == f"2019-12-{day}", info


def test_a_numeral_that_is_no_number_is_no_date() -> None:
    # "一一" (one one) is no month: None, where the old reader raised KeyError out of the whole document's reading
    assert metadata._cn_number("一一") is None and metadata._cn_number("十十") is None
    assert metadata._cn_number("三十一") == 31 and metadata._cn_number("二〇〇九") == 2009
    assert metadata._cn_number("二○○九") == 2009


def test_a_worded_date_with_a_month_that_is_no_number_does_not_stop_the_document() -> None:
    # "一一月 6, 2009": _iso_worded_dates asked the month's number and the KeyError ended ingest (no briefing at all)
    text = f"一篇测试文章的标题\n\n一一月 6, 2009 发布\n\n{_BODY}\n"
    (doc,) = _docs(text, ".txt")
    assert doc.title == "一篇测试文章的标题" and doc.date is None, (doc.title, doc.date)
    assert metadata._iso_worded_dates("十一月 6, 2009") == "2009-11-06"  # guard


# --- a company's periodic report: its name as the PDF's Title, the year and kind on the cover under it


def test_a_reports_title_property_naming_the_company_takes_the_cover_line_under_it() -> None:
    from briefreader.ingest.metadata import extract_metadata

    body = f"辽宁华能电气股份有限公司\n2018 年第一季度报告\n第一节 重要提示\n{_BODY}"
    meta = extract_metadata(body, {"title": "辽宁华能电气股份有限公司"})
    assert meta.title.replace(" ", "") == "辽宁华能电气股份有限公司2018年第一季度报告", meta.title
    assert "2018 年第一季度报告" not in meta.body.split("\n")[0], meta.body[:60]
    # guard: a title property that is a headline, or a cover line that is no report's year and kind, stays as it was
    meta = extract_metadata(
        f"辽宁华能电气股份有限公司\n关于召开股东大会的通知\n{_BODY}", {"title": "辽宁华能电气股份有限公司"}
    )
    assert meta.title == "辽宁华能电气股份有限公司", meta.title
    meta = extract_metadata(f"2018 年第一季度报告\n{_BODY}", {"title": "公司发布一季度业绩"})
    assert meta.title == "公司发布一季度业绩", meta.title


# --- a labelled source naming a company by its Latin brand, then its registered name


def test_a_source_label_with_a_latin_brand_before_the_registered_name_reads_the_name() -> None:
    info = parse_info_line("本图文来源：Oxford Roadmapping 澳恪森数智科技服务(广州)有限公司")
    assert info and info.source in ("澳恪森数智科技服务(广州)有限公司", "澳恪森数智科技服务"), info
    # guard: an outlet named in both scripts keeps its reading
    info = parse_info_line("来源：Reuters 路透社 2024-01-02")
    assert info and info.source == "Reuters 路透社" and str(info.date[0]) == "2024-01-02", info


# --- a page copied as text: its <title> first, the site's menus, then the headline again over its date line

_TOP = "即时 热门 政治 财富 军武 社会 生活 健康 国际 地方 蒐奇 影音 财经 娱乐 汽车 时尚 体育 3C 评论 艺文 玩咖 食谱 地产 专区"
_SITE = "求职 爆 Search 某某电子报 某某财经 财经首页 财经即时 财经政策 国际财经 证券产业 房产资讯 财经周报 基金查询 投资理财 粉丝团"
_APP = ["服务", "某某电子报 APP", "某某电子报粉丝团", "某某电子报 Line", "某某电子报 X", "热门新讯"]
_PAIRS = (
    "财经即时 Breakingnews 财经政策 Strategy 影音专区 video 国际财经 International 证券产业 Securities 房产资讯 Estate "
    "财经周报 Weeklybiz 基金查询 Fund 投资理财 Investment 新闻查询 Search 基金查询 Search Search 财经 > 证券产业"
)
_MENUS = "\n".join([*_TOP.split(), *_SITE.split(), "某某影音", *_TOP.split(), *_APP, *_PAIRS.split()])
_PARAS = "\n".join(f"第{k}段，{_BODY}" for k in range(12))


def test_the_date_line_under_the_headline_repeated_below_the_menus_dates_the_page() -> None:
    # (dev-retired43 s46h_04's shape: more menu lines than the navigation reader takes push the headline past the
    # header's reach)
    headline = "某地强震引爆灾情 电子大厂东南亚厂区均安"
    (doc,) = _docs(f"{headline} - 某某财经\n{_MENUS}\n{headline}\n2025/03/29 08:05\n{_PARAS}\n", ".txt")
    assert str(doc.date) == "2025-03-29", (doc.title, doc.date)
    assert "2025/03/29 08:05" not in doc.text  # the page's date line, no line of the article
    # guard: the headline again with prose under it, a date in the prose's third paragraph: no page's date line
    paras = _PARAS.replace("第2段，", "第2段，2025/03/29 08:05 ")
    (doc,) = _docs(f"{headline} - 某某财经\n{_MENUS}\n{headline}\n{paras}\n", ".txt")
    assert doc.date is None, doc.date


# --- a regulation's promulgation note names the government whose order it is, its year in brackets


def test_a_promulgation_note_with_the_orders_bracketed_year_names_the_government() -> None:
    from briefreader.ingest.metadata import extract_metadata

    note = "(2023年11月17日某某省人民政府令〔2023〕第10号公布，自2024年1月1日起施行)"
    meta = extract_metadata(
        f"{note}\n为了规范某类工程运行管理，制定本规定。\n本规定所称某类工程，是指输水干线。",
        {"title": "某某省某类工程运行管理规定"},
    )
    assert str(meta.date) == "2023-11-17" and meta.source == "某某省人民政府", (meta.date, meta.source)


# --- a reader service's Markdown export: its Title field is the page's <title>


def test_a_reader_exports_title_field_is_the_title_when_the_page_gives_no_headline() -> None:
    head = "Title: 某公司开源周首日发布新项目：让算力狂飙！\n\nURL Source: https://mp.weixin.qq.com/s/abcdefg\n\nMarkdown Content:\n"
    text = f"{head}![Image 1: 图片](assets/3/b/3be3.gif)\n\n2 月 24 日，某公司正式启动“开源周”，率先发布了首个开源项目。\n\n{_PARAS}\n"
    (doc,) = _docs(text, ".md")
    assert doc.title == "某公司开源周首日发布新项目：让算力狂飙！" and not doc.title_generated, doc.title
    assert "URL Source" not in doc.text and "Markdown Content" not in doc.text
    # guard: the page's <title> with its site after the headline gives the headline (the site's name cut)
    text = (
        head.replace("让算力狂飙！", "让算力狂飙！ - 某某科技网")
        + f"# 某公司开源周首日发布新项目：让算力狂飙！\n\n{_PARAS}\n"
    )
    (doc,) = _docs(text, ".md")
    assert doc.title == "某公司开源周首日发布新项目：让算力狂飙！", doc.title


def test_a_statement_signed_with_its_titles_name_keeps_its_signer() -> None:
    # guard (dev-retired13 s16_13's shape): the <title> names the school; the statement is signed with the same name
    # and its day: the closing's signer and day, not a headline's date line
    html = (
        "<html><head><title>北京华文大学外国语学院</title></head><body>"
        + "".join(f"<p>{p}</p>" for p in _PARAS.split("\n"))
        + "<p>北京华文大学外国语学院</p><p>2018年4月23日</p></body></html>"
    )
    (doc,) = _docs(html, ".html")
    assert doc.source == "北京华文大学外国语学院" and str(doc.date) == "2018-04-23", (doc.source, doc.date)


# --- a source label naming the site's channel (a section's name) names no outlet


def test_a_source_label_naming_a_sections_channel_gives_way_to_the_dateline() -> None:
    text = (
        "某某印发《关于开展某项普查的通知》\n\n来源： 时政频道\n时间： 2025-06-05\n\n"
        f"新华社北京6月5日电 国务院日前印发《关于开展某项普查的通知》。{_BODY}\n\n{_PARAS}\n"
    )
    (doc,) = _docs(text, ".txt")
    assert doc.source == "新华社" and str(doc.date) == "2025-06-05", (doc.source, doc.date)
    # guard: a channel that names its outlet stays ("新华网黑龙江频道": the outlet's regional page)
    info = parse_info_line("来源：新华网黑龙江频道")
    assert info and info.source == "新华网", info
