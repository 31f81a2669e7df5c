"""From a corpus to a table of attributed quotations: the local engine.

`run` is the one entry point the CLI, the Python API and the Dask engine
share, so that every way of running the tool gives the same rows.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from spacy.language import Language
from spacy.tokens import Doc

from quotes.model import QUOTATION_COLUMNS, Article, CorpusLog, Quotation
from quotes.normalise import Normalised, normalise
from quotes.pipeline import build_nlp
from quotes.speakers import Registry, Speaker, canonicalise, find_registry

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
    rows = [(a.id, a.source, a.date, a.url, a.title, a.origin, a.body_start) for a in articles]
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))


@dataclass(slots=True)
class _Pending:
    """A quotation whose speaker is known inside its article only; the
    corpus-wide canonical name comes once every article has been read."""

    quotation: Quotation
    speaker: Speaker | None


def article_quotations(doc: Doc, article: Article, norm: Normalised) -> list[_Pending]:
    """Turn one processed Doc into records with offsets into the original text."""
    out = []
    for f, spk in zip(doc._.quotations, doc._.speakers):
        start, end = norm.span_to_original(f.start, f.end)
        q = Quotation(article_id=article.id, start=start, end=end, text=article.text[start:end],
                      type=f.type, speaker_mention=f.mention.text if f.mention else None,
                      cue=f.cue, source=article.source, date=article.date)
        out.append(_Pending(q, spk))
    return out


#: Articles processed in one spaCy memory zone. Every new word a corpus
#: brings adds an entry to the shared Vocab and StringStore, which spaCy
#: never frees on its own, so memory would grow with the corpus; inside a
#: `nlp.memory_zone()` those entries are evicted when the block ends
#: (5M words: peak RSS 270 MB without zones, 204 MB with zones of 200).
ZONE_SIZE = 200
#: Articles processed before the first zone: zones do not fill the
#: tokenizer's cache, so these warm it with the corpus's common words.
WARM_UP = 1000


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 64,
                     zone_size: int = ZONE_SIZE, warm_up: int = WARM_UP,
                     log: CorpusLog | None = None) -> Iterator[_Pending]:
    """Stream articles through the pipeline; only records come out, so no
    Doc outlives the memory zone it was made in. An article the pipeline
    fails on is listed in `log` as skipped, and the run goes on."""
    log = log if log is not None else CorpusLog()
    it = iter(articles)
    yield from _extract(list(islice(it, warm_up)), nlp, batch_size, log)
    while chunk := list(islice(it, zone_size)):
        with nlp.memory_zone():
            yield from _extract(chunk, nlp, batch_size, log)


def _extract(articles: list[Article], nlp: Language, batch_size: int, log: CorpusLog) -> Iterator[_Pending]:
    """Batch by batch; a batch that raises is run again one article at a
    time, so one article a rule trips on costs only itself."""
    for i in range(0, len(articles), batch_size):
        batch = articles[i:i + batch_size]
        try:
            records = list(_records(batch, nlp, batch_size))
        except Exception:
            records = [r for a in batch for r in _records_or_skip(a, nlp, log)]
        yield from records


def _records(articles: list[Article], nlp: Language, batch_size: int) -> Iterator[_Pending]:
    def texts():
        for a in articles:
            norm = normalise(a.text, a.body_start)
            # spaCy refuses texts over max_length (1M characters) to protect
            # parser/NER memory; our rule-based components are linear, and a
            # long article must be analysed, not crash the whole run.
            nlp.max_length = max(nlp.max_length, len(norm.text) + 1)
            yield norm.text, (a, norm)

    for doc, (article, norm) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        yield from article_quotations(doc, article, norm)


def _records_or_skip(article: Article, nlp: Language, log: CorpusLog) -> list[_Pending]:
    try:
        return list(_records([article], nlp, 1))
    except Exception as e:  # a bug in a rule must not lose the rest of the corpus
        file, _, line = article.origin.rpartition(":")
        file, line_no = (file, int(line)) if line.isdigit() else (article.origin, None)
        log.skip(file or "(input)", line_no, article.id,
                 f"the analysis failed on this article ({type(e).__name__}: {e}); please report it")
        return []


def finish(pending: list[_Pending], registry: Registry) -> list[Quotation]:
    """Fold speakers across the corpus; never leave a bare pronoun."""
    canon = canonicalise([p.speaker for p in pending], registry)
    out = []
    for p, c in zip(pending, canon):
        q = p.quotation
        if c is not None:
            q.speaker, q.speaker_group = c.name, c.group
        out.append(q)
    out.sort(key=lambda q: (q.article_id, q.start, q.end))
    return out


def run(inputs: Sequence[str | Path] | Iterable[Article], *, model: str | None = None,
        speakers: str | Path | None = None, statements: bool = True,
        scope: str = "statements") -> Extraction:
    """Read, detect, attribute, fold speakers and group statements. `scope`
    is what counts as a quotation (`quotes.lexicon.SCOPES`)."""
    from quotes.corpus import iter_articles

    log = CorpusLog()
    paths = [Path(p) for p in inputs] if _are_paths(inputs) else []
    articles_in = iter_articles(paths, log) if paths else iter(inputs)
    seen: list[Article] = []

    def tracked() -> Iterator[Article]:
        for a in articles_in:
            seen.append(_light(a))
            yield a

    nlp = build_nlp(model, scope)
    registry = Registry.load(find_registry(paths, Path(speakers) if speakers else None))
    quotes = finish(list(extract_articles(tracked(), nlp, log=log)), registry)
    frame = quotations_frame(quotes)
    if statements:
        frame = _with_statements(frame)
    return Extraction(frame, articles_frame(analysed(seen, log)), log)


def analysed(articles: Iterable[Article], log: CorpusLog) -> list[Article]:
    """The articles the pipeline got through: all read, less those it skipped."""
    failed = {s.article_id for s in log.skipped if s.article_id is not None}
    return [a for a in articles if a.id not in failed]


def _with_statements(frame: pd.DataFrame) -> pd.DataFrame:
    try:
        from quotes.statements import assign_statements
    except ImportError:  # clustering not installed in this checkout
        return frame
    return assign_statements(frame)


def _are_paths(inputs) -> bool:
    return isinstance(inputs, (list, tuple)) and all(isinstance(p, (str, Path)) for p in inputs)


def _light(a: Article) -> Article:
    """Keep an article's metadata, not its text, once it has been analysed."""
    return Article(id=a.id, text="", source=a.source, date=a.date, url=a.url, title=a.title,
                   origin=a.origin, body_start=len(a.text))
