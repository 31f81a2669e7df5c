"""Reading a corpus of articles (placeholder: JSONL only; being rewritten)."""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from quotes.model import Article, CorpusLog


def iter_articles(paths: Sequence[str | Path], log: CorpusLog) -> Iterator[Article]:
    for path in map(Path, paths):
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                row = json.loads(line)
                log.read += 1
                yield Article(id=str(row["id"]), text=row["text"], source=row.get("source"),
                              date=row.get("date"), url=row.get("url"), title=row.get("title"),
                              origin=f"{path}:{n}")
