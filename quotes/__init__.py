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


def find_quotations(inputs, *, model=None, speakers=None):
    """The quotations of a corpus as a DataFrame.

    `inputs`: a path (file or folder) or a list of paths; a DataFrame with
    `id` and `text` columns; or a list of dicts with those keys (or of
    `quotes.model.Article`).
    """
    from quotes.analysis import articles_from_frame
    from quotes.extract import run

    if isinstance(inputs, dict) or not isinstance(inputs, (list, tuple)) and not _is_frame(inputs):
        inputs = [inputs]
    if _is_frame(inputs):
        inputs = articles_from_frame(inputs)
    elif inputs and all(isinstance(i, dict) for i in inputs):
        import pandas as pd

        inputs = articles_from_frame(pd.DataFrame(list(inputs)))
    return run(inputs, model=model, speakers=speakers).quotes


def _is_frame(obj) -> bool:
    return type(obj).__name__ == "DataFrame" and hasattr(obj, "columns")


def analyze(data, *, model=None, speakers=None):
    """Run the whole pipeline; see quotes.analysis.analyze."""
    from quotes.analysis import analyze as _analyze

    return _analyze(data, model=model, speakers=speakers)


def from_quotes(quotes, articles=None):
    """Rebuild statements, matrices and reports from a quotes table (e.g. quotes.parquet)."""
    from quotes.analysis import from_quotes as _from_quotes

    return _from_quotes(quotes, articles)
