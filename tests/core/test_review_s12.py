"""Session 12 review: findings pinned by tests that fail on the old code."""

from __future__ import annotations

from pathlib import Path

from briefreader.cli import main


def test_an_empty_folders_name_reaches_the_terminal_without_control_sequences(
    cli_env: Path, tmp_path: Path, capsys
) -> None:
    """4de6970's "no briefings in DIR" printed the folder's name raw: a name from a
    config.toml (TOML writes \\u001b) could set the window title or clear the screen.
    The CLI's other messages pass names through safe.one_line."""
    empty = tmp_path / "a\x1b]0;owned\x07b\x1b[2Jc\nd"
    empty.mkdir()
    assert main(["--briefings", str(empty), "list"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "no briefings in" in err
    assert not any(ch in err for ch in "\x1b\x07\x9b")
    assert err.count("\n") == 1  # one line: the name's newline folded


def test_held_pledged_or_borrowed_name_a_sum_only_right_before_it() -> None:
    """9374c42 made 资产/抵押/质押/借 money words anywhere in the 12 characters before a bare
    萬: borrowed books, seconded teachers and registrations became CNY sums, and a count of
    users after 数字资产 was lost. Right before the number they still name the sum."""
    from briefreader.figures import extract_figures

    def money(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in extract_figures(text) if f.kind == "money"]

    for text in (
        "图书馆全年借阅量达到30万。",
        "全年借还图书12万，借书证新办2万。",
        "该校借调教师3万。",
        "抵押登记办理量达到3万。",
    ):
        assert money(text) == [], text
    users = [(f.kind, f.value) for f in extract_figures("数字资产交易平台用户已超过500万。")]
    assert users == [("count", 5_000_000)]
    assert money("他向银行借了200万，另借给朋友20万。") == [(2_000_000, "CNY"), (200_000, "CNY")]
    assert money("该平台管理的总资产约500万。") == [(5_000_000, "CNY")]


def test_a_bound_after_a_breakdown_is_a_figure_unless_it_names_a_class() -> None:
    """9374c42 dropped every bounded area or count after "按…分/统计，" as a class of a
    table: 按行业分，…企业超过3000家 lost a statistics bulletin's figures. A bound that names a
    class is followed by 的 or by the next class (50平方米以下、100平方米及以上的)."""
    from briefreader.figures import extract_figures

    def counts(text: str) -> list[tuple[str, str]]:
        return [(f.text, f.qualifier) for f in extract_figures(text) if f.kind == "count"]

    assert counts("按行业分，全市规模以上工业企业超过3000家，其中制造业企业2500家。") == [
        ("超过3000家", "over"),
        ("2500家", "exact"),
    ]
    assert counts("按区域统计，浦东新区新增企业逾1.2万家。") == [("逾1.2万家", "over")]
    assert counts("按规模划分，年营收超10亿元的企业有50家以上。") == [("50家以上", "over")]
    text = "按單位實用面積統計，75至99.9平方米的住宅樓價指數下跌2.4%，50平方米以下、100平方米及以上的跌幅同為1.4%。"
    assert [f.kind for f in extract_figures(text, region="hk")] == ["percent", "percent"]


def test_a_notices_labelled_lines_on_how_to_take_part_stay() -> None:
    """0753b9c's closing plug (2-4 short lines at the end, half of them a call) took a
    notice's registration lines under 报名方式： (a QR code to sign up, a phone number),
    leaving the label alone. Under a label the lines are the article's."""
    from briefreader.ingest import ingest_bytes

    notice = (
        "关于举办2024杨浦数字经济讲座的通知\n\n各有关单位：为推动数字经济发展，杨浦区科委定于2024年6月12日下午举办"
        "数字经济专题讲座，邀请专家解读最新政策，欢迎各单位派员参加。\n\n报名方式：\n扫描下方二维码报名\n咨询电话：021-65432100\n"
    )
    text = ingest_bytes(notice.encode(), id="x", path="x.txt", suffix=".txt").text
    assert text.endswith("报名方式：\n扫描下方二维码报名\n咨询电话：021-65432100")
    post = (
        "杨浦发布数字经济新政\n\n3月5日，杨浦区召开新闻发布会，发布支持数字经济发展的若干措施，涉及资金支持、人才引进和场景开放等方面。\n\n"
        "欢迎分享到朋友圈\n长按识别二维码关注我们\n"
    )
    assert ingest_bytes(post.encode(), id="y", path="y.txt", suffix=".txt").text.endswith("场景开放等方面。")
