"""The reporter's sentence: the unit attribution works on.

A sentence keeps its quotations whole inside it, so a quote with a full
stop of its own does not end the reporter's sentence when its attribution
follows (`"Are you serious?" Trump asked.`). `Found` is what the
attribution rules produce for each quotation or reported clause, with
offsets into the cleaned text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc

from quotes import lexicon
from quotes.detect import OPENING_MARKS, QuoteSpan, find_quotes, paragraphs, sentence_starts
from quotes.mentions import Mention
from quotes.subjects import FINITE


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy's `Doc.text` joins every token on
    each call, which made attribution quadratic in the article's length."""
    text = doc.user_data.get("quotes.text")
    if text is None:
        text = doc.user_data["quotes.text"] = doc.text
    return text


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    quotes: list[QuoteSpan] = field(default_factory=list)
    tok_start: int = 0
    tok_end: int = 0


@dataclass(slots=True)
class Found:
    """A quotation found in one article, before speakers are made canonical.
    Offsets are into the cleaned text."""

    start: int
    end: int
    type: str
    cue: str | None = None
    mention: Mention | None = None
    inherited_from: int | None = None  # index of the quotation whose speaker this one shares
    paragraph: int = 0
    headline: bool = False  # read off a title line, whose capitalised words are not names


def sentences_of(doc: Doc) -> list[Sentence]:
    """Reporter sentences with their quotations, paragraph by paragraph."""
    text = text_of(doc)
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    by_para: dict[int, list[QuoteSpan]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph, []).append(q)
    out: list[Sentence] = []
    for n, (p_start, p_end) in enumerate(paras):
        qs = by_para.get(n, [])
        starts = sentence_starts(text, p_start, p_end, qs)
        starts = [st for i, st in enumerate(starts) if i == 0 or not _attribution_after_quote(text, starts[i - 1], st)]
        ends = starts[1:] + [p_end]
        anchors = [max(q.start, q.open_mark) for q in qs]  # sorted, as qs is
        for s, e in zip(starts, ends):
            sent = Sentence(s, e, n, qs[bisect_left(anchors, s):bisect_left(anchors, e)])
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            sent.tok_start, sent.tok_end = span.start, span.end
            out.append(sent)
    return out



QUOTE_THEN_STOP = re.compile(r"[.!?…][\"”’'»]{1,2}\s*$")

WORD = re.compile(r"[\w.'’-]+")

STOP_OR_QUOTE = re.compile(r"[.!?]\s|[.!?]$|[\"“]")


def _attribution_after_quote(text: str, prev: int, start: int) -> bool:
    """`“Are you serious?” Trump asked reporters.`: after a quoted sentence
    that ends on its own stop, a capitalised speaker and a cue verb are the
    quotation's attribution, not a new sentence."""
    if not QUOTE_THEN_STOP.search(text, max(0, start - 4), start) or text[prev:start].lstrip()[:1] not in OPENING_MARKS:
        return False
    words = WORD.findall(text, start, start + 80)[:7]
    cues = lexicon.cues()
    lex = lexicon.mentions()
    for i, w in enumerate(words):
        w = w.strip(".")
        low = w.lower()
        if not w:
            return False
        if i and w.islower() and cues.classes(low):
            return i <= 5 and _ends_soon(text, text.find(w, start) + len(w))
        if not (w[0].isupper() or low in lex.determiners or low.rstrip(",") in lex.speaker_nouns):
            return False
    return False


def _ends_soon(text: str, k: int) -> bool:
    """After the cue, only a few words and no verb before the sentence ends
    (`… asked reporters rhetorically.`), not a reported clause of its own
    (`Staff unions said burnt vehicles had been found …`)."""
    stop = STOP_OR_QUOTE.search(text, k, k + 160)
    tail = [w.lower() for w in WORD.findall(text, k, stop.start() if stop else k + 160)]
    return stop is not None and len(tail) <= 10 and not any(w in FINITE or w == "that" for w in tail)
