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
    "help": ("Help", "帮助"),
    "quit": ("Quit", "退出"),
    "palette": ("palette", "命令面板"),
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
    "cmd.problems": ("Files that could not be read, and why", "无法读取的文件及原因"),
    "cmd.help": ("All key bindings", "全部快捷键"),
    "cmd.quit": ("Quit briefreader", "退出 briefreader"),
    # command palette titles where the footer label is too terse
    "palette.script": ("Simplified / Traditional", "简体 / 繁体"),
    "palette.language": ("Language: English / 中文", "界面语言：中文 / English"),
    "palette.original": ("Original text", "原文"),
    "problems.close": ("escape / q / P close", "escape / q / P 关闭"),
    # headings and chrome
    "app.title": ("briefreader", "简报阅读器"),
    "status.briefings": ("{shown} of {total} briefings", "{total} 篇简报中显示 {shown} 篇"),
    "status.loading": ("Loading briefings… {done}/{total}", "正在载入简报… {done}/{total}"),
    "status.loading_start": ("Loading briefings…", "正在载入简报…"),
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
    "list.no_topic": ("No topic", "无主题"),
    "list.empty": ("No briefings match.", "没有匹配的简报。"),
    "list.loading": ("Loading…", "载入中…"),
    "article.empty": ("Select a briefing on the left.", "请在左侧选择一篇简报。"),
    "article.simplified": ("Simplified", "简体"),
    "article.traditional": ("Traditional", "繁体"),
    "article.original": ("Original text", "原文"),
    "article.source_hant": ("source in Traditional", "原文为繁体"),
    "article.problems": ("Problems: {problems}", "问题：{problems}"),
    "side.figures": ("Key figures", "关键数字"),
    "side.no_figures": ("No figures found.", "未发现关键数字。"),
    "side.glossary": ("Glossary", "术语"),
    "side.no_glossary": ("No glossary terms.", "没有术语。"),
    "side.notes": ("Notes", "笔记"),
    "side.no_notes": ("No notes yet — press n.", "尚无笔记——按 n 添加。"),
    "side.bookmarked": ("★ Bookmarked", "★ 已加书签"),
    "kind.money": ("Money", "金额"),
    "kind.percent": ("Percent", "百分比"),
    "kind.area": ("Area", "面积"),
    "kind.count": ("Counts", "数量"),
    "kind.date": ("Dates", "日期"),
    "kind.year": ("Target years", "目标年份"),
    "kind.ratio": ("Ratios", "比例"),
    "kind.other": ("Other", "其他"),
    "editor.title": ("Note on", "笔记："),
    "editor.figure": ("Cited figure", "引用数字"),
    "editor.placeholder": ("Write your note…", "在此写笔记…"),
    "editor.hint": ("ctrl+s save · escape cancel", "ctrl+s 保存 · escape 取消"),
    "editor.empty": ("The note is empty.", "笔记为空。"),
    "confirm.title": ("You have typed a note that is not saved.", "笔记尚未保存。"),
    "confirm.quit_title": ("{count} note draft(s) are not saved and will be lost.", "{count} 篇笔记草稿尚未保存，退出将丢失。"),
    "help.title": ("Keys", "快捷键"),
    "help.focused": ("focused", "当前焦点"),
    "help.section.main": ("Everywhere", "全局"),
    "help.section.list": ("Briefing list", "简报列表"),
    "help.section.filter": ("Filter bar", "筛选栏"),
    "help.section.article": ("Article", "正文"),
    "help.section.figures": ("Key figures", "关键数字"),
    "help.section.editor": ("Note editor", "笔记编辑器"),
    "help.section.palette": ("Command palette", "命令面板"),
    "help.palette": ("Every action, searchable", "搜索全部操作"),
    "help.close": ("escape / q / ? close", "escape / q / ? 关闭"),
    "problems.title": ("Files that could not be read", "无法读取的文件"),
    "problems.none": ("Every file was read without problems.", "所有文件均已正常读取。"),
    "problems.file": ("File", "文件"),
    "problems.kind": ("Problem", "问题"),
    "problems.message": ("Details", "详情"),
    # notifications
    "notify.bookmarked": ("Bookmarked", "已加书签"),
    "notify.unbookmarked": ("Bookmark removed", "已取消书签"),
    "notify.note_saved": ("Note saved", "笔记已保存"),
    "notify.draft_kept": ("Draft kept — press n to continue it", "草稿已保留——按 n 继续"),
    "notify.exported": ("Notes exported to {path}", "笔记已导出到 {path}"),
    "notify.export_failed": ("Export failed: {error}", "导出失败：{error}"),
    "notify.no_briefing": ("No briefing selected", "未选择简报"),
    "notify.no_figure": ("No figure to cite — pick one in the side panel", "没有可引用的数字——请在侧栏选择"),
    "notify.load_failed": ("Could not load the briefings: {error}", "无法载入简报：{error}"),
    "notify.notes_error": ("Notes: {error}", "笔记：{error}"),
}


def tr(key: str, language: str, **values: object) -> str:
    """The label for ``key`` in ``language`` (English when unknown), formatted."""
    en, zh = LABELS.get(key, (key, key))
    label = zh if language == "zh" else en
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
            dataclasses.replace(b, description=tr(b.id, language))
            if b.id in LABELS and b.description
            else b
            for b in items
        ]
