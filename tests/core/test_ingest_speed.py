"""Speed-only changes of the ingest path (issue 19) give what the code they replaced gave."""

from __future__ import annotations

import itertools
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
    assert [hanzi._detect_script_sets(t) for t in texts] == expected  # memory filling as it goes
    assert [hanzi._detect_script_sets(t) for t in reversed(texts)] == expected[::-1]  # from memory
    # session 12: the code points sorted in numpy, a state each (workers, numpy loaded)
    import numpy as np

    odd = ["\ud800" + simplified * 3, "\x00" + traditional * 3 + "\U00020000\U0002f800", "a" * 70 + "的"]
    texts += odd
    expected += [_detect_script_before(t) for t in odd]
    monkeypatch.setattr(hanzi, "_STATES", None)
    assert [hanzi._detect_script_np(np, t) for t in texts if t] == [
        e for t, e in zip(texts, expected, strict=True) if t
    ]
    assert [hanzi._detect_script_np(np, t) for t in reversed(texts) if t] == [
        e for t, e in zip(reversed(texts), expected[::-1], strict=True) if t
    ]
    assert [hanzi.detect_script(t) for t in texts] == expected  # numpy is loaded: long texts take that path


# --- session 10: one scan where there were several (issue 19) ---------------------------


def _strip_controls_before(text: str) -> str:
    """safe.strip_controls as it was: three passes over every text."""
    from briefreader import safe

    text = safe._NEWLINES.sub("\n", text)
    if "\x1b" in text or "\x9b" in text:
        text = safe._ANSI.sub("", text)
    if safe._SURROGATES.search(text):
        text = safe._SURROGATES.sub("\ufffd", text)
    return safe._UNSAFE.sub("", text)


def test_strip_controls_returning_a_clean_text_as_it_is_changes_nothing_else() -> None:
    from briefreader.safe import strip_controls

    # every code point, alone between letters, then mixed: what the fast path passes
    # over must be exactly what the full path leaves alone
    for cp in [*range(0x10000), *range(0x10000, 0x110000, 97)]:  # the BMP whole, the rest sampled
        text = f"a{chr(cp)}b"
        assert strip_controls(text) == _strip_controls_before(text), hex(cp)
    rng = random.Random(10)
    pool = [chr(c) for c in range(0xA0)] + list("中文\u2028\u2029\ud800\udfff\u200b\u202a\ufeff\xad\u061c\ufff9[m0;")
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert strip_controls(text) == _strip_controls_before(text), repr(text)
    for path in sorted(DEV.iterdir())[:60]:
        text = path.read_bytes().decode("utf-8", errors="surrogateescape")
        assert strip_controls(text) == _strip_controls_before(text), path.name


def test_index_document_is_the_runs_characters_between_breaks() -> None:
    """Schema 21 (3c7da53): the FTS5 document is each Chinese run's characters and each other run whole; schema 24
    (s31): RUN_BREAK between two Chinese runs only (a Latin run is a whole token); checked against that definition
    spelt plainly over the runs the search form splits (the bigram tokens this test compared before are gone with the
    per-candidate check)."""
    from briefreader import textsearch
    from briefreader.textsearch import RUN_BREAK, fold, index_document

    def plainly(text: str) -> str:
        runs = textsearch._RUN.findall(text)
        out = (" ".join(runs[0]) if textsearch._is_cjk(runs[0]) else runs[0]) if runs else ""
        for before, run in itertools.pairwise(runs):
            both = textsearch._is_cjk(before) and textsearch._is_cjk(run)
            out += (f" {RUN_BREAK} " if both else " ") + (" ".join(run) if textsearch._is_cjk(run) else run)
        return out

    rng = random.Random(11)
    pool = list("ab_1 Z,.。，中国人民\u3400\u4dbf\u4e00\u9fff\uf900\ufaff\U00020000\U0003134f\U00031350é١ß²\n\t　-㎡ｱ")
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    texts += [fold(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(DEV.iterdir())[:60]]
    assert [index_document(t) for t in texts] == [plainly(t) for t in texts]
    assert index_document("上海 AI产业") == "上 海 AI 产 业"
    assert index_document("上海 浦东") == f"上 海 {RUN_BREAK} 浦 东"


def test_display_columns_count_as_before() -> None:
    from briefreader.ingest import clean

    def before(line: str) -> int:
        return len(line) + len(clean._WIDE_CHAR.findall(line))

    rng = random.Random(12)
    pool = list(
        "ab1 ,。中\u1100\u115f\u1160\u2e80\u303e\u303f\u3041\u33ff\ua4d0\uac00\ud7a4\ufe30\uff60\uff61\U0003fffd\U0003fffe"
    )
    lines = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    lines += [chr(cp) for cp in range(0x40000) if not 0xD800 <= cp < 0xE000]
    assert [clean.display_columns(line) for line in lines] == [before(line) for line in lines]


def test_find_damage_skips_only_texts_without_any_sign() -> None:
    from briefreader.ingest import mojibake

    rng = random.Random(13)
    pool = list('ab z,;.?。，(（)中国\u3400\u9fff\n\ufffdāǜé\u0370\u04ff\u2500\u257f\ue000\uf8ff"“！')
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 14))) for _ in range(30000)]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DEV.iterdir())[:60]]
    skipped = [t for t in texts if mojibake._SIGN_PART.search(t) is None]
    assert len(skipped) > 1000 and len(texts) - len(skipped) > 1000
    assert not any(mojibake._SIGN.search(t) for t in skipped)  # the prefilter never hides a sign


def test_pinyin_and_width_are_skipped_only_where_they_change_nothing() -> None:
    # drop_pinyin_artifacts and normalize_width return a text as it is after one plain scan
    # when it holds no tone mark (every reading has one) / no character the width table maps
    from briefreader.ingest import clean

    rng = random.Random(14)
    pool = list("發(（)） fāzhǎnabc中\u3000ＡＺａ０９％．\ue5e5ｚ")
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 20))) for _ in range(20000)]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DEV.iterdir())[:60]]
    texts += [f"a{chr(cp)}b" for cp in range(0x10000) if not 0xD800 <= cp < 0xE000]
    assert [clean.drop_pinyin_artifacts(t) for t in texts] == [clean._PINYIN.sub("", t) for t in texts]
    assert [clean.normalize_width(t) for t in texts] == [t.translate(clean._WIDTH) for t in texts]
    assert sum(clean.drop_pinyin_artifacts(t) != t for t in texts) > 100  # both paths are taken
    assert sum(clean.normalize_width(t) != t for t in texts) > 1000
