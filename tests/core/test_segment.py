"""One segmenter with the domain dictionary for the whole core (review s13: figures' counted nouns depended on whether
topics had loaded its words first in the process)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import briefreader
from briefreader import segment

SRC = Path(briefreader.__file__).parent

# 项目数 is a word of jieba's dictionary ("number of projects"); the domain word 数实融合 cuts 项目|数实融合, so 3个 counts
# projects. Before, figures cut it with jieba's dictionary alone until topics' keywords were first loaded.
_FIGURES = (
    "import json, sys\n"
    "from briefreader import topics\n"
    "from briefreader.figures import extract_figures\n"
    "from briefreader.figures import extract\n"
    "def run():\n"
    "    extract._word_ends.cache_clear()\n"
    "    return [(f.kind, f.value, f.en) for f in extract_figures('今年推进3个项目数实融合发展，新增5家直播间带货企业。')]\n"
    "out = []\n"
    "if sys.argv[1] == 'topics-first':\n"
    "    topics._init_keywords()\n"
    "out.append(run())\n"
    "topics._init_keywords()\n"
    "out.append(run())\n"
    "print(json.dumps(out, ensure_ascii=False))\n"
)


def _figures(order: str) -> list[list[list[object]]]:
    done = subprocess.run([sys.executable, "-c", _FIGURES, order], capture_output=True, text=True, check=True)
    result: list[list[list[object]]] = json.loads(done.stdout)
    return result


def test_figures_are_the_same_before_and_after_topics_load_its_words() -> None:
    figures_first = _figures("figures-first")
    topics_first = _figures("topics-first")
    assert figures_first[0] == figures_first[1] == topics_first[0] == topics_first[1]
    assert figures_first[0][0] == ["count", 3.0, "3 projects"]


def test_the_domain_dictionary_is_in_the_segmenter_from_its_first_use() -> None:
    code = "from briefreader import segment; print('|'.join(segment.cut('推进数实融合和元宇宙发展')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    words = done.stdout.strip().split("|")
    assert "数实融合" in words and "元宇宙" in words
    assert ("元宇宙", "nz") in segment.tag("发展元宇宙")


def test_only_the_segment_module_imports_rjieba() -> None:
    importers = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            if any(n == "rjieba" or n.startswith("rjieba.") for n in names):
                importers.append(path.relative_to(SRC).as_posix())
    assert importers == ["segment.py"]


def test_a_lone_surrogate_is_cut_as_one_character_not_refused() -> None:
    # review s14 R20: rjieba refused lone surrogates, so extract_figures (the public API) raised on such text
    from briefreader import segment
    from briefreader.figures import extract_figures

    words = segment.cut("3市\ud800监局")
    assert sum(map(len, words)) == 5  # offsets kept
    assert [w for w, _ in segment.tag("12名国家\udcff队员")]
    assert [f.value for f in extract_figures("共有12名国家\udcff队员参赛。") if f.kind == "count"] == [12]
