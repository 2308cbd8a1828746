"""Session 17, usefix: the s16 tester's and reviewer's findings on the core and the CLI,
each failing on the code before it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers.cli import cli, fresh_user

# ----- tester s16 U10 (N9): money filters compare like with like ---------------------------

CURRENCY_BRIEFS = {"cny": "元人民币", "jpy": "日元", "usd": "美元", "vnd": "越南盾"}


@pytest.fixture
def currencies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tester's four one-sentence briefs: 150亿 in four currencies."""
    folder = tmp_path / "cur"
    folder.mkdir()
    for name, word in CURRENCY_BRIEFS.items():
        (folder / f"{name}.txt").write_text(f"该项目总投资150亿{word}。\n", encoding="utf-8")
    fresh_user(monkeypatch, tmp_path)
    return folder


def _listed(capsys, folder: Path, query: str, *extra: str) -> list[str]:
    code, out, err = cli(capsys, "list", "--briefings", str(folder), "--json", *extra, query)
    assert code in (0, 1), err
    return sorted(b["id"] for b in json.loads(out))


@pytest.mark.parametrize("cache", [(), ("--no-cache",)], ids=["index", "no-cache"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("money>100亿美元", ["usd"]),  # old: all four (VND 15 bn among them)
        ("money>100亿元", ["cny"]),  # 元 is RMB; old: all four
        ("money>100億日圓", ["jpy"]),  # typed in Traditional
        ("money>US$10bn", ["usd"]),
        ("money>=150亿越南盾", ["vnd"]),
        ("money>200亿美元", []),
        ("money>100亿", ["cny", "jpy", "usd", "vnd"]),  # no currency: every one, as written
        ("-money>100亿美元", ["cny", "jpy", "vnd"]),
    ],
)
def test_a_money_bound_with_a_currency_compares_that_currency_only(capsys, currencies, cache, query, expected):
    if cache == ():
        _listed(capsys, currencies, "")  # build the index first: the second run answers from it
    assert _listed(capsys, currencies, query, *cache) == expected


@pytest.mark.parametrize("cache", [(), ("--no-cache",)], ids=["index", "no-cache"])
@pytest.mark.parametrize("query", ["money>$100", "money>￥100", "money>100"])
def test_a_bare_sign_names_no_one_currency(capsys, tmp_path, monkeypatch, cache, query):
    """Review s17 R3: $ is the US, Hong Kong, Taiwan or Singapore dollar by the text's region and ¥ the yuan or
    the yen, so a bound written with the sign alone compares every currency, as one without (cb180f1 read $ as
    USD: a Hong Kong briefing's $350, HKD, was no longer found)."""
    folder = tmp_path / "hk"
    folder.mkdir()
    (folder / "hk.txt").write_text(
        "香港電台消息\n\n香港特區政府今日公布，海洋公園門票售價為$350，比去年增加。\n", "utf-8"
    )
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFREADER_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if cache == ():
        _listed(capsys, folder, "")
    assert _listed(capsys, folder, query, *cache) == ["hk"]
    assert _listed(capsys, folder, "money>US$100", *cache) == []  # a named dollar still pins its currency


def test_figures_all_with_a_currency_bound_lists_that_currencys_figures(capsys, currencies):
    code, out, err = cli(capsys, "figures", "--briefings", str(currencies), "--all", "--json", "money>100亿美元")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["unit"] for r in rows] == ["USD"], rows  # old: the four 150亿s


def test_the_index_answers_a_currency_bound_by_that_currencys_figures(tmp_path: Path):
    """IndexSearch (the TUI's list entries, `list` at scale): a unit keeps other currencies'
    figures out, a range counts by either end, array and set answers agree."""
    from briefreader.index import Index
    from briefreader.library import IndexSearch
    from briefreader.model import Briefing, Figure

    def brief(id: str, *figures: Figure) -> Briefing:
        return Briefing(
            id=id, path=f"/c/{id}.txt", fingerprint="f" + id, title=id, text="一二三", figures=list(figures)
        )

    rows = {
        "usd": brief("usd", Figure("money", "150亿美元", 0, 6, 1.5e10, unit="USD")),
        "vnd": brief("vnd", Figure("money", "150亿越南盾", 0, 7, 1.5e10, unit="VND")),
        "usd_range": brief("usd_range", Figure("money", "5亿至200亿美元", 0, 9, None, low=5e8, high=2e10, unit="USD")),
        "cny": brief(
            "cny", Figure("money", "3亿元", 0, 3, 3e8, unit="CNY"), Figure("money", "1", 0, 1, 2e10, unit="JPY")
        ),
    }
    root = tmp_path / "c"
    root.mkdir()
    with Index.open(tmp_path / "cache", root, "v1") as index:
        for name, b in rows.items():
            index.store(f"{name}.txt", 1, 1, b)
        names = {row.briefing.key: row.briefing.id for row in index.rows(root)}
        search = IndexSearch(index)

        def ids(keys) -> set[str]:
            return {names[int(k)] for k in keys}

        assert ids(search.figures("money", ">", 1e10, "USD")) == {"usd", "usd_range"}
        assert ids(search.figure_array("money", ">", 1e10, "USD")) == {"usd", "usd_range"}
        assert ids(search.figures("money", ">", 1e10)) == {"usd", "vnd", "usd_range", "cny"}  # no unit: as written
        assert ids(search.figures("money", "<", 1e9, "USD")) == {"usd_range"}  # by its lower end
        assert ids(search.figures("money", "=", 3e8, "CNY")) == {"cny"}
        assert ids(search.figures("money", ">=", 1.5e10, "VND")) == {"vnd"}
        assert ids(search.figures("money", ">", 1e10, "CNY")) == set()  # cny's 2e10 is JPY


# ----- tester s16 N8 (P4): a read-state database refused for permissions is left alone -------


def _as_another_user(code: str) -> list[str]:
    """``python -c code`` as a process that the file's permissions apply to: root without
    CAP_DAC_OVERRIDE (setpriv), or the user as they are."""
    import shutil
    import sys

    python = [sys.executable, "-c", code]
    if os.geteuid() != 0:
        return python
    if shutil.which("setpriv") is None:
        pytest.skip("root without setpriv: permissions do not apply")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *python]


@pytest.mark.parametrize("mode", [0o000, 0o444], ids=["unreadable", "read-only"])
def test_a_read_state_refused_for_permissions_is_said_and_left_alone(tmp_path: Path, mode: int):
    import subprocess
    import sys

    from briefreader.readstate import ReadState

    db = tmp_path / "readstate.sqlite3"
    state = ReadState.open(db)
    state.start_session()
    state.set_read(["sha256:one"])
    state.close()
    before = db.read_bytes()
    db.chmod(mode)
    code = (
        "import json, sys; from briefreader.readstate import ReadState; "
        f"s = ReadState.open(__import__('pathlib').Path({str(db)!r})); s.start_session(); "
        "print(json.dumps([s.message, s.is_read('sha256:one')]))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(_as_another_user(code), capture_output=True, text=True, env=env, timeout=120)
    db.chmod(0o600)
    assert done.returncode == 0, done.stderr
    message, read = json.loads(done.stdout.strip().splitlines()[-1])
    assert "permission denied" in message and "left as it is" in message, message  # old: "set aside as …corrupt…"
    assert sorted(p.name for p in tmp_path.iterdir() if "corrupt" in p.name) == []
    assert db.read_bytes() == before
    assert read is (mode == 0o444)  # a readable file's marks are still shown


# ----- tester s14 F20 / s16 U2: the cited sentence is exported; U3: the export follows the umask --


def test_a_cited_figures_sentence_is_kept_and_exported(tmp_path: Path):
    from briefreader.export import export_markdown
    from briefreader.model import Briefing, Figure
    from briefreader.notes import NotesStore

    b = Briefing(id="b", path=str(tmp_path / "b.txt"), fingerprint="f", title="标题", text="")
    figure = Figure("money", "6000亿元", 3, 9, 6e11, unit="CNY", en="RMB 600 bn", sentence="全年投资6000亿元，创新高。")
    store = NotesStore.open(tmp_path / "notes.toml")
    store.add_note(b, "值得跟进", figure)
    again = NotesStore.open(tmp_path / "notes.toml")
    (note,) = again.notes_for("b")
    assert note.figure_sentence == "全年投资6000亿元，创新高。"
    markdown = export_markdown(again, {"b": b})
    assert "> 6000亿元 — RMB 600 bn" in markdown
    assert "> “全年投资6000亿元，创新高。”" in markdown, markdown  # old: only the figure and the note


@pytest.mark.parametrize(("umask", "mode"), [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664)])
def test_a_new_export_follows_the_users_umask(tmp_path: Path, umask: int, mode: int):
    import stat

    from briefreader.export import write_export

    old = os.umask(umask)
    try:
        written = write_export(tmp_path / "notes.md", "# x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(written.stat().st_mode) == mode  # old: 0644 under every umask


# ----- s16 left item: `list` in Traditional ([display] script = hant) shows a Traditional source's title as it writes it --

CNA = (
    "台北股市今天上漲，成交值新台幣1019.43億元\n\n"
    "（中央社記者潘智義台北2日電）台北股市今天上漲，成交值新台幣1019.43億元。政府辦理發放消費券，係依據特別條例。\n"
)


@pytest.mark.parametrize("cache", [(), ("--no-cache",)], ids=["index", "no-cache"])
def test_list_in_traditional_shows_a_traditional_sources_own_title(tmp_path: Path, monkeypatch, capsys, cache):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "cna.txt").write_text(CNA, encoding="utf-8")
    fresh_user(monkeypatch, tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    config = tmp_path / "config.toml"
    config.write_text(f'[library]\nbriefings = "{folder}"\n[display]\nscript = "hant"\n', encoding="utf-8")
    cli(capsys, "--config", str(config), "list")  # the index is built
    code, out, err = cli(capsys, "--config", str(config), "list", *cache)
    assert code == 0, err
    assert "台北股市今天上漲，成交值新台幣" in out, out  # old: 臺北…新臺幣 (s2t of the Simplified title)
    assert "臺北" not in out


# ----- tester s15 U3: the digest lists a figure written with and without a space once --------


def test_the_digest_lists_a_figure_written_with_and_without_a_space_once():
    from briefreader.digest import key_figures
    from briefreader.model import Figure

    spaced = Figure("money", "不超过800,000 万元", 0, 13, 8e9, unit="CNY", qualifier="under", en="up to RMB 8 bn")
    tight = Figure("money", "不超过800,000万元", 40, 52, 8e9, unit="CNY", qualifier="under", en="up to RMB 8 bn")
    assert key_figures([spaced, tight]) == [spaced]  # old: both


# ----- tester s17 U14: notes.toml does not gain a blank line on every save --------------------


def test_saving_again_and_again_adds_no_blank_lines(tmp_path: Path):
    import tomllib

    from briefreader.model import Briefing
    from briefreader.notes import NotesStore

    path = tmp_path / "notes.toml"
    first = Briefing(id="x", path="/x.txt", fingerprint="f", title="t", text="")
    second = Briefing(id="y", path="/y.txt", fingerprint="g", title="t", text="")
    store = NotesStore.open(path)
    for i in range(8):
        store.add_note(second if i % 2 else first, f"note {i}")
        store.set_draft(second, f"draft {i}")
        store.set_draft(second, "")
        store.toggle_bookmark(first)
    text = path.read_text(encoding="utf-8")
    assert "\n\n\n" not in text and text.endswith('"\n'), text  # old: 5+ blank lines between and after
    assert len(tomllib.loads(text)["briefings"]["x"]["notes"]) == 4


# ----- tester s16 U7: a fall can be asked for: percent<-5 -------------------------------------


@pytest.mark.parametrize(("query", "value"), [("percent<-5", -5.0), ("percent>=-2.5%", -2.5), ("percent<－5", -5.0)])
def test_a_percent_bound_may_be_negative(query: str, value: float):
    from briefreader.query import parse

    (term,) = parse(query).terms
    assert term.value == value  # old: "expected a number, not "-5""


@pytest.mark.parametrize("query", ["money>-5", "count>-3", "percent<--5"])
def test_other_negative_bounds_are_still_refused(query: str):
    from briefreader.query import QuerySyntaxError, parse

    with pytest.raises(QuerySyntaxError):
        parse(query)  # percent<--5 was read as 5


def test_list_finds_a_fall_with_percent_below_a_negative_bound(tmp_path: Path, monkeypatch, capsys):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "fall.txt").write_text("营收下降20%\n\n今年营收同比下降20%。\n", encoding="utf-8")
    (folder / "rise.txt").write_text("营收增长20%\n\n今年营收同比增长20%。\n", encoding="utf-8")
    fresh_user(monkeypatch, tmp_path)
    assert _listed(capsys, folder, "percent<-5") == ["fall"]


# ----- review s16 R4: figures --all --json lists one order from the index and with --no-cache --


def test_figures_all_lists_one_order_warm_or_without_the_index(tmp_path: Path, monkeypatch, capsys):
    folder = tmp_path / "b"
    folder.mkdir()
    for name in ("zeta", "alpha", "mid"):  # one date: the order between them is the id's
        (folder / f"{name}.md").write_text(
            f"---\ntitle: {name}\ndate: 2024-05-01\n---\n\n投资100亿元，增长5%，新建3家工厂，占地2平方公里。\n",
            encoding="utf-8",
        )
    fresh_user(monkeypatch, tmp_path)
    orders = []
    for extra in ((), (), ("--no-cache",)):
        code, out, err = cli(capsys, "figures", "--briefings", str(folder), "--all", "--json", *extra)
        assert code == 0, err
        orders.append([(r["id"], r["start"]) for r in json.loads(out)])
    assert orders[1] == orders[2], orders  # old: the no-cache order was the files' order
    assert [i for i, _ in orders[1]][::4] == ["alpha", "mid", "zeta"]


# ----- tester s16 U8: two actions on one key are said, not accepted in silence ----------------


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        ('quit = "ctrl+c,q"\nhelp = "q"\n', "q is also keys."),
        ('help = "b"\n', "keys.help: b is also keys.bookmark"),
        ('"list.down" = "k"\n', "keys.list.down: k is also keys.list.up"),
    ],
)
def test_a_key_given_to_two_actions_is_named(tmp_path: Path, keys: str, said: str):
    from briefreader.config import ConfigError, read_config

    path = tmp_path / "c.toml"
    path.write_text(f'[library]\nbriefings = "{tmp_path}"\n[keys]\n{keys}', encoding="utf-8")
    with pytest.raises(ConfigError, match=said):  # old: accepted; q opened the help
        read_config(path)


@pytest.mark.parametrize(
    "keys",
    ['quit = "ctrl+c,q"\n', 'bookmark = "n"\nnote = "b"\n', 'close = "escape,q,x"\n', 'find = "ctrl+f"\n'],
)
def test_keys_that_do_not_clash_are_taken(tmp_path: Path, keys: str):
    from briefreader.config import read_config

    path = tmp_path / "c.toml"
    path.write_text(f'[library]\nbriefings = "{tmp_path}"\n[keys]\n{keys}', encoding="utf-8")
    assert read_config(path).keys
