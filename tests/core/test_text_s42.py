"""Session 42, 12-text: a call to scan a code is one clause; a sentence about scanning is an article's.

clean._PROMO_LINE dropped any line with 扫码/扫描 followed within 16 characters by 打开/下载/关注…, across a comma:
"随便扫，一个智能二维码扫描跳转工具，根据扫描的二维码结果，跳转打开匹配的应用。" (a QR app's own post on a forum, dev s42f_07
#6, its first paragraph lost). The call is read within one clause now."""

from __future__ import annotations

from briefreader.ingest import normalize_text

LEAD = "随便扫，一个智能二维码扫描跳转工具，根据扫描的二维码结果，跳转打开匹配的应用。"
REST = "随便扫今天更新了一个大版本到1.4.0，从更新内容就能看出，这个版本我憋了很久。"


def test_a_sentence_about_scanning_a_code_stays() -> None:
    text = normalize_text(f"{LEAD}\n{REST}")
    assert "根据扫描的二维码结果" in text and "这个版本我憋了很久" in text


def test_a_call_to_scan_still_goes() -> None:
    for call in ("扫码关注我们的公众号", "扫一扫下载客户端", "扫描下方二维码关注", "扫描二维码，下载APP"):
        text = normalize_text(f"{REST}\n{call}")
        assert "这个版本我憋了很久" in text
        assert call not in text, call
