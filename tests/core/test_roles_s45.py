"""Session 45 (12text): the role reader's field names from the one table of labels (fields.labels_of)."""

from __future__ import annotations

from briefreader.ingest.fields import labels_of


def test_the_role_readers_names_hold_the_tables_labels() -> None:
    from briefreader.ingest.roles import _NOT_FIELD_NAMES, NAMES, _spelled

    for role, fields in [("title", ("title",)), ("date", ("date",)), ("source", ("source", "issuer")),
                         ("link", ("link",)), ("author", ("author",)), ("body", ("content",))]:  # fmt: skip
        table = set(_spelled(labels_of(*fields))) - _NOT_FIELD_NAMES
        assert table <= set(NAMES[role]), (role, table - set(NAMES[role]))
    # a label that names another thing as a record's field name is no role's exact name
    assert "文章" not in NAMES["title"] and "新闻" not in NAMES["title"] and "原创" not in NAMES["source"]


def test_a_labelled_fields_name_gives_its_role() -> None:
    from briefreader.ingest.roles import label_role

    # exact names by the table of labels (a head word, 标题 or 来源, gave them before: now the table says so)
    assert label_role("新闻来源") == "source"
    assert label_role("发表时间") == "date"
    assert label_role("原文地址") == "url"
    assert label_role("撰稿人") == "author"
    assert label_role("文章") == ""  # (the article itself, as a column's name)
