"""Session 28 review findings (reviewer): each bug a strict xfail with the input it fails on, and an unmarked guard of
what a fix must keep. Inputs written for the probe in the shapes of real publishers' text (a London auction report, the
2005 Sudan I recall, an Indian group's subsidiary, a Turkish central bank's remarks, an annual report's summary table,
a live-stream page); each was run against the start commit 9870c7c (git archive, PYTHONPATH) and HEAD. No held-out
folder was read."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures
from briefreader.ingest import ingest_bytes


def _money(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in extract_figures(sentence) if f.kind == "money"]


# -- R1 (bd8fbb3, REGRESSION, high): a bare currency word shared by several countries (镑, 卢比, 里拉, 里亚尔) takes the
# currency of whichever country name occurs nearest before it, whatever that name is doing there: an antiquity's origin
# (古埃及雕像), a food dye (苏丹红), a sultan's title (文莱苏丹), a subsidiary's host country, a trading partner. The
# rule reads what the text LOOKS like (a country's characters nearby), not whose money the sum is. A reader sees a
# confident wrong currency (EGP 15 mn for a London sale); at 9870c7c these were GBP-less (not read) or right (INR, TRY).


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("伦敦佳士得拍卖行周三宣布，一尊古埃及雕像以1500万镑成交，创下同类拍品纪录。", "EGP"),
        ("倫敦蘇富比拍賣行昨日宣布，一件古埃及青銅貓像以1,200萬鎊成交。", "EGP"),
        ("英国食品标准局在苏丹红事件后，对涉事企业罚款5万镑。", "SDG"),
        ("文莱苏丹出席伦敦的慈善晚宴，当晚共筹得善款200万镑。", "SDG"),
        ("印度信实工业集团宣布在印度尼西亚设立分公司，并将投入500亿卢比扩建其在古吉拉特邦的炼油厂。", "IDR"),
        ("土耳其央行行长表示，受意大利等欧洲国家需求疲软影响，当月出口减少200亿里拉。", "ITL"),
        ("沙特阿美公司宣布，其与阿曼合作的炼油项目将投资300亿里亚尔。", "OMR"),
    ],
)
def test_r1_a_country_named_nearby_is_not_always_whose_money(sentence: str, wrong: str) -> None:
    units = [u for _, u in _money(sentence)]
    assert wrong not in units, units  # (left unread is no error: precision first)


# R1b (bd8fbb3, not a regression, low): 印度 inside 印度洋 (the Indian Ocean) was read as India; fixed in session 29
# (13-dev: a country's name inside a longer noun the segmenter reads as another thing names no country), mark dropped
@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("巴基斯坦瓜达尔港位于印度洋沿岸，项目总投资800亿卢比。", "PKR"),
        ("印尼政府表示，位于印度洋的港口项目将投资5万亿卢比。", "IDR"),
    ],
)
def test_r1b_the_indian_ocean_is_not_india(sentence: str, right: str) -> None:
    assert [u for _, u in _money(sentence)] == [right]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("墨西哥央行宣布，投资500亿比索。", "MXN"),
        ("埃及央行宣布将基准利率上调，并投入1000亿镑支持本币。", "EGP"),
        ("英国富时100指数下跌，英镑兑美元跌至1.25，英国央行注资500亿镑。", "GBP"),
        ("印度政府宣布拨款2000亿卢比。", "INR"),
    ],
)
def test_r1_guard_the_country_whose_money_it_is(sentence: str, unit: str) -> None:
    assert [u for _, u in _money(sentence)] == [unit]


# -- R2 (0e4f10a, REGRESSION, medium-high): a row whose label states its money unit in brackets makes EVERY plain number
# of the row money at that scale: an annual report's growth column (its % in the header, 同比增减（%）) reads as
# RMB 206,300, and a header row of years under a unit label (項目（萬元） 2023 2022) as 20.23 mn yuan. At 9870c7c
# neither was read. The rule reads a row's shape, not what each column is.


@pytest.mark.parametrize(
    ("text", "not_money"),
    [
        ("项目 2023年 2022年 同比增减（%）\n营业收入（万元） 12,345.67 10,234.56 20.63", "20.63"),
        ("項目（萬元） 2023 2022\n營業收入 12,345.67 10,234.56", "2023"),
        ("项目（万元） 2023 2022\n营业收入 12,345.67 10,234.56", "2022"),
    ],
)
def test_r2_a_labelled_row_is_not_all_money(text: str, not_money: str) -> None:
    assert not_money not in [t for t, _ in _money(text)], _money(text)


def test_r2_guard_a_labelled_line_takes_its_scale() -> None:
    assert [f.value for f in extract_figures("营业收入(万元)：12,345.67") if f.kind == "money"] == [123456700.0]
    assert [f.value for f in extract_figures("净利润（亿元） 3.21 4.05") if f.kind == "money"] == [321e6, 405e6]
    assert [f.value for f in extract_figures("总投资（万美元）：5000") if f.kind == "money"] == [5e7]


# -- R3 (f0b166e, REGRESSION, medium): a control's label that is a whole day and time dates the page though it is the
# time of something else the page offers (a live stream's start, a booking slot) above the headline; the body's own
# date (3月15日) is lost. At 9870c7c the page had no date (shown undated); HEAD shows 2024-03-20, a confident wrong date.

_LIVE = (
    "<html><head><meta charset='utf-8'><title>区政府召开常务会议</title></head><body>"
    "<div class='live-bar'><span>直播预告</span><button class='btn btn-live'>2024-03-20 19:30</button></div>"
    "<h1>区政府召开常务会议</h1><div class='content'><p>3月15日，区政府召开第二十次常务会议，研究部署今年重点工作。"
    "会议指出，要坚持稳中求进，推动高质量发展。</p><p>会议还审议了有关文件，要求各部门抓好落实，确保各项任务按期完成。</p>"
    "</div></body></html>"
)
_BADGE = (
    "<html><head><meta charset='utf-8'><title>区政府召开常务会议</title></head><body>"
    "<button class='btn'>2018-01-15 09:55:13</button><h1>区政府召开常务会议</h1><div class='content'>"
    "<p>区政府召开第二十次常务会议，研究部署今年重点工作。会议指出，要坚持稳中求进，推动高质量发展。</p>"
    "<p>会议还审议了有关文件，要求各部门抓好落实，确保各项任务按期完成。</p></div></body></html>"
)


def test_r3_a_live_streams_button_does_not_date_the_page() -> None:
    b = ingest_bytes(_LIVE.encode(), id="r3", path="r3.html", suffix=".html")
    assert b.date is None or str(b.date) != "2024-03-20", b.date


def test_r3_guard_a_posts_badge_still_dates_it() -> None:
    b = ingest_bytes(_BADGE.encode(), id="r3g", path="r3g.html", suffix=".html")
    assert str(b.date) == "2018-01-15"


# -- R4 (b34c5d5, not a regression, medium): review s27 R2's fix signs a glossed share only when a hedge (近, 约, 逾)
# precedes it; a share said plainly (增长两成（20.1%）, 下降三成（30.2%）) still loses its direction, as at 9870c7c. What
# the gloss IS (the share restated) does not depend on the hedge: the rule keyed on how the share LOOKS.


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [("出口同比下降三成（30.2%）。", "-"), ("营业收入同比增长两成（20.1%）。", "+")],
)
def test_r4_an_unhedged_glossed_share_keeps_its_direction(sentence: str, sign: str) -> None:
    ens = [f.en for f in extract_figures(sentence) if f.kind == "percent"]
    assert len(ens) == 1 and (ens[0].startswith(sign) or ens[0].startswith("up" if sign == "+" else "down")), ens


def test_r4_guard_the_hedged_case_is_signed() -> None:
    assert [f.en for f in extract_figures("利润下跌約三成（28.7%）。") if f.kind == "percent"] == ["-28.7%"]


# -- R5 (b34c5d5, low): the glossed share's figure now spans from its growth word into the bracket and stops before the
# closing one: its text is "同比下降近三成（28.7%", an unmatched bracket in what the figures list quotes (was "28.7%").


def test_r5_a_figures_text_has_no_unmatched_bracket() -> None:
    texts = [f.text for f in extract_figures("今年一季度，全市出口额同比下降近三成（28.7%）。") if f.kind == "percent"]
    assert texts and all(t.count("（") == t.count("）") for t in texts), texts


# -- R6 (not a regression; 0e4f10a's round sum now says "about" of it, medium): 亿万 is the idiom "hundreds of
# millions" (亿万富翁, 身家亿万), not 亿×万: a reader sees "about RMB 1 tn" (9870c7c: "RMB 1 tn"), 1,000 times too much.


def test_r6_the_idiom_yiwan_is_no_trillion() -> None:
    values = [f.value for f in extract_figures("他是一位身家亿万元的企业家。") if f.kind == "money"]
    assert all(v < 1e12 for v in values), values


def test_r6_guard_a_trillion_written_as_such() -> None:
    assert [f.value for f in extract_figures("全年社会消费品零售总额达到1万亿元。") if f.kind == "money"] == [1e12]


# -- R7 (43e2d03, REGRESSION, high; fixed by 12-text's patch, landed by the lead): a page's toolbar above the body with a link to a document file (下载本页PDF, a
# reader's installer in a .zip) is taken for "a notice whose whole body is its attachment's link": the walk from the
# headline stops at the first document link, before the body's prose, so the text becomes the toolbar. At 9870c7c the
# text was the notice's own lines (with a footer line); at HEAD a reader sees only "字号：大 中 小 | 下载本页PDF".
_TOOLBAR_PAGE = (
    "<html><head><meta charset='utf-8'><title>关于公布2024年第一批专项资金的通知</title></head><body>"
    "<h1>关于公布2024年第一批专项资金的通知</h1><div class='tools'>字号：<a href='#'>大</a> <a href='#'>中</a> "
    "<a href='#'>小</a> | <a href='{href}'>{label}</a></div><div class='content'><img src='a.jpg'><p>各区财政局：</p>"
    "<p>现将2024年第一批专项资金安排情况予以公布，请按规定使用。</p></div>"
    "<div class='footer'>主办：某市财政局 地址：人民路1号</div></body></html>"
)


@pytest.mark.parametrize(("href", "label"), [("/down/zjtz.pdf", "下载本页PDF"), ("/tools/AdbeRdr.zip", "阅读器下载")])
def test_r7_a_toolbars_document_link_is_not_the_body(href: str, label: str) -> None:
    page = _TOOLBAR_PAGE.format(href=href, label=label)
    b = ingest_bytes(page.encode(), id="r7", path="r7.html", suffix=".html")
    assert "专项资金安排情况予以公布" in b.text, b.text


def test_r7_guard_a_notice_that_is_its_pdfs_link() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>关于开展2021年度电力业务许可证年度检查工作的通知</title></head><body>"
        "<div class='title'>关于开展2021年度电力业务许可证年度检查工作的通知</div>"
        "<div class='font'><p class='ft'>Aa</p><span>字体：</span><a href='#'>小</a>|<a href='#'>中</a>|<a href='#'>大</a></div>"
        "<div class='text'><p><span><a href='/Upload/file/2021030809301.pdf'>"
        "关于开展2021年度电力业务许可证年度检查工作的通知</a></span></p></div>"
        "<div class='footer'><p>地址: 武汉市江岸区解放大道1000号 邮编:430000</p></div></body></html>"
    )
    b = ingest_bytes(page.encode(), id="r7g", path="r7g.html", suffix=".html")
    assert "邮编" not in b.text and "Aa" not in b.text, b.text


# -- R8 (0e4f10a (3), REGRESSION, medium): "a bound whose class the sentence counts later" takes the six characters after
# 的 as the class's noun and looks for a count's measure word in them; when 的 is followed by a price and its deal
# (以超过10亿元的价格购入两幅地皮), the window runs through the verb into the count itself (价格购入两幅: 幅), and the price
# paid is dropped as a class. At 9870c7c: "over RMB 1 bn" and the count; at HEAD a reader sees only "2".


@pytest.mark.parametrize(
    "sentence", ["新世界发展以超过10亿元的价格购入两幅地皮。", "該集團以低於千萬元的價錢購入兩間舖位。"]
)
def test_r8_a_price_bound_is_not_a_class(sentence: str) -> None:
    assert any(f.kind == "money" and f.qualifier in ("over", "under") for f in extract_figures(sentence))


def test_r8_guard_a_class_counted_later_is_dropped() -> None:
    figures = extract_figures("總價低於千萬元的行政區退至蛋殼區，共13區。")
    assert [(f.kind, f.value) for f in figures] == [("count", 13.0)]
