"""Guards odd values from a briefing or a note on their way out: a YAML !!binary value
is not shown as b'...', and a bare URL in a note stays text in a GitHub-rendered export."""

from __future__ import annotations

import pytest

from briefreader.export import escape_block, escape_inline
from briefreader.ingest import ingest_bytes


def test_a_binary_front_matter_value_is_not_shown_as_python_bytes() -> None:
    # Issue 20.14: `source: !!binary aGVsbG8=` showed as "b'hello'".
    data = "---\ntitle: 标题\nsource: !!binary aGVsbG8=\ntags: [!!binary aGk=, 数字]\n---\n正文内容。\n".encode()
    b = ingest_bytes(data, id="x", path="x.md", suffix=".md")
    assert "b'" not in b.source and "hello" not in b.source
    assert b.title == "标题"


@pytest.mark.parametrize(
    "text",
    [
        "see https://www.gov.cn/zhengce/ now",
        "see www.sh.gov.cn now",
        "mail press@xinhua.org now",
        "HTTP://EXAMPLE.CN/A",
    ],
)
def test_bare_links_in_notes_stay_text_under_github_linkify(text: str) -> None:
    # Issue 20.14: GitHub turns bare URLs, www. names and e-mail addresses into links.
    pytest.importorskip("linkify_it")
    from markdown_it import MarkdownIt

    md = MarkdownIt("gfm-like")
    for rendered in (md.render(escape_inline(text)), md.render("\n".join(escape_block(text)))):
        assert "<a " not in rendered
        assert text in rendered.replace("&amp;", "&")  # shown exactly as written


def test_unescaped_they_would_have_been_links() -> None:
    # The oracle above can fail: the same renderer links the raw text.
    pytest.importorskip("linkify_it")
    from markdown_it import MarkdownIt

    assert "<a " in MarkdownIt("gfm-like").render("see www.sh.gov.cn now")
