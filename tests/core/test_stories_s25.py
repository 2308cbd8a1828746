"""The period veto (session 25): a notice re-issued for another year, quarter or month is another story,
even alike at SAME_TEXT; a copy, a dated copy and an update stay one."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader import stories
from briefreader.ingest import ingest_path

DATA = Path(__file__).parents[1] / "data" / "realworld"
SHANGHAI = DATA / "dev" / "s24_01_shanghai_gov_policy_rss_20260415.xml"


def _pairs(method):
    entries = [b for b in ingest_path(SHANGHAI, DATA) if b.text]
    found = []
    for words in ("居民瓶装液化石油气基准价的通知", "专项资金项目（清洁生产）申报工作"):
        pair = [b for b in entries if words in b.title]
        assert len(pair) == 2, [b.title for b in pair]
        found.append(method([(b.title, b.text) for b in pair]))
    return found


@pytest.mark.parametrize("method", [stories.cluster, stories.cluster_exact])
def test_a_feeds_notice_reissued_for_another_month_or_year_is_another_story(method):
    # cherylchenxue-star/sh-gov-rss: the LPG base price of March (92元) and of April (117元), word for word
    # the same notice otherwise (J 0.87), and a 2024年度 / 2025年度 清洁生产 funding call (J 0.91): both above
    # SAME_TEXT, where a headline and one changed figure were taken as an update of one text
    for groups in _pairs(method):
        assert groups[0] != groups[1]


def test_the_stored_signatures_say_the_same():
    entries = [b for b in ingest_path(SHANGHAI, DATA) if b.text and "居民瓶装液化石油气基准价" in b.title]
    a, b = (stories.signature(e.title, e.text) for e in entries)
    assert a is not None and b is not None and a.periods and b.periods
    assert a._alike(b.size, b.values)  # alike by their shingles: the periods alone part them
    assert not a.matches(b) and not a.matches_bytes(b.to_bytes()) and not b.matches_bytes(a.to_bytes())
    assert stories.Signature.from_bytes(a.to_bytes()) == a
    # a blob without periods (stored before session 25) gives no evidence: as before
    old = stories.Signature(b.values, b.size, b.numbers, b.lead, b.title)
    assert a.matches_bytes(old.to_bytes()) == a.matches(old)


NOTICE = (
    "各区商务主管部门：为贯彻落实促进消费的有关部署，现将{y}年{q}季度“流量券”平台企业遴选有关事项通知如下。"
    "一、申报条件。在本市注册、具有独立法人资格的平台企业，近三年无重大违法记录，具备完善的数据统计和结算能力。"
    "二、申报材料。申报单位应当提交申报书、营业执照复印件和相关证明材料，并对材料的真实性负责。"
    "三、工作要求。各区要加强组织动员，认真审核把关，按时报送推荐名单。联系人：王五，电话：12345678。"
)


def test_one_template_for_two_quarters_is_two_stories_but_a_copy_with_its_own_dateline_is_one():
    first = ("关于遴选“流量券”平台企业的通知", NOTICE.format(y=2026, q="一"))
    second = ("关于遴选“流量券”平台企业的通知", NOTICE.format(y=2026, q="二"))
    # a copy that adds its own dateline before the text names one more period on one side only
    copy = ("关于遴选“流量券”平台企业的通知", "发布时间：2026-03-05\n" + NOTICE.format(y=2026, q="一"))
    for method in (stories.cluster, stories.cluster_exact):
        assert method([first, second]) == [0, 1], method.__name__
        assert method([first, copy]) == [0, 0], method.__name__


def test_an_update_whose_day_moved_is_still_one_story():
    # days are no period: a live story updated the next day keeps its month
    body = (
        "截至6月{d}日18时，本轮强降雨已造成全省多地受灾，应急部门已转移安置受灾群众，抢修道路和电力设施，"
        "各地加强巡查值守，严防次生灾害发生。气象部门预计未来三天仍有较强降雨，提醒公众减少外出，注意安全。"
        "省防指已启动防汛四级应急响应，派出工作组赴重点地区指导抢险救灾工作，确保人民群众生命财产安全。"
    )
    a = ("全省强降雨致多地受灾", body.format(d=1))
    b = ("全省强降雨致多地受灾", body.format(d=2))
    for method in (stories.cluster, stories.cluster_exact):
        assert method([a, b]) == [0, 0], method.__name__


def test_periods_are_read_from_the_headline_and_the_opening_only():
    assert stories.period_sketch("2025年度清洁生产", "") == stories.period_sketch(
        "202 4年度清洁生产".replace("4", "5"), ""
    )
    assert stories.period_sketch("", "现组织开展202 4年度申报") == stories.period_sketch("", "现组织开展2024年度申报")
    late = "正文" * stories.PERIOD_CHARS + "相关阅读 2023-01-11"
    assert stories.period_sketch("标题", late) == ()
    assert not stories.periods_differ(stories.period_sketch("", "4月"), ())
    assert not stories.periods_differ(stories.period_sketch("", "4月"), stories.period_sketch("", "2026年4月"))
    assert stories.periods_differ(stories.period_sketch("", "2026年4月"), stories.period_sketch("", "2026年3月"))
