"""Patterns shared by cleaning and metadata: what a dateline, an outlet and a
document number look like. One place, so the two steps agree."""

from __future__ import annotations

import re

from ..punct import HAN_BASIC as HAN

OUTLET_END = r"(?:网|社|报|台|刊|新闻网站|新闻|客户端|周刊|杂志|频道|在线|报道|财经|时报|日报|晚报|中文站|新闻站|海外版|电讯|消息|论坛|传媒|周末|之声|通讯)"  # noqa: E501
OUTLET = re.compile(rf"^[{HAN}A-Za-z0-9]{{1,14}}{OUTLET_END}$")
NAMES = rf"[{HAN}]{{2,4}}(?:[ 、][{HAN}]{{2,4}})*"

# The three dateline shapes of the Chinese press:
#   新民晚报讯 / 中新网上海2月18日电 / 中国经济导报、中国发展网讯   (mainland)
#   （中央社记者张建中新竹18日电）                                    (Taiwan, CNA)
#   【香港经济日报】                                                  (Hong Kong)
# Each outlet is atomic (its shortest reading, committed) and a separator is taken
# when present: otherwise a line of outlet suffixes (报报报…, 网社网社…) can be split
# into outlets in exponentially many ways, all of which fail.
# (the outlet may stand in title marks: "《科创板日报》12月28日讯（记者 余诗琪）", a paper's name as its sister
# outlet prints it: dev s36_02)
DATELINE = re.compile(
    rf"^(?P<mark>《)?(?P<outlets>(?:(?>[{HAN}A-Za-z0-9]{{1,12}}?{OUTLET_END})[、和]?+)+?)(?(mark)》)"
    rf"(?P<place>[{HAN}]{{0,6}}?)"
    r"(?:(?P<month>\d{1,2})月)?(?:(?P<day>\d{1,2})日)?(?:讯|电|消息(?=[(（:：]))"  # 央视网消息（新闻联播）：
)
PAREN_DATELINE = re.compile(
    rf"^[(（](?P<outlets>[{HAN}]{{1,8}}?{OUTLET_END})(?:记者(?P<names>[{HAN}]{{2,3}}))?"
    rf"(?P<place>[{HAN}]{{2,4}}?)(?:(?P<month>\d{{1,2}})月)?(?P<day>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
    # (电; 中央社's 专电, its own correspondent's dispatch, and 综合外电报导, its compilation of wires:
    # "（中央社记者陈家伦台北5日专电）", "（中央社华盛顿4日综合外电报导）")
    r"(?:专电|电|综合外电报导|综合报导)[)）]"
)
# the wire's word after a dateline's place, in both scripts ("香港訊", "北京电": a report, a dispatch)
FILED_WORDS = "讯訊电電"
BRACKET_DATELINE = re.compile(rf"^【(?P<outlets>[{HAN}A-Za-z0-9]{{1,14}}?{OUTLET_END})】")
DOC_NUMBER = re.compile(r"[〔\[［【](?P<y>(?:19|20)\d{2})[〕\]］】]\s*\d+\s*号")

# A signature block run into the end of the line it closes: after a sentence's end (or alone on its line), the
# signing body, or an office-holder and the name, then the full day it was signed ("…认真落实本意见。国 务 院
# 二○一一年十月十七日", "…自2018年1月1日起施行。总理 李克强2017年12月25日": an official document's own end, or an
# order's promulgation line). Read on a line's last SIGNATURE_REACH characters (bounded: the signer takes at most 40).
SIGNED_DAY = (
    r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
SIGNATURE_TAIL = re.compile(
    rf"(?:^|(?<=[。！？；]))\s*(?P<who>[{HAN}](?:[{HAN}\s]{{0,40}}?[{HAN}])?)\s*(?P<day>{SIGNED_DAY})\s*$"
)
SIGNATURE_REACH = 80


def signature_tail(line: str, spaced: bool = False) -> re.Match[str] | None:
    """The signature block (SIGNATURE_TAIL) that ends ``line``, or None. ``spaced``: only one set out as a signature
    is (a blank inside the signer: a justified name, a title set apart from the name), which needs no name table."""
    tail = line[-SIGNATURE_REACH:].rstrip()
    m = SIGNATURE_TAIL.search(tail)
    if m is None or (m.start() == 0 and len(tail) < len(line.rstrip())):
        return None  # (cut off mid-text: no sentence's end before the signer)
    if spaced and not re.search(r"\s", m["who"]):
        return None
    return m


# Hong Kong and Taiwan papers open with the outlet in brackets: "(星島日報報道)",
# "【明報專訊】", "【環球時報綜合報道】"; Taiwan's bylines are "〔記者張存薇／台東報導〕".
# (the outlet may carry its day: "【大纪元2024年5月6日讯】", "【看中国2005年07月03日报道】"; or a dotted
# brand: "【on.cc东网专讯】"; or a Latin brand set apart from its Han word: "【Yahoo 新聞報道】", a portal's own desk)
# (its day in Chinese numerals too, "【明慧网二零一六年八月二十七日】"; after a time zone's word, "【新唐人北京时间
# 2019年08月19日讯】": the zone is no part of the outlet's name)
_TAG_DATE = (
    r"(?:(?:北京|香港|台北|澳门|当地)时间)?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
)
PRESS_TAG = re.compile(
    rf"^[(（【〔\[]\s*(?P<outlets>(?:[{HAN}A-Za-z0-9.]|(?<=[A-Za-z0-9]) (?=[{HAN}])){{2,10}}?){_TAG_DATE}?"
    r"(?:综合)?(?:专讯|讯|报道|报导)\s*[)）】〕\]]"
)
# ...or the outlet and its day alone in the brackets ("【希望之声2019年8月16日】"): then the name must end as a
# medium's own name does (网, 社, 报, 台, 之声...), not as a kind of item ("【独家报道2019年8月16日】", "【重要新闻…】",
# "【今日论坛…】", "【更新2019年8月16日】" name none: review s18 R4)
MEDIUM_END = r"(?:网|社|报|台|刊|周刊|杂志|之声|电视|广播|电讯|通讯|传媒|时报|日报|晚报|中文站|海外版)"
PRESS_TAG_DATED = re.compile(rf"^[【\[]\s*(?P<outlets>[{HAN}A-Za-z0-9.]{{1,10}}?{MEDIUM_END}){_TAG_DATE}\s*[】\]]")
# (a reporter's rank before 记者 is no outlet: "〔特派记者林三丰／美国佛州维拉报导〕", "〔驻美特派记者…〕", 实习,
# 见习, 特约, 首席; the outlet, when one is named, stands before the rank: "〔自由时报特派记者…〕". The outlet group is
# tried last (??) so that a rank alone is read as a rank: dev-retired39 s42h_02 gave '特派' as four rows' source)
PRESS_BYLINE = re.compile(
    rf"^[(（【〔\[]\s*(?:(?P<outlets>[{HAN}]{{2,8}}?))??(?:驻[{HAN}]{{1,4}}?)?(?:特派|实习|见习|特约|首席)?记者"
    rf"\s*(?P<names>[{HAN}]{{2,4}})(?:[、 ][{HAN}]{{2,4}})*"
    rf"\s*[/／]\s*(?P<place>[{HAN}]{{2,6}}?)报[导道]\s*[)）】〕\]]"
)


# a kind of news item, not a place then 讯: "财联社快讯归档", "新华简讯"
NEWS_KIND = frozenset({"快讯", "简讯", "资讯", "通讯", "喜讯", "电讯", "短讯", "音讯", "来讯", "新讯", "速讯"})

# "南都讯 记者刘凡…", "南都讯见习记者胡琛": an outlet known by a short name, then 讯 and the byline (a reporter's
# rank may open it: 见习, 实习, 特约, 首席); a kind of news before the byline is no outlet's name ("新华简讯 记者…":
# 简讯, not an outlet 新华简)
SHORT_DATELINE = re.compile(
    rf"^(?P<outlets>[{HAN}]{{2,6}})(?<![{''.join(sorted({k[0] for k in NEWS_KIND}))}])讯"
    r"(?=\s|[(（]|(?:见习|实习|特约|首席)?记者|本报)"
)


def dateline_proper(line: str) -> re.Match[str] | None:
    m = DATELINE.match(line)
    # the kind is all that stands between the outlet and 讯 ("财联社快讯": place 快); a place's last character
    # makes none ("本报南通讯", "本报阜新讯": 南通, 阜新; review s24 R14)
    if m and m.group(0).endswith("讯") and (m["place"] or "") + "讯" in NEWS_KIND:
        return None
    # ...nor a kind at the place's end, where no place ends ("获取更多汽车网络安全资讯", a follow prompt: 资讯,
    # not an outlet 获取更多汽车网 filing from 络安全资; dev s38_02); 南通, 阜新 and 马来 end places, so 通讯, 新讯
    # and 来讯 do not count
    if m and m.group(0).endswith("讯") and (m["place"] or "")[-1:] in _KIND_NOT_PLACE:
        return None
    return m


_KIND_NOT_PLACE = frozenset(k[0] for k in NEWS_KIND) - {"通", "新", "电", "来"}


def match_dateline(line: str) -> re.Match[str] | None:
    return (
        dateline_proper(line)
        or PAREN_DATELINE.match(line)
        or BRACKET_DATELINE.match(line)
        or SHORT_DATELINE.match(line)
        or PRESS_TAG.match(line)
        or PRESS_TAG_DATED.match(line)
        or PRESS_BYLINE.match(line)
    )


# Names of documents, not of outlets: a 简报 (briefing), 公报 (communiqué), 通报 (circular)...;
# and sections of a site
_NOT_OUTLET = re.compile(
    r"(?:简报|公报|通报|(?<!文)汇报|(?<![青少老])年报|季报|月报|海报|情报|预报|举报|电报|喜报|捷报|战报|快报)$|^第[\d一二三四五六七八九十百千]+[号期版届次条章]|\d+号"
    # a section of news, not a newsroom: 即时新闻, 本地新闻, 国际新闻...
    r"|^(?:即时|本地|国际|国内|最新|财经|社会|体育|娱乐|科技|两岸|港澳|香港|台湾|大陆|中国|热点|滚动|头条|综合|军事|"
    r"教育|健康|文化|地方|时政|要闻|视频|图片)新闻$"
)


# (新闻 after the section's word or before it: "国内新闻", "新闻国内", a portal's channel named news-first)
_SECTION = re.compile(
    r"^(?:新闻)?(?:即时|本地|国际|国内|最新|财经|社会|体育|娱乐|科技|两岸|港澳|香港|台湾|大陆|中国|热点|滚动|头条|综合|军事|"
    r"教育|健康|文化|地方|时政|要闻|视频|图片)(?:新闻)?$"
)


def is_section(text: str) -> bool:
    """A section's name and nothing else ("国内新闻", "要闻", "财经"): no outlet's."""
    return bool(_SECTION.match(text.strip()))


def is_outlet(text: str) -> bool:
    text = text.strip()
    return bool(OUTLET.match(text)) and not _NOT_OUTLET.search(text)


# Where a text came from, as pages label it ("来源：人民日报"). One table, and every reader of such a label is built
# from it (metadata's info-line fields, a 来源 line of its own, a date line's tail, a label spaced off or left
# dangling before its value, a compilation's item credits, a closing note, a value's lead words), so they agree.
# the label itself, and the same said of the information, the article or the manuscript
SOURCE_LABELS = ("来源", "稿源", "出处", "信息来源", "文章来源", "稿件来源")
# where a copy was taken from ("转自：端传媒", "本文转自…")
REPOST_LABELS = ("本文转自", "转载自", "转自")
# where it was printed first ("原载于《读书》", "首发于…", "选自…"): a value's lead words and a republication note
PRINTED_IN = (
    *("原载于", "原载", "原刊于", "原刊", "原文刊于", "原文刊载于", "原文载于", "刊于", "载于", "首发于", "首刊于"),
    *("选自", "摘自"),
)
# the office that issued or supplied it, as government sites label it
ISSUER_LABELS = ("发布机构", "发布机关", "发文机关", "发布单位", "发布部门", "来源单位", "供稿单位", "发稿单位", "供稿")
# whose original it is, and the account or house that put it out ("原创：39健康网", "公众号：中国政府网",
# "出品：新华社国内部"; Japanese 出所／出典)
# ...and the house a translation was published by ("译文出自：掘金翻译计划" in a translation's header, dev-retired32
# s35h_04)
ORIGIN_LABELS = ("原创", "出所", "出典", "微信公众号", "公众号", "出品方", "出品单位", "出品", "译文出自", "譯文出自")
# every label whose value is judged as the source
ALL_SOURCE_LABELS = frozenset(SOURCE_LABELS + REPOST_LABELS + ISSUER_LABELS + ORIGIN_LABELS)


# The kinds of an official document, the word its title ends with ("关于…的通知", "对…提案的答复"): one table for
# metadata.py's document-title rules (a title line, a title broken over two lines)
GOV_DOCUMENT_KINDS = (
    *("答复", "复函", "函", "批复", "通知", "意见", "决定", "报告", "办法", "方案"),
    *("公告", "通告", "通报", "规定", "细则", "规划", "公报"),
)
