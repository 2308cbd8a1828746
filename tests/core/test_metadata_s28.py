"""Guards session 28's metadata changes (issue 12): a source read from every place a page or a record names it, and
never a site's section or a fragment of a sentence (the shapes of dev-retired21's 腾讯 feed and dev-retired23's
records, retired from heldout23 this session). Names are fictional unless they are public offices or outlets; each
test fails on the code before unless it says it is a guard."""

from __future__ import annotations

import json

from briefreader.ingest import ingest_bytes

_LEAD = "本报北京8月21日电 （记者韩晓明）外交部发言人汪文斌21日表示，美日韩三国领导人戴维营会晤在涉台湾、涉海等问题上对中方进行抹黑攻击。"
_MORE = "汪文斌表示，中方对此强烈不满、坚决反对，已向有关方面提出严正交涉。"
_TW = "「讓體質更好不是壞事。」6月27日，金管會公布了一項全新法則，那就是「系統性重要銀行」名單，總共有五家銀行入列。"
_TW2 = "金管會表示，這項新制是為了強化銀行體質，避免發生系統性風險，銀行業者則認為資本要求將大幅提高。"


def _record(**fields):
    return ingest_bytes(json.dumps([fields], ensure_ascii=False, indent=4).encode(), id="x.json", suffix=".json")


def _html(markup: str):
    return ingest_bytes(markup.encode(), id="x.html", suffix=".html")


# --- a record's source field cut out of a sentence: the name before its stray mark


def test_a_source_field_with_a_stray_mark_is_the_name_before_it() -> None:
    # a Google-News record's source as dev-retired23/s26h_05 has it
    b = _record(
        title="外交部发言人回应美日韩戴维营会晤涉华消极言论",
        date="Aug 22, 2023",
        source="人民日报》（电子版",
        content=f"{_LEAD}\n{_MORE}",
    )
    assert b.source == "人民日报"


def test_guard_a_source_field_whose_marks_pair_is_as_written() -> None:
    b = _record(
        title="外交部发言人回应美日韩戴维营会晤涉华消极言论", source="人民日报（海外版）", content=f"{_LEAD}\n{_MORE}"
    )
    assert b.source == "人民日报（海外版）"


# --- a record's headline with the site's name and its Latin brand after it


def test_a_record_title_loses_the_site_name_and_brand_after_its_bar() -> None:
    # dev-retired23/s26h_06-07: 公視's records, "｜ 公視新聞網 PNN" after every headline
    b = _record(
        media_name="公視新聞網",
        title="3共艦列隊出沒七美海域 專家研判為電子偵察艦情蒐 ｜ 公視新聞網 PNN",
        date="2025-04-28",
        content="台海緊張情勢又升溫，中共間隔16天，27日對台發動聯合戰備警巡。\n國防部28日發布偵獲29架次軍機擾台。",
    )
    assert b.title == "3共舰列队出没七美海域 专家研判为电子侦察舰情搜"


def test_guard_a_record_title_whose_last_part_is_no_outlet_keeps_it() -> None:
    b = _record(
        title="陸委會：持身分證、定居證皆算 ｜ 在中國設籍將註銷台戶籍",
        date="2025-04-24",
        content="陸委會今天表示，台灣人民在大陸設籍將被註銷台灣戶籍。\n陸委會說，持有大陸身分證或定居證皆屬之。",
    )
    assert "在中国设籍" in b.title


# --- a feed's channel that is a section ("新闻国内") names no outlet; an outlet's app names the outlet


_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>新闻国内</title><link>http://news.qq.com/china_index.shtml</link>
<description>新闻国内</description>
<item><title>{title}</title><link>http://news.qq.com/a/20180918/{n}.htm</link><author>www.qq.com</author>
<pubDate>2018-09-18 10:51:14</pubDate><description>{body}</description></item>
</channel></rss>"""


def test_a_feed_channel_named_news_first_then_its_section_is_no_source() -> None:
    # dev-retired21/s24_07: 腾讯's 国内 channel, titled 新闻国内 (a section's name, news first)
    from briefreader.ingest.patterns import is_section

    assert is_section("新闻国内") and is_section("国内新闻")
    from briefreader.ingest.feed import parse_feed

    feed = parse_feed(
        _FEED.format(
            title="1至8月，全国共查办“假记者”刑事案件80多起",
            body="针对基层干部群众深恶痛绝的“假媒体、假记者站、假记者”和新闻敲诈等不法行为，“扫黄打非”部门开展专项行动。",
            n="000817",
        )
    )
    assert feed.entries and feed.entries[0].source != "新闻国内"


def test_an_outlets_app_in_a_dateline_names_the_outlet() -> None:
    from briefreader.ingest.outlets import canonical_outlet

    assert canonical_outlet("中新网客户端") == "中新网"
    assert canonical_outlet("人民日报客户端") == "人民日报"
    assert canonical_outlet("新闻客户端") == "新闻客户端"  # (no outlet's name before the app's word)


# --- a byline that ends with the publication: 文／writer／magazine


def test_a_byline_writer_then_magazine_names_the_magazine() -> None:
    # dev-retired23/s26h_09: 今周刊's report relayed by 三立, "文／林葉藍／今周刊" (the writer's name here fictional)
    for line, outlet in (("文／林小藍／今周刊", "今周刊"), ("作者／林小藍／商業周刊", "商业周刊")):
        b = _html(f"<html><body><h1>金管會公布5家系統性銀行</h1><p>{line}</p><p>{_TW}</p><p>{_TW2}</p></body></html>")
        assert b.source == outlet, line
        assert "林小蓝" not in b.text


def test_guard_a_second_writer_with_a_surname_stays_a_writer() -> None:
    # two writers, the second's name ending as an outlet's might ("王振刊"): a person, not a publication
    b = _html(
        f"<html><body><h1>金管會公布5家系統性銀行</h1><p>文／林小藍 王振刊</p><p>{_TW}</p><p>{_TW2}</p></body></html>"
    )
    assert b.source != "王振刊"


# --- a post's day and time as the whole label of a control beside its headline


_MIAO = "1月14日，广西柳州市融水苗族自治县苗族民众穿着节日的盛装，吹起芦笙，跳起踩堂舞，共同祭祀祖先庆祝苗年。"
_MIAO2 = "农历十一月二十八日是当地苗族的传统节日苗年，当地民众通过吹芦笙，跳踩堂，唱苗歌等形式来祭祀祖先。"


def test_a_day_and_time_as_a_buttons_whole_label_dates_the_page() -> None:
    # dev s27_02: a CMS's Bootstrap badge above the <h1>
    b = _html(
        '<html><body><div class="ibox"><div class="pull-right"><button class="btn btn-white btn-xs" type="button">'
        "2018-01-15 09:55:13</button></div><h1>广西苗族民众吹芦笙跳踩堂舞祭祖庆祝苗年</h1>"
        f"<p>{_MIAO}</p><p>{_MIAO2}</p></div></body></html>"
    )
    assert b.date_iso == "2018-01-15"


def test_guard_a_button_in_a_list_or_with_other_words_dates_nothing() -> None:
    for control in (
        "<ul><li><button>2017-03-02 10:00:00</button></li></ul>",  # a list's item: another post's
        "<button>2017-03-02 10:00:00 更多</button>",  # not a day and time alone
    ):
        b = _html(
            f"<html><body>{control}<h1>广西苗族民众吹芦笙跳踩堂舞祭祖庆祝苗年</h1><p>{_MIAO}</p><p>{_MIAO2}</p></body></html>"
        )
        assert b.date_iso is None, control


# --- 部署 (deploy) and 签署 (sign) end no office's name, as 署 does in 审计署


_STATE = "国务院总理主持召开国务院常务会议，部署推进以人为本的新型城镇化建设，研究进一步优化营商环境的政策措施。"
_STATE2 = "会议指出，推进新型城镇化是实现现代化的必由之路，要坚持以人为本，稳步提高户籍人口城镇化率。"


def test_a_headline_line_ending_in_a_verb_of_deploying_is_no_issuer() -> None:
    # a headline over two lines (review s26 N1's third shape): its first line is no office's name line
    text = f"国务院常务会议部署\n推进新型城镇化建设\n2024-07-31\n{_STATE}\n{_STATE2}\n"
    b = ingest_bytes(text.encode(), id="x.txt", suffix=".txt")
    assert b.source != "国务院常务会议部署"
    from briefreader.ingest.metadata import organisation_name

    assert organisation_name("国务院常务会议部署") == "" and organisation_name("双方协议签署") == ""


def test_guard_offices_ending_in_shu_are_still_offices() -> None:
    from briefreader.ingest.metadata import _ISSUER, organisation_name

    assert _ISSUER.match("审计署")
    for name in ("香港运输署", "海关总署", "行政公署"):
        assert _ISSUER.match(name) and organisation_name(name) == name, name
