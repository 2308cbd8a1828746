"""Who publishes a Hugo section feed (session 43, issue 12): "{section} on {site}" names the site, read by what the
feed says of itself (its generator, or Hugo's own "Recent content in …" description), never by the word "on" alone.
Real files: dev/s42f_12 (pharaoh2012/rssfetch), dev/s43f_01 (HITsz-JLA/HITsz-JLA-web)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader.ingest import ingest_path
from briefreader.ingest.feed import parse_feed

DATA = Path(__file__).resolve().parents[1] / "data" / "realworld"


def _feed(title: str, head: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://blog.example.org/posts/</link>{head}<item><title>第一篇</title>"
        "<link>https://blog.example.org/posts/1/</link><description>正文，说了一件事。</description></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("<generator>Hugo -- gohugo.io</generator>", "某某技术周刊"),
        ("<description>Recent content in 每日摘要 on 某某技术周刊</description>", "某某技术周刊"),
        # (no word from Hugo: a title with "on" in it is the feed's own name)
        ("<generator>Jekyll</generator>", "每日摘要 on 某某技术周刊"),
    ],
)
def test_a_hugo_section_feed_is_its_sites(head: str, publisher: str) -> None:
    assert parse_feed(_feed("每日摘要 on 某某技术周刊", head)).title == publisher


def test_the_real_hugo_section_feeds_name_their_sites() -> None:
    for prefix, site in (("s42f_12_", "SuperTechFans"), ("s43f_01_", "HITsz日语社")):
        (path,) = (DATA / "dev").glob(prefix + "*.xml")
        assert {b.source for b in ingest_path(path, DATA)} == {site}
