"""Markdown and HTML reports of an `Analysis`.

Both reports show the same things: a summary, the speaker-by-source
matrix with group subtotals, the statement-by-source matrix, the articles
and the skipped inputs. The HTML report adds a heatmap, word-level diffs of
each statement's renderings, sortable/filterable tables and the articles'
texts with every quotation highlighted.

Safety: article text is untrusted. Markdown cells are escaped by
`escape_md`; the HTML goes through Jinja2 with autoescape on, nothing taken
from an article is marked safe, links are kept only for http(s) URLs, and a
Content-Security-Policy lets only our own inline script run and forbids any
network request.
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

import pandas as pd

from quotes.statements import reading_order
from quotes.tables import MARGIN, MEASURES

if TYPE_CHECKING:
    from quotes.analysis import Analysis

TITLE = "Quotations across outlets"
# Next to this module rather than importlib.resources: `quotes` has no
# __init__.py, and namespace packages do not support resource readers.
TEMPLATES = Path(__file__).resolve().parent / "templates"


# --- shared helpers -------------------------------------------------------------

def safe_url(url: object) -> str | None:
    """The URL if it is an absolute http(s) URL, else None (no javascript:,
    data: or relative links reach a report)."""
    if url is None or pd.isna(url):
        return None
    text = str(url).strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(text, safe=":/?#[]@!$&'*+,;=%~-._")


def summary(analysis: Analysis) -> list[tuple[str, int]]:
    q = analysis.quotes
    return [
        ("Articles", len(analysis.articles)),
        ("Outlets", _n_outlets(analysis)),
        ("Quotations", len(q)),
        ("Statements", int(q["statement_id"].nunique()) + int(q["statement_id"].isna().sum())),
        ("Speakers", int(q["speaker"].nunique())),
        ("Skipped inputs", len(analysis.log.skipped)),
    ]


def _n_outlets(analysis: Analysis) -> int:
    return sum(1 for c in analysis.speaker_matrix.columns.get_level_values("source").unique() if c != MARGIN)


def _outlet_columns(analysis: Analysis) -> list[str]:
    return [c for c in analysis.speaker_matrix["quotations"].columns if c != MARGIN]


def _cell_text(statements: int, quotations: int) -> str:
    return f"{statements} st / {quotations} q" if quotations else "–"


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else str(value)


def _date(value: object) -> str:
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


# --- Markdown -------------------------------------------------------------------

#: What inline Markdown in a table cell can read as syntax: emphasis, code,
#: links, HTML, the cell separator, strikethrough, entities and GitHub's $math$.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def escape_md(value: object) -> str:
    """One line of GFM-safe text: every punctuation mark Markdown could read
    as syntax is backslash-escaped (CommonMark allows this for all ASCII
    punctuation), `|` included so it cannot split a table cell, and line
    breaks become `<br>`, the only HTML the report itself emits."""
    text = _MD_SPECIAL.sub(r"\\\1", _text(value))
    return "<br>".join(part.strip() for part in re.split(r"\r\n|\r|\n", text))


def gfm_table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str = "") -> str:
    """A GitHub-flavoured Markdown table of already-escaped cells.

    `align` holds one letter per column (`l`, `r`, `c`), default left.
    """
    marks = {"l": ":---", "r": "---:", "c": ":---:"}
    align = align.ljust(len(header), "l")
    lines = ["| " + " | ".join(header) + " |",
             "| " + " | ".join(marks[a] for a in align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(analysis: Analysis) -> str:
    """The report as GitHub-flavoured Markdown."""
    parts = [f"# {TITLE}", "", _md_summary(analysis), "",
             "## Who is quoted where", "",
             "Each cell: statements / quotations (`2 st / 3 q`). A statement reported by several "
             "outlets counts once in **All**; **All** rows are group subtotals.", "",
             _md_speaker_matrix(analysis), "",
             "## Statements across outlets", "",
             "Each outlet's wording of each statement; an empty cell means the outlet did not report it.", "",
             _md_statement_matrix(analysis), "",
             "## Articles", "", _md_articles(analysis), "",
             "## Skipped inputs", "", _md_skipped(analysis), ""]
    return "\n".join(parts)


def _md_summary(analysis: Analysis) -> str:
    return gfm_table(["", "Count"], [[name, str(n)] for name, n in summary(analysis)], "lr")


def _md_speaker_matrix(analysis: Analysis) -> str:
    m = analysis.speaker_matrix
    columns = [*_outlet_columns(analysis), MARGIN]
    rows, previous = [], None
    for (group, speaker), row in _rows(m):
        cells = [_cell_text(row[("statements", c)], row[("quotations", c)]) for c in columns]
        if speaker == MARGIN:
            label = "**All groups**" if group == MARGIN else f"**All {escape_md(group)}**"
            rows.append(["", label, *(f"**{c}**" for c in cells)])
        else:
            rows.append([escape_md(group) if group != previous else "", escape_md(speaker), *cells])
        previous = group
    header = ["Group", "Speaker", *(escape_md(c) for c in columns)]
    return gfm_table(header, rows, "ll" + "r" * len(columns))


def _md_statement_matrix(analysis: Analysis) -> str:
    sm = analysis.statement_matrix
    outlets = _outlet_columns(analysis)
    if sm.empty:
        return "_No quotations found._"
    rows = [[escape_md(r["speaker"]), escape_md(r["canonical_text"]), *(escape_md(r[o]) for o in outlets)]
            for _, r in _rows(sm)]
    return gfm_table(["Speaker", "Statement", *(escape_md(o) for o in outlets)], rows)


def _md_articles(analysis: Analysis) -> str:
    counts = analysis.quotes.groupby("article_id").size()
    rows = []
    for _, a in _rows(analysis.articles):
        url = safe_url(a["url"])
        title = escape_md(a["title"]) or escape_md(a["article_id"])
        rows.append([escape_md(a["article_id"]), escape_md(a["source"]), _date(a["date"]),
                     f"[{title}](<{url}>)" if url else title, str(int(counts.get(a["article_id"], 0)))])
    return gfm_table(["Article", "Outlet", "Date", "Title / link", "Quotations"], rows, "llllr")


def _md_skipped(analysis: Analysis) -> str:
    if not analysis.log.skipped:
        return "None: every input was analysed."
    rows = [[escape_md(s.file), _text(s.line), escape_md(s.article_id), escape_md(s.reason)]
            for s in analysis.log.skipped]
    return gfm_table(["File", "Line", "Article", "Reason"], rows, "lrll")


# --- word diff ---------------------------------------------------------------------

@dataclass(frozen=True)
class DiffSegment:
    """A run of words that the variant shares with the canonical text
    (`same`), replaces or drops (`del`, canonical words), adds (`ins`), or
    leaves out at either end (`cut`, canonical words)."""

    op: str
    text: str


def word_diff(canonical: str, variant: str) -> list[DiffSegment]:
    """Word-level diff, comparing words without case or edge punctuation so
    that "networks," and "networks." do not count as a change.

    Canonical words before the first or after the last shared word are the
    part the outlet did not quote at all (a fragment, a shorter excerpt):
    they become one `cut` segment ("…") rather than a wall of struck text.
    """
    old, new = canonical.split(), variant.split()
    matcher = difflib.SequenceMatcher(a=[_word_key(w) for w in old], b=[_word_key(w) for w in new],
                                      autojunk=False)
    opcodes = matcher.get_opcodes()
    shared = [k for k, (op, *_) in enumerate(opcodes) if op == "equal"]
    segments: list[DiffSegment] = []
    for k, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            segments.append(DiffSegment("same", " ".join(new[j1:j2])))
            continue
        outside = bool(shared) and (k < shared[0] or k > shared[-1])
        if i2 > i1:
            segments.append(DiffSegment("cut" if outside else "del", " ".join(old[i1:i2])))
        if j2 > j1:
            segments.append(DiffSegment("ins", " ".join(new[j1:j2])))
    return segments


def _word_key(word: str) -> str:
    return re.sub(r"^\W+|\W+$", "", word.casefold().replace("’", "'")) or word


# --- HTML view model ---------------------------------------------------------------

@dataclass
class HeatCell:
    statements: int
    quotations: int
    style: str


@dataclass
class HeatRow:
    group: str
    speaker: str
    kind: str  # "speaker" | "subtotal" | "total"
    cells: list[HeatCell]
    first_in_group: bool


@dataclass
class Variant:
    source: str
    date: str
    relation: str
    text: str
    segments: list[DiffSegment]
    href: str
    review: bool


@dataclass
class StatementView:
    id: str
    speaker: str
    group: str
    canonical: str
    n_quotations: int
    outlets: list[str]
    variants: list[Variant]


@dataclass
class QuoteRow:
    href: str
    article: str
    source: str
    date: str
    speaker: str
    group: str
    type: str
    text: str
    start: str
    end: str
    statement: str


@dataclass
class TextPiece:
    text: str
    quote_ids: list[str] = field(default_factory=list)  # anchors that start here
    marked: bool = False
    speaker: str = ""


@dataclass
class ArticleView:
    anchor: str
    id: str
    source: str
    date: str
    title: str
    url: str | None
    n_quotes: int
    pieces: list[TextPiece]


def _heatmap(analysis: Analysis) -> tuple[list[str], list[HeatRow]]:
    m = analysis.speaker_matrix
    columns = [*_outlet_columns(analysis), MARGIN]
    speaker_rows = m[m.index.get_level_values("speaker") != MARGIN]
    peak = int(speaker_rows[("quotations", MARGIN)].max()) if len(speaker_rows) else 0
    rows, previous = [], None
    for (group, speaker), row in _rows(m):
        kind = "total" if group == MARGIN else "subtotal" if speaker == MARGIN else "speaker"
        cells = [HeatCell(int(row[("statements", c)]), int(row[("quotations", c)]),
                          _heat_style(int(row[("quotations", c)]), peak) if kind == "speaker" else "")
                 for c in columns]
        rows.append(HeatRow(group, speaker, kind, cells, first_in_group=group != previous))
        previous = group
    return columns, rows


def _heat_style(count: int, peak: int) -> str:
    """Background from white to deep blue by share of the busiest speaker row."""
    if not count or not peak:
        return ""
    share = count / peak
    low, high = (239, 246, 255), (29, 78, 216)
    rgb = ", ".join(str(round(lo + (hi - lo) * (0.15 + 0.85 * share))) for lo, hi in zip(low, high))
    ink = "#fff" if share > 0.45 else "#0f172a"
    return f"background-color: rgb({rgb}); color: {ink}"


def _anchors(analysis: Analysis) -> tuple[dict[str, str], list[str]]:
    """Anchor of each article (by id) and of each quotation (by row)."""
    articles = {str(a): f"art-{i}" for i, a in enumerate(analysis.articles["article_id"])}
    quotes = [f"q-{i}" for i in range(len(analysis.quotes))]
    return articles, quotes


def _statement_views(analysis: Analysis, quote_href: list[str]) -> list[StatementView]:
    q = analysis.quotes.assign(_href=quote_href)
    sm = analysis.statement_matrix
    by_statement: dict[str, list[dict]] = {}
    for r in q.to_dict("records"):  # plain records: a pandas filter per statement is quadratic
        by_statement.setdefault(r["statement_id"], []).append(r)
    views = []
    for sid, info in _rows(sm):
        members = sorted(by_statement.get(sid, []), key=reading_order)
        canonical = _text(info["canonical_text"])
        variants = [Variant(source=_text(r["source"]), date=_date(r["date"]),
                            relation=_text(r["statement_relation"]), text=_text(r["text"]),
                            segments=word_diff(canonical, _text(r["text"])), href=r["_href"],
                            review=bool(r["statement_review"]) if pd.notna(r["statement_review"]) else False)
                    for r in members]
        views.append(StatementView(id=str(sid), speaker=_text(info["speaker"]), group=_text(info["speaker_group"]),
                                   canonical=canonical, n_quotations=len(members),
                                   outlets=sorted({v.source for v in variants}), variants=variants))
    return views


def _quote_rows(analysis: Analysis, quote_href: list[str]) -> list[QuoteRow]:
    return [QuoteRow(href=quote_href[i], article=_text(r["article_id"]), source=_text(r["source"]),
                     date=_date(r["date"]), speaker=_text(r["speaker"]), group=_text(r["speaker_group"]),
                     type=_text(r["type"]), text=_text(r["text"]), start=_text(r["start"]),
                     end=_text(r["end"]), statement=_text(r["statement_id"]))
            for i, (_, r) in enumerate(_rows(analysis.quotes))]


def _quote_hrefs(analysis: Analysis) -> list[str]:
    """Where each quotation links: its highlighted span when the article text
    is known and the offsets fit, else the article's heading."""
    article_anchor, quote_anchor = _anchors(analysis)
    lengths = dict(zip(analysis.articles["article_id"].astype(str),
                       analysis.articles["text"].map(lambda t: len(t) if isinstance(t, str) else -1)))
    hrefs = []
    for i, (_, r) in enumerate(_rows(analysis.quotes)):
        aid = str(r["article_id"])
        if _span_fits(r, lengths.get(aid, -1)):
            hrefs.append(f"#{quote_anchor[i]}")
        else:
            hrefs.append(f"#{article_anchor[aid]}" if aid in article_anchor else "#quotations")
    return hrefs


def _span_fits(row: dict, length: int) -> bool:
    return pd.notna(row["start"]) and pd.notna(row["end"]) and 0 <= row["start"] < row["end"] <= length


def _article_views(analysis: Analysis) -> list[ArticleView]:
    article_anchor, quote_anchor = _anchors(analysis)
    q = analysis.quotes.assign(_anchor=quote_anchor)
    views = []
    by_article = {str(aid): g for aid, g in q.groupby("article_id", sort=False, observed=True)}
    for _, a in _rows(analysis.articles):
        aid = str(a["article_id"])
        text = a["text"] if isinstance(a["text"], str) else ""
        mine = by_article.get(aid, q.iloc[:0])
        spans = [(int(r["start"]), int(r["end"]), r["_anchor"], _text(r["speaker"]))
                 for _, r in _rows(mine) if _span_fits(r, len(text))]
        views.append(ArticleView(anchor=article_anchor[aid], id=aid, source=_text(a["source"]),
                                 date=_date(a["date"]), title=_text(a["title"]), url=safe_url(a["url"]),
                                 n_quotes=len(mine), pieces=_highlight(text, spans)))
    return views


def _rows(frame: pd.DataFrame) -> list[tuple]:
    """(index, row-as-dict) pairs: iterrows builds a Series per row, which
    dominated the time of a report with tens of thousands of quotations."""
    return list(zip(frame.index, frame.to_dict("records")))


def _highlight(text: str, spans: list[tuple[int, int, str, str]]) -> list[TextPiece]:
    """Cut the text at every span boundary; a piece inside any span is marked,
    and carries the anchors of the spans that start there."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    starting: dict[int, list] = {}
    for sp in sorted(spans):
        starting.setdefault(sp[0], []).append(sp)
    pieces, covering = [], []
    for lo, hi in zip(cuts, cuts[1:]):  # one sweep: spans open and close at cuts
        opened = starting.get(lo, [])
        covering = [sp for sp in covering if sp[1] > lo] + opened
        pieces.append(TextPiece(text=text[lo:hi], quote_ids=[sp[2] for sp in opened],
                                marked=bool(covering), speaker=covering[0][3] if covering else ""))
    return pieces


# --- HTML rendering ----------------------------------------------------------------

def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _script() -> tuple[str, str]:
    """Our one inline script and its CSP hash: the policy then refuses any
    other script, should one ever slip through escaping."""
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return script, f"sha256-{digest}"


def render_html(analysis: Analysis) -> str:
    """The report as one self-contained HTML page (no external resource)."""
    script, script_hash = _script()
    hrefs = _quote_hrefs(analysis)
    columns, heat_rows = _heatmap(analysis)
    outlets = _outlet_columns(analysis)
    template = _environment().get_template("report.html.j2")
    return template.render(
        title=TITLE, summary=summary(analysis), measures=MEASURES, margin=MARGIN,
        heat_columns=columns, heat_rows=heat_rows,
        statements=_statement_views(analysis, hrefs),
        matrix_outlets=outlets,
        matrix_rows=[(str(sid), _text(r["speaker"]), _text(r["canonical_text"]),
                      [_text(r[o]).split("\n") if pd.notna(r[o]) else [] for o in outlets])
                     for sid, r in _rows(analysis.statement_matrix)],
        quotes=_quote_rows(analysis, hrefs),
        articles=_article_views(analysis),
        skipped=analysis.log.skipped,
        script=script, script_hash=script_hash,
    )
