"""Guards the classes fixed on session 8 from dev pages: each test quotes the phenomenon
and checks the field a reader sees; each fails on the code before."""

from __future__ import annotations

import datetime as dt

from briefreader.ingest.clean import fold_whitespace


def test_a_space_ending_a_number_is_kept():
    # dev 09_mingpao_testing: <title> "涉款料可達24億 3內地機構承包" was shown "…24億3內地…",
    # one figure where the page has two
    assert fold_whitespace("涉款料可達24億 3內地機構承包") == "涉款料可達24億 3內地機構承包"
    assert fold_whitespace("增至5万 12家企业") == "增至5万 12家企业"
    assert fold_whitespace("约三千 2人") == "约三千 2人"
    # typesetting spaces around digits still fold
    assert fold_whitespace("交出了 8 组") == "交出了8组"
    assert fold_whitespace("2020年 3月 5日") == "2020年3月5日"
    assert fold_whitespace("24億 元") == "24億 元"  # two ideographs: a space that may be meant
    assert fold_whitespace("達24億 ，") == "達24億，"
