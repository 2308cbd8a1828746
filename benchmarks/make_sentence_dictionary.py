"""Write src/briefreader/data/figure_sentences.zdict: the preset dictionary the index compresses
each briefing's figure sentences with (index schema 23, issue 19: figdetail).

    python benchmarks/make_sentence_dictionary.py [--check]

A sentence list is a few hundred bytes of Chinese: zlib alone finds few repeats inside it (raw
JSON 1.54 MiB -> 0.81 MiB on the dev and dev-retired figures), while a preset dictionary of
common words lets it refer to them from the first byte. The dictionary is the most frequent words
of two or more characters of jieba's own dictionary (a general corpus: no briefing of ours, no
benchmark text), in UTF-8, the most frequent last (zlib finds near matches at shorter distances,
cheaper to code), 32 KiB at most (deflate's window). Measured with the schema-22 figdetail rows
read back (raw deflate, level 9): dev + dev-retired12-23 (1,357 briefings with figures) 0.807 ->
0.671 MiB (0.831x; 16 KiB of words 0.849x, the units/currency/growth words of the extractor's own
tables alone 0.971x); the benchmark's 20,000 mix 11.77 -> 9.13 MiB (0.775x); +45 us CPU to compress
a briefing's sentences in the worker (of ~15 ms), decompressing unchanged (~8 us).

The file is part of the analysis digest (library.digest_parts: data/*), so an index is always
read with the dictionary it was written with. ``--check``: exit 1 when the file is not what this
script writes from the installed jieba (its dictionary has not changed since 0.42.1, 2020).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/briefreader/data/figure_sentences.zdict"
LIMIT = 32768  # deflate's window: a longer dictionary's start is out of reach


def dictionary() -> bytes:
    import jieba

    source = Path(jieba.__file__).parent / "dict.txt"
    ranked: list[tuple[int, str]] = []
    for line in source.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) >= 2 and parts[1].isdigit():
            ranked.append((int(parts[1]), parts[0]))
    ranked.sort(key=lambda fw: (-fw[0], fw[1]))  # most frequent first, ties by the word: the same bytes every run
    chosen: list[bytes] = []
    total = 0
    for _freq, word in ranked:
        data = word.encode("utf-8")
        if total + len(data) > LIMIT:
            break
        chosen.append(data)
        total += len(data)
    return b"".join(reversed(chosen))  # the most frequent last: nearest to the text compressed after it


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    a = ap.parse_args()
    data = dictionary()
    if a.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print(f"{OUT.name}: {'as made' if same else 'differs from what jieba gives now'} ({len(data):,} bytes)")
        sys.exit(0 if same else 1)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
