"""E-mail (.eml): a newsletter or a forwarded briefing, with the stdlib ``email``.

Subject, date and sender are the title, date and source hints; the body is the HTML
part (else the plain one) decoded in its declared charset: GB2312 is read as its
superset GB18030 and Big5 as Big5-HKSCS (mailers declare the narrow name and use
the wide one); a part whose charset is missing or wrong goes to the detector the
text files use. Attachments in a format briefreader reads are parts of their own,
read as files (ids: the mail's id plus the attachment's name). The MIME tree is
walked to a bounded depth and part count.
"""

from __future__ import annotations

import datetime as dt
import email
import email.errors
import email.policy
import email.utils
import re
from email.message import Message

from ..model import Problem
from .decode import WIDER_CODECS as _WIDER  # declared charsets read as their superset
from .formats import FORMATS, MAX_ATTACHMENTS, Part
from .names import name_shaped

MAX_DEPTH = 12  # multipart nesting; mailers nest three or four levels
MAX_PARTS = 500
MAX_HEADER = 16_384  # characters of a header read; a subject is a line
_FORWARD = re.compile(r"^(?:\s*(?:fwd?|fw|re|aw|转发|轉寄|转寄|回复|回覆|答复)\s*[:：]\s*)+", re.IGNORECASE)
# text attachments briefreader reads as files of their own (FORMATS are added)
_TEXT_ATTACHMENTS = {".txt", ".md", ".html", ".htm"}
_TYPE_SUFFIX = {
    "application/pdf": ".pdf",
    "message/rfc822": ".eml",
    "application/epub+zip": ".epub",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc",
}


def read_eml(data: bytes) -> list[Part]:
    part = Part(format="eml")
    if data.count(b"oundary=") > MAX_PARTS:  # nested past reason: refused before the parser recurses
        part.problems.append(Problem("corrupt", f"an e-mail of more than {MAX_PARTS} MIME parts: not read"))
        return [part]
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # noqa: BLE001
        part.problems.append(Problem("corrupt", f"not a readable e-mail ({type(exc).__name__})"))
        return [part]
    if not msg.keys():
        part.problems.append(Problem("corrupt", "not an e-mail: no headers"))
        return [part]
    subject = _FORWARD.sub("", header(msg.get("Subject"))).strip()
    who = sender(msg.get("From"))
    # a sender named like a person ("张伟 <…>") is the author, never the source (an outlet or an office)
    person = name_shaped(who)
    part.hints = {
        "title": subject,
        "date": mail_date(msg.get("Date")),
        "source": "" if person else who,
        "author": who if person else "",
    }
    texts: dict[str, Message] = {}
    attachments: list[Part] = []
    _walk(msg, 0, texts, attachments, part.problems)
    chosen = texts.get("html") or texts.get("plain")
    if chosen is not None:
        body, problem = decode_part(chosen)
        if problem:
            part.problems.append(problem)
        part.body, part.html = body, chosen.get_content_subtype() == "html"
        if not part.html:
            part.body = _without_signature(_forwarded(part.body, part.hints))
    # an attached file dated or signed nowhere in itself was sent on the mail's day, by its sender
    # (the tester's forwarded 简报.docx: listed as undated though the mail has Date: and From:)
    inherited = {"date": part.hints["date"], "source": part.hints["source"]}
    for attachment in attachments:
        attachment.fallback = {k: v for k, v in inherited.items() if v}
    if not part.body.strip():
        if attachments:  # a mail that only carries its attachments: they are the briefings
            return attachments
        part.problems.append(Problem("empty", "an e-mail with no text"))
    return [part, *attachments]


_FORWARD_MARK = re.compile(
    r"^\s*-{2,}\s*(?:forwarded message|original message|转发的邮件|轉寄的郵件|原始邮件|原始郵件|"
    r"转发邮件信息|下面是被转发的邮件)\s*-{2,}\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_FIELD = re.compile(
    r"^\s*(?P<k>from|sent|date|to|cc|subject|发件人|寄件者|发送时间|發送時間|日期|时间|"
    r"收件人|收件者|抄送|副本|主题|主旨|主題)\s*[:：]\s*(?P<v>.*)$",
    re.IGNORECASE,
)


def _forwarded(body: str, hints: dict) -> str:
    """A briefing forwarded inline: the forwarding note and the forward's header
    block leave the text; the original's subject and date are the title and date."""
    m = _FORWARD_MARK.search(body)
    if m is None or m.start() > 2000:
        return body
    lines = body[m.end() :].lstrip("\r\n").split("\n")
    fields: dict[str, str] = {}
    n = 0
    while n < min(len(lines), 12) and (f := _FORWARD_FIELD.match(lines[n])):
        fields[f["k"].lower()] = f["v"].strip()
        n += 1
    if not fields:
        return body
    subject = fields.get("subject") or fields.get("主题") or fields.get("主旨") or fields.get("主題")
    if subject:
        hints["title"] = _FORWARD.sub("", subject).strip()
    when = next((fields[k] for k in ("date", "sent", "发送时间", "發送時間", "日期", "时间") if k in fields), "")
    if when:
        hints["date"] = mail_date(when) or when  # "2024年5月11日 9:30" is for the metadata parser
    return "\n".join(lines[n:])


SIGNATURE_LINES = 8  # lines under the "-- " mark at most (netiquette asks for four)
SIGNATURE_LINE_MAX = 60  # characters of one: a name, a department, a telephone, an address
_SENTENCE = re.compile("[。！？]")
# a number with a unit of money or a share: a line of data (a table of indicators under a divider), never a card's
# telephone or address line (review s27 R3)
_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|％|[万亿]|元)")


SIGNATURES_MAX = 3  # cards in a row: a board's post ends with the poster's card, then the station's ("Origin:")
# a card's frame: box-drawing and block characters (a board's signature drawn as a box), not its words
_FRAME = re.compile("[\u2500-\u259f\u2190-\u21ff\\s]+")
_BOX = re.compile("[\u2500-\u259f]")


def _without_signature(body: str) -> str:
    """A plain mail's text without its sender's signature: the lines under the signature mark ("-- ", or "--"
    as mailers trim it) when they end the text and read as a card, a few short lines of no sentence (a name,
    a department, 电话/手机 numbers: tester s26 U10), not as the text going on. A card's frame (a box drawn
    around it) is not its measure; cards one over another go each (a forwarded board post's: the poster's
    signature box, then the station's "Origin:" lines: dev-retired26 s29h_08)."""
    for n in range(SIGNATURES_MAX):
        # after the last card, a card above it goes only when it is drawn (a frame of box characters: a board's
        # signature, its station's lines): "--" also divides a notice's parts, whose middle part is text (review s31 R6)
        shorter = _without_one_signature(body, framed=n > 0)
        if shorter == body:
            break
        body = shorter
    return body


def _without_one_signature(body: str, framed: bool = False) -> str:
    lines = body.rstrip().split("\n")
    for i in range(len(lines) - 1, max(-1, len(lines) - SIGNATURE_LINES - 2), -1):
        if lines[i].strip() == "--":
            card = [line for line in lines[i + 1 :] if line.strip()]
            if framed and not any(_BOX.search(line) for line in card):
                break
            if (
                i > 0
                and card
                and all(
                    len(_FRAME.sub("", line)) <= SIGNATURE_LINE_MAX  # its letters: not its frame, not its padding
                    and not _SENTENCE.search(line)
                    and not _FIGURE.search(line)
                    for line in card
                )
            ):
                return "\n".join(lines[:i]).rstrip() + "\n"
            break
    return body


def header(value) -> str:
    """A header's text: encoded words in their charset, read wide (a GB2312 label
    on GBK bytes), unknown charsets by the detector, never an exception."""
    if value is None:
        return ""
    from email.header import Header, decode_header

    try:  # a raw 8-bit header (UTF-8, GBK) is a Header of "unknown-8bit" bytes: str() would lose them
        # cut first: decode_header is quadratic in encoded words (a 1.7 MB Subject took 27 s)
        chunks = decode_header(value if isinstance(value, Header) else str(value)[:MAX_HEADER])
    except (ValueError, email.errors.HeaderParseError):
        return " ".join(str(value).split())
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            if any("\udc80" <= ch <= "\udcff" for ch in chunk):  # raw 8-bit bytes (UTF-8, GBK) the
                chunk = chunk.encode("ascii", "surrogateescape")  # parser kept as surrogates
            else:
                out.append(chunk)
                continue
        codec = _WIDER.get((charset or "").lower(), charset or "ascii")
        try:
            if codec == "unknown-8bit":
                raise LookupError(codec)
            out.append(chunk.decode(codec))
        except (LookupError, UnicodeDecodeError):
            from .decode import decode_bytes

            out.append(decode_bytes(chunk).text or chunk.decode("latin-1"))
    return " ".join("".join(out).split())


def mail_date(value) -> dt.datetime | None:
    """The date as the sender's clock wrote it (a mail sent at 22:10 in Taipei is that day there)."""
    try:
        parsed = email.utils.parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.replace(tzinfo=None) if parsed else None


def sender(value) -> str:
    """The sender's display name (an address alone names no outlet)."""
    name, _addr = email.utils.parseaddr(header(value))
    return name.strip(" \"'")


def decode_part(msg: Message) -> tuple[str, Problem | None]:
    """A text part's payload in its declared charset, or by detection."""
    from .decode import decode_bytes, without_escapes

    try:
        payload = msg.get_payload(decode=True) or b""
    except Exception:  # noqa: BLE001 - a broken transfer encoding
        payload = b""
    charset = (msg.get_content_charset() or "").lower()
    codec = _WIDER.get(charset, charset)
    if codec:
        try:
            return payload.decode(codec), None
        except (LookupError, UnicodeDecodeError):
            pass
        if b"\x1b" in payload and not codec.startswith(("utf-16", "utf-32")):
            # a bulletin board's mail in its colours: one escape may stand between a Big5 character's two bytes;
            # without the escapes the bytes read in their charset (as decode_bytes reads them)
            try:
                return without_escapes(payload).decode(codec), None
            except (LookupError, UnicodeDecodeError):
                pass
    decoded = decode_bytes(payload)
    if decoded.text is None:
        return "", Problem("undecodable", f"a text part that is not text in {charset or 'any charset'}")
    return decoded.text, None


def _walk(
    msg: Message, depth: int, texts: dict[str, Message], attachments: list[Part], problems: list[Problem]
) -> None:
    if depth > MAX_DEPTH:
        if not any(p.kind == "truncated" for p in problems):
            problems.append(Problem("truncated", f"MIME parts nested deeper than {MAX_DEPTH}: not read"))
        return
    ctype = msg.get_content_type()
    name = header(msg.get_filename()) if msg.get_filename() else ""
    disposition = (msg.get("Content-Disposition") or "").split(";")[0].strip().lower()
    if msg.is_multipart() and ctype != "message/rfc822":
        payload = msg.get_payload()
        for sub in payload[:MAX_PARTS] if isinstance(payload, list) else []:
            _walk(sub, depth + 1, texts, attachments, problems)
        return
    if ctype in ("text/html", "text/plain") and disposition != "attachment" and not name:
        texts.setdefault(msg.get_content_subtype(), msg)
        return
    suffix = _suffix(name, ctype)
    if suffix is None or len(attachments) >= MAX_ATTACHMENTS:
        return  # images, signatures, calendar invites: not briefings
    if ctype == "message/rfc822":  # a forwarded mail: a briefing of its own, named by its subject
        data = _inner(msg)
        inner = msg.get_payload()
        if not name and isinstance(inner, list) and inner and isinstance(inner[0], Message):
            subject = _FORWARD.sub("", header(inner[0].get("Subject"))).strip()[:60]
            name = f"{subject}.eml" if subject else ""
    else:
        try:
            data = msg.get_payload(decode=True) or b""
        except Exception:  # noqa: BLE001
            data = b""
    if data:
        attachments.append(Part(format="eml", attachment=(suffix, data), name=name or f"attachment{suffix}"))


def _inner(msg: Message) -> bytes:
    payload = msg.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    return inner.as_bytes() if isinstance(inner, Message) else b""


def _suffix(name: str, ctype: str) -> str | None:
    m = re.search(r"(\.[A-Za-z0-9]{1,6})$", name)
    suffix = m[1].lower() if m else _TYPE_SUFFIX.get(ctype)
    return suffix if suffix in FORMATS or suffix in _TEXT_ATTACHMENTS else None
