"""Guards session 21's metadata changes (issue 12): dev-retired16's misses read by general rules (a rights statement
names the site), one outlet under one name (tester s20 T1), a site's own name is no headline (tester s20 T13), a
yearless day with its weekday (tester s20 T7). Names are fictional unless they are public offices or outlets; each
test fails on the code before unless it says it is a guard."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes
from briefreader.ingest.metadata import permission_holder

_PARA = (
    "今年春季学期，区里组织青年志愿者深入社区开展健康宣讲，累计服务居民三千余人次。"
    "活动结束后，参与的志愿者纷纷表示，走出办公室、贴近群众，让他们对公共服务有了新的理解。"
)


def _page(head: str, body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


# --- a rights statement names the site whose permission a copy needs (dev-retired16 s19_04, 环球网)


def test_a_rights_statement_naming_the_site_gives_the_source():
    html = _page(
        "<title>市民排队领取口罩</title>",
        "<h1>市民排队领取口罩</h1><p>2020-10-08 10:17</p>"
        + f"<p>{_PARA}</p>" * 3
        + "<p>版权作品，未经环球网 huanqiu.com 书面授权，严禁转载，违者将被追究法律责任。</p>",
    )
    b = ingest_bytes(html, id="p.html", suffix=".html")
    assert b.source == "环球网"


def test_whose_permission_a_rights_statement_asks():
    assert permission_holder("未经环球网 huanqiu.com 书面授权，严禁转载") == "环球网"
    assert permission_holder("未经新京报书面授权，不得转载") == "新京报"
    # guards: a self-reference, the author, anyone who is no outlet
    assert permission_holder("未经本网授权，不得转载") == ""
    assert permission_holder("未经作者许可，请勿转载") == ""
    assert permission_holder("未经张三同意，不得转载") == ""
