"""Tidy pandas tables: the quotations, the articles, and the two matrices.

Every table the API returns or writes passes through `tidy_quotes` /
`tidy_articles`, and the same functions run again after
`pandas.read_parquet`, so a table read back from disk is identical to the
one that was written (same dtypes, same category order).

The matrices count *statements* (distinct `statement_id`s: the same words
reported by three outlets are one statement) and *quotations* (rows of the
quotes table). Margins follow `pandas.pivot_table(margins=True)`: the label
`All` marks a group's subtotal row, the grand-total row and the all-outlets
column. Every cell, margins included, is counted directly from the quotes
rows it covers, so a statement quoted by two outlets counts once in `All`.
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from quotes.model import QUOTATION_COLUMNS

#: Speaker groups of the seed domain, in the order reports list them;
#: other labels follow alphabetically.
GROUP_ORDER: tuple[str, ...] = ("government", "union", "prosecutor", "police", "anonymous", "other")
TYPE_ORDER: tuple[str, ...] = ("direct", "partial", "indirect")
RELATION_ORDER: tuple[str, ...] = ("canonical", "translation variant", "fragment", "paraphrase")

MARGIN = "All"
UNATTRIBUTED = "(unattributed)"
NO_GROUP = "(no group)"
UNKNOWN_SOURCE = "(unknown outlet)"
MEASURES: tuple[str, ...] = ("statements", "quotations")

#: Columns of the quotes table, in the order quotes.csv shows them.
QUOTE_COLUMNS: tuple[str, ...] = (
    "article_id", "source", "date", "speaker", "speaker_group", "speaker_mention",
    "type", "start", "end", "text", "cue",
    "statement_id", "statement_relation", "statement_similarity", "statement_review",
)
ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "source", "date", "url", "title", "origin", "n_chars", "text",
)

_QUOTE_DTYPES: dict[str, str] = {
    "article_id": "string", "speaker_mention": "string", "text": "string", "cue": "string",
    "statement_id": "string", "start": "Int64", "end": "Int64",
    "statement_similarity": "Float64", "statement_review": "boolean",
}
_ARTICLE_DTYPES: dict[str, str] = {
    "article_id": "string", "url": "string", "title": "string", "origin": "string",
    "n_chars": "Int64", "text": "string",
}
_STATEMENT_DTYPES: dict[str, str] = {
    "statement_id": "string", "canonical_text": "string", "n_quotations": "Int64",
    "n_articles": "Int64", "n_sources": "Int64", "sources": "string", "has_review": "boolean",
}
STATEMENT_COLUMNS: tuple[str, ...] = (
    "statement_id", "speaker", "speaker_group", "canonical_text", "n_quotations",
    "n_articles", "n_sources", "sources", "first_date", "has_review",
)
_FIXED_CATEGORIES: dict[str, tuple[str, ...]] = {
    "type": TYPE_ORDER, "speaker_group": GROUP_ORDER, "statement_relation": RELATION_ORDER,
}

assert set(QUOTATION_COLUMNS) <= set(QUOTE_COLUMNS), "model.Quotation gained a column"


# --- dtypes -----------------------------------------------------------------

def tidy_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """Give the quotes table its canonical columns, dtypes and category order.

    Idempotent, and the only place dtypes are decided: the API calls it on
    fresh extractions and `from_quotes` calls it on `read_parquet` output, so
    both give identical frames. Columns other modules add are kept, after
    the known ones.
    """
    out = _with_columns(quotes, QUOTE_COLUMNS)
    for col, dtype in _QUOTE_DTYPES.items():
        out[col] = out[col].astype(dtype)
    for col in ("source", "speaker", "speaker_group", "type", "statement_relation"):
        out[col] = _categorical(out[col], _FIXED_CATEGORIES.get(col, ()))
    out["date"] = _dates(out["date"])
    return out.reset_index(drop=True)


def tidy_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Canonical columns and dtypes for the articles table (see `tidy_quotes`)."""
    out = _with_columns(articles, ARTICLE_COLUMNS)
    for col, dtype in _ARTICLE_DTYPES.items():
        out[col] = out[col].astype(dtype)
    out["source"] = _categorical(out["source"], ())
    out["date"] = _dates(out["date"])
    return out.reset_index(drop=True)


def tidy_statements(statements: pd.DataFrame) -> pd.DataFrame:
    """Canonical columns and dtypes for the statements table (see `tidy_quotes`)."""
    out = _with_columns(statements, STATEMENT_COLUMNS)
    for col, dtype in _STATEMENT_DTYPES.items():
        out[col] = out[col].astype(dtype)
    for col in ("speaker", "speaker_group"):
        out[col] = _categorical(out[col], _FIXED_CATEGORIES.get(col, ()))
    out["first_date"] = _dates(out["first_date"])
    return out.reset_index(drop=True)


def _with_columns(df: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    extra = [c for c in df.columns if c not in columns]
    out = df.reindex(columns=[*columns, *extra]).copy()
    out.attrs = {}
    return out


def _categorical(values: pd.Series, fixed: Sequence[str]) -> pd.Series:
    """Categories in a fixed order where one exists, then the rest sorted:
    derived from the values alone, so they survive a parquet round trip."""
    present = {str(v) for v in values.dropna()}
    categories = [*fixed, *sorted(present - set(fixed), key=_sort_key)]
    strings = values.astype("string").astype(object).where(values.notna(), None)
    return pd.Series(pd.Categorical(strings, categories=categories), index=values.index,
                     name=values.name)


def _dates(values: pd.Series) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.astype("datetime64[ns]")
    text = values.astype("string")
    return pd.to_datetime(text, errors="coerce", format="ISO8601").astype("datetime64[ns]")


def _sort_key(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


# --- labels used by the matrices ----------------------------------------------

def outlets(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> list[str]:
    """Every outlet, sorted by name: taken from the articles table, so an
    outlet none of whose articles was quoted still gets a column."""
    labels = set(_source_labels(quotes))
    if articles is not None and len(articles):
        labels |= set(_source_labels(articles))
    return sorted(labels, key=_sort_key)


def group_order(groups: Sequence[str]) -> list[str]:
    """The seed groups first in their fixed order, then others by name, then
    quotations without a group."""
    present = set(groups)
    ordered = [g for g in GROUP_ORDER if g in present]
    ordered += sorted(present - set(GROUP_ORDER) - {NO_GROUP}, key=_sort_key)
    return ordered + ([NO_GROUP] if NO_GROUP in present else [])


def _source_labels(df: pd.DataFrame) -> pd.Series:
    return df["source"].astype(object).where(df["source"].notna(), UNKNOWN_SOURCE).astype(str)


def _labelled(quotes: pd.DataFrame) -> pd.DataFrame:
    """Plain-string labels for grouping: missing speakers, groups and
    sources get a visible placeholder, and a quotation without a statement id
    counts as a statement of its own."""
    q = pd.DataFrame({
        "group": quotes["speaker_group"].astype(object).where(quotes["speaker_group"].notna(), NO_GROUP),
        "speaker": quotes["speaker"].astype(object).where(quotes["speaker"].notna(), UNATTRIBUTED),
        "source": _source_labels(quotes),
    }, index=quotes.index).astype(str)
    own = "quotation:" + quotes["article_id"].astype(str) + ":" + quotes["start"].astype(str)
    q["statement"] = quotes["statement_id"].astype(object).where(quotes["statement_id"].notna(), own)
    return q


# --- speaker-by-source --------------------------------------------------------

def speaker_matrix(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Statements and quotations per speaker and outlet, sub-totalled by group.

    Index: (speaker_group, speaker), with an `All` subtotal row after each
    group's speakers and a final (`All`, `All`) row. Columns: (measure,
    outlet), measure in `MEASURES`, outlets as `outlets()` plus `All`.
    Groups come in `group_order`, speakers by total quotations descending,
    then name.
    """
    q = _labelled(quotes)
    columns = [*outlets(quotes, articles), MARGIN]
    rows: dict[tuple[str, str], list[int]] = {}
    for group in group_order(q["group"].unique().tolist()):
        in_group = q[q["group"] == group]
        by_speaker = dict(list(in_group.groupby("speaker", sort=False)))  # one pass, not a filter per speaker
        for speaker in _speakers_by_weight(in_group):
            rows[(group, speaker)] = _counts(by_speaker[speaker], columns)
        rows[(group, MARGIN)] = _counts(in_group, columns)
    rows[(MARGIN, MARGIN)] = _counts(q, columns)
    index = pd.MultiIndex.from_tuples(list(rows), names=["speaker_group", "speaker"])
    header = pd.MultiIndex.from_product([MEASURES, columns], names=["measure", "source"])
    return pd.DataFrame(list(rows.values()), index=index, columns=header, dtype="Int64")


def _speakers_by_weight(q: pd.DataFrame) -> list[str]:
    sizes = q.groupby("speaker").size()
    return sorted(sizes.index, key=lambda s: (-int(sizes[s]), *_sort_key(s)))


def _counts(q: pd.DataFrame, columns: Sequence[str]) -> list[int]:
    """One matrix row: distinct statements then quotations, per outlet and All."""
    by_source = q.groupby("source")
    statements = by_source["statement"].nunique().to_dict()
    quotations = by_source.size().to_dict()
    statements[MARGIN], quotations[MARGIN] = q["statement"].nunique(), len(q)
    return [int(statements.get(c, 0)) for c in columns] + [int(quotations.get(c, 0)) for c in columns]


# --- statement-by-source ------------------------------------------------------

def statement_matrix(quotes: pd.DataFrame, statements: pd.DataFrame,
                     articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each statement's wording in each outlet.

    Index: statement_id. Columns: speaker, speaker_group, canonical_text,
    then one string column per outlet holding that outlet's distinct
    renderings (oldest first, joined by a newline), or <NA> when the outlet
    did not report the statement. Rows follow the speaker-matrix order of
    their speaker, then the most-quoted statement first, then id.
    """
    q = _labelled(quotes).assign(text=quotes["text"].astype(str), date=quotes["date"],
                                 article_id=quotes["article_id"], start=quotes["start"])
    q = q.sort_values(["date", "article_id", "start"], na_position="last", kind="stable")
    per = q.groupby("statement").agg(speaker_group=("group", "first"), speaker=("speaker", "first"),
                                     n=("text", "size"), canonical_text=("text", "first"))
    per.update(_statement_labels(statements))
    rank = {pair: i for i, pair in enumerate(_speaker_order(q))}
    keys = {s: (rank.get((g, sp), len(rank)), -n, s)
            for s, g, sp, n in zip(per.index, per["speaker_group"], per["speaker"], per["n"])}
    order = sorted(per.index, key=keys.__getitem__)
    wording: dict[tuple, str] = {}  # (statement, source) -> distinct renderings, oldest first
    for s, source, text in zip(q["statement"], q["source"], q["text"]):
        seen = wording.setdefault((s, source), {})
        seen[text] = None
    wording = {k: "\n".join(v) for k, v in wording.items()}

    table = per.loc[order, ["speaker", "speaker_group", "canonical_text"]].astype("string")
    table.index = pd.Index(order, name="statement_id", dtype="string")
    for source in outlets(quotes, articles):
        table[source] = pd.array([wording.get((s, source), pd.NA) for s in order], dtype="string")
    return table


def _statement_labels(statements: pd.DataFrame) -> pd.DataFrame:
    """Speaker, group and canonical text as the statements table names them."""
    info = statements.set_index(statements["statement_id"].astype(str))
    return pd.DataFrame({
        "speaker": info["speaker"].astype(object).where(info["speaker"].notna(), UNATTRIBUTED),
        "speaker_group": info["speaker_group"].astype(object).where(info["speaker_group"].notna(), NO_GROUP),
        "canonical_text": info["canonical_text"].astype(object),
    }).dropna()


def _speaker_order(q: pd.DataFrame) -> list[tuple[str, str]]:
    """(group, speaker) pairs of labelled quotes in speaker-matrix order."""
    pairs = []
    for group in group_order(q["group"].unique().tolist()):
        pairs += [(group, s) for s in _speakers_by_weight(q[q["group"] == group])]
    return pairs
