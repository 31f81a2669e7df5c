"""The local engine streams articles through spaCy memory zones: the same
records as one long run, without the Vocab growing with the corpus."""
from __future__ import annotations

from spacy.language import Language

from quotes.extract import extract_articles
from quotes.model import Article, CorpusLog
from quotes.pipeline import build_nlp
from tests.benchmarks.newsgen import news_articles


def _records(articles, zone_size: int):
    nlp = build_nlp()
    rows = [(p.quotation.to_dict(), p.speaker)
            for p in extract_articles(articles, nlp, zone_size=zone_size, warm_up=zone_size)]
    return rows, len(nlp.vocab.strings)


def test_memory_zones_give_the_same_records_and_free_the_new_words():
    articles = news_articles(30_000, seed=3)  # generated names and words: a long vocabulary tail
    assert len(articles) > 10
    plain, plain_strings = _records(articles, zone_size=10**9)
    zoned, zoned_strings = _records(articles, zone_size=5)
    assert plain and zoned == plain
    assert zoned_strings < plain_strings  # the words of every zone after the first were evicted


@Language.component("fails_on_one_article")
def _fails_on_one_article(doc):
    """Stands in for a rule that trips on one article's text."""
    if "Zanzibar" in doc.text:
        raise ValueError("tripped")
    return doc


def test_an_article_the_pipeline_fails_on_is_skipped_and_the_rest_analysed():
    articles = [Article(id=f"a{i}", text=f'"The port will reopen in week {i}," the mayor said.', origin=f"news.jsonl:{i + 1}")
                for i in range(5)]
    articles[2] = Article(id="a2", text='"Zanzibar stays closed," the mayor said.', origin="news.jsonl:3")
    nlp = build_nlp()
    nlp.add_pipe("fails_on_one_article", first=True)
    log = CorpusLog()
    got = {p.quotation.article_id for p in extract_articles(articles, nlp, batch_size=4, log=log)}
    assert got == {"a0", "a1", "a3", "a4"}
    [skip] = log.skipped
    assert (skip.file, skip.line, skip.article_id) == ("news.jsonl", 3, "a2")
    assert "ValueError" in skip.reason and "tripped" in skip.reason
