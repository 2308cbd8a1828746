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
