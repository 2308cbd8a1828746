"""A CSV index of headlines (title, its address, its day, no text column) is read as headlines, each row's text its
headline (session 42, the judge batch's s42b_11: a city's notice list). A column of addresses is never a row's text,
however long: every row had its url as its article."""

from __future__ import annotations

from briefreader.ingest.records import parse_records

LISTING = (
    ",title,url,date,source\n"
    "82,广州市卫生健康委员会通告,http://www.gz.gov.cn/xw/tzgg/content/post_5643042.html,1/24/2020,广州市卫生健康委员会\n"
    "85,广州市疫情防控工作指挥部通告（第1号）,http://www.gz.gov.cn/xw/tzgg/content/post_5643292.html,1/26/2020,广州市指挥部\n"
    "83,关于取消春节期间办理部分社保接续工作的公告,http://www.gz.gov.cn/xw/tzgg/content/post_5643200.html,1/26/2020,广州市退役军人事务局\n"
)


def test_rows_of_headlines_are_read_with_their_headline_as_text_never_their_url() -> None:
    records = parse_records(LISTING)
    assert len(records) == 3
    for record in records:
        assert record.body == record.title and "http" not in record.body
        assert record.url.startswith("http://www.gz.gov.cn/")
    assert records[1].title == "广州市疫情防控工作指挥部通告（第1号）"


def test_a_csv_with_a_text_column_keeps_it() -> None:
    body = "广州市今天发布通告，要求各单位做好春节期间的疫情防控工作，全市公共场所实行体温检测，市民出行须佩戴口罩。"
    text = (
        "title,url,content\n"
        f"通告一,http://www.gz.gov.cn/a/post_1.html,{body}\n"
        f"通告二,http://www.gz.gov.cn/a/post_2.html,{body}再次强调。\n"
    )
    records = parse_records(text)
    assert [r.body for r in records] == [body, body + "再次强调。"]
