"""Guards session 26's metadata changes (issue 12): the headline of text copies and scrapes that keep a site's menus,
of plain text whose headline runs into its first line, of pages whose <title> is only the logo's name. Names are
fictional unless they are public offices or outlets; each test fails on the code before unless it says it is a
guard."""

from __future__ import annotations

import pytest

from briefreader.ingest import ingest_bytes

_LEAD = "今年一季度，天津港集装箱吞吐量达到530万标准箱，同比增长8.2%，创历史同期新高。"
_MORE = "据了解，天津港持续推进智慧港口建设，自动化码头作业效率不断提升，集装箱航线数量继续增加。"
_HEADLINE = "天津港集装箱吞吐量创同期新高"


def _txt(text: str):
    return ingest_bytes(text.encode(), id="x.txt", suffix=".txt")


def _html(text: str):
    return ingest_bytes(text.encode(), id="x.html", suffix=".html")


# --- a copy of a page that keeps the site's menus above the headline, one item a line: the menus are passed over
# (the header is counted from below them) and leave the text with the headline

_MENUS = "人民网\n人民网首页\n频道\n时政\n国际\n财经\n体育\n娱乐\n天津频道\n要闻\n区县\n民生\n教育\n文旅\n"


def test_a_copy_with_its_menus_one_item_a_line_keeps_its_headline() -> None:
    b = _txt(
        f"{_MENUS}天津频道>>滚动新闻\n{_HEADLINE}\n2024年05月10日08:21 | 来源：人民网－天津频道\n{_LEAD}\n{_MORE}\n"
    )
    assert b.title == _HEADLINE
    assert b.date_iso == "2024-05-10" and b.source == "人民网"
    assert "人民网首页" not in b.text and "时政" not in b.text and b.text.startswith("今年一季度")


def test_menus_on_one_line_and_a_breadcrumb_leave_the_text_with_the_headline() -> None:
    # (the headline was right before: a guard; the menus stayed in the text)
    b = _txt(
        "人民网 人民网首页 | 时政 | 国际 | 财经 | 体育 | 娱乐 | 天津频道\n天津频道 要闻 区县 民生 教育 文旅 专题\n"
        f"当前位置：人民网 > 天津频道 > 滚动新闻\n{_HEADLINE}\n2024年05月10日08:21  来源：人民网-天津频道\n{_LEAD}\n"
    )
    assert b.title == _HEADLINE
    assert "要闻" not in b.text and "当前位置" not in b.text


def test_a_menu_without_a_date_line_is_passed_over_too() -> None:
    b = _txt(f"首页\n新闻中心\n通知公告\n政务公开\n办事服务\n互动交流\n{_HEADLINE}\n{_LEAD}\n{_MORE}\n")
    assert b.title == _HEADLINE and "通知公告" not in b.text


def test_a_site_greeting_over_the_headline_and_its_date_line_is_no_headline() -> None:
    b = _txt(f"欢迎访问天津市人民政府门户网站\n{_HEADLINE}\n2024-05-10 08:21 来源：天津日报\n{_LEAD}\n")
    assert b.title == _HEADLINE and b.source == "天津日报"


@pytest.mark.parametrize(
    "top",
    [
        # guards: a headline and its subtitle over the date line; a short item list inside the article is its own
        f"{_HEADLINE}\n一季度达到530万标准箱 同比增长8.2%\n2024-05-10 08:21 来源：天津日报\n{_LEAD}\n",
        f"{_HEADLINE}\n2024-05-10 08:21 来源：天津日报\n{_LEAD}\n主要航线：\n日本\n韩国\n东南亚\n",
    ],
)
def test_guard_the_headline_over_a_subtitle_stays(top: str) -> None:
    b = _txt(top)
    assert b.title == _HEADLINE and b.date_iso == "2024-05-10"
    assert "一季度达到530万标准箱" in b.text or "韩国" in b.text


def test_guard_a_byline_under_the_headline_is_no_menu() -> None:
    # "文 | 甲 乙 丙" is five short words: a byline, not a menu on one line
    b = _txt(f"{_HEADLINE}\n文 | 敖小璐 潘小琳 何小波\n{_LEAD}\n")
    assert b.title == _HEADLINE and "敖小璐" in b.authors


# --- plain text whose headline runs into its first line (a copy without line breaks, a corpus line)


@pytest.mark.parametrize(
    "line, headline",
    [
        (
            "台北市政府今日宣布明年起調漲停車費 台北市交通局表示，為了改善市區停車問題，將自明年一月起調整路邊停車費率，"
            "每小時由20元調整為30元。",
            "台北市政府今日宣布明年起调涨停车费",
        ),
        (
            "北市明年起調漲路邊停車費率【記者王小明／台北報導】台北市交通局今天表示，為改善市區停車問題，明年一月起路邊"
            "停車費率每小時由20元調整為30元。",
            "北市明年起调涨路边停车费率",
        ),
        (
            "山西省2023年粮食总产量达到284.2亿斤山西省统计局数据显示，2023年全省粮食总产量284.2亿斤，比上年增加1.2亿斤，"
            "增长0.4%。其中，夏粮产量54.6亿斤。",
            "山西省2023年粮食总产量达到284.2亿斤",
        ),
    ],
)
def test_a_headline_run_into_the_first_line_is_cut_off_its_lead(line: str, headline: str) -> None:
    b = _txt(f"{line}\n交通局长说，此次调整是十年来首次，希望透过价格机制鼓励民众多搭乘大众运输。\n")
    assert b.title == headline
    # (since session 27 the headline leaves the text, as a headline line does: review s26 N2)
    first = b.text.split("\n")[0]
    assert headline not in first and len(first) >= 30 and first.endswith("。")


@pytest.mark.parametrize(
    "line",
    [
        # guards: a lead that opens with no headline, whose subject comes back later in it, keeps its first clause
        "国务院总理李强主持召开国务院常务会议，研究部署进一步稳外贸稳外资的政策措施，审议通过《关于加快发展新型储能的意见》。",
        # ...and one with a blank after its opening words, which the sentence does not restate
        "据新华社报道 国务院日前印发通知，要求各地加强安全生产工作，切实防范遏制重特大事故发生，确保人民群众生命财产安全。",
    ],
)
def test_guard_a_lead_without_a_run_in_headline_is_not_cut(line: str) -> None:
    b = _txt(f"{line}\n会议指出，要加大政策支持力度。\n")
    assert b.title.startswith(line[:16].split()[0])
    assert len(b.title) > 16


# --- a page whose <title> is only the logo's name (the <h1> linking to the front page), its English name after it


def test_a_title_that_is_the_logos_name_gives_way_to_the_headline_over_the_date() -> None:
    b = _html(
        "<html><head><meta charset='utf-8'><title>2026台北燈節 Taipei Lantern Festival</title></head><body>"
        "<header><h1 class='logo'><a href='index.php'>2026台北燈節</a></h1><nav><ul><li><a href='about.php'>關於燈節</a>"
        "</li><li><a href='news.php'>最新消息</a></li><li><a href='map.php'>交通資訊</a></li></ul></nav></header><main>"
        "<div class='breadcrumb'><a href='index.php'>首頁</a> / <a href='news.php'>最新消息</a></div>"
        "<div class='news-title'>燈節主燈「駿馬奔騰」亮相 北門廣場點燈倒數</div><div class='news-date'>2026-02-10</div>"
        "<div class='news-content'><p>臺北市政府觀光傳播局今（10）日公布2026台北燈節主燈設計，以「駿馬奔騰」為主題，高約15"
        "公尺，將於2月17日晚間在北門廣場點燈。</p><p>觀傳局表示，今年燈節展期自2月17日至3月3日，共規劃西門、北門及華山三大"
        "展區。</p></div></main></body></html>"
    )
    assert b.title == "灯节主灯「骏马奔腾」亮相 北门广场点灯倒数"
    assert b.date_iso == "2026-02-10"
