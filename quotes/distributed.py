"""The same extraction on a dask.distributed cluster.

The work splits in two:

* per article (tokenise, find cues, attribute, resolve speakers inside the
  article) runs on the workers, one shard of articles per task. Each worker
  builds the spaCy pipeline once and sends back plain records, never Docs,
  because a Doc drags its whole Vocab through pickling;
* corpus-wide steps (folding speakers across articles, grouping the same
  statement across outlets) run in the client on the gathered records, so a
  statement quoted in two shards is still found, and the result is the one
  `quotes.extract.run` gives on the same corpus, row for row.

The client holds the corpus while the shards are out (unlike the local
engine, which streams); the workers hold one shard each.
"""
from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd
from spacy.language import Language

from quotes.extract import (Extraction, _are_paths, _light, _Pending, _with_statements, analysed,
                            articles_frame, extract_articles, finish, quotations_frame)
from quotes.model import Article, CorpusLog, Skipped
from quotes.speakers import Registry, find_registry

ARTICLES_PER_SHARD = 250  # enough work per task to hide Dask's ~1 ms per-task overhead

_NLP: dict[tuple[str | None, str], Language] = {}  # one pipeline per worker process, model and scope


def run_dask(inputs: Sequence[str | Path] | Iterable[Article], *, model: str | None = None,
             speakers: str | Path | None = None, scheduler: str | None = None,
             partitions: int | None = None, output: Path | None = None,
             scope: str = "statements") -> Extraction:
    """Extract on Dask: a LocalCluster unless `scheduler` gives an address.

    `partitions` is the number of shards (default: one per 250 articles, at
    least one per worker). With `output`, the quotations are also written as
    one parquet file per shard, `part-00000.parquet` and so on.
    """
    from distributed import Client, LocalCluster

    log = CorpusLog()
    articles = _read(inputs, log)
    paths = [Path(p) for p in inputs] if _are_paths(inputs) else []
    registry = Registry.load(find_registry(paths, Path(speakers) if speakers else None))

    if scheduler:
        client, cluster = Client(scheduler), None
    else:
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        shards = shard(articles, partitions or _default_partitions(len(articles), workers))
        futures = [client.submit(extract_shard, s, model, scope, pure=False) for s in shards]
        pending = []
        for records, skipped in client.gather(futures):
            pending.extend(records)
            log.skipped.extend(skipped)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    frame = _with_statements(quotations_frame(finish(pending, registry)))
    if output is not None:
        write_partitions(frame, shards, Path(output))
    return Extraction(frame, articles_frame(_light(a) for a in analysed(articles, log)), log)


def extract_shard(articles: list[Article], model: str | None,
                  scope: str = "statements") -> tuple[list[_Pending], list[Skipped]]:
    """Runs on a worker: the per-article half of the pipeline, with the
    articles it had to skip (the client merges them into its log)."""
    if (model, scope) not in _NLP:
        from quotes.pipeline import build_nlp
        _NLP[model, scope] = build_nlp(model, scope)
    log = CorpusLog()
    records = list(extract_articles(articles, _NLP[model, scope], log=log))
    return records, log.skipped


def shard(articles: list[Article], partitions: int) -> list[list[Article]]:
    """Contiguous, nearly equal shards in corpus order; no empty shard unless
    the corpus itself is empty."""
    n = max(1, min(partitions, len(articles)))
    size, extra = divmod(len(articles), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(articles[start:end])
        start = end
    return out


def write_partitions(quotes: pd.DataFrame, shards: list[list[Article]], folder: Path) -> list[Path]:
    """One parquet file per shard, holding that shard's articles' quotations."""
    folder.mkdir(parents=True, exist_ok=True)
    shard_of = {a.id: i for i, s in enumerate(shards) for a in s}
    part = quotes["article_id"].map(shard_of)
    written = []
    for i in range(len(shards)):
        path = folder / f"part-{i:05d}.parquet"
        quotes[part == i].reset_index(drop=True).to_parquet(path, index=False)
        written.append(path)
    return written


def _read(inputs: Sequence[str | Path] | Iterable[Article], log: CorpusLog) -> list[Article]:
    """The client reads the corpus (so skips and notices land in one log)."""
    from quotes.corpus import iter_articles

    if _are_paths(inputs):
        return list(iter_articles([Path(p) for p in inputs], log))
    return list(inputs)


def _default_partitions(n_articles: int, workers: int) -> int:
    return max(workers, math.ceil(n_articles / ARTICLES_PER_SHARD))
