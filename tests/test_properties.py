"""Property tests: the detector survives any text and its offsets stay true.

Text is built from news-like pieces (every quote-mark style, cue verbs,
names, apostrophes, unbalanced marks, control characters, RTL marks,
zero-width spaces, newlines) mixed with arbitrary Unicode, and goes through
the same per-article path `quotes.extract.run` uses: normalise, the spaCy
pipeline, `article_quotations`.

The default profile is quick; the `hypothesis_heavy` group (>= 10,000
examples in all) is what CI runs.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes.extract import article_quotations
from quotes.model import Article, Quotation
from quotes.normalise import normalise
from quotes.pipeline import build_nlp

# Built once per scope: a pipeline takes a second and the properties run thousands of times.
NLPS = {"statements": build_nlp(), "attributions": build_nlp(scope="attributions")}

QUOTE_PAIRS = [("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u00ab ", " \u00bb"), ("\u00ab", "\u00bb"),
               ('"', '"'), ("'", "'"), ("\u201e", "\u201c"), ("``", "''")]
NAMES = ["Gerald Darmanin", "the justice minister", "Mr Darmanin", "a union official", "he", "she",
         "Emmanuel Baudin of the FO union", "prosecutors", "a police source", "O'Brien"]
CUES = ["said", "told reporters", "added", "warned", "according to", "insisted", "wrote", "claimed",
        "vowed", "called for", "seemed to", "is expected to", "voted against"]
CLAUSES = ["we will not give in", "the State will not bow", "it's an act of war",
           "they'll pay for this", "every network would be dismantled", "the guards are exhausted",
           "l'\u00c9tat ne c\u00e9dera pas", "this is not over"]
ODDITIES = ["\u200b", "\u200f", "\u202e", "\u2066", "\ufeff", "\u00ad", "\x00", "\x07", "\x1b[1m",
            "\r\n", "\n", "\n\n", "\t", "\u2028", "\u00a0", "\u05d4\u05e9\u05e8", "\u0627\u0644\u0648\u0632\u064a\u0631",
            "\u201c", "\u201d", "\u00ab", "\u00bb", '"', "'", "\u2019", "U.S.", "e.g.", "...", "\u2014"]


@st.composite
def quote_sentences(draw) -> str:
    """A sentence quoting someone, in one of the shapes news uses."""
    open_, close = draw(st.sampled_from(QUOTE_PAIRS))
    clause, name, cue = draw(st.sampled_from(CLAUSES)), draw(st.sampled_from(NAMES)), draw(st.sampled_from(CUES))
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"{open_}{clause.capitalize()},{close} {name} {cue}."
    if shape == 1:
        return f"{name.capitalize()} {cue} {open_}{clause}{close}."
    if shape == 2:
        return f"{name.capitalize()} {cue} that {clause}."
    return f"{open_}{clause.capitalize()}.{close}"


pieces = st.one_of(quote_sentences(), quote_sentences(), st.sampled_from(ODDITIES),
                   st.sampled_from(NAMES + CUES + CLAUSES), st.text(max_size=40))
news_text = st.lists(pieces, max_size=25).map(lambda parts: " ".join(parts))

# Unrelated prose put before an article: no quote marks, no cue verbs, no
# names or pronouns a later attribution could latch on to.
FILLER = ["The weather in Marseille stayed mild through the week.",
          "Traffic on the A7 motorway was heavy on Sunday evening.",
          "The museum reopens in June after two years of renovation.",
          "Wheat prices rose by three percent over the month."]
filler = st.lists(st.sampled_from(FILLER), min_size=1, max_size=6).map(" ".join)
# Paragraphs, not sentences: an unbalanced quote mark at the start of an
# article may legitimately pair differently once a sentence joins its paragraph.
PARAGRAPH_BREAKS = st.sampled_from(["\n\n", "\n"])


def quotations(text: str, body_start: int = 0, scope: str = "statements") -> list[Quotation]:
    """Quotations of one article, through extract's per-article path."""
    article = Article(id="a", text=text, body_start=body_start)
    norm = normalise(text, body_start)
    nlp = NLPS[scope]
    nlp.max_length = max(nlp.max_length, len(norm.text) + 1)
    return [p.quotation for p in article_quotations(nlp(norm.text), article, norm)]


def check_offsets(text: str, scope: str = "statements") -> None:
    for q in quotations(text, scope=scope):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.type in ("direct", "partial", "indirect")


def check_prefix_invariance(text: str, prefix: str, separator: str) -> None:
    """The same quotations, shifted, after unrelated text is put before the article."""
    before = [(q.start, q.end, q.text, q.type, q.speaker_mention, q.cue) for q in quotations(text)]
    shift = len(prefix) + len(separator)
    after = [(q.start - shift, q.end - shift, q.text, q.type, q.speaker_mention, q.cue)
             for q in quotations(prefix + separator + text)]
    assert after == before


fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
heavy = settings(max_examples=4_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(news_text)
def test_offsets_point_at_the_quotation(text):
    check_offsets(text)


@fast
@given(news_text)
def test_offsets_point_at_the_attribution(text):
    """The wider scope widens fragments and adds hedges: its spans must stay true too."""
    check_offsets(text, "attributions")


@fast
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    check_offsets(text)


@fast
@given(news_text, filler, PARAGRAPH_BREAKS)
@example(  # a speaker's label later in the first paragraph is no title line's
    "“We will not give in,” Gerald Darmanin said. "
    "Gerald Darmanin : “We will not give in,” Gerald Darmanin according to.",
    "The weather in Marseille stayed mild through the week.", "\n\n")
def test_unrelated_text_before_does_not_change_quotations(text, prefix, separator):
    check_prefix_invariance(text, prefix, separator)


@fast
@given(news_text, st.integers(0, 30))
def test_nothing_is_found_in_the_metadata_prefix(text, cut):
    body_start = min(cut, len(text))
    for q in quotations(text, body_start):
        assert q.start >= body_start or q.start == q.end


@pytest.mark.hypothesis_heavy
@heavy
@given(news_text)
def test_offsets_heavy(text):
    check_offsets(text)


@pytest.mark.hypothesis_heavy
@settings(heavy, max_examples=2_000)
@given(news_text)
def test_attribution_offsets_heavy(text):
    check_offsets(text, "attributions")


@pytest.mark.hypothesis_heavy
@settings(heavy, max_examples=2_000)
@given(st.text(max_size=300))
def test_arbitrary_unicode_heavy(text):
    check_offsets(text)


@pytest.mark.hypothesis_heavy
@heavy
@given(news_text, filler, PARAGRAPH_BREAKS)
def test_prefix_invariance_heavy(text, prefix, separator):
    check_prefix_invariance(text, prefix, separator)
