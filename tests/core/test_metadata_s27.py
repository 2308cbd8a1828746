"""Guards session 27's metadata changes (issue 12): a headline keeps the space that sets its parts apart, a headline
an <h1> breaks over two lines leaves the text whole, and a Taiwanese office's 發布機關 label names the issuer (the
shapes of dev-retired22's site source pages, now dev, and tester s26 U12). Names are fictional unless they are public
offices or outlets; each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes

_LEAD = "臺北市長今(29)日出席臺北燈節宣傳記者會，宣布今年燈節將以「雙展區」的創新模式登場，目標吸引海內外旅客。"
_MORE = "市長表示，臺北燈節已走過逾20個年頭，不僅是臺北市民每年期盼的盛事，更是許多海內外旅客指定參與的年度活動。"


def _html(markup: str):
    return ingest_bytes(markup.encode(), id="x.html", suffix=".html")


def _page(h1: str, meta: str = "<span>2026.01.29</span>") -> str:
    return f"<html><body><h1>{h1}</h1><div>{meta}</div><p>{_LEAD}</p><p>{_MORE}</p></body></html>"


# --- the space between a headline's parts: before the day it names, after a closing quote before the next words


def test_the_space_before_the_day_a_page_title_names_is_kept() -> None:
    b = _html(f"<html><head><title>每日市政摘要 2026-05-22</title></head><body><p>{_LEAD}</p></body></html>")
    assert b.title == "每日市政摘要 2026-05-22"


def test_the_space_after_a_closing_quote_between_two_headline_parts_is_kept() -> None:
    # an <h1> with a <br> after its first part, as dev-retired22/s25_09's
    b = _html(_page("佛光山台北道場響應「2026台北燈節」<br> 以光影傳遞和諧共生與祝福"))
    assert b.title == "佛光山台北道场响应「2026台北灯节」 以光影传递和谐共生与祝福"


def test_guard_typesetting_spaces_in_a_title_still_fold() -> None:
    # a space beside a bare number or after a full-width mark is typesetting, not a break
    b = _html(f"<html><head><title>前三季度GDP增长 5.2%</title></head><body><p>{_LEAD}</p></body></html>")
    assert b.title == "前三季度GDP增长5.2%"
    b = _html(
        f"<html><head><title>中美角力影響香港經濟？ 陳茂波：內需成增長點</title></head><body><p>{_LEAD}</p></body></html>"
    )
    assert b.title == "中美角力影响香港经济？陈茂波：内需成增长点"


def test_guard_a_space_between_two_chinese_words_is_kept() -> None:
    b = _html(
        f"<html><head><title>新兴产业规划临近 生物质能或领衔新能源</title></head><body><p>{_LEAD}</p></body></html>"
    )
    assert b.title == "新兴产业规划临近 生物质能或领衔新能源"


# --- a headline broken over two lines by the page (an <h1> with a <br>) leaves the text whole


def test_a_headline_on_two_lines_leaves_the_text_with_both_lines() -> None:
    b = _html(_page("蔣萬安宣布2026臺北燈節雙展區登場<br>西門町攜手泡泡瑪特迎全球旅客"))
    assert b.title == "蒋万安宣布2026台北灯节双展区登场西门町携手泡泡玛特迎全球旅客"
    assert "西门町携手" not in b.text and "双展区登场" not in b.text
    assert b.text.startswith("台北市长今(29)日出席")


def test_guard_a_line_that_only_starts_like_the_headline_stays() -> None:
    b = _html(
        _page("臺北燈節雙展區登場", "<span>2026.01.29</span>").replace(
            f"<p>{_LEAD}</p>", "<p>臺北燈節</p><p>雙展區登場迎接旅客，市府表示歡迎。</p>"
        )
    )
    assert "双展区登场迎接旅客" in b.text


# --- 發布機關 (the issuing office, as Taiwanese government pages label it) names the source


def test_the_issuing_office_label_of_a_taiwanese_page_names_the_source() -> None:
    b = _html(
        _page(
            "臺北燈節交通管制，搭乘大眾運輸前往最方便", "<span>2026.02.11</span><span>發布機關：臺北市政府交通局</span>"
        )
    )
    assert b.source == "台北市政府交通局"
    assert str(b.date) == "2026-02-11"
    assert "发布机关" not in b.text
