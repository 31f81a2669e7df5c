"""The Dask engine gives exactly the local engine's result.

One in-process LocalCluster with two workers serves the module: process
start-up would cost more than the work itself on corpora this small, and the
shards still go through Dask's task graph and serialisation.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from quotes.distributed import run_dask, shard
from quotes.extract import run
from tests.benchmarks.test_extract_bench import synthetic_articles

pytestmark = pytest.mark.dask


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def synthetic_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 short articles, so statements recur across many shards."""
    path = tmp_path_factory.mktemp("synthetic") / "articles.jsonl"
    articles = synthetic_articles(2_000 * 60, seed=3, sentences_per_article=3)[:2_000]
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "source": a.source, "date": a.date, "text": a.text}) + "\n")
    return path


def assert_same(local, dask) -> None:
    pd.testing.assert_frame_equal(local.quotes, dask.quotes)
    pd.testing.assert_frame_equal(local.articles, dask.articles)
    assert local.log == dask.log


def test_seed_corpus_equals_local(seed_jsonl: Path, scheduler: str, tmp_path: Path):
    local = run([seed_jsonl])
    dask = run_dask([seed_jsonl], scheduler=scheduler, partitions=3, output=tmp_path)
    assert_same(local, dask)
    assert dask.quotes["speaker"].notna().any()


def test_scope_reaches_the_workers(seed_jsonl: Path, scheduler: str):
    local = run([seed_jsonl], scope="attributions")
    dask = run_dask([seed_jsonl], scheduler=scheduler, partitions=3, scope="attributions")
    assert_same(local, dask)
    assert len(dask.quotes) != len(run([seed_jsonl]).quotes)  # the workers did not fall back to the default


def test_synthetic_corpus_equals_local(synthetic_jsonl: Path, scheduler: str):
    local = run([synthetic_jsonl])
    dask = run_dask([synthetic_jsonl], scheduler=scheduler, partitions=8)
    assert_same(local, dask)
    # statements recur across shards: the corpus-wide step must have joined them
    sizes = dask.quotes.groupby("statement_id")["article_id"].nunique()
    assert (sizes > 250).any()


def test_partitions_written_one_file_per_shard(seed_jsonl: Path, scheduler: str, tmp_path: Path):
    dask = run_dask([seed_jsonl], scheduler=scheduler, partitions=3, output=tmp_path)
    files = sorted(tmp_path.glob("part-*.parquet"))
    assert len(files) == 3
    back = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    assert sorted(back["article_id"]) == sorted(dask.quotes["article_id"])
    assert set(back.columns) == set(dask.quotes.columns)


def test_shard_keeps_order_and_never_empties():
    items = list(range(10))
    shards = shard(items, 4)
    assert [len(s) for s in shards] == [3, 3, 2, 2]
    assert [x for s in shards for x in s] == items
    assert shard(items[:2], 5) == [[0], [1]]
