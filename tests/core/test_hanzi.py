"""Guards the one Traditional → Simplified conversion (hanzi.to_simplified)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.hanzi import detect_script, to_simplified

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
