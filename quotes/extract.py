"""From a corpus to a table of attributed quotations: the local engine.

`run` is the one entry point the CLI, the Python API and the Dask engine
share, so that every way of running the tool gives the same rows.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from quotes.model import QUOTATION_COLUMNS, Article, CorpusLog, Quotation

ARTICLE_COLUMNS = ("article_id", "source", "date", "url", "title", "origin", "n_chars")


@dataclass
class Extraction:
    """What one run produced: quotations, the articles they came from, and
    the log of what was skipped or noted while reading."""

    quotes: pd.DataFrame
    articles: pd.DataFrame
    log: CorpusLog = field(default_factory=CorpusLog)


def quotations_frame(rows: Iterable[Quotation]) -> pd.DataFrame:
    return pd.DataFrame([q.to_dict() for q in rows], columns=list(QUOTATION_COLUMNS))


def articles_frame(articles: Iterable[Article]) -> pd.DataFrame:
    rows = [(a.id, a.source, a.date, a.url, a.title, a.origin, len(a.text)) for a in articles]
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))


def run(inputs: Sequence[str | Path] | Iterable[Article], *, model: str | None = None,
        speakers: str | Path | None = None) -> Extraction:
    """Read, detect, attribute, fold speakers and group statements.

    Placeholder while detection is being written: reads the corpus and
    returns no quotations.
    """
    from quotes.corpus import iter_articles

    log = CorpusLog()
    articles = list(iter_articles([Path(p) for p in inputs], log))
    return Extraction(quotations_frame([]), articles_frame(articles), log)
