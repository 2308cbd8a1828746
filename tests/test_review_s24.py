"""Reviewer s24: tests that fail on bugs found in review of session 24's commits (and the session-23 commits that
landed after the s23 review: 2eb5e38..111c48a) — /work/notes/s24_reviewer.md.

Each finding is marked xfail(strict=True) with its name while the bug stands; the fix flips it (then the marker goes,
in the fixing commit). Tests without a marker are guards: what a fix must keep."""

from __future__ import annotations

import os
import subprocess
import sys

from briefreader.figures import extract_figures
from briefreader.ingest import ingest_bytes
from briefreader.model import Briefing


def _html(markup: str) -> str:
    return ingest_bytes(markup.encode(), id="t", path="t.html", suffix=".html").text


def _md(text: str) -> str:
    return ingest_bytes(text.encode(), id="t", path="t.md", suffix=".md").text


def _bounded(code: str, seconds: float) -> bool:
    """Whether ``code`` finishes in a child process within ``seconds``. Not a speed measurement: used only where the
    bug costs minutes and the fix milliseconds (a margin of ~1000x either way), to show that hostile input has a bound.
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    try:
        subprocess.run([sys.executable, "-c", code], env=env, timeout=seconds, check=True, capture_output=True)
    except subprocess.TimeoutExpired:
        return False
    return True


# --- R1: fe4c517's attribute-list pattern is quadratic in a run of blanks


def test_r1_a_run_of_blanks_in_markdown_is_read_in_bounded_time() -> None:
    # 100,000 blanks and one brace anywhere in the file (here a line of its own): about a minute now, milliseconds before
    # fe4c517 and after a fix (an anchored match from the brace, or the regex run on lines ending in '}' only)
    code = (
        "from briefreader.ingest.markdown import markdown_to_text\n"
        "markdown_to_text('# 标题\\n\\n正文' + ' ' * 100_000 + '。\\n\\n{\\n')\n"
    )
    assert _bounded(code, 10.0)


def test_r1_guard_attribute_lists_still_go_and_prose_braces_stay() -> None:
    text = _md(
        "# 预算报告\n\n## 财政收支 {#revenue .tabset}\n\n全年收入增长5%。\n\n> 注意\n{.is-warning}\n\n集合{甲, 乙}共两项。\n"
    )
    assert "{#revenue" not in text and "{.is-warning}" not in text
    assert "财政收支" in text and "集合{甲, 乙}共两项" in text


# --- R2: c1dd9b7 (s23 R10b's fix) reads "the page's own folder" from the path alone


def _two_parts(url: str, href: str) -> str:
    def part(k: str) -> str:
        return "".join(
            f"<p>第{k}部分第{i}段：国务院常务会议部署了稳就业举措，要求各地抓紧落实到位，确保政策效果。</p>"
            for i in range(4)
        )

    return (
        "<html><head><title>国务院部署稳就业举措_新闻网</title>"
        f"<link rel='canonical' href='{url}'></head><body><h1>国务院部署稳就业举措</h1>"
        f"<div class='content-body'>{part('一')}</div><h2><a href='{href}'>人工智能产业发展新动向</a></h2>"
        f"<div class='content-body'>{part('二')}</div><div class='footer'>关于我们</div></body></html>"
    )


def test_r2_a_linked_section_heading_on_a_query_string_site_keeps_the_second_part() -> None:
    for url, href in (
        ("http://www.example.edu.cn/content.jsp?urltype=news.NewsContentUrl&wbnewsid=5123", "/list.jsp?wbtreeid=1001"),
        ("http://www.example.gov.cn/article.php?id=5", "/list.php?cat=ai"),
    ):
        text = _html(_two_parts(url, href))
        assert "第一部分第2段" in text and "第二部分第2段" in text, (url, href)


def test_r2_guard_a_path_site_keeps_the_second_part_under_a_topic_link() -> None:
    text = _html(_two_parts("https://news.example.com/news/20240601/123.html", "/topic/ai"))
    assert "第一部分第2段" in text and "第二部分第2段" in text


# --- R3: b91e86d's _whole_currency takes the last sum before a 其中/包括 part as its whole


def test_r3_a_part_after_a_part_in_dollars_is_not_dollars() -> None:
    for sentence in (
        "项目总投资15亿元，其中利用外资5000万美元，其中国内银行贷款8亿。",
        "该项目总投资15亿元，其中利用外资5000万美元，国内配套资金包括银行贷款8亿。",
    ):
        eight = [f for f in extract_figures(sentence) if f.text.startswith("8亿")]
        assert eight and eight[0].unit != "USD", (sentence, [(f.text, f.en) for f in eight])


def test_r3_guard_a_part_of_a_dollar_whole_is_dollars() -> None:
    figures = extract_figures("一共砸了1.32亿美元，其中1.2亿资金用于研发。")
    assert [(f.text, f.unit) for f in figures if f.kind == "money"] == [("1.32亿美元", "USD"), ("1.2亿", "USD")]


# --- R4: s23 R2's fix (b91e86d) names the grant words of the test, not the rule


def test_r4_a_sum_put_to_support_is_no_count() -> None:
    for sentence in (
        "安排2亿支持企业发展。",
        "下达5000万扶持重点项目。",
        "市财政安排1亿奖补企业。",
        "安排8000万支持项目建设。",
    ):
        figures = extract_figures(sentence, region="mainland")
        assert not [f for f in figures if f.kind == "count"], (sentence, [(f.text, f.en) for f in figures])


def test_r4_guard_counted_companies_stay_counts() -> None:
    figures = extract_figures("全市安排2000家企业参加展会。", region="mainland")
    assert [(f.kind, f.value) for f in figures] == [("count", 2000.0)]


# --- R5: a deadline written 年年底前 (the commonest form in plans) is a plain year


def test_r5_a_deadline_written_nian_niandi_qian_is_a_deadline() -> None:
    for sentence in ("2025年年底前完成改造任务。", "2025年年底前成立省级工作专班。", "2026年上半年前完成验收。"):
        kinds = [f.kind for f in extract_figures(sentence)]
        assert kinds == ["year"], (sentence, kinds)


def test_r5_guard_a_history_date_stays_a_date() -> None:
    assert [f.kind for f in extract_figures("该厂于2015年年底建成投产。")] == ["date"]


# --- R6: d18cd02 (s23 R1's fix) counts an article with its own dateline as a reader's post

_NAV = "<div class='nav'>" + "".join(f"<a href='/{i}'>栏目{i}</a>" for i in range(20)) + "</div>"
_PARAS = "".join(
    f"<p>国务院常务会议今天召开，会议部署了第{i}项稳就业举措，要求各地抓紧落实到位，确保政策效果。</p>"
    for i in range(6)
)


def _post(i: int) -> str:
    return (
        f"<div class='c'><span>网友{i}</span><span>2024-06-0{i + 1} 1{i}:20</span><p>支持，希望早日落实{i}。</p></div>"
    )


def _commented_page(bar: str) -> str:
    article = f"<div class='article'><p class='time'>2024-06-01 10:00</p>{_PARAS}</div>"
    # (a neutral class: a wrapper named 'comments' goes by its name before this step)
    comments = f"<div class='box'>{_post(1)}{_post(2)}{_post(3)}</div>"
    return (
        f"<html><head><title>国务院部署稳就业举措</title></head><body>{_NAV}{bar}"
        f"<div class='main'>{article}{comments}</div></body></html>"
    )


def test_r6_a_dated_article_beside_its_comments_under_a_counter_is_kept() -> None:
    for bar in ("<div class='bar'><span>评论(12)</span></div>", "<div class='bar'><a href='#c'>评论</a></div>"):
        text = _html(_commented_page(bar))
        assert "第3项稳就业举措" in text and "栏目5" not in text, (bar, text[:80])


def test_r6_guard_the_same_page_without_a_counter_keeps_the_article_and_drops_the_posts() -> None:
    markup = _commented_page("").replace("<div class='box'>", "<div class='box'><h3>网友评论</h3>")
    text = _html(markup)
    assert "第3项稳就业举措" in text and "希望早日落实" not in text


# --- R7: d18cd02's subtree counts double a page's memory


def _label_page(label: str, n: int = 10_000) -> bytes:
    body = f"<div><span>{label}</span></div><div>{'<i>a</i>' * n}</div>" + "<p>正文句子。2024年6月1日</p>" * 5
    return f"<html><body><h1>标题</h1>{body}</body></html>".encode()


def test_r7_a_comment_label_does_not_multiply_the_drops_memory() -> None:
    import tracemalloc

    from selectolax.lexbor import LexborHTMLParser

    from briefreader.ingest import html as html_mod

    def peak(label: str) -> int:
        tree = LexborHTMLParser(_label_page(label).decode())
        tracemalloc.start()
        try:
            html_mod._drop_comment_sections(tree)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    plain, labelled = peak("分享"), peak("评论")
    assert labelled <= 2 * plain, (plain // 1024, labelled // 1024)


# --- R8: 5fbdd20 (tester s24 T2) reads any 块 before a verb as money


def test_r8_plots_before_a_verb_are_no_money() -> None:
    for sentence in ("本次共推出6块土地，其中3块位于浦东新区。", "其中2块位于市中心。"):
        figures = extract_figures(sentence, region="mainland")
        assert not [f for f in figures if f.kind == "money"], (sentence, [(f.text, f.en) for f in figures])


def test_r8_guard_a_price_in_kuai_before_a_verb_is_money() -> None:
    figures = extract_figures("猪肉从10块涨到12块。", region="mainland")
    assert [f.kind for f in figures] == ["money", "money"]


# --- R9: 5fbdd20 (tester s24 T11) reads 制 after any measure word as a system's name


def test_r9_counted_manufacturers_stay_counts() -> None:
    for sentence in ("全市共有35家制药企业。", "当地有12家制衣厂。", "全县20余家制茶企业参加展会。", "3家制剂企业。"):
        figures = extract_figures(sentence, region="mainland")
        assert [f.kind for f in figures] == ["count"], (sentence, [(f.text, f.en) for f in figures])


def test_r9_guard_a_two_part_tariff_is_no_count() -> None:
    assert not extract_figures("实行两部制电价。", region="mainland")


# --- R10: 5fbdd20's R4 fix (_serial_verbs) drops people after a modifying verb


def test_r10_people_after_a_modifying_verb_are_counted() -> None:
    for sentence in (
        "疏散2万受灾群众。",
        "慰问2万退休老人。",
        "吸纳1万下岗职工。",
        "关爱3万留守儿童。",
        "安置1万搬迁群众。",
    ):
        figures = extract_figures(sentence, region="mainland")
        assert [f.kind for f in figures] == ["count"], (sentence, [(f.text, f.en) for f in figures])


def test_r10_guard_a_sum_put_to_support_stays_no_count() -> None:
    figures = extract_figures("安排2亿支持企业发展。", region="mainland")
    assert not [f for f in figures if f.kind == "count"]


# --- R11: fe0feff converts one-character words alone in the Taiwan region


def test_r11_a_one_character_word_keeps_its_context_in_the_taiwan_region() -> None:
    from briefreader.hanzi import to_traditional

    assert "這隻老虎" in to_traditional("互联网企业。这只老虎很大。", "tw")


def test_r11_guard_the_taiwan_vocabulary_and_the_aligned_reading() -> None:
    from briefreader.hanzi import to_traditional

    assert to_traditional("这只老虎很大。", "tw") == "這隻老虎很大。"
    # (the word 互联网 in Traditional either way: 網際網路 with s2twp's vocabulary, 互聯網 without it, tester s24 T16)
    shown = to_traditional("互联网企业。这只老虎很大。", "tw")
    assert "網" in shown and "企業" in shown and "联" not in shown


# --- R12: b1271ea's WeChat header line offers any words before a date, time and place as the account

_PARA = "国务院常务会议今天召开，会议部署了稳就业举措，要求各地抓紧落实到位，确保政策效果。会议指出，就业是最大的民生。"


def _txt_with_line(line: str) -> Briefing:
    text = f"稳就业举措部署会议召开\n\n{line}\n\n{_PARA}\n"
    return ingest_bytes(text.encode(), id="t", path="x.txt", suffix=".txt")


def test_r12_a_label_before_a_date_and_place_is_no_account() -> None:
    for line, label in (
        ("会议时间 2024-06-15 09:00 北京", "会议时间"),
        ("截止日期 2024-06-30 17:00 北京", "截止日期"),
        ("原创 点击蓝字关注我们 2024-06-01 08:00 北京", "点击蓝字关注我们"),
    ):
        briefing = _txt_with_line(line)
        assert briefing.source != label, (line, briefing.source)
    assert str(_txt_with_line("截止日期 2024-06-30 17:00 北京").date) != "2024-06-30"


def test_r12_guard_a_wechat_header_names_its_account() -> None:
    # with a mark of a WeChat header (原创 and the writer's name); a bare "name date time place" line is no evidence of
    # an account (s25: it is also an event's programme line, review s25 R5)
    briefing = _txt_with_line("原创 张三 财经早餐 2024-04-11 08:00 北京")
    assert briefing.source == "财经早餐" and str(briefing.date) == "2024-04-11"


# --- R13: 1572651's _learnable splits up to 6M characters of a source into a list of runs


def test_r13_learning_a_sources_forms_does_not_list_every_run() -> None:
    import tracemalloc

    from briefreader import hanzi

    source = "ab<" * 500_000 + "中文"  # over LEARN_CHARS: the runs are looked for
    tracemalloc.start()
    try:
        hanzi._learnable(source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20, peak // 2**20


def test_r13_guard_the_runs_with_han_are_what_is_learnt() -> None:
    from briefreader import hanzi

    source = "<style>" + "x{color:red}" * 40_000 + "</style><p>三億元啓動資金</p>" + "<i>" * 100_000
    assert "三億元啓動資金" in hanzi._learnable(source)


# --- R14: b4e3ef3's NEWS_KIND veto reads the place's last character, not the place

_NANTONG = "南通市召开稳就业工作会议，部署了十项举措，要求各地抓紧落实到位，确保政策效果。会议指出，就业是最大的民生。"


def test_r14_a_dateline_from_nantong_names_its_paper() -> None:
    from briefreader.ingest.patterns import match_dateline

    for line, place in (
        ("本报南通讯（记者张三）昨天，南通市召开会议。", "南通"),
        ("本报阜新讯（记者李四）昨天，阜新市召开会议。", "阜新"),
    ):
        m = match_dateline(line)
        assert m is not None and m.groupdict().get("place") == place, (line, m and m.groupdict())
    text = f"南通部署稳就业\n\n新华日报南通讯（记者张三）{_NANTONG}\n"
    assert ingest_bytes(text.encode(), id="t", path="x.txt", suffix=".txt").source == "新华日报"


def test_r14_guard_a_flash_archive_is_no_dateline_from_kuai() -> None:
    from briefreader.ingest.patterns import match_dateline

    m = match_dateline("财联社快讯归档 2026-05-18")
    assert m is None or m.groupdict().get("place") != "快"


# --- R12b: c759200 (R12's fix) lists the test's labels and pleas


def test_r12b_an_event_before_a_date_time_and_place_is_no_account() -> None:
    for line, event in (
        ("开幕式 2024-06-15 09:00 北京", "开幕式"),
        ("会议议程 2024-06-15 09:00 北京", "会议议程"),
        ("颁奖典礼 2024-06-15 19:30 上海", "颁奖典礼"),
        ("报到 2024-06-14 14:00 北京", "报到"),
    ):
        briefing = _txt_with_line(line)
        assert briefing.source != event, (line, briefing.source, briefing.date)


# --- R8b: 510955e (R8's fix) lists part words; a 块 before a verb is still money without one


def test_r8b_plots_before_a_verb_are_no_money_without_a_part_word() -> None:
    for sentence in ("该区域有2块位于地铁站附近。", "今年新增的商业用地里，2块位于滨江。"):
        figures = extract_figures(sentence, region="mainland")
        assert not [f for f in figures if f.kind == "money"], (sentence, [(f.text, f.en) for f in figures])
