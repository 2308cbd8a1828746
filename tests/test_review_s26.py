"""Reviewer s26: tests that fail on bugs found in review of session 26's commits (c3c5de3..) —
/work/notes/s26_reviewer.md.

Each finding is marked xfail(strict=True) with its name while the bug stands; the fix flips it (then the marker goes,
in the fixing commit). Each finding has a guard first: its input reaches the code the finding is about, so a change
elsewhere cannot make it pass vacuously; guards are what a fix must keep. Sentences are written in the shape of
industry and policy reports (provenance in the notes: constructed, as no stored public text had the exact shape)."""

from __future__ import annotations

from briefreader.figures import extract_figures


def _quantities(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in extract_figures(sentence, region="mainland") if f.kind == "quantity"]


# --- R1: 度 is a kilowatt-hour wherever 电 stands in the 20 characters before (867d1b6): 电动汽车/电池/电视机 are
# no words of electricity used, and 零下 is no degree word, so a cold-weather or angle spec reads as energy


def test_r1_guard_du_reads_kwh_after_electricity_used_and_degrees_without_electricity() -> None:
    assert _quantities("全年用电量达到500万度。") == [("500万度", "kWh")]
    assert _quantities("充电桩充满一辆车约需50度电。")[0][1] == "kWh"
    assert _quantities("电动汽车电池充满一次约需60度。")[0][1] == "kWh"  # (what a fix must keep: charge, no degrees)
    assert _quantities("北方冬季可在零下30度的环境中作业。") == []


def test_r1_du_as_degrees_in_an_electric_products_clause_is_no_kwh() -> None:
    assert _quantities("电动汽车可在零下30度的环境中启动。") == []
    assert _quantities("电池在零下20度的条件下仍可放电。") == []
    assert _quantities("风力发电机组可在零下45度的低温环境下运行。") == []
    assert _quantities("该电视机屏幕可旋转180度。") == []


# --- R2: 方 is a cubic metre wherever 水/气/石 stands in the clause before (867d1b6): 供水/水利/天然气 in a
# clause listing parties makes 3方的 / 两方的 (three parties', both parties') a volume


def test_r2_guard_fang_reads_m3_in_volume_words() -> None:
    assert _quantities("土方开挖量约120万方。") == [("约120万方", "m3")]
    assert _quantities("全省共有水库2000座，总库容500亿方。") == [("500亿方", "m3")]
    assert _quantities("为提高服务水平，该市建立了政府、企业、群众3方的协商机制。") == []


def test_r2_fang_as_parties_is_no_cubic_metre() -> None:
    assert _quantities("供水价格听证会由消费者、经营者和政府3方的代表参加。") == []
    assert _quantities("水利部和财政部两方的意见一致。") == []


# --- R3: crop_apart (7c680c7, cd4c4c8) starts the window where the title parts from its neighbour: a notice and its
# 补充通知 part two characters from the end, so each shows its first characters and its last two or four, the room
# between left empty ('上海市经…通知' in 40 cells: 14 used; the year and the subject gone)

_NOTICE = "上海市经济信息化委关于开展2025年度上海市中小企业发展专项资金项目申报工作的通知"
_SUPPLEMENT = "上海市经济信息化委关于开展2025年度上海市中小企业发展专项资金项目申报工作的补充通知"
_LAST_YEAR = "上海市经济信息化委关于开展2024年度上海市中小企业发展专项资金项目申报工作的通知"


def test_r3_guard_titles_that_part_early_are_cut_as_usual_and_the_ends_tell_them_apart() -> None:
    from rich.cells import cell_len

    from briefreader.tui.text import crop_apart

    shown = crop_apart(_NOTICE, 40, [_LAST_YEAR])
    assert "2025" in shown and cell_len(shown) >= 38
    assert crop_apart(_NOTICE, 40, [_SUPPLEMENT]) != crop_apart(_SUPPLEMENT, 40, [_NOTICE])


def test_r3_a_title_parting_near_its_end_uses_the_room() -> None:
    from rich.cells import cell_len

    from briefreader.tui.text import crop_apart

    for value, other in ((_NOTICE, _SUPPLEMENT), (_SUPPLEMENT, _NOTICE)):
        shown = crop_apart(value, 40, [other])
        assert cell_len(shown) >= 36, shown
        assert shown.endswith(value[-6:]), shown


# --- R4: a share in tenths glossed at once by its exact percent in brackets is one share said twice; since dd39e04
# both are percents: '近四成（38.9%）' gives 40% and 38.9% (a stored public page's summary of 星岛头条's report,
# find_string '近四成（3')


def _percents(sentence: str, region: str = "mainland") -> list[float]:
    return [f.value for f in extract_figures(sentence, region=region) if f.kind == "percent"]


def test_r4_guard_tenths_are_percents_and_one_value_said_twice_is_one() -> None:
    assert _percents("调查显示，近四成的受访者认为房价将上涨。") == [40.0]
    assert _percents("约有三成，即30%的企业亏损。") == [30.0]


def test_r4_tenths_glossed_by_their_exact_percent_are_one_figure() -> None:
    sentence = "永明金融数据显示，17.4%强积金成员将资金集中于单一市场或资产类别，其中近四成（38.9%）为50岁或以上。"
    found = _percents(sentence, "hongkong")
    assert len(found) == 2 and 38.9 in found, found  # (the exact value kept; the 成 as its hedge or dropped)
    found = _percents("受访企业中，超七成（72.3%）表示订单增加。")
    assert len(found) == 1 and 72.3 in found, found


# --- R1b: R1's neighbours, which a list of degree words (零下, 旋转) leaves: 电 anywhere in the clause still makes
# 度 a kWh; the sign of -30度 is dropped too


def test_r1b_du_as_degrees_beside_other_electric_products_is_no_kwh() -> None:
    assert _quantities("全年用电量达到500万度。") == [("500万度", "kWh")]  # (the guard: electricity used)
    assert _quantities("电动汽车可在-30度的环境中启动。") == []
    assert _quantities("电动车在零上40度的高温下续航正常。") == []
    assert _quantities("电热毯设定为40度。") == []
    assert _quantities("电机最高可承受150度。") == []


# --- R2b/R2c: 21791b5 fixed R2 by what follows 方 (的 and no volume noun): parties before a stop are still a volume,
# and a volume named by its clause (库容, 土方开挖) before 的 is lost


def test_r2b_fang_as_parties_before_a_stop_is_no_cubic_metre() -> None:
    assert _quantities("供水公司、排水公司和环保部门3方，共同参与管网建设。") == []
    assert _quantities("水利、财政、农业农村3方，联合开展督查。") == []


def test_r2c_a_volume_its_clause_names_stays_a_volume_before_de() -> None:
    assert _quantities("建成库容1.2亿方的大型水库。") == [("1.2亿方", "m3")]
    assert _quantities("完成土方开挖120万方的任务。") == [("120万方", "m3")]
