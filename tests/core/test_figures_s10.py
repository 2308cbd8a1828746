"""Key figures, session 10 (issue 13): each rule from a dev sentence (figures4's retired heldout5,
now dev-retired5, and the dev cases left open in session 9) or from general knowledge of the language."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures
from briefreader.figures.region import Region, detect_region


def figs(text: str, region: Region | str | None = "mainland") -> list[tuple[str, str, float | None, str, str]]:
    return [(f.kind, f.text, f.value, f.unit, f.qualifier) for f in extract_figures(text, region=region)]


# dev-retired5 (figures4's heldout5, retired this session)


def test_a_hedged_lower_section_under_yi_is_one_sum() -> None:
    """LegCo (dev-retired5 06, 33): 撥款1億7,000多萬元 is one sum, over HKD 170 mn, not 1億 and 7,000多萬元."""
    (money,) = extract_figures("撥款1億7,000多萬元，增加1 500個名額", region="hk")[:1]
    assert (money.text, money.value, money.unit, money.qualifier) == ("1億7,000多萬元", 1.7e8, "HKD", "over")
    assert (money.low, money.high) == (1.7e8, 1.8e8)
    assert figs("政府會增撥4億2,000多萬元，研究", "hk") == [("money", "4億2,000多萬元", 4.2e8, "HKD", "over")]
    # the plain compound is unchanged; a lower section must stay smaller than the upper one
    assert figs("3亿5000万元") == [("money", "3亿5000万元", 3.5e8, "CNY", "exact")]
    assert [f[1] for f in figs("3万5亿元")] != ["3万5亿元"]


def test_a_compound_spaced_out_around_its_lower_section() -> None:
    """figures5 dev 32 (Taiwan): 372 億 1 萬元 is one sum (was '1 萬元' = TWD 10,000, wrong)."""
    assert figs("總計372 億 1 萬元，", "tw") == [("money", "372 億 1 萬元", 37_200_010_000, "TWD", "exact")]
    # a space only between 億 and a 萬 section: two numbers in a list stay apart
    assert figs("营收1亿 20万用户") != [("money", "1亿 20万用户", 100_200_000, "CNY", "exact")]


def test_vehicle_trips_are_a_count_unit() -> None:
    """新闻联播 (dev-retired5 09): 7143万辆次, per-trip vehicles, like 人次 (the gold's unit)."""
    assert figs("分别达3.8亿人次、7143万辆次，单日峰值") == [
        ("count", "3.8亿人次", 3.8e8, "人次", "exact"),
        ("count", "7143万辆次", 7.143e7, "辆次", "exact"),
    ]
    assert extract_figures("7143万辆次")[0].en == "71.43 mn vehicle trips"


def test_land_worked_per_pass_is_no_area() -> None:
    """贵州 (dev-retired5 24): 农机作业服务面积60万亩次 counts land worked per pass: no area."""
    assert figs("农机作业服务面积60万亩次以上，项目县") == []
    assert figs("完成防治作业1200万亩次") == []
    ((kind, _, value, unit, _),) = figs("建设露地冬春果菜基地6.2万亩")
    assert (kind, unit, value) == ("area", "m2", pytest.approx(6.2e4 * 10_000 / 15))


def test_a_household_type_by_its_size_is_no_count() -> None:
    """LegCo (dev-retired5 27): 雙職二人家庭的每月入息 is a household type, not two people (gold header);
    a family counted by its members on a trip (4口之家亲子游, figures2's gold) still counts."""
    assert [f[0] for f in figs("一個賺取最低工資的雙職二人家庭的每月入息為14,040元", "hk")] == ["money"]
    assert figs("4口之家亲子游4天花费约2万")[0] == ("count", "4口", 4, "口", "exact")
    assert figs("二人同行，每人收费50元")[0][:4] == ("count", "二人", 2, "人")


def test_a_roads_section_is_an_address() -> None:
    """自由時報 (dev-retired5 12): 重慶南路一至二段 is a road's sections in an address, no count."""
    assert figs("生活圈大致為和平西路、重慶南路一至二段、南海路一帶", "tw") == []
    assert figs("位於忠孝東路四段", "tw") == []
    assert figs("整治4段河流") == [("count", "4段", 4, "段", "exact")]


def test_working_days_are_a_duration() -> None:
    """澳門 (dev-retired5 15): 於30個工作天內發出 is a time limit, like 30个工作日."""
    assert figs("於30個工作天內發出登記證明", "mo") == []
    assert figs("于30个工作日内办结") == []


def test_a_round_hundred_or_thousand_of_people_is_approximate() -> None:
    """橫琴 (dev-retired5 03): 邀請百名頂尖英才、千名青年英才、萬名青年學子 — round numbers of people, about
    100, 1,000 and 10,000 (the gold header: targets are approx); a bare scale with no 名 is still a word."""
    got = figs("近期將陸續邀請百名頂尖英才、千名青年英才、萬名青年學子走進澳琴", "mo")
    assert got == [
        ("count", "百名", 100, "名", "approx"),
        ("count", "千名", 1000, "名", "approx"),
        ("count", "萬名", 10000, "名", "approx"),
    ]
    assert figs("上百名志愿者")[0][4] == "over"
    assert figs("万家灯火，千行百业") == []
    assert figs("名列百名榜单") == [] and figs("排在千名次以外") == []  # a ranking's name


# region: a lead that opens on a mainland place


def test_a_lead_opening_on_the_zone_macau_co_governs_is_renminbi() -> None:
    """dev-retired5 03 and figures4 dev 07: a Macau release that opens on the Hengqin zone (the zone's own
    policy or event) gives its bare sums in renminbi, the zone's currency, though its lead names Macau
    (訪澳琴, 澳門…文化局) as the partner. A release that opens on Macau's government stays as written."""
    policy = (
        "4月13日，橫琴粵澳深度合作區支持人才高質量發展新聞發佈會順利舉行。同時，合作區宣佈啟動全球人才訪澳琴體驗計劃。\n"
        "《若干措施》將給予單個項目最高一千萬元的資助。\n"
    )
    region = detect_region(policy, source="澳門特別行政區政府新聞局", script="hant", url="https://www.gcs.gov.mo/")
    assert (region.name, region.currency) == ("mo", "CNY") and "co-governs" in region.reason
    assert [f for f in figs(policy, region) if f[0] == "money"] == [("money", "最高一千萬元", 1e7, "CNY", "under")]
    macau_first = "由澳門特區政府與合作區聯合主辦的市集，昨日在橫琴落幕。\n營業額突破150萬元。"
    r = detect_region(macau_first, source="澳門特別行政區政府新聞局", script="hant")
    assert (r.name, r.currency) == ("mo", "")


def test_a_lead_opening_on_a_mainland_place_and_naming_nothing_of_home_is_renminbi() -> None:
    """The dateline rule of session 9 without a dateline: a Macau paper's item that opens on Guangdong and
    names nothing of Macau in its lead is about Guangdong, in renminbi; one whose lead names Macau is shown
    as written; a street named after a mainland city (北京道) is no mainland place."""
    text = "廣東省商務廳公佈，春節假期廣東零售額達26.8億元。\n其中汽車銷售額3.18億元。\n"
    region = detect_region(text, source="澳門日報", script="hant")
    assert (region.name, region.currency) == ("mo", "CNY") and "opens on" in region.reason
    both = "廣東省與澳門簽署協議，春節假期銷售額達26.8億元。\n"
    assert detect_region(both, source="澳門日報", script="hant").currency == ""
    street = "北京道一間商舖昨日以3,000萬元成交。\n"
    assert detect_region(street, source="東方日報", script="hant").currency == "HKD"


# the dev cases left open in session 9 (n13.md)


def test_a_sum_without_yuan_takes_the_unit_of_the_sum_it_moves_to() -> None:
    """figures5 dev 11 (Taiwan): 總獲利突破300億達302.9億元 — the unit said once, on the second sum; the same in
    a move from one sum to another (由3亿增至5亿元). People (用户突破3亿达3.2亿人) are no sum."""
    assert figs("前九月總獲利突破300億達302.9億元，", "tw") == [
        ("money", "突破300億", 3e10, "TWD", "over"),
        ("money", "302.9億元", 3.029e10, "TWD", "exact"),
    ]
    assert [f[2] for f in figs("营收由3亿增至5亿元") if f[0] == "money"] == [3e8, 5e8]
    assert [f[0] for f in figs("用户突破3亿达3.2亿人")] == ["count"]
    assert [f[0] for f in figs("人口300万达到500万")] == ["count"]


def test_an_answer_to_a_question_about_a_sum_is_a_sum() -> None:
    """投中网 (figures5 dev 25): 营收能有多少？ 贾国龙：我觉得这一个月应该有七八个亿。— the money is named in the
    question before; both 七八个亿 are listed (two sentences). A question about people gives no sum."""
    text = "投中网：西贝在春节期间的营收能有多少？\n贾国龙：我觉得这一个月应该有七八个亿。现在七八个亿的生意突然变成0。"
    assert [(f[2], f[3], f[4]) for f in figs(text)] == [(7e8, "CNY", "range"), (7e8, "CNY", "range")]
    assert figs("你们有多少员工？\n我们有七八个亿。") == []


def test_an_arguments_reasons_are_no_count() -> None:
    """南方周末 (figures5 dev 26): 医院求捐的原因有三类，一类… — the structure of an argument, like 两点原因 and
    N个方面; a count of things by kind still counts."""
    assert figs("汇总下来，医院求捐的原因有三类，一类，是确实没有物资用了；") == []
    assert figs("这有三类原因") == []
    assert [f[1] for f in figs("全市主要有三类企业")] == ["三类"]


def test_times_count_occurrences_never_the_noun_after() -> None:
    """澳門 (figures5 dev 29): 已先後三次在澳門主辦會員大會 was "3 members": 次 counts what is done. Since session 38
    how often an act was done is no key figure at all (the lead's ruling, FIGURES_GOLD §1); occasions a verb takes as
    its object are counted, by their number only (figures3 dev 46)."""
    counts = [
        f for f in extract_figures("葡語都市聯盟已先後三次在澳門主辦會員大會。", region="mo") if f.kind == "count"
    ]
    assert counts == []
    (f,) = [f for f in extract_figures("當局進行42次巡查。", region="mo") if f.kind == "count"]
    assert (f.value, f.unit, f.en) == (42, "次", "42")


def test_one_of_each_kind_is_a_count() -> None:
    """柳河 (figures5 dev 37): 生产线各1条 is one line of each kind, a count (the gold conventions settled in
    session 10: an Arabic 1 is a figure); 每1股 (per share) is still none."""
    assert figs("建有葡萄酒、预调酒和起泡酒全自动生产线各1条") == [("count", "1条", 1, "条", "exact")]
    assert figs("每1股派息") == []


def test_a_bracketed_aside_between_a_number_and_its_unit() -> None:
    """柳河 (figures5 dev 37): 种植基地约10000（6500）亩 — the unit after the bracket is the first number's; the
    aside (unexplained) is not listed. An aside that would change the scale (300(250)万元) is not read."""
    ((kind, text, value, unit, qualifier),) = figs("山葡萄种植基地约10000（6500）亩。")
    assert (kind, text, unit, qualifier) == ("area", "约10000（6500）亩", "m2", "approx")
    assert value == pytest.approx(10000 * 10_000 / 15)
    assert figs("营收300(250)万元") == [] and figs("2019（2020）年") == []


# figures6 dev (13-corpus's itemised misses, session 10)


def test_a_hard_wrapped_line_break_inside_a_number_is_no_break() -> None:
    """PTT and PDF text (figures6 dev 04, 17, 29): 總額近1\\n40億元, 調高到1,588\\n元, 年增17.6\\n%, 為 3\\n.5% — a break
    inside a number or between a number and its unit, at the end of a long line, is a hard wrap. Offsets and
    text refer to the text as given (the break kept in ``text``)."""
    # a post wrapped at one width: a digit to digit break joins only in such a text (review s10 F2)
    text = (
        "新光人壽和台北市政府談判多年，已繳32億元權利金，總額近1\n40億元才肯解約，市府則表示雙方仍在協商中，預計明年上半\n"
        "年以前可以有結果，屆時將再對外公布談判的細節與時程，\n並交由議會審議。"
    )
    (f,) = [f for f in extract_figures(text, region="tw") if f.value == 1.4e10]
    assert (f.text, f.unit, f.qualifier) == ("近1\n40億元", "TWD", "nearly") and text[f.start : f.end] == f.text
    pct = "營收年增率表現方面，本季營收5.41億元(美元,下同)、年增17.6\n%；毛利率9.2%"
    assert [f.value for f in extract_figures(pct, region="tw") if f.kind == "percent"] == [17.6, 9.2]
    # short lines (a list or a table) and a line ending in a code keep their breaks
    assert [f.text for f in extract_figures("人數\n120\n35人", region="mainland")] == ["35人"]
    postcode = "承办单位地址：惠民路800号2号楼14楼 邮政编码：200082\n2月10日,上海信息消费节开幕"
    assert [f.text for f in extract_figures(postcode, region="mainland")] == ["2月10日"]


def test_measure_words_of_bowls_and_trips_and_a_rate_per_hour() -> None:
    """figures6 dev 13 (待用庫存麵6000多碗, 遞上2碗麵) and 11, 26 (Hong Kong: 每天約12萬程服務): 碗 and 程 count;
    每小時2程 is a rate (like 每月2次); 程序, 程度 and 碗筷 are words."""
    assert figs("店家門口寫上待用庫存麵6000多碗", "tw") == [("count", "6000多碗", 6000, "碗", "over")]
    assert figs("每天只可提供約12萬程服務", "hk") == [("count", "約12萬程", 120_000, "程", "approx")]
    assert figs("以每車每日營運6小時、每小時2程計算", "hk") == []
    assert figs("3个程序") != [] and all(f[3] != "程" for f in figs("3程序员"))


def test_cents_of_a_named_currency() -> None:
    """Wind (figures6 dev 05): 股息維持在每股34美分 is USD 0.34; 港仙 are Hong Kong cents."""
    assert figs("股息维持在每股34美分不变") == [("money", "34美分", 0.34, "USD", "exact")]
    assert figs("每股派息30港仙", "tw") == [("money", "30港仙", 0.3, "HKD", "exact")]


def test_a_bare_dollar_in_a_text_of_no_known_region_is_shown_as_written() -> None:
    """A forum post in Traditional script with no regional word (figures6 dev 23): 股價殺到$350 is NT$ to its
    reader, but nothing in the text says so: no currency is claimed (was USD), the English says dollars."""
    got = extract_figures("股價殺到$350, 散戶大軍接著上殺到$300", region="unknown")
    assert [(f.value, f.unit, f.en) for f in got] == [(350, "", "350 dollars"), (300, "", "300 dollars")]
    assert [f.unit for f in extract_figures("股價殺到$350", region="tw")] == ["TWD"]
    assert [f.unit for f in extract_figures("股价跌到$350", region="mainland")] == ["USD"]


def test_taiwan_market_words_and_new_taipei_districts() -> None:
    """figures6 dev 23 (集保持股分級, 零股) and 13 (蘆洲, 鶯歌 beside 新北市): Taiwan's words decide."""
    assert detect_region("最新的集保持股分級出爐，零股超人在高價股上", script="hant").name == "tw"
    assert detect_region("蘆洲餐飲業者觀察，新北市政府也推待用餐，鶯歌自助餐老闆指出", script="hant").name == "tw"
    assert detect_region("蘆洲餐飲業者觀察", script="hant").name == "unknown"  # one place is one vote
    assert detect_region("零股交易", script="hant").name == "unknown"


def test_a_count_after_the_unit_of_another_and_classes_by_size() -> None:
    """PTT (figures6 dev 23): 持股少了約3000張/120人 — two counts (was the second skipped as a fraction);
    5~50張級持股, 1-5張級 are classes by size, like 万亿元级 (money) and 万亿级 (no figure)."""
    got = figs("5~50張級持股少了約3000張/120人", "tw")
    assert [(f[2], f[3]) for f in got] == [(3000, "张"), (120, "人")]
    assert figs("建成万亿元级现代食品产业集群") == []
    assert figs("比例為0.78%x750萬人口", "hk")[-1] == ("count", "750萬", 7_500_000, "", "exact")


def test_an_area_bound_naming_a_class_of_homes_is_no_area() -> None:
    """Wind (figures6 dev 14): 购买140平方米及以下商品住宅每套可使用3万元消费券 — a class of homes."""
    assert [f[0] for f in figs("购买140平方米及以下商品住宅每套可使用3万元消费券")] == ["money"]
    assert figs("新建住宅140平方米以上")[0][:2] == ("area", "140平方米以上")


def test_a_cut_carries_the_sign_and_an_insurer_is_no_people() -> None:
    """人民日报 (figures6 dev 16): 将属地通关时长压缩60%以上 is a cut; PTT (04): 新光人壽…就賺了100億 is a sum
    (人壽 is no people)."""
    assert figs("将属地通关时长压缩60%以上") == [("percent", "压缩60%以上", -60, "%", "over")]
    assert figs("新光人壽可以空手套白狼就賺了100億", "tw") == [("money", "100億", 1e10, "TWD", "exact")]


# briefreader figures --stdin on what is not text


def _stdin(data: bytes, *args: str) -> tuple[int, str, str]:
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "briefreader.cli", "figures", "--stdin", *args],
        input=data,
        capture_output=True,
        timeout=60,
        check=False,
    )
    return run.returncode, run.stdout.decode("utf-8", "replace"), run.stderr.decode("utf-8", "replace")


def test_stdin_binary_junk_is_said_not_to_be_text_and_empty_input_has_nothing_to_read() -> None:
    junk = bytes(range(256)) * 8 + b"\x00\x01\x89PNG"
    code, out, err = _stdin(junk)
    assert code != 0 and out == "" and "not text" in err and "Traceback" not in err
    for empty in (b"", b"  \n\t ", b"\xef\xbb\xbf"):
        code, out, err = _stdin(empty, "--json")
        assert code != 0 and out == "" and "nothing to read" in err
    # a legacy encoding is read as a briefing file is (it was decoded as UTF-8 with replacement characters)
    code, out, _ = _stdin("营收3亿元，增长5%".encode("gb18030"))
    assert code == 0 and "RMB 300 mn" in out and "+5%" in out


def test_figures_all_and_the_f_view_list_the_same_figures_for_a_query(tmp_path) -> None:
    """`figures --all QUERY` kept only the figures its figure terms name (money>1亿), the TUI's F view listed
    every figure of the briefings the list's query chose. Both now go through across.query_figures: the same
    rows, in the same order, for the same briefings."""
    import json
    import shutil
    import subprocess
    import sys
    from itertools import compress
    from pathlib import Path

    from briefreader.across import query_figures
    from briefreader.config import Config
    from briefreader.library import load_library
    from briefreader.query import IncrementalFilter

    root = Path(__file__).resolve().parents[2] / "briefings"
    for path in root.iterdir():
        shutil.copy(path, tmp_path / path.name)
    config = Config(briefings=tmp_path, notes=tmp_path / "notes.toml", export=tmp_path / "export")
    library = load_library(config, use_cache=False)
    live = IncrementalFilter(library.briefings, taxonomy=config.topics, search=library.search)
    for query in ("money>1亿", "percent>=10", ""):
        shown = list(compress(library.briefings, live.select(query)))  # what the main list shows
        table = query_figures(library, shown, query)  # what the F view lists
        view = [(r.id, r.text, r.value) for r in table.rows(0, len(table))]
        run = subprocess.run(
            [sys.executable, "-m", "briefreader.cli", "--briefings", str(tmp_path), "--notes", str(tmp_path / "n.toml")]
            + ["--no-cache", "figures", "--all", query, "--json"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        cli = [(r["id"], r["text"], r["value"]) for r in json.loads(run.stdout)]
        assert view == cli and view, query
        if query == "money>1亿":
            kinds = {r.kind for r in table.rows(0, len(table))}
            assert kinds == {"money"} and all(r.value > 1e8 for r in table.rows(0, len(table)))


def test_a_price_before_kuai_a_purchase_after_a_sum_and_profit_as_a_money_noun() -> None:
    """PTT (figures6 dev 04, 23, 29): 以40幾億標得地上權 (a sum, then what it bought), 營收5億多利潤只有375萬
    (利潤 is money), 股價從493塊直落到418元 (塊 after a price is 元); 金牌3块 still counts medals."""
    assert figs("以40幾億標得T17T18地上權", "tw") == [("money", "40幾億", 4e9, "TWD", "over")]
    assert [f[1] for f in figs("做了營收5億多利潤只有375萬", "tw")] == ["5億多", "375萬"]
    assert [(f[0], f[3]) for f in figs("一週股價從493塊直落到418元", "tw")] == [("money", "TWD"), ("money", "TWD")]
    assert figs("金牌3块") == [("count", "3块", 3, "块", "exact")]


def test_list_items_sharing_a_value_told_apart_by_three_characters() -> None:
    """南方周末 (figures5 dev 26): …山西省（1家）、上海市（1家）、江西省（1家）、江苏省（1家） — 山西省 and 江西省 end alike
    in two characters; each province's count is its own fact (the list convention of figures2-5)."""
    text = "河南省（1家）、湖南省（2家）、山西省（1家）、上海市（1家）、江西省（1家）、江苏省（1家）。"
    assert [f[2] for f in figs(text)] == [1, 2, 1, 1, 1, 1]
    assert [f[2] for f in figs("增加了12家医院，其中这12家医院")] == [12]  # a restatement stays one
