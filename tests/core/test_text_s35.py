"""Session 35 (12-text): the text of aggregator records and static-site pages, chrome by what each block IS.

- a news API's CSV export (dev s35_04-07: TITLE wrapped in the export's own quotes, "ARTICLE LINK", DESCRIPTION often
  empty) and a scraper's CSV corpus (dev s35_08: "raw_text" with real line breaks, many empty, a "download_date"): the
  link column is the item's link whatever words name it (never a picture's), a column named as text in more words
  ("raw_text") is the body, a headline wholly in straight quotes loses them, a bot's download stamp is no date;
- what the outlets glue to a description: a reading list after a word cut off ("…(Pita L延伸閱讀：…"), a reprint
  notice ending in a rights line after the last sentence (the whole record was dropped as a rights line), WordPress's
  Chinese first-appeared note ("這篇文章 … 最早出現於 PCM。") and a syndicated item's ("此篇文章由「體路 Sportsroad」
  最初發表於「…」"), a read-more stub ("《詳全文...》"), a video's label between two sentences ("觀看影片"), an ad
  break's label ("[廣告]請繼續往下閱讀...");
- a static-site generator's directives on lines of their own: Hugo shortcodes (dev s35_03/09), Liquid tags, a table of
  contents' marker and the fences of a VuePress container (its title stays: the built page shows it);
- a post platform's page labels under a WeChat post copied as Markdown (dev-retired18 s21_05), a Taiwanese paper's
  suicide-prevention hotlines under a story (dev s18_15), a platform's note that it only hosts (dev s26_02).

Inputs are written in those shapes; the guards keep what was right."""

from __future__ import annotations

from briefreader.hanzi import to_simplified
from briefreader.ingest import ingest_entries
from briefreader.ingest.clean import drop_boilerplate as _drop
from briefreader.ingest.markdown import markdown_to_text


def drop_boilerplate(text: str) -> str:
    """The line rules as the pipeline runs them: on the text in Simplified."""
    return _drop(to_simplified(text))


_HEADER = '"TITLE","ARTICLE LINK","PUBLISHED DATE (GMT)","AUTHOR","PUBLISHER","DESCRIPTION","IMAGE URL"\n'
_ROWS = [
    (
        "港田徑隊東亞青運添5獎牌 李紫桃200米摘金",
        "https://news.mingpao.com/ins/x/20230823/s00001/1",
        "港田徑隊在東亞青年運動會再添5面獎牌，李紫桃在女子200米贏得個人今屆第2金。隊友亦在接力項目摘銀，"
        "教練表示，隊員在炎熱天氣下仍然發揮出色，為明年的亞運會打下良好基礎。",
    ),
    ("馬爾代夫外交部長談氣候峰會", "https://www.wam.ae/zh-CN/details/1395303189282", ""),
    (
        "三成車輛未設定自動繳費方式 運輸署籲盡快完成手續",
        "http://www.bastillepost.com/hongkong/article/13269282",
        "運輸署表示，現時已有98%車輛獲發易通行車輛貼，但只有約9成已開立戶口，約7成車輛已設定自動繳費方式，"
        "3成車輛未設定，署方呼籲相關駕駛人士盡快完成手續。",
    ),
]


def _export() -> bytes:
    rows = "".join(
        f'"""{t}""","{u}","2023-08-22 20:30:00","","Ming Pao","{d}","https://img.example.com/{k}.jpg"\n'
        for k, (t, u, d) in enumerate(_ROWS)
    )
    return (_HEADER + rows).encode("utf-8")


def test_an_exports_link_column_and_quoted_headlines() -> None:
    entries = ingest_entries(_export(), id="t", suffix=".csv")
    read = [b for b in entries if b.text]
    assert [b.link for b in read] == [_ROWS[0][1], _ROWS[2][1]]  # the article's link, never the picture's
    assert read[0].title.startswith("港田")  # the export's quotes are no part of the headline
    assert '"' not in read[0].title and '"' not in read[1].title
    assert "李紫桃" in read[0].text and "運輸署" not in read[0].text


def test_a_scrapers_raw_text_column_is_the_body_and_its_download_stamp_no_date() -> None:
    body = (
        "行政院會今天拍板明年中央政府總預算，其中國防預算編列4406億元，比去年增加314億元，總計8年來國防預算成長38%。\n"
        "此外，海空戰力提升特別預算490億元、新式戰機特別預算453億元，特別預算總計943億元。"
    )
    data = (
        "download_date,published_date_gmt,title,url,category,raw_text\n"
        "2023-08-24,2023-08-24 13:23:05,遊戲新作上市,https://gnn.gamer.com.tw/detail.php?sn=254995,Entertainment,\n"
        f'2023-08-24,2023-08-22 04:10:00,行政院拍板明年度總預算,https://news.ltn.com.tw/news/politics/1,Politics,"{body}"\n'
        "2023-08-24,2023-08-22 05:10:00,國防預算創新高,https://news.ltn.com.tw/news/politics/2,Politics,"
        '"蔡總統21日聽取總預算案表示，明年度國防總體預算，包括基金與特別預算，將達到6068億元，創下歷史新高，"'
        '"占GDP比率也可望達到2.5%。"\n'
    ).encode("utf-8")
    entries = ingest_entries(data, id="t", suffix=".csv")
    budget = next(b for b in entries if b.link.endswith("/1"))
    assert "4406" in budget.text and "943" in budget.text
    assert budget.date is not None and budget.date.isoformat().startswith("2023-08-22")  # never the fetch's 08-24


def test_a_reading_list_after_a_word_cut_off_goes() -> None:
    line = "當時外界普遍看好國會最大黨「前進黨」黨魁皮塔(Pita L延伸閱讀：小弟先出手！日本824排放核廢水 港澳宣布禁10都縣水產品進口"
    assert drop_boilerplate(line) == to_simplified("當時外界普遍看好國會最大黨「前進黨」黨魁皮塔(Pita L")
    own = "他說，讀者可以參考延伸閱讀：這本書講了三個故事。"  # a sentence after the colon: the text's own
    assert drop_boilerplate(own) == to_simplified(own)


def test_a_reprint_notice_glued_after_the_last_sentence_goes_alone() -> None:
    text = (
        "奧克蘭市中心突發燃氣泄漏事件，應急部門已發布警報提醒人們撤離。通勤者被告知要做好延誤的準備。"
        "注：本文為新西蘭中文先驅網編譯/原創，歡迎轉發分享；但嚴禁複製等未經授權的非法使用。"
        "違反上述聲明者，本網將追究其相關法律責任。使用授權請聯繫news@chnet.co.nz。chineseherald.co.nz All Rights Reserved 版權所有"
    )
    assert drop_boilerplate(text) == to_simplified(
        "奧克蘭市中心突發燃氣泄漏事件，應急部門已發布警報提醒人們撤離。通勤者被告知要做好延誤的準備。"
    )
    # a sentence of the story about a licence before the rights line is the story's
    story = "法院認定被告未經授權使用了原告的照片，判賠十萬元，這是本市首例同類案件的判決，律師說影響深遠。版權所有"
    assert drop_boilerplate(story).startswith(to_simplified("法院認定被告未經授權使用了原告的照片"))


def test_first_appeared_notes_go() -> None:
    pcm = "KONAMI 早前舉行試玩會，當中注目的肯定是合集。這篇文章 KONAMI 新作試玩 Metal Gear 合集初體驗 最早出現於 PCM。"
    assert drop_boilerplate(pcm) == to_simplified("KONAMI 早前舉行試玩會，當中注目的肯定是合集。")
    sports = "焦瑾珊再奪得女單金牌。\n資料來源：香港傷殘人士體育協會\n此篇文章由「體路 Sportsroad」最初發表於「韓國殘疾人乒乓球賽 港隊奪1金1銀6銅」"
    assert "最初发表" not in drop_boilerplate(sports) and "焦瑾珊" in drop_boilerplate(sports)
    said = "這篇文章最早出現於1990年的《自然》雜誌，研究者說，它改變了整個領域的看法，至今仍被廣泛引用。"
    assert drop_boilerplate(said) == to_simplified(said)  # (a sentence goes on after it: no template's note)


def test_a_read_more_stub_a_video_label_and_an_ad_break_go() -> None:
    assert drop_boilerplate("目前已掌握相關接觸者22人，其中2人是同住家人，檢體送驗中。《詳全文...》").endswith(
        to_simplified("送驗中。")
    )
    assert drop_boilerplate("卻當場宣布會將其放生。觀看影片 據內媒報導，日前有渔民捕獲一條魚。") == to_simplified(
        "卻當場宣布會將其放生。據內媒報導，日前有渔民捕獲一條魚。"
    )
    text = "國防預算編列4406億元，比去年增加314億元。\n[廣告]請繼續往下閱讀...\n此外，特別預算總計943億元。"
    assert drop_boilerplate(text) == to_simplified(
        "國防預算編列4406億元，比去年增加314億元。\n此外，特別預算總計943億元。"
    )
    keep = "他說：「我想觀看影片 再決定。」"  # (no sentence's end before it: a sentence's own words)
    assert drop_boilerplate(keep) == to_simplified(keep)


def test_a_builders_directives_are_no_text_outside_code() -> None:
    page = (
        "此版本包含一些错误修复。\n\n{{< relnote >}}\n\n## 变更\n\n{% include toc.html %}\n\n[[toc]]\n\n"
        "::: tip 阅读提示\n升级前请备份配置。\n:::\n\n```\n::: tip\n{{< relnote >}}\n```\n"
    )
    text = markdown_to_text(page)
    lines = text.split("\n")
    assert "{{< relnote >}}" in lines and "::: tip" in lines  # inside the fenced code: shown as written
    assert lines.count("{{< relnote >}}") == 1
    assert "{% include" not in text and "[[toc]]" not in text
    assert "阅读提示" in lines and "升级前请备份配置。" in lines


def test_a_platforms_page_labels_under_a_post_go() -> None:
    text = (
        "第三十六条 本办法自2024年10月1日起施行。\n预览时标签不可点\n微信扫一扫\n继续滑动看下一个\n轻触阅读原文\n"
        "中国信息安全\n向上滑动看下一个\n知道了\n取消\n允许\n视频\n小程序\n赞，轻点两下取消赞\n在看，轻点两下取消在看\n留言"
    )
    assert drop_boilerplate(text) == to_simplified("第三十六条 本办法自2024年10月1日起施行。")
    one = "第三十六条 本办法自2024年10月1日起施行。\n知道了\n取消\n继续滑动看下一个"  # one label: no platform's page
    assert "取消" in drop_boilerplate(one)


def test_a_suicide_prevention_notice_goes_and_a_notices_own_lines_stay() -> None:
    text = (
        "早鳥票開賣至12月31日止。★再給自己一次機會\n自殺諮詢專線：0800-788995（24小時）\n生命線：1995\n張老師專線：1980"
    )
    assert drop_boilerplate(text) == to_simplified("早鳥票開賣至12月31日止。")
    own = (
        "如發現違法行為，請及時舉報。\n舉報專線：12345\n服務熱線：96110"  # (no suicide, no lifeline: the notice's own)
    )
    assert drop_boilerplate(own) == to_simplified(own)


def test_a_platforms_hosting_note_goes_and_a_reported_view_stays() -> None:
    text = "南宁铁路局所有列车已达成冠名意向。\n声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"
    assert drop_boilerplate(text) == to_simplified("南宁铁路局所有列车已达成冠名意向。")
    said = "发言人表示，这些观点仅代表作者本人，与公司无关。"
    assert drop_boilerplate(said) == to_simplified(said)


def test_a_records_typed_blocks_are_its_body_and_an_empty_one_keeps_its_summary() -> None:
    # (dev-retired29 s32h_08: a news app's records, "content" a list of typed blocks, or empty beside "abs")
    import json

    blocks = [
        {"type": "text", "data": "原标题：房山将建长沟良乡等六个特色小镇"},
        {"type": "image", "data": {"original": {"url": "https://img.example.com/1.jpg"}}},
        {"type": "text", "data": "上个周末，万余名长走爱好者汇聚2017春季北京国际长走大会，参与长走健身活动。"},
        {"type": "text", "data": "特别是位于镇域中心区的长沟泉水国家湿地公园，占地面积达387.5公顷。"},
    ]
    news = [
        {"title": "房山将建长沟良乡等六个特色小镇", "url": "http://www.ce.cn/a.shtml", "ts": "1494203812000",
         "abs": "房山区正打造六个特色小镇。", "content": blocks},
        {"title": "4月北京新房网签量下滑近一成", "url": "http://www.ce.cn/b.shtml", "ts": "1494203813000",
         "abs": "在近期一系列楼市调控政策作用下，北京新房市场降温趋势明显。", "content": []},
    ]  # fmt: skip
    data = json.dumps({"errno": 0, "data": {"news": news}}, ensure_ascii=False).encode("utf-8")
    first, second = ingest_entries(data, id="t", suffix=".json")[:2]
    assert "387.5公顷" in first.text and "长走大会" in first.text and "img.example.com" not in first.text
    assert "北京新房市场降温" in second.text
