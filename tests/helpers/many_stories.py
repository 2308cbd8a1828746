"""A folder of N briefings that are N different stories (issue 19's quit tests): seeded
sentences of words, places and figures, so MinHash finds no two alike and a digest reads
every file again. Written for these tests, not real text."""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["上海", "北京", "深圳", "杭州", "成都", "武汉", "南京", "苏州", "重庆", "天津", "西安", "广州"]
WORDS = [
    "集成电路",
    "人工智能",
    "新能源汽车",
    "生物医药",
    "数据要素",
    "跨境电商",
    "工业软件",
    "智能制造",
    "绿色金融",
    "航运物流",
    "文化旅游",
    "数字经济",
    "低空经济",
    "养老服务",
    "城市更新",
    "种业振兴",
]
VERBS = ["发布", "推进", "启动", "完成", "签约", "建设", "扩大", "优化", "支持", "落地"]
UNITS = ["亿元", "万元", "家", "个", "万吨", "万人次"]


def make_many_stories(folder: Path, n: int, seed: int = 13) -> Path:
    """``n`` Markdown briefings with front matter, each its own story; returns ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        place, word = rng.choice(PLACES), rng.choice(WORDS)
        sentences = []
        for _ in range(8):
            sentences.append(
                f"{rng.choice(PLACES)}{rng.choice(WORDS)}{rng.choice(VERBS)}{rng.randint(2, 9999)}"
                f"{rng.choice(UNITS)}，同比增长{rng.randint(1, 60)}.{rng.randint(0, 9)}%，"
                f"{rng.choice(WORDS)}与{rng.choice(WORDS)}{rng.choice(VERBS)}第{rng.randint(1, 500)}批项目。"
            )
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        head = f"---\ntitle: {place}{word}第{i}号简报\ndate: {day}\nsource: 测试报{i % 7}\n---\n\n"
        (folder / f"s{i:04d}.md").write_text(head + "\n\n".join(sentences) + "\n", encoding="utf-8")
    return folder
