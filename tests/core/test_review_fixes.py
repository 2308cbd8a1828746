"""Fixes from the review of session 8 (text, export): each case fails on the old code."""

from __future__ import annotations

import pytest

from briefreader.ingest.clean import drop_boilerplate


# B1: a separator the author typed, then more article whose lines use everyday words the
# old plug test took for calls (关注, 热线): the article was cut at the separator.
def test_news_after_a_separator_is_kept():
    text = "第一段的内容说的是这条河过去十年的治理经过。\n\n＊＊＊\n\n一年后，村民们依然关注着这条河的变化。\n\n他说，日子总会好起来的。"
    out = drop_boilerplate(text)
    assert "村民们依然关注着这条河的变化" in out
    assert "日子总会好起来的" in out


def test_a_hotline_in_the_news_is_kept():
    text = "台风过境后，多区出现水浸。\n\n---\n\n市民可拨打热线12345查询停课安排。\n\n政府表示会密切关注天气变化。"
    out = drop_boilerplate(text)
    assert "市民可拨打热线12345查询停课安排" in out
    assert "密切关注天气变化" in out


def test_a_plug_after_a_separator_still_ends_the_article():
    text = (
        "台风过境后，多区出现水浸。\n\n---\n\n"
        "立即报料: https://bit.ly/3IMunqd\n\n"
        "你的独家报料一旦被采用及报导，将获得乙份奖品。\n\n"
        "欢迎关注我们的微信公众号。"
    )
    out = drop_boilerplate(text)
    assert out.strip() == "台风过境后，多区出现水浸。"


# B2: the default ./notes.md may be the user's own notes. Old code read only the first
# len(ours)+3 bytes, so blank lines then notes counted as empty, and an unreadable file
# counted as replaceable.
def test_blank_lines_then_the_users_notes_are_never_replaced(tmp_path):
    from briefreader.export import write_export
    from briefreader.notes import NotesError

    mine = tmp_path / "notes.md"
    content = "\n" * 24 + "my own notes: call the bank\n"
    mine.write_text(content, encoding="utf-8")
    with pytest.raises(NotesError, match="not written by briefreader"):
        write_export(mine, "# Notes\n", ours="# Notes")
    assert mine.read_text(encoding="utf-8") == content


def test_a_whitespace_only_or_empty_file_is_still_replaced(tmp_path):
    from briefreader.export import write_export

    for name, content in (("a.md", ""), ("b.md", "\n \n\t\n" * 100)):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        write_export(path, "# Notes\nx\n", ours="# Notes")
        assert path.read_text(encoding="utf-8") == "# Notes\nx\n"


def test_a_huge_whitespace_file_is_not_taken_as_empty(tmp_path):
    from briefreader.export import write_export
    from briefreader.notes import NotesError

    path = tmp_path / "notes.md"
    path.write_bytes(b" " * (64 * 1024 + 10))
    with pytest.raises(NotesError):
        write_export(path, "# Notes\n", ours="# Notes")
    assert path.stat().st_size == 64 * 1024 + 10


def test_an_unreadable_file_is_never_replaced(tmp_path, monkeypatch):
    from briefreader import export
    from briefreader.notes import NotesError

    path = tmp_path / "notes.md"
    path.write_text("secret notes\n", encoding="utf-8")
    real_open = open

    def refuse(file, *args, **kwargs):
        if str(file) == str(path.resolve()):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(export, "open", refuse, raising=False)
    with pytest.raises(NotesError, match="cannot be read") as info:
        export.write_export(path, "# Notes\n", ours="# Notes")
    assert "not written" in str(info.value)
    assert path.read_text(encoding="utf-8") == "secret notes\n"


# B8: a related story's object in the page's data named the site ("The Standard"), which
# is in <title> too: the old code took its body as this page's article.
def _related_only_page(title: str) -> str:
    import json

    related = {
        "site": "The Standard",
        "headline": "另一宗新闻：机场新跑道启用",
        "body": "机场第三条跑道今日正式启用。当局预计客运量将大增。航空公司表示欢迎。业界认为有助巩固枢纽地位。",
    }
    data = {"props": {"related": [related]}}
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        "<div id=__next><nav><a href=/>首页</a></nav><h1>港府公布新一轮消费券计划</h1>"
        "<p>政府今日公布新一轮消费券计划。</p></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    "title", ["港府公布新一轮消费券计划 - The Standard", "港府公布新一轮消费券计划 | The Standard"]
)
def test_a_related_story_naming_the_site_is_not_the_article(title):
    from briefreader.ingest.html import html_to_doc

    text = html_to_doc(_related_only_page(title)).text
    assert "机场第三条跑道" not in text
    assert "政府今日公布新一轮消费券计划" in text


def test_the_story_whose_headline_the_title_holds_is_still_read():
    import json

    from briefreader.ingest.html import html_to_doc

    own = {
        "site": "The Standard",
        "headline": "港府公布新一轮消费券计划",
        "body": "政府今日公布新一轮消费券计划。每名合资格市民可获五千元。首期将于下月发放。当局预计涉及开支逾三百亿元。",
    }
    page = (
        "<!doctype html><html><head><title>港府公布新一轮消费券计划 - The Standard</title></head><body>"
        "<div id=__next><nav><a href=/>首页</a></nav><h1>港府公布新一轮消费券计划</h1></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps({"p": own}, ensure_ascii=False)}</script>'
        "</body></html>"
    )
    assert "每名合资格市民可获五千元" in html_to_doc(page).text
