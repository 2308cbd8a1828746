"""Article text, session 9 (issue 12's text part): the two leaks of dev-retired4, by the
general rule each belongs to, and the same words as the article's own sentences kept."""

from __future__ import annotations

import pytest

from briefreader.ingest.clean import drop_boilerplate

BODY = "飞行服务队表示，约今午12时于大东山以南500米发现疑似失踪者使用的滑翔伞，颜色与早前提供的资料相符。"


@pytest.mark.parametrize(
    "line",
    [
        "想生活更精明，请赞好TOPick Facebook",  # dev-retired4 (HKET), after the script step
        "追踪我们的IG",
        "订阅我们的YouTube频道",
        "Follow us on Twitter",
        "关注本报Facebook专页",
    ],
)
def test_social_follow_call_is_chrome(line: str) -> None:
    assert drop_boilerplate(f"{BODY}\n{line}") == BODY


@pytest.mark.parametrize(
    "line",
    [
        "许多网民在Facebook上关注事件进展，并呼吁当局尽快公布调查结果。",
        "他表示会继续关注YouTube平台的内容审核。",
        "不少年轻人表示会追踪偶像的Instagram，了解他们的近况。",
        "粉丝纷纷赞好这则Facebook帖子",
    ],
)
def test_sentence_naming_a_network_stays(line: str) -> None:
    assert drop_boilerplate(f"{BODY}\n{line}") == f"{BODY}\n{line}"


@pytest.mark.parametrize(
    "line",
    [
        # dev-retired4 (39健康网): the reprint ban after the holder's name and address
        "39健康网（www.39.net）原创内容，未经授权不得转载，违者必究。内容合作请联系：020-85501999-8819或39media@mail.39.net",
        "【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】",
        "本文为本报原创，未经许可禁止转载",
    ],
)
def test_reprint_ban_is_chrome(line: str) -> None:
    assert drop_boilerplate(f"{BODY}\n{line}") == BODY


@pytest.mark.parametrize(
    "line",
    [
        # a news story about a copyright case: the words are reported, or deep in a sentence
        "法院认为，被告在其网站上刊登原告作品，原告曾明确声明未经许可不得转载，被告的行为构成侵权。",
        "该报发言人说，未经授权不得转载是行业共识。",
    ],
)
def test_reprint_ban_in_a_sentence_stays(line: str) -> None:
    assert drop_boilerplate(f"{BODY}\n{line}") == f"{BODY}\n{line}"
