"""Reviewer s22: tests that fail on bugs found in review of session 21's code (/work/notes/s22_reviewer.md).

Each finding is marked xfail(strict=True) with its name while the bug stands; the fix flips it (then the marker
goes). Tests without a marker are regressions for risky changes that were checked and work."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from briefreader.figures import extract_figures
from briefreader.ingest import html as html_mod
from briefreader.ingest import ingest_bytes


def _html(markup: str) -> str:
    return ingest_bytes(markup.encode(), id="t", path="t.html", suffix=".html").text


# --- R1: _drop_comment_sections reads every later sibling's text for each heading-like node


def test_r1_comment_heading_scan_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """A row of reply buttons ('回复' matches _COMMENTS_WEAK) as siblings: each one joined the text of all siblings
    after it (4,000 of them, 37 KB: 15 s; 8,000: 54 s; the node cap is 20,000). The text the scan reads must stay
    within a small multiple of the page (20x; the scan read 240x here)."""
    read = [0]
    stamps = html_mod._stamps

    def counting(text: str) -> int:
        read[0] += len(text)
        return stamps(text)

    monkeypatch.setattr(html_mod, "_stamps", counting)
    article = "<p>" + "国务院常务会议部署进一步稳就业的举措，要求各地狠抓落实。" * 20 + "</p>"
    markup = f"<html><body><h1>稳就业</h1>{article}<div>" + "<i>回复</i>" * 1500 + "</div></body></html>"
    text = _html(markup)
    assert "稳就业的举措" in text
    assert read[0] <= 20 * len(markup)  # (quadratic: ~240x)


def test_r11_a_comment_counter_before_the_article_keeps_the_article() -> None:
    """A bar with a comment counter ('<span>评论(12)</span>', or 评论 and its count) stands before the article in
    their container, as floating share bars do. _drop_comment_sections takes it for a comment section's heading and
    drops every sibling after it when they hold three readers' stamps — but any full date counts, and a policy text
    names three ('自2024年6月1日起施行…'): the article goes, with no comment on the page, and the nav menu is read as
    the text (it read whole before 8a223b5). An opinion page's section label '评论' above the article does the same."""
    paras = "".join(
        f"<p>国务院常务会议今天召开，会议部署了第{i}项稳就业举措，要求各地抓紧落实到位，确保政策效果。</p>"
        for i in range(6)
    )
    paras += "<p>《方案》自2024年6月1日起施行，2024年12月31日前完成评估，2025年3月1日起全面推广。</p>"
    nav = "<div class='nav'>" + "".join(f"<a href='/{i}'>栏目{i}</a>" for i in range(20)) + "</div>"
    for bar in (
        "<div class='bar'><span>评论(12)</span></div>",
        "<div class='bar'><span>评论</span><span>12</span></div>",
        "<div class='channel'><a href='/opinion/'>评论</a></div>",  # an opinion page's section label
    ):
        markup = (
            f"<html><head><title>国务院部署稳就业举措_新闻网</title></head><body>{nav}<h1>国务院部署稳就业举措</h1>"
            "<div class='meta'><span>2024-05-01 10:00</span> <span>来源：新华社</span></div>"
            f"<div class='main'>{bar}<div class='article'>{paras}</div></div>"
            "<div class='footer'>版权所有 新闻网 2024 关于我们 联系我们 广告服务 网站地图 隐私政策 法律声明</div>"
            "</body></html>"
        )
        text = _html(markup)
        assert "第3项稳就业举措" in text and "2025年3月1日起全面推广" in text, bar


def test_r18_a_paragraph_with_two_clickable_terms_is_no_widget() -> None:
    """9f70add widened the controls _widget_lines looks for to any non-link element with onclick or cursor:pointer
    (_CLICKABLE). A paragraph written as a <div> or a <section> (CMS and WeChat pages) with two glossary terms that
    open a tooltip ('<span style="cursor:pointer" onclick="tip()">碳达峰</span>') is a block of two controls, a UI
    widget, and its line is cut from the article (it read whole before)."""
    tip = "<span style='cursor:pointer' onclick='tip({n})'>{w}</span>"
    paras = "".join(
        f"<section>第{i}段：国务院常务会议部署稳就业举措，要求各地抓紧落实到位，确保政策效果。</section>"
        for i in range(8)
        if i != 2
    )
    paras += (
        "<section>第2段：我国提出" + tip.format(n=1, w="碳达峰") + "和" + tip.format(n=2, w="碳中和")
        + "目标，各地正在加快推进能源结构调整。</section>"
    )  # fmt: skip
    markup = (
        "<html><head><title>双碳目标稳步推进</title></head><body><h1>双碳目标稳步推进</h1>"
        f"<div class='content'>{paras}</div></body></html>"
    )
    text = _html(markup)
    assert "第5段" in text
    assert "第2段：我国提出碳达峰和碳中和目标" in text


def test_r19_script_fields_read_each_parent_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """_drop_script_fields remembers only the parents it drops: a parent that is no field is walked again (all its
    children's text joined) for each of its scripts, up to SCRIPT_FIELDS (500): a <p> of 20,000 inline children and
    500 scripts (189 KB) takes 37 s. Each parent's text is read once."""
    read = [0]
    label = html_mod._ui_label

    def counting(line: str) -> bool:
        read[0] += len(line)
        return label(line)

    monkeypatch.setattr(html_mod, "_ui_label", counting)
    markup = "<html><body><p>" + "<b>正文</b>" * 300 + "<script>1</script>" * 100 + "</p></body></html>"
    html_mod._drop_script_fields(LexborHTMLParser(markup))
    assert read[0] <= 2 * len(markup)


def test_r11b_a_comment_label_above_an_article_of_divs_keeps_the_article() -> None:
    """7660359 fixed R11 by never dropping a group that holds the page's longest <p>. An article whose paragraphs are
    <div>s or <section>s (WeChat, the CMS pages 5695500's _sentence_holder was written for) has no <p>: with the
    opinion section's label '评论' above it and three dates in it, it is still dropped and the nav read as the text."""
    paras = "".join(
        f"<div>国务院常务会议今天召开，会议部署了第{i}项稳就业举措，要求各地抓紧落实到位，确保政策效果。</div>"
        for i in range(6)
    )
    paras += "<div>《方案》自2024年6月1日起施行，2024年12月31日前完成评估，2025年3月1日起全面推广。</div>"
    nav = "<div class='nav'>" + "".join(f"<a href='/{i}'>栏目{i}</a>" for i in range(20)) + "</div>"
    markup = (
        f"<html><head><title>国务院部署稳就业举措_新闻网</title></head><body>{nav}<h1>国务院部署稳就业举措</h1>"
        "<div class='meta'><span>2024-05-01 10:00</span> <span>来源：新华社</span></div>"
        f"<div class='main'><div class='channel'><a href='/opinion/'>评论</a></div><div class='article'>{paras}</div>"
        "</div><div class='footer'>版权所有 新闻网 2024 关于我们 联系我们 广告服务 网站地图 隐私政策 法律声明</div>"
        "</body></html>"
    )
    text = _html(markup)
    assert "第3项稳就业举措" in text and "2025年3月1日起全面推广" in text


def test_r11c_the_guard_is_the_article_not_the_longest_line() -> None:
    """04365b1 fixed R11b by guarding, on a page with no <p> of text, its longest text node. A footer's line is often
    longer than any paragraph ('版权所有 … 违法和不良信息举报 网上有害信息举报专区'): then it is the footer that is kept, and the
    article of <div> paragraphs under a '评论' section label still goes (the same with the footer in a <p>: the longest
    <p>). What a comment section's drop must not take is the part holding most of the page's sentences."""
    paras = "".join(
        f"<div>国务院常务会议今天召开，会议部署了第{i}项稳就业举措，要求各地抓紧落实到位，确保政策效果。</div>"
        for i in range(6)
    )
    paras += "<div>《方案》自2024年6月1日起施行，2024年12月31日前完成评估，2025年3月1日起全面推广。</div>"
    nav = "<div class='nav'>" + "".join(f"<a href='/{i}'>栏目{i}</a>" for i in range(20)) + "</div>"
    footer = "版权所有 新闻网 2024 关于我们 联系我们 广告服务 网站地图 隐私政策 法律声明 违法和不良信息举报 网上有害信息举报专区"
    for foot in (f"<div class='footer'>{footer}</div>", f"<div class='footer'><p>{footer}</p></div>"):
        markup = (
            f"<html><head><title>国务院部署稳就业举措_新闻网</title></head><body>{nav}<h1>国务院部署稳就业举措</h1>"
            "<div class='meta'><span>2024-05-01 10:00</span> <span>来源：新华社</span></div>"
            "<div class='main'><div class='channel'><a href='/opinion/'>评论</a></div>"
            f"<div class='article'>{paras}</div></div>{foot}</body></html>"
        )
        text = _html(markup)
        assert "第3项稳就业举措" in text and "2025年3月1日起全面推广" in text, foot


# --- R2, R3: _drop_players


PLAYER = (
    '<div class="video-js"><video src="a.mp4"></video><button class="vjs-play">Play</button>'
    '<button class="vjs-mute">Mute</button><div>Video Player is loading.</div></div>'
)


def test_r2_player_in_a_page_without_han_text_keeps_the_article() -> None:
    """The player is climbed to the widest ancestor that holds no Chinese sentence end and no text block with Han
    text. On a page in English, or a Chinese picture story whose captions are <div>s with no sentence end (组图), that
    is the article's own wrapper, and the whole text goes ('no text left after cleaning', or the footer read as the
    text; before 9f70add the page read whole)."""
    paras = "".join(
        f"<p>The State Council said on Monday that the new policy would support {i} small firms. "
        "It takes effect next month.</p>"
        for i in range(12)
    )
    markup = (
        "<html><head><title>China unveils support policy</title></head><body><div id='page'><div id='main'>"
        f"<h1>China unveils support policy</h1>{PLAYER}{paras}</div></div><div id='footer'>Copyright 2024</div>"
        "</body></html>"
    )
    text = _html(markup)
    assert "State Council said on Monday" in text
    assert "Video Player is loading" not in text  # what the rule is for: the player's own labels
    # and a Chinese picture story: its captions are <div>s with no sentence end (组图), the player in their gallery
    pics = "".join(
        f"<div class='pic'><img src='{i}.jpg'><div class='desc'>4月{i + 1}日，市民在东湖公园观赏第{i + 1}片盛开的樱花</div>"
        "</div>"
        for i in range(8)
    )
    markup = (
        "<html><head><title>组图：东湖樱花盛开</title></head><body><h1>组图：东湖樱花盛开</h1>"
        f"<div class='gallery'>{PLAYER}{pics}</div><div class='footer'>关于我们 联系我们</div></body></html>"
    )
    assert "观赏第3片盛开的樱花" in _html(markup)


def test_r3_player_ancestors_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each of up to 20 media elements climbs 12 levels and reads each ancestor's whole text and its first text
    blocks again, though they share the top ones: a 1.3 MB page with 20 <video>s took 36 s to ingest, 9.5 s before.
    An element's text is read once however many media elements climb through it."""
    calls: list[int] = []
    player_text = html_mod._player_text

    def counting(node):  # type: ignore[no-untyped-def]
        calls.append(node.mem_id)
        return player_text(node)

    monkeypatch.setattr(html_mod, "_player_text", counting)
    videos = "".join("<div><div><video></video></div></div>" for _ in range(20))
    markup = "<html><body>" + "<div>" * 8 + videos + "<p>x</p>" * 200 + "</div>" * 8 + "</body></html>"
    html_mod._drop_players(LexborHTMLParser(markup))
    assert calls  # (the climb happened)
    assert len(calls) == len(set(calls))


def test_r10_a_source_line_with_an_inline_script_keeps_its_source() -> None:
    """_drop_script_fields (9f70add) drops any inline element or text block holding a script and a short text with
    no digit and no sentence end, meant for a counter's label and unit ('点击数：<script/>次'); a byline span that
    carries a tracking script ('<span>来源：新华社<script>var pv=1;</script></span>') goes too, and the source with it
    (read as 新华社 before)."""
    body = "".join(
        f"<p>国务院常务会议今天召开，会议部署了第{i}项稳就业举措，要求各地抓紧落实到位。</p>" for i in range(8)
    )
    markup = (
        "<html><head><title>国务院部署稳就业举措</title></head><body><h1>国务院部署稳就业举措</h1><div class='info'>"
        "<span>来源：新华社<script>var pv=1;</script></span><span>2024-05-01 10:00</span></div>"
        f"{body}</body></html>"
    )
    b = ingest_bytes(markup.encode(), id="t", path="t.html", suffix=".html")
    assert b.date is not None and b.date.isoformat().startswith("2024-05-01")
    assert b.source == "新华社"


# --- R21, R22: this session's 5695500 (headline element, merge conflicts)


class _CountingRe:
    """html.py's ``re`` for one test: every ``re.sub`` result counts the characters searched in it by ``in``
    (a str subclass), and the characters ``re.sub`` reads are counted too."""

    def __init__(self, real, read: list[int]) -> None:  # type: ignore[no-untyped-def]
        self._real, self._read = real, read

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._real, name)

    def sub(self, pattern, repl, string, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._read[0] += len(string)
        read = self._read

        class Counted(str):
            def __contains__(self, other: object) -> bool:
                read[0] += len(self)
                return super().__contains__(other)  # type: ignore[operator]

        return Counted(self._real.sub(pattern, repl, string, *args, **kwargs))


def test_r21_headline_element_reads_each_element_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """For every text node that is a piece of the headline (4 characters or more of it), _headline_element reads
    its element's whole text: a <div> of many <br> lines holding such a piece ('国务院部<br>' x 20,000, 160 KB) takes
    78 s, and each candidate headline walks the page again (5695500). Each element's text is read once."""
    import re

    read = [0]
    monkeypatch.setattr(html_mod, "re", _CountingRe(re, read))
    head = "国务院部署进一步稳就业的重要举措"
    markup = f"<html><body><p>正文第一段，讲述事件经过，内容很长。</p><div>{'国务院部<br>' * 400}</div></body></html>"
    tree = LexborHTMLParser(markup)
    assert html_mod._headline_element(tree.body, [head]) is None
    assert read[0] <= 20 * len(markup)


def test_r22_merge_conflict_sides_compared_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """one_side_of_conflicts keeps the side with more text and adds the other side's sentences the kept one lacks:
    each of the other side's lines is searched for in the whole kept side ('not in have'), O(lines x size): two
    sides of 20,000 paragraphs (1.3 MB) take 6.6 s, the 8 MB cap minutes (5695500). Use a set of the kept side's
    sentences (or lines) instead of a substring search."""
    import re

    read = [0]
    monkeypatch.setattr(html_mod, "re", _CountingRe(re, read))
    ours = "".join(f"<p>我方版本第{i}段文字，内容各不相同的句子。</p>\n" for i in range(400))
    theirs = "".join(f"<p>对方版本第{i}段文字，内容也各不相同的句子。</p>\n" for i in range(400))
    markup = f"<html><body>\n<<<<<<< HEAD\n{ours}=======\n{theirs}>>>>>>> upstream/main\n</body></html>"
    out = html_mod.one_side_of_conflicts(markup)
    assert "<<<<<<<" not in out and "我方版本第399段" in out and "对方版本第399段" in out
    assert read[0] <= 20 * len(markup)


# --- R4-R6: figures read with confidence from words that do not say so


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.en) for f in extract_figures(text, region="mainland")]


def test_r4_slash_date_after_copula_is_no_share() -> None:
    """_SHARE_BEFORE_SLASH_RE lets 为/达/约/近 before a slash pair with a denominator over 10 make it a share: a date
    of a notice is shown as a confident percentage ('时间为10/15上午9时' -> 66.6667%, '会议时间为12/25' -> 48%)."""
    assert ("ratio", "5%") in _kinds("两地比例为1/20。")  # a share after 为 stays one
    assert [k for k in _kinds("占全年的1/12。") if k[0] == "ratio"]
    assert not [k for k in _kinds("报名时间为10/15上午9时。") if k[0] == "ratio"]
    assert not [k for k in _kinds("会议时间为12/25。") if k[0] == "ratio"]


def test_r12_a_per_mille_range_is_no_range_of_points() -> None:
    """46ed523 added ‰ to the percent unit group and reads one per-mille figure as a ratio, but a range goes through
    the percent range path: '出生率为3‰至5‰' is shown as '3–5 pp', '增长5‰至8‰' as '+5–8 pp' — ten times the size,
    in another unit (before: no figure). A per-mille range is a range of ratios (0.003–0.005), or as written."""
    assert [k for k in _kinds("全年出生率为8.2‰。") if k[0] == "ratio"]  # one per-mille figure: a ratio, right
    for text in ("全年出生率为3‰至5‰。", "人口自然增长率增长5‰至8‰。"):
        assert not [k for k in _kinds(text) if k[0] == "percent"], text


def test_r20_a_fall_that_narrows_against_a_period_is_unsigned() -> None:
    """46ed523 made 缩小 a fall and 扩大 a rise, with an exception for a fall noun right before the verb (降幅缩小2.1个
    百分点: unsigned, as 收窄 in figures2's gold). A comparison between them, the statistical communiqués' usual form,
    escapes it: '降幅比一季度缩小2.1个百分点' (the decline narrowed: better) is -2.1 pp and '降幅比上月扩大0.5个百分点'
    (worse) +0.5 pp, signs against the meaning and against the same sentence without 比一季度 (unsigned before)."""
    assert _kinds("降幅缩小2.1个百分点。") == [("percent", "2.1 pp")]
    assert _kinds("降幅比一季度缩小2.1个百分点。") == [("percent", "2.1 pp")]
    assert _kinds("降幅比上月扩大0.5个百分点。") == [("percent", "0.5 pp")]


def test_r5_a_target_with_cai_neng_stays_a_deadline() -> None:
    """'到2030年才能实现碳达峰' (only by 2030 can it peak) looks ahead; _PAST_MARK_RE's 才 made it a past event and the
    deadline ('by 2030', as before 46ed523) a plain date."""
    assert ("year", "by 2030") in _kinds("专家认为，到2030年才能实现碳达峰。")
    # the 已 of the verb that reports the target is no past of the target's year either
    assert ("year", "by 2030") in _kinds("我国已宣布2030年前实现碳达峰。")
    # a plan's own verbs: 创建 (创建示范区, 创建文明城市) and 成立 name what is to be set up by then
    assert ("year", "by 2027") in _kinds("到2027年，培育创建国家级示范区3个。")


def test_r6_grant_word_as_a_noun_is_no_money() -> None:
    """_GRANT_AFTER_RE matches 补助/补贴 as the first half of a noun: '3万补助对象' (30,000 beneficiaries) is shown as
    RMB 30,000."""
    assert ("money", "RMB 5 mn") in _kinds("其中500万补助清寒学生。")  # the case the rule was written for
    assert not [k for k in _kinds("全市3万补助对象已全部发放到位。") if k[0] == "money"]


def test_r9_a_rate_lowered_to_a_level_is_no_band() -> None:
    """_band_of_move reads any second 厘 bound up to four times the first and under a point as a band of the move:
    '年利率下调0.1厘至0.3厘' (the deposit rate lowered by 0.1 to 0.3%) is shown as '-0.3 pp to -0.1 pp'. The band is
    the form of 减息/加息 (a cut, a rise: '减息0.25厘至0.5厘'); a rate noun lowered 至 a bound names the level."""
    hk = [(f.kind, f.en) for f in extract_figures("美联储减息0.25厘至0.5厘。", region="hk")]
    assert ("percent", "-0.5 pp to -0.25 pp") in hk  # the band c2b0214 was for
    got = [(f.kind, f.en) for f in extract_figures("银行将一个月定期存款年利率下调0.1厘至0.3厘。", region="hk")]
    assert ("percent", "-0.3 pp to -0.1 pp") not in got


def test_r13_years_ago_in_taiwan_text_are_no_roc_years() -> None:
    """5813ce4 (this session) reads a bare three-digit year in Taiwan's text as a year of the Republic of China when
    前 follows (_ROC_AFTER_RE): '早在100年前' (a hundred years ago) is shown as the target 'by 2011', '建於150年前' as the
    date 2061, '120年前開始種植' as 'by 2031' (before: no figure). N年前 after a number of years is a time ago."""

    def tw(text: str) -> list[tuple[str, str]]:
        return [(f.kind, f.en) for f in extract_figures(text, region="tw")]

    assert ("date", "7 Mar 2014") in tw("103年3月7日公布。")  # what the rule is for
    for text in (
        "早在100年前，這裡就是重要的港口。",
        "這座廟宇建於150年前，至今香火鼎盛。",
        "台灣在120年前開始種植茶葉。",
    ):
        assert not [k for k in tw(text) if k[0] in ("year", "date")], text


# --- R7: repeated_lines takes an entry's first 200 characters for its story


def test_r7_feed_entries_with_a_common_preface_lose_their_furniture() -> None:
    """A feed whose entries all open with the account's standing preface (two paragraphs, over OPENING_CHARS of text) is read as one
    story told eight times, so the related-reading block every entry ends with is kept in each (it went before)."""
    preface = (
        "<p>【编者按】本栏目每日精选国内外政策动态与产业资讯，内容来源于公开报道，由本平台编辑整理，仅供读者参考，"
        "不构成任何投资建议。转载请注明出处，并保留本段说明。欢迎各位读者通过后台留言提出意见和建议，我们将持续改进"
        "栏目内容与呈现方式，感谢大家的长期关注和支持。本栏目由政策研究团队编辑，每个工作日早八点更新，节假日顺延，"
        "如有疏漏敬请谅解，更正信息将在次日栏目中统一发布，敬请留意本平台的后续通知与公告。</p>"
    )
    tail = (
        "<p>相关阅读：</p><p><a href='/1'>国务院常务会议部署稳就业</a></p>"
        "<p><a href='/2'>工信部发布新规</a></p><p><a href='/3'>央行宣布降准</a></p>"
    )
    bodies = [
        preface * 2
        + f"<p>第{i}篇正文：这是本篇自己的报道内容，讲述第{i}件事情的来龙去脉，共有许多细节。</p>" * 3
        + tail
        for i in range(8)
    ]
    cuts = html_mod.repeated_lines(bodies)
    assert all(body[cut:].startswith("<p>相关阅读") for body, cut in zip(bodies, cuts, strict=True))


def test_r7b_a_preface_most_entries_open_with_is_no_story() -> None:
    """99dc63f fixed R7 by taking each entry's opening past the preface every entry opens with. One entry without the
    preface (a notice posted apart, a first entry before the account added it) leaves no common prefix: the seven
    others are one story again and no entry loses the related-reading block (all eight did before 332bbf4)."""
    preface = (
        "<p>【编者按】本栏目每日精选国内外政策动态与产业资讯，内容来源于公开报道，由本平台编辑整理，仅供读者参考，"
        "不构成任何投资建议。转载请注明出处，并保留本段说明。欢迎各位读者通过后台留言提出意见和建议，我们将持续改进"
        "栏目内容与呈现方式，感谢大家的长期关注和支持。本栏目由政策研究团队编辑，每个工作日早八点更新，节假日顺延，"
        "如有疏漏敬请谅解，更正信息将在次日栏目中统一发布，敬请留意本平台的后续通知与公告。</p>"
    )
    tail = (
        "<p>相关阅读：</p><p><a href='/1'>国务院常务会议部署稳就业</a></p>"
        "<p><a href='/2'>工信部发布新规</a></p><p><a href='/3'>央行宣布降准</a></p>"
    )
    bodies = [
        (preface * 2 if i else "")
        + f"<p>第{i}篇正文：这是本篇自己的报道内容，讲述第{i}件事情的来龙去脉，共有许多细节。</p>" * 3
        + tail
        for i in range(8)
    ]
    cuts = html_mod.repeated_lines(bodies)
    assert all(body[cut:].startswith("<p>相关阅读") for body, cut in zip(bodies, cuts, strict=True))


# --- regression: checked and working


def test_issuer_with_verbal_nouns_keeps_the_document_table_score() -> None:
    """45dd5dc demotes a 发布机构 cell whose words the segmenter tags as verbs; 发展和改革委员会 is tagged 'vn' twice,
    and organisation_name keeps it a name (86, above the text's own 来源 line)."""
    for org in ("国家发展和改革委员会", "深圳市发展和改革委员会", "国家市场监督管理总局"):
        body = (
            f"# 关于进一步加强数据安全管理的通知\n\n**发布机构**: {org}\n\n**发布日期**: 2024-05-11\n\n"
            "各有关单位：为贯彻落实有关要求，现就加强数据安全管理工作通知如下。一是加强组织领导。二是完善制度建设。\n\n"
            "来源：中国政府网\n"
        )
        assert ingest_bytes(body.encode(), id="t", path="t.md", suffix=".md").source == org


# --- R8: the metrics view's CSV export is data, not display


def test_r8_metrics_csv_keeps_the_characters_as_written() -> None:
    """tui.text.one_line now appends U+FE0E (text presentation) after ™, ☀, ✔, ▶ ... for the display; series_csv
    (the file x writes in the metrics view) runs its cells through it, so the exported source 'Intel™ 新闻' is
    'Intel™\ufe0e 新闻' in the spreadsheet, unlike `briefreader metrics --csv` (cli._csv, safe.one_line)."""
    from briefreader.index import FigureRow
    from briefreader.tui.screens.metrics_view import series_csv

    row = FigureRow(
        rowid=1, doc=1, id="a", date="2024-01-01", source="Intel™ 新闻", title="☀ 光伏装机 ✔", kind="percent",
        text="12%", en="+12%", value=0.12, unit="%", metric="光伏装机", start=0, stop=3,
    )  # fmt: skip
    out = series_csv("光伏装机", [row])
    assert "Intel™ 新闻" in out and "☀ 光伏装机 ✔" in out
