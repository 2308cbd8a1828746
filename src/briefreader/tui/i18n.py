"""English and Chinese labels for the chrome (never for briefing content).

Binding descriptions are looked up by binding id, so the footer, the help screen and
the command palette all speak the current UI language.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from textual.dom import DOMNode

Language = Literal["en", "zh"]

# key -> (English, Chinese)
LABELS: dict[str, tuple[str, str]] = {
    # bindings (by binding id)
    "focus_filter": ("Filter", "筛选"),
    "filter_done": ("Back to list", "返回列表"),
    "next_pane": ("Next pane", "下一栏"),
    "prev_pane": ("Previous pane", "上一栏"),
    "bookmark": ("Bookmark", "书签"),
    "note": ("Note", "笔记"),
    "cite": ("Cite figure", "引用数字"),
    "script": ("Simp/Trad", "简/繁"),
    "original": ("Original", "原文"),
    "language": ("中文", "English"),
    "export": ("Export", "导出"),
    "group": ("Group", "分组"),
    "problems": ("Problems", "问题"),
    "figures_view": ("All figures", "全部数字"),
    "metrics_view": ("Metrics", "指标"),
    "digest": ("Digest", "摘要"),
    "versions_view": ("Versions", "版本"),
    "help": ("Help", "帮助"),
    "quit": ("Quit", "退出"),
    "palette": ("palette", "命令面板"),
    "back": ("Back", "返回"),
    "next_briefing": ("Next briefing", "下一篇"),
    "prev_briefing": ("Previous briefing", "上一篇"),
    "find": ("Find", "查找"),
    "next_hit": ("Next hit", "下一处"),
    "prev_hit": ("Previous hit", "上一处"),
    "copy": ("Copy", "复制"),
    "open_link": ("Open link", "打开链接"),
    "side": ("Side panel", "侧栏"),
    "zoom": ("Maximise", "最大化"),
    "sort": ("Sort", "排序"),
    "list.fold": ("Fold story / group", "折叠版本/分组"),
    "list.unfold": ("Versions / unfold group", "展开版本/分组"),
    "article.page_down": ("Page down", "下一页"),
    "article.page_up": ("Page up", "上一页"),
    "find.cancel": ("Cancel", "取消"),
    "problems.down": ("Down", "下移"),
    "problems.up": ("Up", "上移"),
    "list.down": ("Down", "下移"),
    "list.up": ("Up", "上移"),
    "list.first": ("First", "第一条"),
    "list.last": ("Last", "最后一条"),
    "list.page_down": ("Page down", "下一页"),
    "list.page_up": ("Page up", "上一页"),
    "list.open": ("Open", "打开"),
    "article.down": ("Scroll down", "向下滚动"),
    "article.up": ("Scroll up", "向上滚动"),
    "article.top": ("Top", "顶部"),
    "article.bottom": ("Bottom", "底部"),
    "figures.down": ("Next figure", "下一个数字"),
    "figures.up": ("Previous figure", "上一个数字"),
    "figures.jump": ("Go to sentence", "跳到原句"),
    "editor.save": ("Save", "保存"),
    "editor.cancel": ("Cancel", "取消"),
    "close": ("Close", "关闭"),
    "confirm.keep_editing": ("Keep editing", "继续编辑"),
    "confirm.keep_draft": ("Keep as draft", "保留草稿"),
    "confirm.discard": ("Discard", "放弃"),
    "confirm.stay": ("Go back", "返回"),
    "confirm.quit": ("Quit", "退出"),
    # command palette help lines
    "cmd.focus_filter": ("Focus the filter bar (query language)", "聚焦筛选栏（查询语言）"),
    "cmd.bookmark": ("Toggle the bookmark on the current briefing", "为当前简报添加/取消书签"),
    "cmd.note": ("Write a note on the current briefing", "为当前简报写笔记"),
    "cmd.cite": ("Cite the highlighted figure into a new note", "把选中的数字引用到新笔记"),
    "cmd.script": ("Toggle Simplified / Traditional script", "切换简体/繁体"),
    "cmd.original": ("Toggle the original text", "切换原文/规范文本"),
    "cmd.language": ("Switch the UI language (English / 中文)", "切换界面语言（English / 中文）"),
    "cmd.export": ("Export notes and bookmarks to Markdown", "导出笔记和书签为 Markdown"),
    "cmd.group": ("Group the list by date or by topic", "按日期或主题分组"),
    "cmd.problems": ("Files not read or read with a problem, and why", "未能读取或有问题的文件及原因"),
    "cmd.help": ("All key bindings", "全部快捷键"),
    "cmd.quit": ("Quit briefreader", "退出 briefreader"),
    "cmd.next_briefing": ("Show the next briefing in the list", "显示列表中的下一篇"),
    "cmd.prev_briefing": ("Show the previous briefing in the list", "显示列表中的上一篇"),
    "cmd.find": ("Find words in the article", "在正文中查找"),
    "cmd.next_hit": ("Go to the next highlighted word", "跳到下一处高亮"),
    "cmd.prev_hit": ("Go to the previous highlighted word", "跳到上一处高亮"),
    "cmd.copy": ("Copy the figure as a citation, the selection or the paragraph", "复制数字引文、选中文字或当前段落"),
    "cmd.open_link": ("Open the briefing's source page in the browser", "在浏览器中打开原文网页"),
    "cmd.side": ("Show or hide the side panel", "显示/隐藏侧栏"),
    "cmd.zoom": ("Show the article alone", "只显示正文"),
    "cmd.sort": ("Sort by date, source, title or number of figures", "按日期、来源、标题或数字个数排序"),
    # Textual's own palette commands and prompts
    "sys.Theme": ("Theme", "主题"),
    "sys.Theme.help": ("Change the current theme", "更换主题"),
    "sys.Keys": ("Keys", "按键面板"),
    "sys.Keys.help": ("Show or hide the keys of the focused widget", "显示/隐藏当前部件的按键"),
    "sys.Maximize": ("Maximize", "最大化"),
    "sys.Maximize.help": ("Maximize the focused widget", "最大化当前部件"),
    "sys.Minimize": ("Minimize", "还原"),
    "sys.Minimize.help": ("Restore the widget to its normal size", "恢复部件的正常大小"),
    "sys.Screenshot": ("Screenshot", "截图"),
    "sys.Screenshot.help": ("Save an SVG screenshot of the screen", "保存屏幕的 SVG 截图"),
    "notify.screenshot_saved": ("Screenshot saved to {path}", "截图已保存到 {path}"),
    "notify.screenshot_failed": ("Screenshot not saved to {path}: {reason}", "截图未能保存到 {path}：{reason}"),
    "palette.placeholder": ("Search for commands…", "搜索命令…"),
    "palette.themes": ("Search for themes…", "搜索主题…"),
    "sort.date": ("date", "日期"),
    "sort.source": ("source", "来源"),
    "sort.title": ("title", "标题"),
    "sort.figures": ("number of figures", "数字个数"),
    "status.sort.source": ("sorted by source", "按来源排序"),
    "status.sort.title": ("sorted by title", "按标题排序"),
    "status.sort.figures": ("sorted by figures", "按数字个数排序"),
    # the same when the status line is too wide for them (80 columns, session 36's new-user pass)
    "status.sort_short.source": ("sort: source", "按来源"),
    "status.sort_short.title": ("sort: title", "按标题"),
    "status.sort_short.figures": ("sort: figures", "按数字数"),
    # command palette titles where the footer label is too terse
    "palette.script": ("Simplified / Traditional", "简体 / 繁体"),
    "palette.language": ("Language: English / 中文", "界面语言：中文 / English"),
    "palette.original": ("Original text", "原文"),
    "problems.close": ("enter open · escape / q / P close", "回车 打开 · escape / q / P 关闭"),
    # headings and chrome
    "app.title": ("briefreader", "简报阅读器"),
    "status.briefings": ("{shown} of {total} briefings", "{total} 篇简报中显示 {shown} 篇"),
    "status.briefings_short": ("{shown}/{total}", "{shown}/{total} 篇"),
    "status.loading": ("Loading briefings… {done}/{total}", "正在载入简报… {done}/{total}"),
    "status.loading_start": ("Loading briefings…", "正在载入简报…"),
    # every file listed; a cold start's second pass reads their figures, keywords and stories (library._finish_pending)
    "status.loading_figures": (
        "Loading briefings… {done}/{total} · reading figures",
        "正在载入简报… {done}/{total} · 正在读取数字",
    ),
    # the list is whole and filters answer; the second pass reads the figures behind it (library.SecondPass)
    "status.reading_figures": ("reading figures {done}/{total}", "正在读取数字 {done}/{total}"),
    "status.reading_figures_short": ("figures {done}/{total}", "数字 {done}/{total}"),
    "status.problems": ("problems: {count} (P)", "问题：{count} (P)"),
    "status.no_problems": ("no problems", "无问题"),
    "status.grouped_date": ("by date", "按日期"),
    "status.grouped_topic": ("by topic", "按主题"),
    "status.notes_read_only": ("notes read-only", "笔记只读"),
    "filter.placeholder": (
        '/ filter: words  "phrase"  -not  topic:  source:  date:2025  is:bookmarked  money>1000亿',
        '/ 筛选：词语  "短语"  -排除  topic:  source:  date:2025  is:bookmarked  money>1000亿',
    ),
    "filter.error": ("Query error at column {column}: {reason}", "查询语法错误（第 {column} 列）：{reason}"),
    "list.undated": ("Undated", "无日期"),
    # a heading's counts: briefings shown under it, the unread among them (tester s18 U3)
    "list.heading_unread": ("{unread} of {total} unread", "{total} 篇 · {unread} 篇未读"),
    "list.heading_all_unread": ("{total} unread", "{total} 篇未读"),
    "list.heading_unread_short": ("{unread} unread", "{unread} 篇未读"),
    # every briefing under it read: "▾ 2024-11  1" beside "11 unread" was a bare number (new user s44 U5)
    "list.heading_total": ("{total} read", "{total} 篇"),
    "list.no_topic": ("No topic", "无主题"),
    "list.versions": ("{n} versions", "{n} 个版本"),  # a story's row (issue 17)
    "list.versions_short": ("×{n}", "×{n}"),  # the same, where the date would not fit after the words
    "versions.title": ("{n} versions (enter: open one) of: {title}", "{n} 个版本（回车打开）：{title}"),
    "versions.date": ("date", "日期"),
    "versions.source": ("source", "来源"),
    "versions.title_col": ("title", "标题"),
    "versions.metric": ("metric", "指标"),
    "versions.kind": ("kind", "类别"),
    "versions.reading": ("Comparing their figures…", "正在比较数字…"),
    "versions.summary": (
        "Figures: {differ} differ (≠), {same} the same in every version (=)",
        "数字：{differ} 处不同（≠），{same} 处各版本相同（=）",
    ),
    "versions.none": ("This briefing has no other version.", "这篇简报没有其他版本。"),
    "versions.finding": ("Finding stories in every briefing…", "正在查找所有简报的报道版本…"),
    "list.empty": ("No briefings match.", "没有匹配的简报。"),
    # a word that is an outlet's whole name found nothing in titles and text: its briefings offered (new user s48 U6)
    "list.empty_outlet": (
        "No briefings mention it. Enter lists this outlet's briefings ({count}): {term}",
        "没有简报提到它。按回车：该来源的 {count} 篇简报（{term}）。",
    ),
    "list.loading": ("Loading…", "载入中…"),
    "list.no_briefings": (
        "No briefings in {folder}: put text, Markdown, HTML, feed, JSON, PDF, Word, e-mail or EPUB files "
        "there (P lists files that could not be read).",
        "{folder} 中没有简报：请放入文本、Markdown、HTML、订阅源、JSON、PDF、Word、邮件或 EPUB 文件"
        "（P 列出无法读取的文件）。",
    ),
    "article.empty": ("Select a briefing on the left.", "请在左侧选择一篇简报。"),
    "article.simplified": ("Simplified", "简体"),
    "article.traditional": ("Traditional", "繁体"),
    "article.original": ("Original text", "原文"),
    "article.traditional.generic": ("Traditional", "繁体"),
    "article.traditional.tw": ("Traditional (Taiwan)", "繁体（台湾）"),
    "article.traditional.hk": ("Traditional (Hong Kong)", "繁体（香港）"),
    "article.traditional.auto": ("Traditional", "繁体"),
    "article.traditional.standard": ("Traditional", "繁体"),
    "article.shown_from": ("{shown} · source {source}", "{shown} · 原文{source}"),
    # a title made from the text's first words: what is true of the source, in its words (new user s48 U10: "title
    # from the lead" was jargon); the italic title and the help say how the title was made
    "article.title_generated": ("no headline", "原文无标题"),
    "article.part": ("part {part} of {total}", "第 {part}/{total} 部分"),
    "article.part_before": (
        "▲ part {part} of {total} — k or shift+space at the top goes back",
        "▲ 第 {part}/{total} 部分——在顶部按 k 或 shift+space 回到上一部分",
    ),
    "article.part_after": (
        "▼ continues in part {part} of {total} — j or space",
        "▼ 接第 {part}/{total} 部分——按 j 或空格",
    ),
    "article.large": (
        "A large file ({size} MB): read when the cursor rests on it — enter reads it now",
        "大文件（{size} MB）：光标停留时读取——按回车立即读取",
    ),
    "find.title": (
        "Find in the article (enter: find, empty: the filter's words, escape: cancel)",
        "在正文中查找（回车：查找；留空：用筛选词；escape：取消）",
    ),
    "find.placeholder": ("words…", "词语…"),
    "help.unfold_heading": ("On a folded heading: unfold", "在折叠的标题上：展开"),
    # what "▾ 2025-05 •3 5" means (tester s13: two unlabelled numbers)
    "help.generated_sample": ("italic title", "斜体标题"),
    "help.title_generated": (
        "Made from the article's first words: the source has no headline",
        "取自正文开头：原文没有标题",
    ),
    "help.topic_chip": ("A topic of the briefing (after its date and source)", "简报的主题（在日期和来源之后）"),
    "help.heading_counts": ("On a heading: 3 of its 5 briefings unread", "标题上：其下 5 篇中 3 篇未读"),
    # a row's marks, beside its title (new user s45: "•✎" and "★" were said nowhere)
    "help.mark_unread": ("Unread (title in bold)", "未读（标题加粗）"),
    "help.mark_bookmarked": ("Bookmarked", "已加书签"),
    "help.mark_note": ("Has notes", "有笔记"),  # a bookmarked row shows ★ whether or not
    "article.problems": ("Problems: {problems}", "问题：{problems}"),
    "side.figures": ("Key figures", "关键数字"),
    "side.no_figures": ("No figures found.", "未发现关键数字。"),
    "side.currency_read": ("元 read as {currency}: {reason}", "元按 {currency} 计：{reason}"),
    "side.currency_none": ("元 not converted: {reason}", "元未换算：{reason}"),
    "side.glossary": ("Glossary", "术语"),
    "side.no_glossary": ("No glossary terms.", "没有术语。"),
    "side.notes": ("Notes", "笔记"),
    "side.no_notes": ("No notes yet — press n.", "尚无笔记——按 n 添加。"),
    "side.draft": ("Draft, not saved — n goes on", "草稿，未保存——按 n 继续"),
    "side.bookmarked": ("★ Bookmarked", "★ 已加书签"),
    "kind.money": ("Money", "金额"),
    "kind.percent": ("Percent", "百分比"),
    "kind.area": ("Area", "面积"),
    "kind.count": ("Counts", "数量"),
    # physical amounts (吨, 千瓦时, 升: 13-dev's fifth kind, s26); 实物量 as statistics say it, beside 数量
    "kind.quantity": ("Quantities", "实物量"),
    "kind.date": ("Dates", "日期"),
    "kind.year": ("Target years", "目标年份"),
    "kind.ratio": ("Ratios", "比例"),
    "kind.other": ("Other", "其他"),
    "editor.title": ("Note on", "笔记："),
    "editor.figure": ("Cited figure", "引用数字"),
    "editor.placeholder": ("Write your note…", "在此写笔记…"),
    "editor.hint": ("ctrl+s save · escape cancel", "ctrl+s 保存 · escape 取消"),
    "editor.empty": ("The note is empty.", "笔记为空。"),
    "editor.autosave_failed": (
        "The draft could not be saved while typing ({error}); the text is still here: ctrl+s saves it",
        "输入时未能保存草稿（{error}）；文字仍在这里：按 ctrl+s 保存",
    ),
    "confirm.title": ("You have typed a note that is not saved.", "笔记尚未保存。"),
    "confirm.quit_title": (
        "{count} note drafts are not saved and will be lost.",
        "{count} 篇笔记草稿尚未保存，退出将丢失。",
    ),
    "confirm.quit_title_one": (
        "A note draft is not saved and will be lost.",
        "1 篇笔记草稿尚未保存，退出将丢失。",
    ),
    # a note being written is kept as its briefing's draft on quitting (app.action_quit)
    "confirm.quit_kept_one": (
        "The note you are writing will be kept as a draft: n on its briefing continues it.",
        "正在写的笔记将保存为草稿：在该简报上按 n 继续。",
    ),
    "confirm.quit_kept": (
        "The {count} notes you are writing will be kept as drafts: n on each briefing continues one.",
        "正在写的 {count} 篇笔记将保存为草稿：在相应简报上按 n 继续。",
    ),
    "help.title": ("Keys", "快捷键"),
    "help.focused": ("focused", "当前焦点"),
    "help.section.main": ("Everywhere", "全局"),
    "help.section.list": ("Briefing list", "简报列表"),
    "help.section.filter": ("Filter bar", "筛选栏"),
    "help.section.article": ("Article", "正文"),
    "help.section.figures": ("Key figures", "关键数字"),
    "help.section.editor": ("Note editor", "笔记编辑器"),
    "help.section.views": ("Other views", "其他视图"),
    "help.section.palette": ("Command palette", "命令面板"),
    "help.palette": ("Every action, searchable", "搜索全部操作"),
    "help.close": ("j/k scroll · escape / q / ? close", "j/k 滚动 · escape / q / ? 关闭"),
    "problems.title": ("Problems", "问题"),
    "problems.not_read": ("Not read (not in the list)", "未能读取（不在列表中）"),
    "problems.read_with_problem": ("Read with a problem (enter opens it)", "已读取但有问题（回车打开）"),
    "problems.each": ("each of the {count} above: ", "以上 {count} 条均为："),
    "problems.none": ("Every file was read without problems.", "所有文件均已正常读取。"),
    "problems.file": ("File", "文件"),
    "problems.kind": ("Problem", "问题"),
    "problems.message": ("Details", "详情"),
    # notifications
    "notify.bookmarked": ("Bookmarked", "已加书签"),
    "notify.unbookmarked": ("Bookmark removed", "已取消书签"),
    "notify.note_saved": ("Note saved", "笔记已保存"),
    "notify.draft_kept": ("Draft kept — press n to continue it", "草稿已保留——按 n 继续"),
    "notify.draft_in_memory": (
        "Draft kept in memory only, not saved ({error}); press n to continue it",
        "草稿仅保留在内存中，未能保存（{error}）；按 n 继续",
    ),
    "notify.hit": ("1 hit — ] next, [ previous", "1 处——] 下一处，[ 上一处"),
    # the figures view (F): its title, column heads and keys (tester s13 item 2)
    "figview.title": ("Figures: {count}", "数字：{count}"),
    "figview.repeated": (
        "{count} said again by another version of their story: listed once",
        "另有 {count} 个数字与同一报道的其他版本重复，只列一次",
    ),
    "figview.listed": ("list", "列表"),
    "figview.filtered": ("filter", "筛选"),
    "figcol.date": ("date", "日期"),
    "figcol.source": ("source", "来源"),
    "figcol.kind": ("kind", "类别"),
    "figcol.text": ("as written", "原文"),
    "figcol.en": ("English", "英文"),
    "figcol.value": ("value", "数值"),
    "figcol.unit": ("unit", "单位"),
    "figcol.metric": ("metric", "指标"),
    "figcol.title": ("title", "标题"),
    "figview.open": ("Go to sentence", "转到句子"),
    "figview.close": ("Close", "关闭"),
    "figview.filter": ("Filter", "筛选"),
    "figview.sort": ("Sort by column", "按列排序"),
    "figview.left": ("Previous column", "上一列"),
    "figview.right": ("Next column", "下一列"),
    "help.view.figures": ("Figures view", "数字视图"),
    "help.view.metrics": ("Metrics view", "指标视图"),
    "help.view.versions": ("Versions view", "版本视图"),
    "help.metrics.choose": ("Choose a metric", "选择指标"),
    "help.metrics.chart": ("Chart the metric, with its values below", "绘制该指标的图表，其数值列在下方"),
    "help.versions.open": ("Open the version under the cursor", "打开光标所在的版本"),
    "figview.sort_value": (
        "The value and kind columns sort by kind, then currency (money) or unit (% or pp), then value:"
        " one currency's sums together, never RMB beside USD; all counts together",
        "数值列与类别列先按类别、再按币种（金额）或单位（百分比），再按数值排序："
        "同一币种的金额在一起，人民币与美元不混排；计数在一起",
    ),
    "figview.not_listed": ("{id} is not in the list as it is now", "{id} 不在当前的列表中"),
    # an empty figures view says why and what to do (tester s14 F18: only "Figures: 0")
    "figview.empty.filter": (
        "No figure matches the filter “{filter}”. Press / to change it; an empty filter shows every figure.",
        "没有数字符合筛选“{filter}”。按 / 修改；筛选为空时显示全部数字。",
    ),
    "figview.empty.terms": (
        "No figure of the listed briefings matches the list's figure terms ({terms}). "
        "Press escape and change the list's filter.",
        "列表中的简报没有符合其数字条件（{terms}）的数字。按 escape 返回，修改列表的筛选。",
    ),
    "figview.empty.no_briefings": (
        "The list shows no briefing, so there is no figure. Press escape and clear the list's filter.",
        "列表中没有简报，所以没有数字。按 escape 返回，清除列表的筛选。",
    ),
    "figview.empty.one": (
        "No figures in this briefing, the only one the list shows: "
        "it states no amount, percentage, count, area or date.",
        "列表只显示这一篇简报，它没有数字：正文中没有金额、百分比、数量、面积或日期。",
    ),
    "figview.empty.none": (
        "No figures in the {n} briefings the list shows: none states an amount, percentage, count, area or date.",
        "列表显示的 {n} 篇简报中没有数字：都没有金额、百分比、数量、面积或日期。",
    ),
    "figview.empty.widen": (" Press escape and widen the list's filter.", "按 escape 返回，放宽列表的筛选。"),
    "figview.empty.back": (" Press escape to go back.", "按 escape 返回。"),
    # the metrics view (M)
    "metrics.heading": ("Metrics", "指标"),
    "metrics.title": (
        "Metrics: {count}  (figures·briefings)  enter: chart  x: export CSV",
        "指标：{count}（数字·简报）  enter：图表  x：导出 CSV",
    ),
    "metrics.title_cut": (
        "Metrics: the {count} most reported of {total}  (figures·briefings)  enter: chart  x: export CSV",
        "指标：{total} 个中最常见的 {count} 个（数字·简报）  enter：图表  x：导出 CSV",
    ),
    # x said only before a metric was chosen, when it can export nothing (new user s45)
    "metrics.series": (
        "{metric}: {rows} figures, {points} charted ({unit})  x: export CSV",
        "{metric}：{rows} 个数字，{points} 个入图（{unit}）  x：导出 CSV",
    ),
    "metrics.close": ("Close", "关闭"),
    "metrics.choose": (
        "Choose a metric on the left (↑ ↓) and press enter: its values are charted here over time, and listed below.",
        "在左侧选择一个指标（↑ ↓）并按 enter：这里按时间画出它的数值，下方列出每一条。",
    ),
    "metrics.none": ("No metrics in the shown briefings.", "显示的简报中没有指标。"),
    "metrics.no_points": (
        "{metric}: no value with a date to chart; its {rows} figures are listed below.",
        "{metric}：没有带日期的数值可画图；下方列出它的 {rows} 个数字。",
    ),
    "metrics.choose_first": ("Choose a metric first (enter)", "请先选择一个指标（enter）"),
    "metrics.exported": ("Exported {rows} rows to {path}", "已导出 {rows} 行到 {path}"),
    "metrics.export": ("Export CSV", "导出 CSV"),
    "versions.close": ("Close", "关闭"),
    "notify.exported": ("Notes exported to {path}", "笔记已导出到 {path}"),
    "notify.digest_writing": ("Writing a digest of {n} briefing{s}…", "正在撰写 {n} 篇简报的摘要…"),
    "notify.digest_written": ("Digest of {n} briefing{s}: {path}", "{n} 篇简报的摘要：{path}"),
    "notify.export_failed": ("Export failed: {error}", "导出失败：{error}"),
    "notify.no_briefing": ("No briefing selected", "未选择简报"),
    "notify.figures_pending": (
        "Figures still being read ({done} of {total}): this view opens once they are in",
        "数字仍在读取（{total} 篇中已读 {done} 篇）：读完后打开此视图",
    ),
    # a plain word that is an outlet's whole name: its briefings are a source: term away (new user s46 N6)
    "filter.outlet_hint": (  # (fewer words: at 80 columns the line was cut)
        "{term} lists this outlet's briefings ({count}); a word searches the text",
        "{term}：该来源的简报（{count} 篇）；词语只搜标题和正文",
    ),
    # no count: it would stay as it was when the filter was asked, while the status bar's goes on
    "filter.figures_pending": (
        "Figures still being read: the list is filtered once they are in",
        "数字仍在读取：读完后再筛选",
    ),
    "notify.figures_pending_sort": (
        "Figures still being read ({done} of {total}): the list is sorted again once they are in",
        "数字仍在读取（{total} 篇中已读 {done} 篇）：读完后重新排序",
    ),
    "notify.still_loading": (
        "Still loading the briefings: this view opens once the list is complete",
        "简报仍在载入：列表载入完成后才能打开此视图",
    ),
    "notify.no_figure": ("No figure to cite — pick one in the side panel", "没有可引用的数字——请在侧栏选择"),
    "notify.load_failed": ("Could not load the briefings: {error}", "无法载入简报：{error}"),
    "notify.notes_error": ("Notes: {error}", "笔记：{error}"),
    "notify.gone": (
        "“{title}” is no longer in the folder (removed or renamed)",
        "“{title}”已不在文件夹中（被删除或改名）",
    ),
    "notify.copied": ("Copied {count} characters: {preview}", "已复制 {count} 个字符：{preview}"),
    "notify.nothing_to_copy": ("Nothing to copy", "没有可复制的内容"),
    "notify.no_link": ("This briefing names no source link", "这篇简报没有原文链接"),
    "notify.link_opened": ("Opening {url}", "正在打开 {url}"),
    "notify.link_failed": ("No browser could open {url}", "无法用浏览器打开 {url}"),
    "notify.link_copied": ("No graphical browser here: link copied — {url}", "没有图形浏览器：链接已复制——{url}"),
    "notify.hits": ("{count} hits — ] next, [ previous", "{count} 处——] 下一处，[ 上一处"),
    "notify.no_hits": ("No highlighted words in this article", "本文没有高亮的词"),
    "notify.find_cleared": ("Find cleared: the filter's words are highlighted", "已清除查找：高亮筛选词"),
    "notify.unknown_theme": ("Unknown theme in config: {theme}", "配置中的主题不存在：{theme}"),
    "notify.sorted": ("Sorted by {order}", "按{order}排序"),
    # read state, the live library, notes management (issue 15)
    "next_unread": ("Next unread", "下一篇未读"),
    "prev_unread": ("Previous unread", "上一篇未读"),
    "toggle_read": ("Read/unread", "已读/未读"),
    "mark_all_read": ("All read", "全部已读"),
    "notes_screen": ("Notes", "笔记列表"),
    "manage_notes": ("Edit notes", "管理笔记"),
    "palette.next_unread": ("Next unread briefing", "下一篇未读简报"),
    "palette.prev_unread": ("Previous unread briefing", "上一篇未读简报"),
    "palette.toggle_read": ("Mark read / unread", "标为已读 / 未读"),
    "palette.mark_all_read": ("Mark every shown briefing read", "将显示的简报全部标为已读"),
    "palette.notes_screen": ("Every note and bookmark", "全部笔记和书签"),
    "palette.manage_notes": ("Edit or delete this briefing's notes", "编辑或删除本篇的笔记"),
    "cmd.next_unread": ("Move to the next unread briefing", "移到下一篇未读简报"),
    "cmd.prev_unread": ("Move to the previous unread briefing", "移到上一篇未读简报"),
    "cmd.toggle_read": ("Mark the highlighted briefing read or unread", "将当前简报标为已读或未读"),
    "cmd.mark_all_read": ("Mark every briefing the filter shows read", "将筛选显示的简报全部标为已读"),
    "cmd.notes_screen": ("List, filter, edit and delete notes across briefings", "列出、筛选、编辑和删除全部笔记"),
    "cmd.manage_notes": (
        "Edit or delete a note of this briefing (u undoes a delete)",
        "编辑或删除本篇笔记（u 撤销删除）",
    ),
    "notes.draft": ("draft (n continues it):", "草稿（按 n 继续）："),
    # the palette showed these ids ("cmd.digest") as the commands' help
    "cmd.figures_view": (
        "Every figure of the shown briefings: sort, filter, go to one",
        "显示简报的全部数字：排序、筛选、跳转",
    ),
    "cmd.metrics_view": (
        "What the figures measure, charted over time, exported as CSV",
        "数字所衡量的指标：随时间作图，导出 CSV",
    ),
    "cmd.digest": (
        "Write a Markdown digest of the shown briefings, one entry per story",
        "把显示的简报写成 Markdown 摘要，每个报道一条",
    ),
    "cmd.versions_view": (
        "The other versions of this story and where their figures differ",
        "本报道的其他版本及其数字的差异",
    ),
    "status.unread": ("{count} unread", "{count} 篇未读"),
    "notify.marked_read": ("Marked read", "已标为已读"),
    "notify.marked_unread": ("Marked unread", "已标为未读"),
    "notify.no_more_unread": ("No more unread briefings this way", "这个方向没有未读简报了"),
    "notify.none_unread": ("Every shown briefing is read", "显示的简报都已读"),
    "notify.all_read": ("{count} briefing{s} marked read", "{count} 篇简报已标为已读"),
    "notify.note_edited": ("Note edited", "笔记已修改"),
    "notify.note_deleted": ("Note deleted — u undoes it", "笔记已删除——按 u 撤销"),
    "notify.note_restored": ("Note restored", "笔记已恢复"),
    "notify.nothing_to_undo": ("Nothing to undo", "没有可撤销的操作"),
    "notify.no_notes_here": ("This briefing has no notes", "本篇没有笔记"),
    "confirm.mark_all": ("Mark {count} briefings read?", "将 {count} 篇简报标为已读？"),
    "confirm.delete_note": ("Delete the note “{note}”?", "删除笔记“{note}”？"),
    "ask.yes": ("Yes", "是"),
    "ask.no": ("No", "否"),
    "notes.title": ("Notes and bookmarks", "笔记和书签"),
    "notes.placeholder": ("/ filter by words in the title, id or notes", "/ 按标题、编号或笔记中的词筛选"),
    "notes.hint": (
        "enter open · e edit · d delete · u undo · / filter · esc close",
        "回车 打开 · e 编辑 · d 删除 · u 撤销 · / 筛选 · esc 关闭",
    ),
    "notes.none": ("No notes or bookmarks match.", "没有匹配的笔记或书签。"),
    "notes.none_yet": (
        "No notes or bookmarks yet: n writes a note on a briefing, b bookmarks it.",
        "还没有笔记或书签：在简报上按 n 写笔记，按 b 加书签。",
    ),
    "notes.pick_note": ("Pick a note (not the briefing's line)", "请选择一条笔记（不是简报标题行）"),
    "notes.orphaned": ("[file gone]", "[文件已不在]"),
    "notes.orphan_open": (
        "“{title}” is no longer in the folder: its notes stay here (e edits, d deletes)",
        "“{title}”已不在文件夹中：它的笔记仍保留在这里（e 编辑，d 删除）",
    ),
    "notes.close": ("Close", "关闭"),
    "notes.filter": ("Filter", "筛选"),
    "notes.edit": ("Edit", "编辑"),
    "notes.delete": ("Delete", "删除"),
    "notes.undo": ("Undo delete", "撤销删除"),
    "notes.down": ("Down", "下移"),
    "notes.up": ("Up", "上移"),
    "notify.live_added": ("The list changed on disk: {count} briefings now", "文件夹有变化：现有 {count} 篇简报"),
}


def tr(key: str, language: str, **values: object) -> str:
    """The label for ``key`` in ``language`` (English when unknown), formatted."""
    en, zh = LABELS.get(key, (key, key))
    label = zh if language == "zh" else en
    if "{s}" in label and "s" not in values:  # an English plural: "1 briefing", "2 briefings" (new user s45)
        count = values.get("n", values.get("count"))
        values["s"] = "" if count == 1 else "s"
    return label.format(**values) if values else label


def relabel_bindings(node: DOMNode, language: str) -> None:
    """Translate the descriptions of ``node``'s bindings in place.

    Textual has no public API for changing a description, so the node's own copy of
    its bindings map gets fresh ``Binding`` objects (the lists are shared with the
    class, hence replaced, never mutated).
    """
    bindings = node._bindings.key_to_bindings
    for key, items in list(bindings.items()):
        if not any(b.id in LABELS and b.description and b.description != tr(b.id, language) for b in items):
            continue  # already in this language: keep the objects, nothing for the footer to redo
        bindings[key] = [
            dataclasses.replace(b, description=tr(b.id, language)) if b.id in LABELS and b.description else b
            for b in items
        ]


def kind_name(kind: str, language: str) -> str:
    """A figure's kind as a column shows it: the word itself in English (money, count), the
    kind's Chinese name in the zh UI (金额, 数量); the zh UI showed money/percent/count."""
    key = f"kind.{kind}"
    return LABELS[key][1] if language == "zh" and key in LABELS else kind


# A problem's kind and details in the zh UI (tester s14 F10: "undecodable", "no text encoding
# fits (tried …)" under Chinese headings). The details are the core's English sentences
# (model.Problem): the common ones are matched here and said in Chinese, their quoted parts
# (spans, encodings, numbers) kept; any other stays as written.
PROBLEM_KINDS_ZH = {
    "unreadable": "无法读取",
    "binary": "二进制文件",
    "undecodable": "无法解码",
    "empty": "无正文",
    "front_matter": "前置元数据有误",
    "mojibake": "乱码",
    "damaged_bytes": "字节损坏",
    "mixed_encoding": "编码混杂",
    "encoding_guess": "编码为推测",
    "mojibake_repaired": "乱码已修复",
    "too_large": "文件过大",
    "truncated": "内容不全",
    "no_text_layer": "无文字层",
    "encrypted": "已加密",
    "corrupt": "文件损坏",
    "unsupported": "不支持的格式",
    "not_an_article": "不是单篇文章",
}
_PROBLEM_DETAILS_ZH: tuple[tuple[str, str], ...] = (
    (r"(\d+) garbled span\(s\) that cannot be repaired: (.*)", "{0} 处乱码无法修复：{1}"),
    (r"no text encoding fits \(tried (.*) and detection\)", "没有相符的文本编码（已尝试 {0} 及自动检测）"),
    (r"no text encoding fits \(tried (.*)\)", "没有相符的文本编码（已尝试 {0}）"),
    (r"not a regular file \(a pipe, socket or device\)", "不是普通文件（管道、套接字或设备）"),
    (r"the encoding is a guess: read as (\S+); (.*) also fit", "编码为推测：按 {0} 读取；{1} 也相符"),
    (r"no text: only damaged bytes after the (\S+) mark", "没有文字：{0} 标记之后只有损坏的字节"),
    (
        r"lines in two encodings: (\d+) read as UTF-8, (\d+) as (\S+), (\d+) in neither \(shown with \ufffd\)",
        "各行编码不一：{0} 行按 UTF-8 读取，{1} 行按 {2} 读取，{3} 行都无法读取（显示为 �）",
    ),
    (
        r"lines in two encodings: (\d+) read as UTF-8, (\d+) as (\S+)",
        "各行编码不一：{0} 行按 UTF-8 读取，{1} 行按 {2} 读取",
    ),
    (r"(\d+) damaged (.*) in (\S+) \(as declared\), shown as \ufffd", "{0} 处字节损坏（按声明的 {2} 解码），显示为 �"),
    (r"(\d+) damaged (.*) in (\S+) \(as read\), shown as \ufffd", "{0} 处字节损坏（按 {2} 解码），显示为 �"),
    (
        r"text that had been read as Latin-1/Windows-1252 and saved again: (\d+) spans? read back as (.*)",
        "曾被按 Latin-1/Windows-1252 误读后又保存的文字：{0} 处已按 {1} 复原",
    ),
    (r"binary data, not a text document", "二进制数据，不是文本文档"),
    (r"the file is empty(?: \(no text after decoding\))?|an empty file", "文件为空"),
    (r"no text left after cleaning", "清理后没有剩下正文"),
    (r"the text is only the site's notice “(.*)”, no article", "正文只是网站的提示“{0}”，没有文章"),
    (r"cannot read the file: (.*)", "无法读取文件：{0}"),
    (r"larger than (\d+) MB: only the start was read", "大于 {0} MB：只读取了开头部分"),
    (r"larger than (\d+) MB: not read", "大于 {0} MB：未读取"),
    (r"(\d+) pages: only the first (\d+) are read", "共 {0} 页：只读取前 {1} 页"),
    (r"malformed YAML front matter: (.*)", "YAML 前置元数据格式有误：{0}"),
    (r"a PDF without a text layer .*", "PDF 没有文字层（扫描件或文字图片）：先做 OCR（如 ocrmypdf）再在此阅读"),
    (r"the PDF's text layer is unreadable .*", "PDF 的文字层无法读取（字体没有 Unicode 映射）：先做 OCR"),
    (r"an encrypted PDF .*", "加密的 PDF（需要密码）：保存一份未加密的副本再阅读"),
    (r"a damaged PDF \((.*)\)", "PDF 已损坏（{0}）"),
    (r"not a readable PDF \((.*)\)", "无法读取的 PDF（{0}）"),
)


def problem_text(kind: str, message: str, language: str) -> tuple[str, str]:
    """A problem's kind and details as the UI shows them: as the core says them in
    English, said in Chinese in the zh UI where the sentence is a known one."""
    if language != "zh":
        return kind, message
    import re

    for pattern, template in _PROBLEM_DETAILS_ZH:
        m = re.fullmatch(pattern, message, re.S)
        if m is not None:
            message = template.format(*m.groups())
            break
    return PROBLEM_KINDS_ZH.get(kind, kind), message
