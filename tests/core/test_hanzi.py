"""Guards the one Traditional → Simplified conversion (hanzi.to_simplified)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.hanzi import detect_script, to_simplified, to_traditional

SAMPLES = Path(__file__).resolve().parents[2] / "briefings"


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("衞生防護中心今日公佈", "卫生防护中心今日公布"),  # every Hong Kong paper's 衞生署
        ("曾國衞表示", "曾国卫表示"),
        ("即茶敍", "即茶叙"),
        ("放在枱上", "放在台上"),
        ("衹是在", "只是在"),
    ],
)
def test_hong_kong_variant_forms_become_simplified(traditional: str, simplified: str) -> None:
    # OpenCC's t2s kept these variants as they were (衞生 shown in a Simplified article)
    assert to_simplified(traditional) == simplified


def test_simplified_samples_are_unchanged() -> None:
    checked = 0
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if detect_script(text) == "hans":
            assert to_simplified(text) == text, path.name
            checked += 1
    assert checked >= 3


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        # OpenCC's phrases straddled two words (OpenCC issue #1497 and the dev corpus)
        ("被发明", "被發明"),
        ("被发掘", "被發掘"),
        ("参与制造", "參與製造"),
        ("中国的历史", "中國的歷史"),
        ("发达国家", "發達國家"),
        ("游泳馆", "游泳館"),
        ("只要", "只要"),
        # one-character words keep what their neighbours make of them
        ("一只猫", "一隻貓"),
        ("9万只，下降", "9萬隻，下降"),
        ("头发", "頭髮"),
        ("一干二净", "一乾二淨"),
        # OpenCC's own phrase is wrong for 折合 (hanzi.PHRASE_FIXES)
        ("折合158.4亿美元", "折合158.4億美元"),
        # and for 回归 (a return, not a regression: tester s23 T13), the regression terms kept
        ("庆祝香港回归祖国", "慶祝香港回歸祖國"),
        ("让粮食回归其本质", "讓糧食回歸其本質"),
        ("做回归分析", "做迴歸分析"),
        ("用线性回归估计", "用線性迴歸估計"),
        ("北回归线以南", "北迴歸線以南"),
    ],
)
def test_to_traditional_never_joins_two_words_in_one_phrase(simplified: str, traditional: str) -> None:
    assert to_traditional(simplified) == traditional
    assert to_traditional(simplified, "hk").replace("裏", "裡") == traditional.replace("裏", "裡")
