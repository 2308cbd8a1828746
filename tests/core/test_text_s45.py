"""Session 45 (12text): cleaning - a call to action told from a report's sentence by its structure."""

from __future__ import annotations

import pytest

from briefreader.ingest import normalize_text
from briefreader.ingest.clean import _call_to_action

LEDE = "国务院新闻办公室今天举行发布会，介绍今年以来的经济运行情况，各项指标总体平稳。"
BODY = "一季度国内生产总值同比增长百分之五点三，规模以上工业增加值增长百分之六点一。"


# review s44 R4: a sentence that opens with a call's verb and its offering, then says something of it, is a report's
@pytest.mark.parametrize(
    "line",
    [
        "成为亚投行会员，是中国外交的一大成果。",  # the call's clause is the subject of the next one
        "加入世贸组织会员国行列，意义重大。",
        "升级客户端后，用户可体验更多功能。",  # a clause after it that neither calls nor names the offering
        "注册会员人数已突破千万。",  # an aspect word after the offering: what happened to it
        "下载客户端的人数正在增加",
        "开通会员了吗，是很多读者关心的问题",
    ],
)
def test_a_report_about_an_offering_is_no_call(line: str) -> None:
    assert not _call_to_action(line)
    for text in (f"{line}\n\n{LEDE}\n\n{BODY}\n\n{LEDE}", f"{LEDE}\n\n{BODY}\n\n{LEDE}\n\n{line}"):
        assert line in normalize_text(text)


# what the rule is for stays a call: dev s43b_05/07 (公视), dev-retired16 s19_17 (少数派), and calls that go on with a
# call of their own or with the offering's words
@pytest.mark.parametrize(
    "line",
    [
        "加入公视会员，按赞收藏你关注的报导",
        "少数派会员续费优惠现已开启，会员权益全面升级，年费低至198元。欢迎加入",  # a bare call after the offer
        "欢迎关注爱范儿官方微信公众号，订阅每日精选",
        "立即下载央视新闻客户端，会员专享直播",
    ],
)
def test_a_call_that_goes_on_with_the_call_is_one(line: str) -> None:
    assert _call_to_action(line)
    text = normalize_text(f"{LEDE}\n\n{BODY}\n\n{LEDE}\n\n{line}")
    assert line not in text and BODY in text


# --- a call closing the text's last line after a sentence of its own; an ad's pointer to its banner (dev s41b_03)


def test_a_call_closing_the_last_line_goes_and_the_note_before_it_stays() -> None:
    note = "*本文来自华尔街见闻（微信ID：wallstreetcn）。"
    text = normalize_text(f"{LEDE}\n\n{BODY}\n\n{note}开通华尔街见闻金卡会员，马上领取2019全球市场机会。")
    assert "金卡会员" not in text and note in text and BODY in text
    # a sentence of the article closing the line after the call's words stays: the cut is of whole calls only
    kept = f"{BODY}成为亚投行会员，是中国外交的一大成果。"
    assert kept in normalize_text(f"{LEDE}\n\n{LEDE}\n\n{kept}")


def test_a_pointer_to_the_ads_banner_goes_with_the_ad_under_its_divider() -> None:
    ad = [
        "--------我是走进量化交易新时代的分割线--------",
        "WEEX一期一会杭州首站来袭！",
        "本次一期一会依然免费，还有各种饮料和零食任吃，赶快点击下方图片报名吧！",
    ]
    text = normalize_text("\n\n".join([LEDE, BODY, LEDE + "一", *ad]))
    assert "分割线" not in text and "一期一会" not in text and LEDE + "一" in text
    opening = "（“逅汇有期”等你来报名，赶快点击上方图片吧！）"
    text = normalize_text("\n\n".join([opening, LEDE, BODY]))
    assert "逅汇有期" not in text and LEDE in text


def test_a_divider_with_no_call_under_it_keeps_what_follows() -> None:
    part = "第二部分：一季度消费市场稳步回暖，社会消费品零售总额同比增长百分之四点七，服务零售额增长更快。"
    text = normalize_text("\n\n".join([LEDE, BODY, "--------我是分割线--------", part]))
    assert part in text
    # a picture pointed at in a report's sentence, no clause of its own, is the article's
    said = "记者在现场看到，游客纷纷点击屏幕下方图片了解展品信息。"
    assert said in normalize_text("\n\n".join([LEDE, BODY, said]))


# --- the software's tally over the readers' comments opens their section (dev s42f_17)


def test_a_tally_of_comments_under_a_short_post_opens_the_comments() -> None:
    post = ["祝大家新年快乐。", "因电台关闭，本月的节目顺延至二月初。"]
    comments = ["1条留言", "愤怒的石头", "新年快乐王先生最近没见您上论坛了。一个月一次实在是不过瘾。"]
    text = normalize_text("\n\n".join(post + comments))
    assert post[1] in text and "留言" not in text and "不过瘾" not in text


def test_a_tally_under_each_post_of_a_list_cuts_nothing() -> None:
    page = [f"第{n}篇：{LEDE}" for n in range(1, 4)]
    lines = [x for item in page for x in (item, "3 条评论")]
    text = normalize_text("\n\n".join(lines))
    assert all(item in text for item in page)
    # nor is a count in a sentence of the article a tally
    said = "该帖发出后一小时内收到1条留言，随后被删除。"
    assert said in normalize_text("\n\n".join([LEDE, said, BODY]))


# --- "continued" with the next page's address closes a paginated article's first page (dev s26_05)


def test_a_continued_pointer_with_its_address_goes_and_the_word_alone_stays() -> None:
    pointer = "续:http://www.gxnews.com.cn/staticpages/20171014/newgx59e1594a-16594493-1.shtml"
    text = normalize_text("\n\n".join([LEDE, BODY, pointer]))
    assert "gxnews" not in text and BODY in text
    alone = "续：本报将持续关注此事进展。"
    assert alone in normalize_text("\n\n".join([LEDE, BODY, alone]))


def test_hostile_lines_for_the_new_reads_cost_their_length() -> None:
    import time

    lines = [
        "，赶快点击下方" * 20_000,  # one long line of pointer openings, no picture after them
        "续:http://" + "a" * 200_000,
        "\n".join(["1条留言"] * 5_000),
        "开通会员，" * 20_000 + "。",
        "-" * 50_000 + "我是分割线" + "-" * 50_000,
    ]
    for text in lines:
        start = time.process_time()
        normalize_text(f"{LEDE}\n\n{text}\n\n{BODY}")
        assert time.process_time() - start < 3.0, text[:20]
