"""Guards the classes fixed on session 8 from dev pages: each test quotes the phenomenon
and checks the field a reader sees; each fails on the code before."""

from __future__ import annotations

import datetime as dt

from briefreader.ingest.clean import fold_whitespace


def test_a_space_ending_a_number_is_kept():
    # dev 09_mingpao_testing: <title> "涉款料可達24億 3內地機構承包" was shown "…24億3內地…",
    # one figure where the page has two
    assert fold_whitespace("涉款料可達24億 3內地機構承包") == "涉款料可達24億 3內地機構承包"
    assert fold_whitespace("增至5万 12家企业") == "增至5万 12家企业"
    assert fold_whitespace("约三千 2人") == "约三千 2人"
    # typesetting spaces around digits still fold
    assert fold_whitespace("交出了 8 组") == "交出了8组"
    assert fold_whitespace("2020年 3月 5日") == "2020年3月5日"
    assert fold_whitespace("24億 元") == "24億 元"  # two ideographs: a space that may be meant
    assert fold_whitespace("達24億 ，") == "達24億，"


def test_a_link_beside_the_date_is_chrome_and_its_bracket_no_date():
    from briefreader.ingest.metadata import parse_info_line

    # dev s7_23 (河南商报 on 大河网): the paper's date with its link to the old archive
    info = parse_info_line("2022年02月12日 查看旧版(2007年11月18号以前)")
    assert info is not None and info.date == (dt.date(2022, 2, 12), "day")  # was not a date line
    info = parse_info_line("2024-03-01 10:20 返回首页 | 下一篇")
    assert info is not None and info.date == (dt.date(2024, 3, 1), "day")
    info = parse_info_line("2020-01-02 来源：新华社 【打印】【关闭窗口】 切换到繁体")
    assert info is not None and info.date == (dt.date(2020, 1, 2), "day") and info.source == "新华社"
    # the link's bracket alone never dates the page, nor does a bracket without its link
    assert parse_info_line("查看旧版(2007年11月18号以前)") is None
    assert parse_info_line("2022年02月12日 (2007年11月18号以前)") is None
    # a headline that starts with a verb of the same kind stays text
    assert parse_info_line("3月5日 进入倒计时") is None
    assert parse_info_line("上一篇：某某文章") is None


def test_an_editions_site_name_gives_the_paper_the_title_names():
    from briefreader.ingest import ingest_entries
    from briefreader.ingest.metadata import _edition_brand

    # dev-retired 16_hkej_transit: og:site_name "今日信報" (the day's print edition) on a page
    # titled "… - 紀曉風 - 信報網站 hkej.com": the outlet is 信報
    assert _edition_brand("今日信報", "內地客經港轉機恢復 空服員憂播毒 - 紀曉風 - 信報網站 hkej.com") == "信報"
    assert _edition_brand("每日明報", "標題 - 20200808 - 港聞 - 每日明報 - 明報新聞網") == "明報"
    # no second name: "今日X" may be the outlet's own name
    assert _edition_brand("今日头条", "某某新闻标题 - 今日头条") == "今日头条"
    assert _edition_brand("今日头条", "") == "今日头条"
    body = "本港新冠肺炎疫情反覆，昨日新增69宗確診個案，其中多宗源頭不明，當局呼籲市民減少外出。" * 3
    page = (
        '<html><head><meta charset="utf-8"><title>內地客經港轉機恢復 - 紀曉風 - 信報網站 hkej.com</title>'
        '<meta property="og:site_name" content="今日信報"/></head><body>'
        f"<h1>內地客經港轉機恢復</h1><p>2020年8月14日</p><p>{body}</p><p>{body}</p></body></html>"
    )
    (b,) = ingest_entries(page.encode(), id="t", suffix=".html")
    assert b.source in ("信報", "信报")  # was 今日信報
