"""Guards session 27's metadata changes (issue 12): a headline keeps the space that sets its parts apart, a headline
an <h1> breaks over two lines leaves the text whole, and a Taiwanese office's 發布機關 label names the issuer (the
shapes of dev-retired22's site source pages, now dev, and tester s26 U12). Names are fictional unless they are public
offices or outlets; each test fails on the code before unless it says it is a guard."""

from __future__ import annotations

from briefreader.ingest import ingest_bytes

_LEAD = "臺北市長今(29)日出席臺北燈節宣傳記者會，宣布今年燈節將以「雙展區」的創新模式登場，目標吸引海內外旅客。"
_MORE = "市長表示，臺北燈節已走過逾20個年頭，不僅是臺北市民每年期盼的盛事，更是許多海內外旅客指定參與的年度活動。"


def _html(markup: str):
    return ingest_bytes(markup.encode(), id="x.html", suffix=".html")


def _page(h1: str, meta: str = "<span>2026.01.29</span>") -> str:
    return f"<html><body><h1>{h1}</h1><div>{meta}</div><p>{_LEAD}</p><p>{_MORE}</p></body></html>"


# --- the space between a headline's parts: before the day it names, after a closing quote before the next words


def test_the_space_before_the_day_a_page_title_names_is_kept() -> None:
    b = _html(f"<html><head><title>每日市政摘要 2026-05-22</title></head><body><p>{_LEAD}</p></body></html>")
    assert b.title == "每日市政摘要 2026-05-22"


def test_the_space_after_a_closing_quote_between_two_headline_parts_is_kept() -> None:
    # an <h1> with a <br> after its first part, as dev-retired22/s25_09's
    b = _html(_page("佛光山台北道場響應「2026台北燈節」<br> 以光影傳遞和諧共生與祝福"))
    assert b.title == "佛光山台北道场响应「2026台北灯节」 以光影传递和谐共生与祝福"


def test_guard_typesetting_spaces_in_a_title_still_fold() -> None:
    # a space beside a bare number or after a full-width mark is typesetting, not a break
    b = _html(f"<html><head><title>前三季度GDP增长 5.2%</title></head><body><p>{_LEAD}</p></body></html>")
    assert b.title == "前三季度GDP增长5.2%"
    b = _html(
        f"<html><head><title>中美角力影響香港經濟？ 陳茂波：內需成增長點</title></head><body><p>{_LEAD}</p></body></html>"
    )
    assert b.title == "中美角力影响香港经济？陈茂波：内需成增长点"


def test_guard_a_space_between_two_chinese_words_is_kept() -> None:
    b = _html(
        f"<html><head><title>新兴产业规划临近 生物质能或领衔新能源</title></head><body><p>{_LEAD}</p></body></html>"
    )
    assert b.title == "新兴产业规划临近 生物质能或领衔新能源"


# --- a headline broken over two lines by the page (an <h1> with a <br>) leaves the text whole


def test_a_headline_on_two_lines_leaves_the_text_with_both_lines() -> None:
    b = _html(_page("蔣萬安宣布2026臺北燈節雙展區登場<br>西門町攜手泡泡瑪特迎全球旅客"))
    assert b.title == "蒋万安宣布2026台北灯节双展区登场西门町携手泡泡玛特迎全球旅客"
    assert "西门町携手" not in b.text and "双展区登场" not in b.text
    assert b.text.startswith("台北市长今(29)日出席")


def test_guard_a_line_that_only_starts_like_the_headline_stays() -> None:
    b = _html(
        _page("臺北燈節雙展區登場", "<span>2026.01.29</span>").replace(
            f"<p>{_LEAD}</p>", "<p>臺北燈節</p><p>雙展區登場迎接旅客，市府表示歡迎。</p>"
        )
    )
    assert "双展区登场迎接旅客" in b.text


# --- 發布機關 (the issuing office, as Taiwanese government pages label it) names the source


def test_the_issuing_office_label_of_a_taiwanese_page_names_the_source() -> None:
    b = _html(
        _page(
            "臺北燈節交通管制，搭乘大眾運輸前往最方便", "<span>2026.02.11</span><span>發布機關：臺北市政府交通局</span>"
        )
    )
    assert b.source == "台北市政府交通局"
    assert str(b.date) == "2026-02-11"
    assert "发布机关" not in b.text


# --- a headline run into the lead: the lead's own dateline is the seam (its outlet the source), 本报 included; the
# headline leaves the text (review s26 N2)


def _txt(text: str):
    return ingest_bytes(text.encode(), id="x.txt", suffix=".txt")


def test_a_headline_run_into_its_dateline_is_cut_there_and_the_dateline_names_the_outlet() -> None:
    # dev s26_10's shape: the headline, a blank inside it, then "中新网成都6月18日电 (…)记者…"
    b = _txt(
        "南方测绘应急无人机航摄作业 开展灾区道路侦察中新网成都6月18日电 (王小明 李华)记者18日从某省测绘地理信息局获悉，"
        "该局无人机分队13人携5架无人机紧急奔赴灾区开展道路侦察等应急测绘保障工作。目前，灾前卫星影像图已制作完成。\n"
    )
    assert b.title == "南方测绘应急无人机航摄作业 开展灾区道路侦察"
    assert b.source == "中新网"
    assert b.text.startswith("中新网成都6月18日电")


def test_a_headline_run_into_a_tag_and_this_papers_dateline_is_cut_before_the_tag() -> None:
    # dev-retired22/s25_10's shape: "…54个【消息】 本报太原2月14日讯（记者 …）…" on one line
    b = _txt(
        "某省警方集中收网打掉涉黑涉恶犯罪组织和团伙54个【消息】 本报太原2月14日讯（记者 王明）2月13日，某省公安厅对外发布"
        "消息称，专项行动启动以来，全省公安机关共打掉涉黑涉恶犯罪组织和团伙54个，其中恶势力犯罪组织50个。\n"
    )
    assert b.title == "某省警方集中收网打掉涉黑涉恶犯罪组织和团伙54个"
    assert b.text.startswith("【消息】本报太原2月14日讯")


def test_guard_a_lead_that_opens_with_its_dateline_keeps_its_sentence_title() -> None:
    b = _txt("中新网成都6月18日电 记者18日从某省测绘地理信息局获悉，该局无人机分队13人紧急奔赴灾区开展道路侦察工作。\n")
    assert b.source == "中新网"
    assert "中新网成都6月18日电" not in b.title


# --- a programme's episode page: the <title>/og:title is "programme - episode", both shown above the text; the one
# nearest the text (the episode) is the headline; the site named before the <title>'s colon; a meta field that holds
# only a day (an analytics tag's) dates the page when nothing else does (dev-retired22/s25_02-03)

_EPISODE = (
    "<html><head><title>rthk.hk 香港電台網站: 【 sik 】【 si 】【 fung 】:別了梅艷芳十年</title>"
    '<meta name="WT.cg_s" content="2013-12-29" />'
    '<meta property="og:title" content="【 sik 】【 si 】【 fung 】-別了梅艷芳十年" /></head><body>'
    '<div class="prog">【 sik 】【 si 】【 fung 】</div><div>主持人：胡世傑、黃明樂</div>'
    '<div class="title">別了梅艷芳十年</div><p>主持：胡世傑、陳嘉銘、譚蕙芸</p></body></html>'
)


def test_an_episode_page_is_titled_by_the_episode_dated_by_its_day_field_and_named_by_its_site() -> None:
    b = _html(_EPISODE)
    assert b.title == "别了梅艳芳十年"
    assert str(b.date) == "2013-12-29"
    assert b.source == "香港电台"


def test_guard_a_day_field_named_for_a_change_dates_nothing() -> None:
    b = _html(_EPISODE.replace("WT.cg_s", "last-modified"))
    assert b.date is None


def test_guard_an_outlet_a_headline_quotes_before_its_colon_is_no_source() -> None:
    b = _html(f"<html><head><title>新华社：某地今年粮食总产量再创新高</title></head><body><p>{_LEAD}</p></body></html>")
    assert b.source != "新华社"


# --- a document's title broken over two lines ("…关于成立临安市" / "信用建设工作领导小组的通知": dev s27_01); the
# field's own label before a headline ("新闻:…": dev s27_05); an office named first in its <title> ("運輸署 - 交通通告":
# dev s27_08)

_NOTICE_BODY = (
    "<p>各镇人民政府，市政府各部门：</p><p>为加强信用体系建设，经市政府同意，决定成立市信用建设工作领导小组。</p>"
)


def test_a_document_title_broken_over_two_lines_is_one_title() -> None:
    b = _html(
        "<p><strong>某政办函[2013]89号</strong></p><p><span>某市人民政府办公室关于成立某市<br/>"
        f"信用建设工作领导小组的通知</span></p>{_NOTICE_BODY}"
    )
    assert b.title == "某市人民政府办公室关于成立某市信用建设工作领导小组的通知"
    assert "信用建设工作领导小组的通知" not in b.text


def test_guard_a_whole_document_title_takes_no_next_line() -> None:
    b = _html(f"<p>某市人民政府办公室关于成立某市信用建设工作领导小组的通知</p><p>附件的通知</p>{_NOTICE_BODY}")
    assert b.title == "某市人民政府办公室关于成立某市信用建设工作领导小组的通知"


def test_the_field_label_before_a_headline_is_no_part_of_it() -> None:
    b = _txt(f"新闻:法国农民因自家公鸡打鸣被罚3000欧 上诉维护“公鸡歌唱的权力”\n\n{_LEAD}\n")
    assert b.title == "法国农民因自家公鸡打鸣被罚3000欧 上诉维护“公鸡歌唱的权力”"
    assert "新闻:" not in b.text


def test_guard_a_speaker_before_a_headline_stays() -> None:
    b = _txt(f"外交部：中方坚决反对任何形式的单边制裁\n\n{_LEAD}\n")
    assert b.title.startswith("外交部：")


def test_an_office_named_first_in_its_page_title_is_the_source() -> None:
    b = _html(
        "<html><head><title>運輸署 - 交通通告</title></head><body><p>交通通告</p><h3>深水埗連翔道臨時交通安排</h3>"
        f"<p>{_LEAD}</p><p>{_MORE}</p></body></html>"
    )
    assert b.source == "运输署"
