"""A Traditional character whose Simplified form lies in a rarer block (Extension A, the
supplementary planes) is kept as written: OpenCC turns 餸 into 𩠌 (U+2980C), which no
terminal font shows, and 劏 (劏房, subdivided flat) into 㓥, which mainland papers do not
print either (they write 劏房)."""

from briefreader.hanzi import _kept, to_simplified, to_traditional


def test_song_stays_and_its_neighbours_convert():
    assert to_simplified("買餸要趁早，餸菜價錢貴了") == "买餸要趁早，餸菜价钱贵了"


def test_subdivided_flat_and_cantonese_particles_stay():
    assert to_simplified("劏房戶話喎，噚日開會") == "劏房户话喎，噚日开会"


def test_every_kept_character_leaves_the_bmp_or_unified_block():
    # the table is read from OpenCC: each kept character would have become a rarer one
    import opencc

    pattern = _kept("hk2s")
    assert pattern is not None
    kept = pattern.pattern[2:-2]
    assert "餸" in kept and "劏" in kept
    assert "這" not in kept and "麵" not in kept  # ordinary conversions are untouched
    raw = opencc.OpenCC("hk2s")
    for ch in kept[:200]:
        out = raw.convert(ch)
        assert out != ch and (ord(out[0]) > 0xFFFF or 0x3400 <= ord(out[0]) <= 0x4DBF)


def test_text_without_kept_characters_converts_as_before():
    import opencc

    text = "香港特區政府今日公布，本港經濟增長3.2%。臺灣與澳門的數據另計。"
    assert to_simplified(text) == opencc.OpenCC("hk2s").convert(text)


def test_round_trip_to_traditional_keeps_it():
    assert to_traditional(to_simplified("買餸"), "hk") == "買餸"
