"""Guards session 23's metadata changes (issue 12): the headline nearest the article (tester s22 T14, T15, T16,
T21). Names are fictional unless they are public offices or outlets; each test fails on the code before unless it
says it is a guard."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes

_PARA = (
    "今年春季学期，区里组织青年志愿者深入社区开展健康宣讲，累计服务居民三千余人次。"
    "活动结束后，参与的志愿者纷纷表示，走出办公室、贴近群众，让他们对公共服务有了新的理解。"
)


def _title(page: str) -> str:
    return ingest_bytes(page.encode(), id="p.html", suffix=".html").title


# --- the headline nearest the article


def test_a_boards_labelled_subject_over_the_posts_byline_beats_the_boards_title() -> None:
    page = (
        "<html><head><title>社区论坛 - 生活版</title></head><body>"
        "<div>首页 &gt; 社区论坛 &gt; 生活版</div>"
        "<table><tr><td><b>帖子主题:</b> 老小区加装电梯到底谁来出钱</td></tr>"
        "<tr><td><b>作者：</b>林小北 <b>发表时间：</b>2019-04-02 08:15</td></tr></table>"
        f"<div><p>{_PARA}</p><p>{_PARA}</p></div></body></html>"
    )
    assert _title(page) == "老小区加装电梯到底谁来出钱"


def test_guard_a_labelled_subject_with_no_byline_below_it_leaves_the_title() -> None:
    # no 作者/时间 line between the label and the text: a page's field, not a post's header
    page = (
        "<html><head><title>青年志愿者深入社区开展健康宣讲_某某区政府网</title></head><body>"
        "<div>主题：健康社区建设宣传周</div>"
        f"<div><p>{_PARA}</p><p>{_PARA}</p></div></body></html>"
    )
    assert _title(page) == "青年志愿者深入社区开展健康宣讲"


def test_a_posts_heading_right_above_its_text_beats_a_blogs_name_over_its_menu() -> None:
    page = (
        '<html><body><div id="top"><h1><a href="http://blog.example.cn/linxb/">林小北</a></h1></div>'
        '<div id="menu"><h3>导航</h3><ul><li><a href="/">首页</a></li><li><a href="/linxb/rss">订阅</a></li></ul>'
        '</div><div class="post"><h2><a href="/linxb/archive/2019/04/02/77.aspx">社区宣讲三千人次的背后</a></h2>'
        f"<p>{_PARA}</p><p>{_PARA}</p><p>发表于 2019年4月2日 08:15</p></div></body></html>"
    )
    assert _title(page) == "社区宣讲三千人次的背后"


def test_a_heading_under_the_texts_breadcrumb_is_the_headline() -> None:
    # a table page whose menu (8 items, one a line) and crumb stay in the text: the heading between the crumb and
    # the first sentence, past the text's first 8 lines where a headline line is looked for
    menu = "".join(
        f"<td><a href='/{k}/'>{w}</a></td>"
        for k, w in enumerate("最新动态 社区服务 志愿活动 通知公告 政策解读 办事指南 图片新闻 联系我们".split())
    )
    page = (
        f"<table><tr>{menu}</tr></table><table><tr><td>当前位置：首页-&gt;志愿活动"
        "<p align='center'><b>青年志愿者走进社区</b></p>"
        f"<p>{_PARA}</p><p>{_PARA}</p></td></tr></table>"
    )
    assert _title(page) == "青年志愿者走进社区"


def test_guard_an_h1_with_its_subtitle_and_date_above_the_text_stays_the_headline() -> None:
    # the walk up from the text passes the date line and the subtitle and reaches the <h1>: the page's headline
    page = (
        "<html><body><h1>社区健康宣讲累计服务三千人次</h1><div>青年志愿者走进老小区</div>"
        f"<div>2019-04-02 08:15 来源：某某区融媒体中心</div><div><p>{_PARA}</p><p>{_PARA}</p></div></body></html>"
    )
    assert _title(page) == "社区健康宣讲累计服务三千人次"


def test_guard_a_titles_headline_beats_a_line_right_above_the_text() -> None:
    # the <title>'s headline (not shown on the page) over an unlabelled line above the text: only an <h1> no other
    # place repeats, or nothing, gives way to the nearest line
    page = (
        "<html><head><title>社区健康宣讲累计服务三千人次_某某区政府网</title></head><body>"
        f"<div>青年志愿者走进老小区</div><div><p>{_PARA}</p><p>{_PARA}</p></div></body></html>"
    )
    assert _title(page) == "社区健康宣讲累计服务三千人次"


# --- a front matter's moment in UTC is dated in UTC+8, as a feed's is (tester s22 T3)

_FLASH = "工信部数据显示，1-11月份，电信业务收入累计完成13454亿元，同比增长8.1%，增速较1-10月份小幅回落0.1个百分点。\n"


def _md(date: str, text: str = _FLASH) -> str:
    return ingest_bytes(f"---\ntitle: 电信业务收入稳步增长\ndate: {date}\n---\n\n{text}".encode(), id="k.md").date_iso


def test_a_front_matters_utc_moment_is_dated_in_utc8() -> None:
    assert _md("Wed, 22 Dec 2021 17:55:14 GMT") == "2021-12-23"
    assert _md("2021-12-22T20:00:00Z") == "2021-12-23"


def test_guard_the_day_the_text_opens_with_keeps_the_written_day() -> None:
    # the lead names the stamp's day as written ("12月22日，"): the page says which calendar
    assert _md("Wed, 22 Dec 2021 17:55:14 GMT", "12月22日，" + _FLASH) == "2021-12-22"
    # a morning stamp is one day on both calendars; a moment with no zone is the writer's own
    assert _md("Wed, 22 Dec 2021 07:55:14 GMT") == "2021-12-22"
    assert _md("2021-12-22 20:00:00", "12月23日，" + _FLASH) == "2021-12-22"


# --- a footnote's mark after the headline is no part of it (dev s21_03)

_COMMUNIQUE = (
    "2023年某某市国民经济和社会发展统计公报{mark}\n\n某某市统计局\n\n2024年4月30日\n\n"
    "2023年，全市上下坚持稳中求进工作总基调，经济运行稳中有进、稳中向好，高质量发展扎实推进。\n\n"
    "初步核算，全年全市生产总值达到5481.6亿元，按可比价计算，比上年增长3.5%。\n\n{note}"
)


def test_a_footnote_mark_after_the_headline_goes_when_the_text_holds_its_note() -> None:
    for mark in ("①", "[1]"):
        text = _COMMUNIQUE.format(mark=mark, note=f"{mark} 本公报2023年数据为初步统计结果。\n")
        assert ingest_bytes(text.encode(), id="c.txt").title == "2023年某某市国民经济和社会发展统计公报"


def test_guard_a_mark_with_no_note_stays() -> None:
    # no line opens with the mark: a series' part ("…分析①") or a mark the copy lost the note of, kept as written
    text = _COMMUNIQUE.format(mark="①", note="")
    assert ingest_bytes(text.encode(), id="c.txt").title == "2023年某某市国民经济和社会发展统计公报①"
