"""Saved web pages (.mhtml/.mht): the page's HTML part, through the HTML path.

A web archive is a MIME message (multipart/related): the first text/html part is
the page, decoded in its declared charset as a mail's part is; its
Content-Location is the page's address. The archive's Date is when it was saved,
not published, so it is no date hint; its Subject (the page's <title>) is left to
the HTML path, which reads the <title> itself.
"""

from __future__ import annotations

import email
import email.errors
import email.policy

from ..model import Problem
from .eml import MAX_PARTS, decode_part
from .formats import Part


def read_mhtml(data: bytes) -> list[Part]:
    part = Part(format="mhtml")
    if data.count(b"oundary=") > MAX_PARTS:
        part.problems.append(Problem("corrupt", f"a web archive of more than {MAX_PARTS} MIME parts: not read"))
        return [part]
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # noqa: BLE001
        part.problems.append(Problem("corrupt", f"not a readable web archive ({type(exc).__name__})"))
        return [part]
    page = None
    for n, sub in enumerate(msg.walk()):
        if n > MAX_PARTS:
            break
        if sub.get_content_type() == "text/html":
            page = sub
            break
    if page is None:
        part.problems.append(Problem("corrupt", "a web archive with no HTML page in it"))
        return [part]
    if any(isinstance(d, email.errors.CloseBoundaryNotFoundDefect) for d in msg.defects):
        part.problems.append(
            Problem("truncated", "the web archive ends mid-way (no closing boundary): the page may be cut short")
        )
    body, problem = decode_part(page)
    if problem:
        part.problems.append(problem)
    part.body, part.html = body, True
    from .eml import header

    part.fallback["title"] = header(msg.get("Subject"))  # the <title> as saved, if the page has none
    part.link = (page.get("Content-Location") or msg.get("Snapshot-Content-Location") or "").strip()
    if not part.link.startswith(("http://", "https://")):
        part.link = ""
    return [part]
