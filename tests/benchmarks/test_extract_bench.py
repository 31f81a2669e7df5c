"""Extraction throughput against spaCy's tokenizer alone (pytest-benchmark).

Blank English tokenizing is the floor no spaCy pipeline can beat, so the
figure that matters is the ratio extraction / tokenizer on the same texts in
the same run (target: at most 3). 50k words run by default; a million words
when QUOTES_BENCH_FULL=1; your own corpus with QUOTES_BENCH_CORPUS=PATH.
The synthetic corpus (`newsgen.py`) has real news's vocabulary statistics
(a Zipf-shaped vocabulary with a long tail of names, numbers and glued
punctuation), so the tokenizer works as hard as on real text, and
quotations of every type for extraction to find.

`synthetic_articles` (seed sentences recombined with a handful of claims)
is kept for the Dask equality test, which needs statements that recur
across many shards; it flatters the tokenizer's cache and is not a
benchmark corpus.
"""
from __future__ import annotations

import json
import os
import random
import re
import time
from pathlib import Path

import pytest

from quotes.extract import extract_articles
from quotes.model import Article
from quotes.pipeline import build_nlp
from tests.benchmarks.newsgen import news_articles

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "articles.jsonl"
WORDS = 1_000_000 if os.environ.get("QUOTES_BENCH_FULL") == "1" else 50_000

FIRST = ("Marie", "Jean", "Sophie", "Pierre", "Claire", "Luc", "Anne", "Paul", "Nadia", "Karim")
LAST = ("Lambert", "Moreau", "Girard", "Bonnet", "Fontaine", "Rousseau", "Blanc", "Henry")
ROLES = ("the justice minister", "a union official", "the Paris prosecutor", "a police spokesman",
         "a prison guard", "the mayor")
CLAIMS = ("we will not give in to intimidation", "the attacks were planned in advance",
          "staff need better protection at night", "the networks are run from inside the cells",
          "nobody was injured in the shooting", "more arrests are expected this week")


def seed_sentences() -> list[str]:
    """Sentences of the seed articles, split loosely (the text glues some)."""
    out = []
    for line in SEEDS.read_text("utf-8").splitlines():
        if line.strip():
            text = json.loads(line)["text"]
            out += [s.strip() for s in re.split(r"(?<=[.!?])\s*(?=[A-Z])", text) if len(s.split()) > 4]
    return out


def quote_sentence(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    claim = rng.choice(CLAIMS)
    form = rng.randrange(5)
    if form == 0:
        return f'"{claim.capitalize()}," said {name}, {rng.choice(ROLES)}.'
    if form == 1:
        return f'{name} told reporters: "{claim.capitalize()}."'
    if form == 2:
        return f"{name} said that {claim}."
    if form == 3:
        return f"According to {rng.choice(ROLES)}, {claim}."
    return f'He added that it was "{claim}" and warned of worse to come.'


def synthetic_articles(n_words: int, seed: int = 0, sentences_per_article: int = 12) -> list[Article]:
    """About `n_words` words of seed sentences and generated quotations (two
    seed sentences for each), paragraphs of two or three sentences: the same
    few claims recur across the corpus (the Dask test's statements)."""
    rng = random.Random(seed)
    pool = seed_sentences()
    articles: list[Article] = []
    words = 0
    while words < n_words:
        sents = [quote_sentence(rng) if rng.random() < 0.33 else rng.choice(pool)
                 for _ in range(sentences_per_article)]
        paras = [" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3)]
        text = "\n\n".join(paras)
        n = len(articles)
        articles.append(Article(id=f"syn{n:06d}", text=text, source=f"Outlet {n % 7}",
                                date=f"2025-04-{1 + n % 28:02d}"))
        words += len(text.split())
    return articles


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    """QUOTES_BENCH_CORPUS=file.jsonl measures on your own articles instead.

    The synthetic news is calibrated on real news (distinct chunks per word,
    tokenizer words/s: docs/performance.md). The earlier corpus recombined a
    few hundred seed sentences, so the tokenizer's cache answered nearly
    every word and the ratio measured the cache, not the pipeline."""
    path = os.environ.get("QUOTES_BENCH_CORPUS")
    if not path:
        return news_articles(WORDS)
    from quotes.corpus import iter_articles
    from quotes.model import CorpusLog

    return list(iter_articles([Path(path)], CorpusLog()))


def _words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def _tokenize_all(nlp, texts: list[str]) -> int:
    return sum(len(doc) for doc in nlp.tokenizer.pipe(texts, batch_size=64))


def test_tokenizer_throughput(benchmark, corpus):
    nlp = build_nlp()
    texts = [a.text for a in corpus]
    tokens = benchmark.pedantic(_tokenize_all, args=(nlp, texts), rounds=3, iterations=1)
    if benchmark.stats:  # None under --benchmark-disable
        benchmark.extra_info["words"] = _words(corpus)
        benchmark.extra_info["words_per_s"] = round(_words(corpus) / benchmark.stats.stats.min)
        # How much of the corpus the tokenizer's cache can answer: real news
        # (PolNeAR train, 625k words) has 0.090 distinct chunks per word.
        chunks = [w for t in texts for w in t.split()]
        benchmark.extra_info["distinct_chunks_per_word"] = round(len(set(chunks)) / len(chunks), 3)
    assert tokens >= _words(corpus)


def test_extract_throughput(benchmark, corpus, request):
    """Reports words/s and the ratio to the tokenizer timed in the same run.

    The tokenizer floor is timed just before each extraction round (in the
    round's untimed setup, on the same pipeline), so on a shared machine
    both see the same load; `ratio_to_tokenizer` is the fastest extraction
    over the fastest tokenizer pass, `ratio_per_round` each round's pair.
    Both use pytest-benchmark's timer (`--benchmark-timer=time.process_time`
    counts CPU time only, steadier when other jobs share the cores)."""
    nlp = build_nlp()
    texts = [a.text for a in corpus]
    timer = _benchmark_timer(request.config)
    floors: list[float] = []

    def time_the_tokenizer():
        floors.append(_timed(timer, _tokenize_all, nlp, texts))

    records = benchmark.pedantic(lambda: list(extract_articles(corpus, nlp)), setup=time_the_tokenizer,
                                 rounds=3, iterations=1)
    if benchmark.stats:  # None under --benchmark-disable
        words = _words(corpus)
        rounds = benchmark.stats.stats.data
        benchmark.extra_info["words"] = words
        benchmark.extra_info["words_per_s"] = round(words / benchmark.stats.stats.min)
        benchmark.extra_info["tokenizer_words_per_s"] = round(words / min(floors))
        benchmark.extra_info["ratio_to_tokenizer"] = round(benchmark.stats.stats.min / min(floors), 2)
        benchmark.extra_info["ratio_per_round"] = [round(e / f, 2) for e, f in zip(rounds, floors)]
    if not os.environ.get("QUOTES_BENCH_CORPUS"):  # the synthetic news has every kind
        assert {p.quotation.type for p in records} == {"direct", "partial", "indirect"}
        assert any(p.quotation.cue and p.quotation.cue.lower() == "according to" for p in records)
    else:
        assert {"direct", "indirect"} <= {p.quotation.type for p in records}


def _benchmark_timer(config):
    """The timer pytest-benchmark times rounds with (`--benchmark-timer`)."""
    from pytest_benchmark.utils import load_timer

    name = config.getoption("benchmark_timer", None)
    return load_timer(name).target if name else time.perf_counter


def _timed(timer, fn, *args) -> float:
    start = timer()
    fn(*args)
    return timer() - start
