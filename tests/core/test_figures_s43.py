"""Session 43 (issue 13): a count whose members are named in brackets right after it is the list's size, not a count
(the lead's ruling on bracketed names; FIGURES_GOLD.md §1 D3, as after a colon). Sentences in the shapes of dev and
retired text from several repositories: figures6 dev 08 and figures8 dev 07 (Macau government releases), figures15 dev 06
and 17 (mainland rail and school news), figures11 dev 10 (a Hong Kong release), figures24 dev-retired25 08, figures40
dev 03 (fund news), dev s11_05 (a county's statistics bulletin), s24_08 (info.gov.hk), 79_cdt (a UN release)."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in extract_figures(text) if f.kind == "count"]


@pytest.mark.parametrize(
    "text",
    [
        "北京有3所中学（北大附中、清华附中和汇文中学）参加了比赛。",
        "长三角三城（上海、深圳、嘉兴）率先试点。",
        "檢測五種PFAS（PFOA、PFOS、PFNA、PFHxS及HFPO-DA）的含量。",
        "現時本澳六個口岸（關閘、港珠澳大橋港澳旅檢大廳、外港碼頭、內港碼頭、氹仔碼頭、澳門國際機場）合共設有通道。",
        "深圳段的4座车站站房工程(海上田园站、和平站、机场北站、机场站)全面开工。",
        "首批3只（短融ETF、城投债ETF、公司债ETF）产品获批。",
        "四個居屋屋苑（包括沙田穗禾苑、深水埗清麗苑、深水埗怡閣苑及觀塘安基苑）的承建商已拆除棚網。",
        "Daniel 与两位朋友（Eva 和 MDL）协作，共同验证并报告了该漏洞。",
    ],
)
def test_a_count_whose_members_are_named_in_brackets_right_after_it_is_no_count(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # case numbers, no names (figures8 dev-retired9 21, figures28 dev-retired27 01): the new cases are counted
        ("衛生局公佈再多5宗個案（個案編號：3857、3895、3919、3920、3923）。", [("5宗", 5)]),
        # a breakdown by counts, no names (figures46 dev 08): the whole and its parts are counted
        ("攀枝花市死亡5人（东区1人，西区2人）。", [("5人", 5), ("1人", 1), ("2人", 2)]),
        # each member a count of its own (一名副局长): no list of names
        ("两名官员（一名副局长、一名处长）被停职。", [("两名", 2)]),
        # the brackets name fewer than the count: not its members
        ("6所中学（包括北大附中、清华附中）参加。", [("6所", 6)]),
        # a demonstrative: a count again (D3)
        ("这三个城市（上海、深圳、嘉兴）率先试点。", [("三个", 3)]),
    ],
)
def test_brackets_that_name_no_members_leave_the_count(text: str, want: list) -> None:
    assert _counts(text) == want


def test_a_bound_naming_a_class_counted_by_a_named_list_is_still_no_sum() -> None:
    # dev s11_05: 超亿元 names the class of townships, whose number (6) is the named list's size: neither is listed
    text = "其中财政收入超亿元的乡镇达6个（康乐街办、黄茅镇、株潭镇、潭埠镇、鹅峰乡、马步乡）。"
    assert [(f.kind, f.text) for f in extract_figures(text, region="mainland")] == []


@pytest.mark.parametrize(
    "text",
    [
        "目录：第1~20条：总则；第21~29条：附则。",  # dev-retired31 s34h_06, s34h_07 (a regulation's contents)
        "第1—4条明确了目的依据、适用范围。",  # figures51 dev-retired38 06 (a Q&A on a regulation)
        "D301次列车第1至5位车辆脱轨。",  # dev-retired33 s36h_06 (a railway accident report)
        "（见原审卷第277至278页）",  # dev-retired15 s18_43 (a court judgment)
        "下文第23至25段关于保障的部分。",  # dev-retired25 s28h_01 (a gazette notice)
    ],
)
def test_the_last_end_of_an_ordinal_range_is_no_count(text: str) -> None:
    assert _counts(text) == []


def test_a_range_without_its_ordinal_mark_is_still_a_count() -> None:
    assert _counts("共有1至5位专家参加。") == [("1至5位", 1)]


@pytest.mark.parametrize("text", ["市場對Fed今年降息3次的預期不變。", "市场预计今年降息3次。", "去年涨价两次。"])
def test_how_often_a_rate_or_a_price_was_cut_or_raised_is_no_count(text: str) -> None:
    # figures32 dev 08: 降息, 降价 and 涨价 are nouns to the segmenter (加息 and 提价 are verbs); FIGURES_GOLD §1's
    # frequencies (升息了三次, 下調三次) are no key figures
    assert _counts(text) == []


def test_a_tally_of_events_a_noun_names_stays_a_count() -> None:
    assert _counts("共举行发布会14次。") == [("14次", 14)]
