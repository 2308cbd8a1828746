"""Guards metrics (issue 17): the subject each figure measures, grouped across outlets and scripts."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest

from briefreader.figures import extract_figures
from briefreader.metrics import WINDOW, figure_metrics, grouping_scores, metric_of, normalise
from briefreader.model import Figure

DATA = Path(__file__).parents[1] / "data" / "realworld"


def metrics_of(text: str) -> dict[str, str]:
    figs = extract_figures(text)
    return {f.text: m for f, m in zip(figs, figure_metrics(text, figs), strict=False)}


def test_level_and_growth_share_the_subject():
    got = metrics_of("2023年，上海市软件和信息服务业营业收入达到1.5万亿元，同比增长13%。")
    assert got["1.5万亿元"] == "软件和信息服务业营收"
    assert got["同比增长13%"] == "软件和信息服务业营收"


def test_same_metric_from_other_outlets_places_and_scripts_groups():
    a = metrics_of("2023年，上海市软件和信息服务业营业收入达到1.5万亿元。")["1.5万亿元"]
    b = metrics_of("本市软件和信息服务业实现营业收入15000亿元。")["15000亿元"]
    c = metrics_of("2024年，上海市軟件和信息服務業營業收入達到1.6萬億元。")["1.6萬億元"]
    assert a == b == c != ""
    d = metrics_of("前三季度，全市直播电商零售额约为3000亿元。")["约为3000亿元"]
    e = metrics_of("1-10月，浙江省直播电商零售额突破4000亿元，增长12.5%")
    assert d == e["突破4000亿元"] == e["增长12.5%"] == "直播电商零售额"


def test_different_subjects_in_one_sentence_stay_apart():
    got = metrics_of("食品价格下降2.7%，非食品价格上涨0.9%。")
    assert got["下降2.7%"] == "食品价格"
    assert got["上涨0.9%"] == "非食品价格"


def test_count_measures_its_noun_and_effect_on_index_is_its_own_metric():
    assert metrics_of("研究中，17名男子被要求喝下伏特加。")["17名"] == "男子"
    got = metrics_of("猪肉价格上涨1.4%，影响CPI上涨约0.02个百分点。")
    assert got["上涨1.4%"] == "猪肉价格"
    assert got["上涨约0.02个百分点"] == "猪肉价格对CPI影响"


def test_no_subject_is_empty_not_a_guess_from_another_clause():
    # the figure's own clause has a verb and no noun: it does not inherit 月租费
    got = metrics_of("小型车月租费为100元，临时停车1小时内免费，超过1小时按5元/小时收费。")
    assert got["100元"] == "小型车月租费"
    assert got["5元/小时"] != "小型车月租费"  # (a price per unit keeps its unit since s20's 6b7b5f6)
    assert metric_of("2023年", 0, 5, "date") == ""
    assert normalise("") == "" and normalise("的") == ""


def test_bounded_on_a_long_line():
    text = "营收" * 200_000 + "达到3亿元"
    fig = Figure(kind="money", text="3亿元", start=len(text) - 3, end=len(text), value=3e8)
    start = time.perf_counter()
    (metric,) = figure_metrics(text, [fig])
    assert set(metric) == {"营", "收"} and len(metric) <= WINDOW  # read from a window, not the line
    assert time.perf_counter() - start < 1.0


# Splits: "dev" (session 4's dev articles and figures corpus II's dev), "heldout" (session
# 4's held-out, looked at since), "heldout2" (figures corpus II's held-out: never tuned on).
# ``only`` picks one corpus of a split ("figures" or "figures2") for before/after numbers.
def _realworld(split: str, only: str | None = None) -> tuple[list[str], list[str]]:
    figs = [(a, "figures") for a in tomllib.loads((DATA / "figures_gold.toml").read_text("utf-8"))["article"]]
    figs += [
        (a, "figures2") for a in tomllib.loads((DATA / "figures2" / "figures_gold.toml").read_text("utf-8"))["article"]
    ]
    gold = {a["file"]: a for a in tomllib.loads((DATA / "metrics_gold.toml").read_text("utf-8"))["article"]}
    predicted: list[str] = []
    labels: list[str] = []
    for art, corpus in figs:
        g = gold.get(art["file"])
        art_split = "heldout2" if corpus == "figures2" and art["split"] in ("heldout", "dev-retired") else art["split"]
        if g is None or art_split != split or (only is not None and corpus != only):
            continue
        text, pos, located = art["text"], 0, []
        kept = [f for f in art["figures"] if f["kind"] in ("money", "percent", "area")]
        anchors = {int(k): v for k, v in g.get("anchors", {}).items()}
        for n, f in enumerate(kept):
            at = text.find(anchors[n], pos) + len(anchors[n]) if n in anchors else pos
            i = text.find(f["text"], at)
            if i < 0:  # the gold lists a few figures out of text order
                i = text.find(f["text"])
            assert i >= 0, (art["file"], f["text"])
            pos = i + len(f["text"])
            located.append(Figure(kind=f["kind"], text=f["text"], start=i, end=pos, value=f["value"]))
        assert len(located) == len(g["labels"]), art["file"]
        predicted += figure_metrics(text, located)
        labels += g["labels"]
    return predicted, labels


@pytest.mark.parametrize(
    ("split", "min_precision", "min_recall"), [("dev", 0.9, 0.8), ("heldout", 0.5, 0.15), ("heldout2", 0.8, 0.3)]
)
def test_grouping_on_real_articles(split, min_precision, min_recall):
    """Pairwise precision/recall against metrics_gold.toml (written by reading).
    Session 6, before -> after the elision, list (分别), region, joiner and compound rules:
    dev P 0.84 R 0.43 -> 0.98 / 0.85 (285 figures, 458 gold pairs; session 4's dev files
    alone 0.84/0.40 -> 0.82/0.40, corpus II's 1.00/0.44 -> 1.00/0.94); held-out 1.00/0.20
    unchanged (23 figures, 5 pairs); heldout2, never tuned on, 0.46/0.33 -> 1.00/0.35
    (79 figures, 40 pairs). Session 4, before any rule (plain noun run): dev P 0.25 R 0.36."""
    predicted, labels = _realworld(split)
    precision, recall, _, gold_pairs = grouping_scores(predicted, labels)
    assert gold_pairs > 0
    assert precision >= min_precision and recall >= min_recall, (precision, recall)


def test_grouping_scores():
    assert grouping_scores(["a", "a", "b"], ["x", "x", "y"])[:2] == (1.0, 1.0)
    p, r, _, _ = grouping_scores(["a", "a", "a"], ["x", "x", "y"])
    assert p == pytest.approx(1 / 3) and r == 1.0
    assert grouping_scores(["", ""], ["x", "x"])[:2] == (1.0, 0.0)


# Sentences written for these tests (the phenomena were found in figures corpus II's dev files).


def test_a_one_word_subject_takes_the_words_said_once_before_it():
    got = metrics_of("东部地区商品房销售面积15347万平方米，同比增长74.3%；销售额22807亿元，增长102%。")
    assert got["15347万平方米"] == "商品房销售面积"
    assert got["22807亿元"] == "商品房销售额"  # not 销售额 alone
    got = metrics_of("全国进出口总额4.2万亿元，增长5%；出口2.4万亿元。")
    assert got["2.4万亿元"] == "出口"  # 出 is inside the word 进出口: nothing taken


def test_regions_scope_words_and_joiners_do_not_split_a_metric():
    a = metrics_of("1-3月全国房地产开发投资27576亿元。")["27576亿元"]
    b = metrics_of("中部地区房地产开发投资5432亿元。")["5432亿元"]
    assert a == b == "房地产开发投资"  # 开发, a verb between two nouns, is inside the name
    c = metrics_of("其中定金和预收款近1.8万亿元。")["近1.8万亿元"]
    d = metrics_of("其中定金及预收款1.5万亿元。")["1.5万亿元"]
    assert c == d


def test_respectively_gives_each_figure_its_own_item_of_the_list():
    got = metrics_of("生活用品及服务、居住、交通通信价格分别上涨1.4%、0.2%和0.1%。")
    assert [got["上涨1.4%"], got["0.2%"], got["0.1%"]] == ["生活用品和服务价格", "居住价格", "交通通信价格"]
    got = metrics_of("美妆保养、机械、五金工具买家数分別年增36%、21%、13%。")  # 分別: either script
    assert [got["年增36%"], got["21%"], got["13%"]] == ["美妆保养买家数", "机械买家数", "五金工具买家数"]
    got = metrics_of("甲、乙价格分别上涨1%、2%和3%。")  # three figures, two items: no guess
    assert got["2%"] != "乙价格"


# Found by the new-user pass on dev feeds (08_rthk_local_feed, s7_10_ltn_ec_invoice_lottery,
# 101_coolshell_feed): `briefreader metrics` listed 制裁 (7 figures) and CITY as metrics.


def test_a_count_of_people_after_a_list_of_places_measures_the_people():
    assert metrics_of("美國宣布制裁11名香港與內地官員及前官員。")["11名"] == "官员"
    assert metrics_of("美國財政部宣布制裁11名香港及內地官員與前官員。")["11名"] == "官员"
    assert metrics_of("研究中，17名男子被要求喝下伏特加。")["17名"] == "男子"  # unchanged


def test_a_name_of_latin_words_is_kept_whole():
    assert metrics_of("1人在南投市購買50元的CITY CAFE咖啡；")["50元"] == "CITY CAFE咖啡"
    assert metrics_of("每组8个Cache Line，")["8个"] == "cache line"  # cased as one name
    assert metrics_of("4月份，全国CPI同比上涨0.3%。")["上涨0.3%"] == "CPI"


def test_the_unit_or_noun_of_the_figure_before_is_not_part_of_the_next_subject():
    # dev 31_people_henan_gbk, 60_wechat_shanghai_fabu_feed, 62_cctv_xwlb: 家、科技型中小企业,
    # 人、领军人才, 岁、成人吸烟率 and 企业发放稳岗返还资金 were metrics
    got = metrics_of("培育顶尖人才50人、领军人才369人。")
    assert got["369人"] == "领军人才"
    assert metrics_of("人均预期寿命≥71岁、成人吸烟率＜19%。")["＜19%"] == "成人吸烟率"
    assert metrics_of("向721.1万户企业发放稳岗返还资金448.4亿元。")["448.4亿元"] == "稳岗返还资金"
    # a bare number before a noun is that noun's own (a prize tier), not another figure
    assert metrics_of("本期千萬中獎張數為18張。")["18張"] == "中奖张数"


def test_a_district_tagged_as_a_name_is_a_place_and_the_short_form_groups():
    # the samples (000_6725c00bccd9a398): 杨浦区 (jieba: a person's name) stayed in
    # 杨浦区软件和信息服务业营收, and 软信业营收 two paragraphs on was another metric
    a = metrics_of("2024年,杨浦区软件和信息服务业营收超过3000亿元。")["超过3000亿元"]
    b = metrics_of("今年一季度,全市软信业营业收入超3800亿元。")["超3800亿元"]
    c = metrics_of("上海市软件和信息服务业营业收入达到1.5万亿元。")["1.5万亿元"]
    assert a == b == c == "软件和信息服务业营收"


def test_a_verb_after_a_counted_noun_is_its_predicate_not_part_of_its_name() -> None:
    # the forward run lets a verb in only after a modifier (记账式贴现国债: tester s24 T24); after a noun it is the
    # noun's predicate (cctv 新闻联播 2022-09-25, dev/62)
    text = "向721.1万户企业发放稳岗返还资金。"
    figs = extract_figures(text)
    assert dict(zip([f.text for f in figs], figure_metrics(text, figs), strict=True))["721.1万户"] == "企业"


def test_a_tenor_between_an_amount_and_its_instrument_is_skipped() -> None:
    text = "人民银行开展1000亿元14天期逆回购操作。"  # '天期' before
    figs = extract_figures(text)
    assert dict(zip([f.text for f in figs], figure_metrics(text, figs), strict=True))["1000亿元"] == "逆回购"
