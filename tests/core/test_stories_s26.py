"""usefix s26: stories' periods are a small set of numbers, not a hashed sketch."""

from __future__ import annotations

from briefreader import stories


def test_the_periods_are_kept_as_the_numbers_they_are() -> None:
    assert stories.period_sketch("2025年一季度", "自4月10日零点起，至2025-05-01") == (4, 5, 101, 2025)
    assert stories.period_sketch("３季度", "") == (103,)  # full-width digits read
    # stored and read back whole (a signature's periods, then its numbers)
    sig = stories.signature(
        "关于开展2025年度清洁生产审核的通知", "现组织开展2025年度清洁生产审核工作，请各区于4月前报送。" * 3
    )
    assert sig is not None and sig.periods == (4, 2025)
    assert stories.Signature.from_bytes(sig.to_bytes()) == sig
    assert stories.periods_differ((4, 2025), (2024,)) and not stories.periods_differ((4, 2025), (2025,))
