"""How clustering time grows with the corpus (pytest-benchmark).

1k and 10k quotations run by default; 100k when QUOTES_BENCH_FULL=1.
The synthetic quotations look like news: sentences drawn from a Zipf-shaped
vocabulary, many speakers, and some statements quoted several times as
re-worded translations or fragments.
"""
from __future__ import annotations

import itertools
import os
import random

import pandas as pd
import pytest

from quotes.model import QUOTATION_COLUMNS
from quotes.statements import assign_statements

FUNCTION_WORDS = ("the a of to and in that is for on with will be we are this by it as have "
                  "has not they our at from were which been would their there").split()
SYLLABLES = "ba de ri mo lu ka ne si to va pe ro mi ga lo fu ze ta ni ko".split()


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words = {"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


def _sentence(rng: random.Random, vocab: list[str], cum_weights: list[float]) -> list[str]:
    content = rng.choices(vocab, cum_weights=cum_weights, k=rng.randint(8, 22))
    return [rng.choice(FUNCTION_WORDS) if rng.random() < 0.45 else w for w in content]


def _rendering(rng: random.Random, words: list[str], vocab: list[str]) -> list[str]:
    """Another outlet's translation (a quarter of the words changed) or a
    fragment of the statement."""
    if rng.random() < 0.3 and len(words) > 8:
        start = rng.randrange(len(words) - 6)
        return words[start:start + rng.randint(5, 8)]
    return [rng.choice(vocab) if rng.random() < 0.25 else w for w in words]


def synthetic_quotes(n: int, seed: int = 0) -> pd.DataFrame:
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 20_000)
    cum_weights = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(vocab))))
    speakers = [f"Speaker {i}" for i in range(max(10, n // 25))]
    rows: list[dict] = []
    while len(rows) < n:
        speaker = rng.choice(speakers[: rng.choice((10, len(speakers)))])
        words = [w for _ in range(rng.randint(1, 2)) for w in _sentence(rng, vocab, cum_weights)]
        day = rng.randrange(365)
        for k in range(1 if rng.random() < 0.7 else rng.randint(2, 4)):
            text = " ".join(words if k == 0 else _rendering(rng, words, vocab)).capitalize() + "."
            article = f"a{len(rows) // 8:06d}"
            rows.append(dict(article_id=article, start=len(rows) % 8 * 300, end=len(rows) % 8 * 300 + len(text),
                             text=text, type="direct", speaker=speaker, speaker_group="other",
                             source=f"outlet {rng.randrange(40)}",
                             date=str(pd.Timestamp("2025-01-01") + pd.Timedelta(days=day + k))[:10]))
    return pd.DataFrame(rows[:n], columns=list(QUOTATION_COLUMNS))


SIZES = [1_000, 10_000] + ([100_000] if os.environ.get("QUOTES_BENCH_FULL") == "1" else [])


@pytest.mark.parametrize("n", SIZES)
def test_assign_statements_scales(benchmark, n: int) -> None:
    quotes = synthetic_quotes(n)
    out = benchmark.pedantic(assign_statements, args=(quotes,), rounds=1, iterations=1)
    assert out["statement_id"].notna().all()
    assert out["statement_id"].nunique() < n  # re-worded renderings were grouped
