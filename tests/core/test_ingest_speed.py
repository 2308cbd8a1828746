"""Speed-only changes of the ingest path (issue 19) give what the code they replaced gave."""

from __future__ import annotations

import random
from pathlib import Path

from briefreader import hanzi

DEV = Path(__file__).parents[1] / "data" / "realworld" / "dev"


def _detect_script_before(text: str) -> str:
    """hanzi.detect_script as it was (findall, one conversion of the sorted distinct set)."""
    chars = sorted(set(hanzi._HAN.findall(text)))
    if not chars:
        return "hans"
    converted = hanzi.to_simplified("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        return "hans"
    changed = sum(1 for a, b in zip(chars, converted, strict=False) if a != b)
    return "hant" if changed / len(chars) >= hanzi.HANT_THRESHOLD else "hans"


def test_detect_script_with_its_per_character_memory_answers_as_before(monkeypatch) -> None:
    rng = random.Random(19)
    simplified = "香港政府统计处公布数字去年本地生产总值增长卫生署预计明年开支约为亿港元发展经济"
    traditional = "香港政府統計處公佈數字去年本地生產總值增長衞生署預計明年開支約為億港元發展經濟"
    other = "abc 123，。\n㐀𠀀ｱ"
    texts = [
        (DEV / name).read_text(encoding="utf-8", errors="replace") for name in sorted(p.name for p in DEV.glob("*"))
    ]
    for _ in range(300):  # around the threshold: a few Traditional characters among many
        pool = simplified * rng.randint(1, 40) + traditional[: rng.randint(0, len(traditional))] + other
        texts.append("".join(rng.choice(pool) for _ in range(rng.choice([0, 1, 5, 40, 400]))))
    expected = [_detect_script_before(t) for t in texts]
    assert 20 < expected.count("hant") < len(texts) - 20
    monkeypatch.setattr(hanzi, "_CHANGES", {})
    assert [hanzi.detect_script(t) for t in texts] == expected  # memory filling as it goes
    assert [hanzi.detect_script(t) for t in reversed(texts)] == expected[::-1]  # from memory
