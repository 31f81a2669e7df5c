"""The local engine streams articles through spaCy memory zones: the same
records as one long run, without the Vocab growing with the corpus."""
from __future__ import annotations

from quotes.extract import extract_articles
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
