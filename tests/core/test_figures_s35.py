"""Session 35 figures (issue 13): the lead-and-body repeat rule (FIGURES_GOLD §5, ruled this session) and what the dev
sets and figures35's retired split (dev-retired30) showed.

Each rule is a general one (what a paragraph or phrase IS), checked across every dev and retired figure set (none may
lose).
"""

from __future__ import annotations

from briefreader.figures import extract_figures


def _figs(text: str, region: object = "mainland") -> list[tuple[str, str, float, str]]:
    return [(f.kind, f.text, f.value, f.unit) for f in extract_figures(text, region=region)]  # type: ignore[arg-type]


def _values(text: str, kind: str, region: object = "mainland") -> list[float]:
    return [f[2] for f in _figs(text, region) if f[0] == kind]


# -- §5: a figure of the lead (the first paragraph) said again in the body in the same words is one entry


LEAD = "海关总署公布，前2个月出口3.47万亿元，增长13.6%。\n从商品看，机电产品出口2.02万亿元。\n海关数据显示，出口3.47万亿元，增长13.6%。\n"


def test_the_leads_figure_said_again_in_the_body_is_one_entry() -> None:
    assert _values(LEAD, "money").count(3.47e12) == 1
    assert _values(LEAD, "percent").count(13.6) == 1
    # the same sentence in two body paragraphs (no lead between) is two statements, as §5 says
    body = "据悉，项目启动。\n" + LEAD.split("\n", 1)[1] + "另悉，前2个月出口3.47万亿元，增长13.6%。\n"
    assert _values(body, "percent").count(13.6) == 2


# -- a first paragraph that is a numbered item (a statute's article, a letter's question) is no lead


STATUTE = (
    "第八十二条 违反本条例规定，建设单位将工程发包给两个以上的施工单位的，处工程合同价款百分之零点五以上百分之一以下的罚款。\n"
    "第八十三条 违反本条例规定，施工单位将工程转包的，处工程合同价款百分之零点五以上百分之一以下的罚款。\n"
)


def test_a_statutes_articles_are_items_not_a_lead_and_its_body() -> None:
    # each article fines another offence: two figures
    assert _values(STATUTE, "percent").count(0.5) == 2
    # the same articles after a summary line: the first paragraph is the lead, the fine said again in its words is one
    summary = "条例规定，违规发包的，处工程合同价款百分之零点五以上百分之一以下的罚款。\n" + STATUTE.split("\n", 1)[1]
    assert _values(summary, "percent").count(0.5) == 1


def test_a_letters_numbered_question_is_no_lead() -> None:
    letter = (
        "问题 1.关于收入。年报显示，公司实现营业收入5.01亿元，同比增长 44.75%；归母净利润同比增亏 20.23%。请公司说明。\n"
        "回复：\n2025 年，公司实现营业收入 50,356.55 万元，同比增长 44.75%；归母净利润同比增亏 20.23%。\n"
    )
    assert _values(letter, "percent").count(44.75) == 2
    # an ordinary lead: one
    lead = letter.replace("问题 1.关于收入。", "", 1)
    assert _values(lead, "percent").count(44.75) == 1


# -- a headline's figure taken as the body's first statement of it leaves later body statements their own


def test_a_headlines_figure_said_twice_in_the_body_is_two_body_figures() -> None:
    # (figures15 dev 05: the body's first statement of it, in other words, stands for the headline's; its conclusion,
    # in the headline's words past the reach of a heading, is another statement of the body's)
    text = (
        "工程机械用内燃机累计销量增长63.10%\n"
        "据协会统计，工程机械用内燃机累计销售43.14万台，累计同比增长63.10%;农用机械用内燃机累计同比增长20.01%。\n"
        + "各细分市场不同程度下降，同比仍多呈增长状态，其他细分市场也有不同程度的涨幅。\n" * 12
        + "从以上细分数据来看，工程机械用内燃机累计销量增长63.10%，增长最为显著。\n"
    )
    assert _values(text, "percent").count(63.1) == 2
    # said once under the headline: one figure
    once = text.rsplit("从以上", 1)[0]
    assert _values(once, "percent").count(63.1) == 1


# -- the region reader: Australia's Chinese press (bare 元 = AUD) and Taiwan's organs


def _region(text: str, **kw: object) -> tuple[str, str]:
    from briefreader.figures.region import detect_region

    r = detect_region(text, **kw)  # type: ignore[arg-type]
    return r.name, r.currency


ASX = (
    "【本報悉尼訊】澳洲股市周五午盤反彈，標普/澳證200指數上漲0.78%。四大銀行均上漲，麥覺理集團飆升1.9%，達到224.09元。"
    "西太銀行高漲1.5%，達到38.52元。"
)


def test_a_sydney_papers_bare_yuan_is_the_australian_dollar() -> None:
    # (figures36 dev 07: the paper's own dateline and its market's index say whose 元 it is)
    assert _region(ASX, script="hant") == ("au", "AUD")
    got = [(f.text, f.unit) for f in extract_figures(ASX, region=None) if f.kind == "money"]
    assert got == [("224.09元", "AUD"), ("38.52元", "AUD")]
    # its world news, with no word of Australia: the source line names it (澳洲新報, figures36 dev 01-05)
    world = "【本報綜合訊】美國將對從加拿大進口的部分商品徵收50%關稅。"
    assert _region(world, script="hant") == ("unknown", "")
    assert _region(world, script="hant", source="澳洲新報 Australian Chinese Daily") == ("au", "AUD")
    # an address in Australia decides as .hk does
    assert _region(world, script="hant", url="https://www.example.com.au/news/1") == ("au", "AUD")


def test_naming_australia_is_no_australian_press() -> None:
    # a Taiwan paper's working-holiday story names 澳洲, 悉尼 and 澳元, and its own 元 (precision first: not AUD)
    story = "不少年輕人前往澳洲打工度假，在悉尼時薪約25澳元，一年可存下約50萬元。"
    assert _region(story, script="hant")[0] != "au"
    # a mainland agency's dispatch from Sydney on the ASX, in Simplified: the mainland's
    wire = "新华社悉尼3月1日电 澳洲股市周五上涨，标普/澳证200指数上涨0.5%，悉尼房价平均上涨3万元。"
    assert _region(wire, script="hans") == ("mainland", "CNY")


def test_taiwans_organs_and_rail_company_say_taiwan() -> None:
    # (dev s34_11: a 臺鐵公司 page naming 交通部觀光署, with no outlet or ROC date: its 100元 was shown as written)
    page = "臺鐵公司配合交通部觀光署推動鐵道旅遊，旅客憑票可享100元折扣。"
    assert _region(page, script="hant") == ("tw", "TWD")
    assert [(f.text, f.unit) for f in extract_figures(page, region=None) if f.kind == "money"] == [("100元", "TWD")]
    assert _region("監察院今日通過糾正案，要求改善。", script="hant")[0] == "tw"
    # 台铁 alone (one vote) does not decide
    assert _region("台鐵列車今日誤點。", script="hant") == ("unknown", "")


# -- market moves and changes over time (figures35, dev-retired30)


def test_a_close_lower_is_a_fall() -> None:
    # (figures35 02: 恒大健康…股價觸及37.7元破頂後回吐，低收6%)
    assert ("percent", "低收6%", -6.0, "%") in _figs("股價觸及37.7元破頂後回吐，低收6%。", "hk")
    assert ("percent", "收低1.2%", -1.2, "%") in _figs("恒指收低1.2%。", "hk")
    # 低收入 is an income bracket, no close: a share of households stays a level
    assert ("percent", "5%", 5.0, "%") in [f[:4] for f in _figs("低收入户占5%。")]


def test_lower_than_its_own_earlier_value_is_a_fall() -> None:
    # (figures35 09: a tender's rate against the last tender of the same tenor)
    got = _figs("中標利率1.77%，較上次同期限央票低42個基點。", "hk")
    assert ("percent", "42個基點", -0.42, "pp") in got
    assert ("percent", "0.5个百分点", -0.5, "pp") in _figs("失业率较上年低0.5个百分点。")
    # lower than another figure (a budget, a forecast) is a comparison, unsigned (FIGURES_GOLD 4)
    assert ("percent", "3%", 3.0, "%") in _figs("開支較原來預算低3%。", "hk")
    assert ("percent", "0.8%", 0.8, "%") in _figs("通脹較預測低0.8%。", "hk")


# -- figures38 (dev): beds as a measure word; a mainland story told in renminbi in a Hong Kong paper


def test_beds_are_counted() -> None:
    got = _figs("盼4年內完成布建6500床，申請床位上限為200床，現有床位超過11萬床。", "tw")
    assert [(f[1], f[2], f[3]) for f in got if f[0] == "count"] == [
        ("6500床", 6500.0, "床"),
        ("上限為200床", 200.0, "床"),
        ("超過11萬床", 110000.0, "床"),
    ]
    # 床位 is the noun, not the measure word after a number
    assert not [f for f in _figs("新增3床位。", "tw") if f[0] == "count" and f[3] == "床"]


def test_a_mainland_story_told_in_renminbi_lends_its_bare_yuan() -> None:
    story = (
        "「魚王」被拍賣，有買家以30萬元人民幣高價購買。據內媒報導，拍賣開價已高達10萬人民幣。最終以30萬元為成交價格。"
        "拍賣所籌得的126萬元將用於文化建設。"
    )
    money = [(f[1], f[3]) for f in _figs(story, "hk") if f[0] == "money"]
    assert ("30萬元", "CNY") in money and ("126萬元", "CNY") in money
    # a home place named (本港), or the renminbi named in one sentence only: the bare 元 stays the region's
    home = story.replace("拍賣所籌得的", "本港拍賣所籌得的")
    assert ("126萬元", "HKD") in [(f[1], f[3]) for f in _figs(home, "hk") if f[0] == "money"]
    once = "有買家以30萬元人民幣高價購買。拍賣所籌得的126萬元將用於文化建設。"
    assert ("126萬元", "HKD") in [(f[1], f[3]) for f in _figs(once, "hk") if f[0] == "money"]
