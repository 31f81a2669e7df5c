"""The Python API: from articles (or a saved quotes table) to every table and report.

    >>> from quotes.analysis import analyze, from_quotes
    >>> result = analyze("corpus/articles.jsonl")
    >>> result.speaker_matrix["quotations"]          # pandas, MultiIndex rows
    >>> result.write("out/")                          # report.md, report.html, ...
    >>> again = from_quotes(pd.read_parquet("out/quotes.parquet"))

`analyze` runs the extraction engine; `from_quotes` only rebuilds the
tables, so a journalist can fix a speaker by hand in quotes.parquet and
regenerate the matrices and reports without re-running detection.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from quotes import tables
from quotes.model import Article, CorpusLog

#: Key in quotes.parquet's metadata (DataFrame.attrs, which pandas stores in
#: parquet) listing every article, so outlets without quotations survive.
ARTICLES_ATTR = "quotes.articles"


@dataclass
class Analysis:
    """Everything one analysis produced, as tidy DataFrames.

    `quotes`: one row per quotation (`tables.QUOTE_COLUMNS`);
    `statements`: one row per statement; `speaker_matrix` and
    `statement_matrix`: see `quotes.tables`; `articles`: one row per
    article analysed (with its `text` when known, for the HTML report's
    highlighted articles); `log`: what was skipped while reading.
    """

    quotes: pd.DataFrame
    statements: pd.DataFrame
    speaker_matrix: pd.DataFrame
    statement_matrix: pd.DataFrame
    articles: pd.DataFrame
    log: CorpusLog = field(default_factory=CorpusLog)

    def to_markdown(self) -> str:
        from quotes.report import render_markdown
        return render_markdown(self)

    def to_html(self) -> str:
        from quotes.report import render_html
        return render_html(self)

    def write(self, out_dir: str | Path, force: bool = False) -> Path:
        """Write the reports and tables into `out_dir`, each file atomically.

        `prepare_output_dir` refuses a non-empty directory unless `force`,
        so a second run never silently mixes its files with an older one's.
        """
        from quotes.corpus import write_skipped_csv
        from quotes.output import atomic_path, atomic_write_text, prepare_output_dir

        out = Path(out_dir)
        prepare_output_dir(out, force=force)
        atomic_write_text(out / "report.md", self.to_markdown())
        atomic_write_text(out / "report.html", self.to_html())
        with atomic_path(out / "quotes.parquet") as tmp:
            quotes_for_parquet(self.quotes, self.articles).to_parquet(tmp, index=False)
        with atomic_path(out / "statements.parquet") as tmp:
            self.statements.to_parquet(tmp, index=False)
        with atomic_path(out / "articles.parquet") as tmp:
            self.articles.to_parquet(tmp, index=False)
        atomic_write_text(out / "quotes.csv", self.quotes.to_csv(index=False, date_format="%Y-%m-%d"))
        atomic_write_text(out / "speaker_matrix.csv", self.speaker_matrix.to_csv())
        atomic_write_text(out / "statement_matrix.csv", self.statement_matrix.to_csv())
        write_skipped_csv(self.log, out / "skipped.csv")
        return out


def analyze(data: str | Path | Sequence[str | Path] | pd.DataFrame, *, model: str | None = None,
            speakers: str | Path | None = None, scope: str = "statements") -> Analysis:
    """Extract, attribute and group the quotations of a corpus, and build the tables.

    `data` is a path (file or folder), a list of paths, or articles with
    `id` and `text` (optional source, date, url, title) as a DataFrame or
    a list of dicts. `model`, `speakers` and `scope` are passed to `quotes.extract.run`.
    """
    from quotes.extract import run

    inputs = as_inputs(data)
    extraction = run(inputs, model=model, speakers=speakers, scope=scope)
    articles = _with_texts(extraction.articles, inputs)
    return _build(extraction.quotes, articles, extraction.log)


def from_quotes(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> Analysis:
    """Rebuild every table and report from a quotes table.

    `from_quotes(pd.read_parquet("quotes.parquet"))` gives back the same
    matrices `analyze` wrote: the article list (hence outlets that were
    never quoted) travels in the parquet file's metadata. Pass
    `articles=pd.read_parquet("articles.parquet")` as well to get the
    article texts, which the HTML report highlights. The reading log is not
    stored: skipped.csv keeps it.
    """
    if articles is None:
        articles = _articles_from_attrs(quotes)
    return _build(quotes, articles, CorpusLog())


def quotes_for_parquet(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The quotes table with the article list (without texts) in its attrs."""
    listed = articles.drop(columns=["text"], errors="ignore").copy()
    listed["date"] = listed["date"].dt.strftime("%Y-%m-%d")
    out = quotes.copy()
    out.attrs = {ARTICLES_ATTR: listed.astype(object).where(listed.notna(), None).to_dict("records")}
    return out


def _build(quotes: pd.DataFrame, articles: pd.DataFrame | None, log: CorpusLog) -> Analysis:
    quotes = tables.tidy_quotes(quotes)
    if len(quotes) and quotes["statement_id"].isna().all():
        from quotes.statements import assign_statements
        quotes = tables.tidy_quotes(assign_statements(quotes))
    quotes = _ensure_canonical(quotes)
    articles = tables.tidy_articles(articles if articles is not None else _articles_from_quotes(quotes))
    statements = _statements_table(quotes)
    return Analysis(
        quotes=quotes,
        statements=statements,
        speaker_matrix=tables.speaker_matrix(quotes, articles),
        statement_matrix=tables.statement_matrix(quotes, statements, articles),
        articles=articles,
        log=log,
    )


def _ensure_canonical(quotes: pd.DataFrame) -> pd.DataFrame:
    """Give every statement a canonical rendering (its longest quotation) if
    it has none: statement ids set or merged by hand in quotes.parquet come
    without `statement_relation`, and the statements table needs one."""
    if quotes.empty:
        return quotes
    is_canonical = quotes["statement_relation"].eq("canonical").fillna(False).astype(bool)
    has_one = is_canonical.groupby(quotes["statement_id"]).transform("any").fillna(True).astype(bool)
    lacking = quotes[~has_one & quotes["statement_id"].notna()]
    if lacking.empty:
        return quotes
    longest = lacking["text"].str.len().groupby(lacking["statement_id"]).idxmax()
    out = quotes.copy()
    out.loc[longest.to_numpy(), "statement_relation"] = "canonical"
    return out


def _statements_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """`statements.statements_table` reads dates as ISO strings: give it those."""
    from quotes.statements import statements_table

    as_read = quotes.assign(date=quotes["date"].dt.strftime("%Y-%m-%d").astype(object))
    as_read["date"] = as_read["date"].where(quotes["date"].notna(), None)
    return tables.tidy_statements(statements_table(as_read))


def as_inputs(data) -> list:
    """What `extract.run` takes, from what a user has: a path or a list of
    paths, a DataFrame of articles, or dicts (or Articles) with `id` and `text`."""
    if isinstance(data, pd.DataFrame):
        return articles_from_frame(data)
    if isinstance(data, (str, Path, dict)):
        data = [data]
    data = list(data)
    if data and all(isinstance(d, dict) for d in data):
        return articles_from_frame(pd.DataFrame(data))
    return data


def articles_from_frame(frame: pd.DataFrame) -> list[Article]:
    """Rows of a user's DataFrame as Articles; missing optional columns are None."""
    missing = [c for c in ("id", "text") if c not in frame.columns]
    if missing:
        raise ValueError(f"the articles table has no {' or '.join(repr(c) for c in missing)} column "
                         f"(it has {', '.join(map(str, frame.columns))})")

    def value(row: dict, column: str) -> str | None:
        v = row.get(column)
        return None if v is None or pd.isna(v) else str(v)

    return [Article(id=str(row["id"]), text=str(row["text"]), source=value(row, "source"),
                    date=value(row, "date"), url=value(row, "url"), title=value(row, "title"),
                    origin=f"DataFrame row {i}")
            for i, row in enumerate(frame.to_dict("records"))]


def _with_texts(articles: pd.DataFrame, inputs: list) -> pd.DataFrame:
    """Add article texts for the HTML report if the engine did not return them.

    Re-reads path inputs with the same reader (same ids, same renaming of
    duplicates) rather than changing the engine's output.
    """
    if "text" in articles.columns:
        return articles
    if inputs and isinstance(inputs[0], Article):
        texts = {a.id: a.text for a in inputs}
    else:
        from quotes.corpus import iter_articles
        texts = {a.id: a.text for a in iter_articles([Path(p) for p in inputs], CorpusLog())}
    return articles.assign(text=articles["article_id"].map(texts))


def _articles_from_attrs(quotes: pd.DataFrame) -> pd.DataFrame | None:
    records = quotes.attrs.get(ARTICLES_ATTR)
    return None if records is None else pd.DataFrame(records, columns=list(tables.ARTICLE_COLUMNS))


def _articles_from_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    firsts = quotes.drop_duplicates("article_id")
    return pd.DataFrame({"article_id": firsts["article_id"], "source": firsts["source"],
                         "date": firsts["date"]})
