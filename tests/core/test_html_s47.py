"""Session 47 (12text): a front-end component's or module's file saved as a page - its markup is read, its code not."""

from __future__ import annotations

from briefreader.ingest.html import component_markup, html_to_doc

BODY = (
    "<h1>全国首创！苏州市房屋安全医院来了</h1>\n"
    "<p>3月10日，苏州市房屋安全协会揭牌仪式暨苏州市房屋医院成立大会召开。江苏省住房和城乡建设厅副厅长出席会议并致辞。</p>\n"
    "<p>近年来，苏州市委、市政府高度重视既有建筑安全管理工作，加快完善既有建筑安全管理地方法规体系。</p>\n"
)


def test_a_vue_component_is_read_from_its_template() -> None:
    sfc = (
        '<template>\n  <div class="detail">\n' + BODY + '  <template v-if="more"><p>附件：实施细则。</p></template>\n'
        "  </div>\n</template>\n<script>\nexport default { data() { return { caption: '调查显示' } } }\n</script>\n"
        '<style scoped lang="scss">\n.detail { h1 { color: red; } }\n</style>\n'
    )
    doc = html_to_doc(sfc)
    assert "苏州市房屋安全协会揭牌仪式" in doc.text and "附件：实施细则。" in doc.text
    assert "export default" not in doc.text and "color" not in doc.text and "调查显示" not in doc.text


def test_an_es_module_is_read_from_its_template_literal() -> None:
    module = "export const htmlList2 = `\n" + BODY + "`;\nexport default {};\n"
    doc = html_to_doc(module)
    assert "苏州市房屋安全协会揭牌仪式" in doc.text and "近年来" in doc.text
    assert "export" not in doc.text and "htmlList2" not in doc.text and "`" not in doc.text


def test_a_page_with_a_template_or_code_inside_is_as_it_was() -> None:
    page = f"<html><body>{BODY}<template><p>隐藏的模板内容。</p></template></body></html>"
    assert component_markup(page) == page
    assert "隐藏的模板内容" not in html_to_doc(page).text
    # code further in, or a literal left open: no module's file
    prose = BODY + "<pre>const a = `x`;</pre>"
    assert component_markup(prose) == prose
    open_literal = "const page = `" + BODY
    assert component_markup(open_literal) == open_literal
