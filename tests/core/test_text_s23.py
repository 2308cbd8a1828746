"""Session 23 (12-text): a feed's preface most entries open with, a table-layout page's chrome, the next story a page
loads under its own, and the bounds on hostile pages. Pages and feeds written from the structure of the real ones."""

from __future__ import annotations

from briefreader.ingest import html as html_mod

PREFACE = (
    "<p>【编者按】本栏目每日精选国内外政策动态与产业资讯，内容来源于公开报道，由本平台编辑整理，仅供读者参考，"
    "不构成任何投资建议。转载请注明出处，并保留本段说明。欢迎各位读者通过后台留言提出意见和建议。</p>"
)
RELATED = (
    "<p>相关阅读：</p><p><a href='/1'>国务院常务会议部署稳就业</a></p>"
    "<p><a href='/2'>工信部发布新规</a></p><p><a href='/3'>央行宣布降准</a></p>"
)


def test_a_preface_most_entries_open_with_is_skipped_for_the_story_mark() -> None:
    """Six of seven entries open with the account's preface (longer than the opening that marks a story), one was
    posted without it: each still tells its own story past the preface, so the related-reading block all seven end
    with is the feed's (with one story of six and one of one, no line was held by three stories)."""
    bodies = [
        (PREFACE * 3 if i else "")
        + f"<p>第{i}篇正文：这是本篇自己的报道内容，讲述第{i}件事情的来龙去脉。</p>" * 3
        + RELATED
        for i in range(7)
    ]
    cuts = html_mod.repeated_lines(bodies)
    assert all(body[cut:].startswith("<p>相关阅读") for body, cut in zip(bodies, cuts, strict=True))


def test_guard_copies_of_one_story_that_most_entries_are_stay_one_story() -> None:
    """Three of five entries are one wire story word for word (past the longest opening most entries share there is
    nothing left to tell them apart): its closing paragraph is the story's, never the feed's furniture."""
    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "国务院常务会议今天召开，研究部署进一步扩大内需的政策措施。会议指出，要把恢复和扩大消费摆在优先位置。",
            "会议强调，要加快推进重大项目建设，发挥政府投资的带动作用，今年安排中央预算内投资7000亿元。",
        )
    )
    others = [f"<p>这是第{i}条其他新闻的正文内容，讲述了另外一件事情的经过和结果。</p>" for i in range(2)]
    bodies = [story, story, story, *others]
    assert html_mod.repeated_lines(bodies) == [len(b) for b in bodies]
