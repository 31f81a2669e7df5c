"""The plain records that flow between the stages of `quotes`.

Every stage (reading, extraction, clustering, reporting) passes these
dataclasses or pandas DataFrames built from them, never spaCy objects: a
`Doc` is expensive to ship between processes or Dask workers, a dataclass
is not.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as the user gave it.

    `text` is kept exactly as read (after decoding), because every offset the
    tool reports points into it. `body_start` marks a metadata prefix (a
    `date 2025-04-19` first line of a .txt file) that is part of `text` but
    is not analysed.
    """

    id: str
    text: str
    source: str | None = None
    date: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str = ""  # "path:line" the article was read from, for messages
    body_start: int = 0


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be analysed, and why (one row of skipped.csv)."""

    file: str
    line: int | None
    article_id: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should know about an input that *was* analysed
    (decoded as Windows-1252, duplicate id renamed, ...)."""

    file: str
    line: int | None
    article_id: str | None
    message: str


@dataclass(slots=True)
class Quotation:
    """One quotation found in one article.

    `start`/`end` are character offsets into `Article.text` as given; the
    quote marks themselves lie outside the span, and for reported speech the
    span is the reported clause. `speaker` is the canonical speaker (never a
    bare pronoun); `speaker_mention` is how the article named them at the
    attribution site ("he", "the justice minister").
    """

    article_id: str
    start: int
    end: int
    text: str
    type: str  # "direct" | "partial" | "indirect"
    speaker: str | None = None
    speaker_group: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    source: str | None = None
    date: str | None = None
    statement_id: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


QUOTATION_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Quotation))


@dataclass(slots=True)
class CorpusLog:
    """What happened to every input while a corpus was read.

    Reading is streamed, so the log is filled as articles are yielded; read
    it after the iterator is exhausted.
    """

    read: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def skip(self, file: str, line: int | None, article_id: str | None, reason: str) -> None:
        self.skipped.append(Skipped(file, line, article_id, reason))

    def note(self, file: str, line: int | None, article_id: str | None, message: str) -> None:
        self.notices.append(Notice(file, line, article_id, message))
