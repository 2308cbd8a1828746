"""Invariants that keep the article's own text: rules that find the article's block or
cut its trailer never drop a paragraph of the article.

- The description anchor (html._anchored) takes the block holding the page's own
  description when readability's article lacks it; readability's article, when it is
  prose and stands right beside that block, is the rest of the same article and stays.
  A recommended article further down, past a share bar and a new headline, does not
  (dev/102); a stream of teasers never does (heldout/41).
- A rights or legal-footer line ends an article only as a line of its own, never as a
  sentence of the story that mentions copyright (版权所有人) or a licence.
Each test fails on the code before this session's fix.
"""

from __future__ import annotations

from briefreader.ingest import ingest_entries
from briefreader.ingest.clean import drop_boilerplate

SUMMARY = "国家统计局今天发布数据，4月份全国居民消费价格同比上涨0.3%，涨幅比上月扩大0.2个百分点，核心物价保持温和上涨。"
BODY = [
    f"第{n}段，国家统计局城市司首席统计师董莉娟解读说，从同比看，CPI上涨0.3%，涨幅比上月扩大0.2个百分点，"
    f"其中食品价格下降2.7%，降幅比上月收窄0.1个百分点，影响CPI同比下降约0.50个百分点。"
    for n in range(1, 7)
]


def _summary_page(gap: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head><title>4月份CPI同比上涨0.3%</title>"
        f"<meta property='og:description' content='{SUMMARY}'></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        # the page's header holds the headline and the summary; the body is in the main column
        f"<div class='top'><h1>4月份CPI同比上涨0.3%</h1><div class='summary'><p>{SUMMARY}</p></div></div>{gap}"
        f"<div class='main'><div class='content'>{body}</div></div>"
        "<div class='footer'><a href='/about'>关于我们</a></div></body></html>"
    ).encode()


def test_a_summary_block_and_the_body_beside_it_are_one_article():
    # between them the byline, the time and a share button (no standfirst right above the body)
    byline = "<div class='info'><span>来源：国家统计局</span></div><div>2024-05-11 09:30</div><div><a href='#'>分享</a></div>"
    (b,) = ingest_entries(_summary_page(byline), id="s", suffix=".html")
    assert SUMMARY in b.text  # the description's block
    assert all(p in b.text for p in BODY)  # was lost: the article was the summary alone


def test_a_body_far_below_the_description_is_another_article():
    gap = "".join(f"<div><a href='/s{n}'>分享{n}</a></div>" for n in range(10))
    (b,) = ingest_entries(_summary_page(gap), id="s", suffix=".html")
    assert SUMMARY in b.text and not any(p in b.text for p in BODY)


def test_a_sentence_about_copyright_is_article_text():
    story = "前文说明，法院审理查明，此案原告并非作品的原始作者。"
    last = "法院认定，原告系涉案作品的版权所有人，被告未经许可在其网站传播该作品，构成侵权，判令赔偿经济损失五万元。"
    assert drop_boilerplate(f"{story}\n{last}") == f"{story}\n{last}"  # was cut as a rights line
    late = "二审法院维持原判，并指出被告作为网络服务提供者，应当对明显侵权的内容承担审查义务，不能以其版权所有声明为由免责。"
    assert drop_boilerplate(f"{story}\n{late}") == f"{story}\n{late}"
    # the rights lines themselves still end the article
    for rights in (
        "云南日报报业集团 版权所有，未经许可不得转载",
        "版权所有 不得转载 © 2020 The Liberty Times.",
        "版权声明：自由转载-非商用",
    ):
        assert drop_boilerplate(f"{story}\n{rights}") == story, rights
