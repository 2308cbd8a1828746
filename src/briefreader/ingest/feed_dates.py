"""A feed entry's date as its publisher wrote it: feedparser reads every date to UTC, which moves an Asian feed's
evening items to the day before; these read the stamp as written (its own zone, or UTC+8 for a stamp in UTC), an
English date feedparser does not know, and feedparser's own reading last (feed.parse_feed)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any


def struct_date(value: Any) -> dt.datetime | None:
    """feedparser's parsed dates are UTC struct_times: read in the publisher's zone
    (UTC+8, :func:`metadata.publisher_time`); a date the feed wrote in another zone
    keeps its own calendar day when the raw string is readable."""
    from .metadata import publisher_time

    if not value:
        return None
    try:
        return publisher_time(dt.datetime(*value[:6]).replace(tzinfo=dt.timezone.utc))
    except (TypeError, ValueError):
        return None


_ISO_ZONE = re.compile(r"(?:Z|[+-]\d{2}:?\d{2}|\s*(?P<word>UTC|GMT))$", re.IGNORECASE)


def written_date(raw: str) -> dt.datetime | None:
    """The date as written (``2024-10-17T09:09:00+08:00`` is the 17th in Hong Kong,
    though it is the 17th 01:09 UTC): feedparser converts to UTC, which moves
    evening items of Asian feeds to the previous day. A stamp in UTC (``GMT``,
    ``+0000``, ``Z``) names no newsroom's calendar: it is read in UTC+8."""
    from .metadata import publisher_time

    raw = (raw or "").strip()
    if not raw:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", raw)
    if m:
        try:
            when = dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0))
        except ValueError:
            return None
        if m[4] and (zone := _ISO_ZONE.search(raw)):
            if zone["word"]:  # "2024-05-01 20:30:00 UTC"
                raw = raw[: zone.start()] + "+00:00"
            try:
                return publisher_time(dt.datetime.fromisoformat(raw.replace(" ", "T", 1)))
            except ValueError:
                pass
        return when
    import email.utils

    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return publisher_time(parsed) if parsed else None


_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_ENGLISH = re.compile(r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})")


def english_date(raw: str) -> dt.datetime | None:
    """ "Saturday, August 8, 2020", "Aug 8 2020"."""
    m = _ENGLISH.search(raw or "")
    if not m:
        return None
    month = next((n for name, n in _MONTHS.items() if name.startswith(m["month"].lower()[:3])), None)
    try:
        return dt.datetime(int(m["year"]), month, int(m["day"])) if month else None
    except ValueError:
        return None
