"""quotes: find, attribute and compare quotations across a corpus of English news.

    import quotes
    df = quotes.find_quotations("corpus/articles.jsonl")   # one row per quotation
    result = quotes.analyze("corpus/")                     # tables, matrices, reports
    result = quotes.from_quotes(pd.read_parquet("reports/quotes.parquet"))

Heavy imports (spaCy, pandas) happen on first use, so `import quotes` is cheap.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["find_quotations", "analyze", "from_quotes"]


def find_quotations(inputs, *, model=None, speakers=None, scope="statements"):
    """The quotations of a corpus as a DataFrame.

    `inputs`: a path (file or folder) or a list of paths; a DataFrame with
    `id` and `text` columns; or a list of dicts with those keys (or of
    `quotes.model.Article`). `scope="attributions"` also reports
    intentions, commitments and stances, and a quoted fragment with its
    whole clause (PARC/PolNeAR-style attribution).
    """
    from quotes.analysis import as_inputs
    from quotes.extract import run

    return run(as_inputs(inputs), model=model, speakers=speakers, scope=scope).quotes


def analyze(data, *, model=None, speakers=None, scope="statements"):
    """Run the whole pipeline; see quotes.analysis.analyze."""
    from quotes.analysis import analyze as _analyze

    return _analyze(data, model=model, speakers=speakers, scope=scope)


def from_quotes(quotes, articles=None):
    """Rebuild statements, matrices and reports from a quotes table (e.g. quotes.parquet)."""
    from quotes.analysis import from_quotes as _from_quotes

    return _from_quotes(quotes, articles)
