"""A site builder's own syntax in a source file, which the built page never shows.

One place for what a static-site generator or a template engine writes into the file it builds a page from:
attribute lists (kramdown, Pandoc, markdown-it-attrs: "{: .note}", "{#id .class}", "{: target="_blank" }" after a
link), directives (Hugo's shortcodes, Liquid/Jinja/Twig tags, Blade's "@extends(...)"/"@section"), a table of
contents' marker, container fences, and a server page's code ("<% … %>"). What they ARE: instructions to the builder
(how to style, lay out or fill the page), never the page's words. Markdown is cleaned of them before markdown-it-py
reads it (markdown_source); an HTML view before the HTML parser does (template_markup). A syntax shown inside
fenced code (a post that documents it) stays as written.

Every pattern is bounded (no run of a character class without a limit, no nested repetition that can read a line
two ways), so a hostile line costs linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# -- attribute lists ---------------------------------------------------------------------------------------------

# A block's attribute list (markdown-it-attrs, Pandoc, kramdown: "# Tabs {.tabset}", "{.is-warning}" under a quote, as
# Wiki.js writes them; kramdown's "{: .class}" with its colon, dev s43b_09-11): styling, never words (tester s23 T7).
# Only classes, ids and key=value pairs. A quoted value and a bare one never start alike (a bare value opens with no
# quote): one way to read a line, so a line of quoted pairs that is no list in the end is read once, not 2^n ways
# (review s25 R1: 40 pairs took hours).
_ATTRIBUTE = r"""(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|[^\s}"'][^\s}]{0,300}))"""
_ATTRIBUTES = rf"\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE}){{0,30}}[ \t]*\}}"
# Matched whole from a line's last brace, once a line: a search from every blank of a run read the run to its end from
# each (review s24 R1: 100,000 blanks and one brace, a minute).
_ATTRIBUTE_LIST = re.compile(rf"{_ATTRIBUTES}[ \t]*")
# ...and a span's list right after a link's or an image's destination, inside a line: "本文转载自[温州晚报](…){:
# target="_blank" }，是关于…", "![](…/a.jpg){: loading="lazy" alt="…" }" (kramdown, Pandoc; dev s43b_09-11). Only
# after "](…)": a brace group after code in prose ("f(){a=1}") is no link's and stays.
_SPAN_ATTRIBUTES = re.compile(rf"(\]\([^()\s]{{0,2000}}(?:[ \t]+\"[^\"\n]{{0,300}}\")?\)){_ATTRIBUTES}")
FENCE = re.compile(r"^([ \t]{0,3}(?:`{3,}|~{3,}))", re.MULTILINE)


def _outside_fences(text: str, clean: Callable[[str], str]) -> str:
    parts = FENCE.split(text)
    # outside, fence, inside, fence, outside…: a fence opens and the next one closes
    return "".join(clean(part) if k % 4 == 0 else part for k, part in enumerate(parts))


def _lines_less_attribute_lists(part: str) -> str:
    if "](" in part:
        part = _SPAN_ATTRIBUTES.sub(r"\1", part)
    lines = part.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip(" \t").endswith("}") and (brace := line.rfind("{")) != -1:
            if _ATTRIBUTE_LIST.fullmatch(line, brace):
                lines[i] = line[:brace].rstrip(" \t")
    return "\n".join(lines)


# -- directives ----------------------------------------------------------------------------------------------------

# A static-site generator's directives on lines of their own, which it replaces when it builds the page: Hugo's
# shortcodes ("{{< relnote >}}", "{{< security_bulletin >}}", "{{% /notice %}}": dev s35_03/09, Istio's page
# bundles), Jekyll's Liquid tags ("{% include toc.html %}", "{% raw %}"), a table of contents' marker ("[[toc]]",
# "[TOC]", kramdown's "{:toc}") and the fences of a VuePress or VitePress container ("::: tip 提示", ":::"). A
# container's own title is the box's heading and stays, as the built page shows it.
_DIRECTIVE_LINE = re.compile(
    r"^[ \t]{0,3}(?:\{\{[<%][ \t]*/?[\w./-]{1,40}(?:[ \t][^\n]{0,300}?)?[%>]\}\}"
    r"|\{%-?[ \t]*\w{1,30}(?:[ \t][^\n]{0,300}?)?-?%\}"
    r"|\[\[toc\]\]|\[toc\]|\$\{toc\}|<toc[ \t]*/?>|\{:toc\})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_CONTAINER_FENCE = re.compile(
    r"^[ \t]{0,3}:{3,}[ \t]*(?:[A-Za-z][\w-]{0,23}(?:[ \t]+([^\n]{1,120}?))?)?[ \t]*$", re.MULTILINE
)


# (and inside a tabs container, "::: tabs" or "::: code-tabs", each tab's marker "@tab 章节" / "@tab:active 条例": the
# tab's title stays, as a container's does; dev-retired31 s34h_07)
_TABS_CONTAINER = re.compile(r"^[ \t]{0,3}:{3,}[ \t]*(?:code-)?tabs\b", re.MULTILINE)
_TAB_MARKER = re.compile(r"^[ \t]{0,3}@tab(?::active)?(?:[ \t]+([^\n]{1,120}?))?[ \t]*$", re.MULTILINE)


# (and such a tag inside a line, which the builder replaces by what it renders: Hexo's "(备份档： {% asset_link
# final.pdf %} )" is a link to the post's file, its words the title given or else the file's name; an image's tag,
# "{% asset_img a.png %}", renders no words; dev-retired32 s35h_05. A tag in inline code, `{% raw %}`, is shown.)
# (one blank after the tag's name, then its words and any blanks before the "%}" lazily, 300 at most: "[ \t]+" before
# the words and "[ \t]*" after them read a run of blanks every way it splits, ~N^2 x 300 - review s45 R4)
_INLINE_TAG = re.compile(r"(?<!`)\{%-?[ \t]*(\w{1,30})((?:[ \t][^\n%{}]{0,300}?)?)-?%\}(?!`)")


def _rendered_tag(m: re.Match[str]) -> str:
    args = m[2].split()
    if "link" not in m[1].lower() or not args:
        return ""
    return " ".join(args[1:]).strip("\"'") if len(args) > 1 else args[0]


def _directives_out(part: str, tabs: bool) -> str:
    part = _CONTAINER_FENCE.sub(lambda m: m[1] or "", _DIRECTIVE_LINE.sub("", part))
    part = _INLINE_TAG.sub(_rendered_tag, part) if "{%" in part else part
    return _TAB_MARKER.sub(lambda m: m[1] or "", part) if tabs else part


def markdown_source(text: str) -> str:
    """Markdown less its builder's syntax (attribute lists, directive lines and tags), outside fenced code."""
    if "{" in text:
        text = _outside_fences(text, _lines_less_attribute_lists)
    if "{{" not in text and "{%" not in text and ":::" not in text and "toc" not in text.lower():
        return text
    tabs = bool(_TABS_CONTAINER.search(text))
    return _outside_fences(text, lambda part: _directives_out(part, tabs))


# -- server-side templates -----------------------------------------------------------------------------------------

# A server page's own code, saved unrendered (a JSP's '<%@ include file="/view/…/left_cms.jsp" %>', an ASP's
# "<%= … %>": tester s26 U3): no tag to a browser, so its words would read as text. Bounded, no "%" inside: linear
SERVER_TAG = re.compile(r"<%[^%]{0,2000}%>")

# A template engine's statements on lines of their own in a view saved as a page: Blade's "@extends('layouts.app')",
# "@section('main')", "@endsection" (dev s43b_08, a Laravel view), Jinja's, Twig's, Django's and Liquid's
# "{% block content %}" / "{% endblock %}", and their comments ("{# … #}", Blade's "{{-- … --}}"). The engine
# replaces them when it renders; what it lays out (the view's HTML) is the page. Read only in a file that holds two or
# more of them (TEMPLATE_MIN): one "@if" line in prose is no view.
_BLADE = (
    r"@(?:extends|section|endsection|yield|show|stop|append|overwrite|parent|include(?:If|When|Unless|First)?|each"
    r"|if|elseif|else|endif|unless|endunless|isset|endisset|empty|endempty|auth|endauth|guest|endguest"
    r"|for|endfor|foreach|endforeach|forelse|endforelse|while|endwhile|switch|case|default|endswitch|break|continue"
    r"|php|endphp|push|endpush|prepend|endprepend|stack|once|endonce|component|endcomponent|slot|endslot|props"
    r"|csrf|method|error|enderror|can|endcan|cannot|endcannot|lang|choice|verbatim|endverbatim|livewire\w{0,12})"
    r"\b(?:[ \t]*\([^\n]{0,300}\))?"  # (blanks before "(" only: two runs of them in a row split N ways, R5)
)
_TEMPLATE_LINE = re.compile(
    rf"^[ \t]*(?:{_BLADE}|\{{%-?[ \t]*\w{{1,30}}(?:[ \t][^\n]{{0,300}}?)?-?%\}}|\{{#[^\n]{{0,300}}?#\}}"
    r"|\{\{--[^\n]{0,300}?--\}\})[ \t]*\r?$",
    re.MULTILINE,
)
TEMPLATE_MIN = 2


def template_markup(markup: str) -> str:
    """An HTML page or view less a server page's code and, in a template engine's view, its statement lines."""
    if "<%" in markup:
        markup = SERVER_TAG.sub("", markup)
    if ("@" in markup or "{%" in markup or "{#" in markup or "{{--" in markup) and len(
        _TEMPLATE_LINE.findall(markup, 0, 200_000)
    ) >= TEMPLATE_MIN:
        markup = _TEMPLATE_LINE.sub("", markup)
    return markup
