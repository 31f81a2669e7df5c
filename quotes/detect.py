"""Finding quoted text: quote marks, paragraphs and reporter sentences.

News uses every quote style ("…", “…”, ‘…’, «…»), nests them, drops an
opening mark now and then, and runs a quotation over several paragraphs by
leaving a paragraph's quote open. A quote mark's role is read from its
context rather than its shape: a mark with a space before and a letter after
can open, one with a letter before and a space or punctuation after can
close, and a single mark between two letters (France’s) is an apostrophe.
Marks are then paired per paragraph with a stack, per family (double or
single), so that an inner quote inside an outer one is not a quotation of
its own.

Everything here works on character offsets of the cleaned text; sentence
boundaries are found outside quotations only, so a multi-sentence quote is
one unit inside one reporter sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import islice
from dataclasses import dataclass

DOUBLE, SINGLE = "double", "single"
# mark -> (family, preferred role): "open", "close" or "either"
MARKS: dict[str, tuple[str, str]] = {
    '"': (DOUBLE, "either"), "“": (DOUBLE, "open"), "”": (DOUBLE, "close"),
    "„": (DOUBLE, "open"), "‟": (DOUBLE, "open"), "«": (DOUBLE, "open"), "»": (DOUBLE, "close"),
    "'": (SINGLE, "either"), "‘": (SINGLE, "open"), "’": (SINGLE, "close"),
    "‚": (SINGLE, "open"), "‹": (SINGLE, "open"), "›": (SINGLE, "close"),
}
MARK_RE = re.compile("[" + re.escape("".join(MARKS)) + "]")
OPENING_MARKS = frozenset(m for m, (_, role) in MARKS.items() if role != "close")
CLOSING_MARKS = frozenset(m for m, (_, role) in MARKS.items() if role != "open")
OPEN_BEFORE = set(" \n\t([{—–-/:;,") | {""}  # what may stand before an opening mark
CLOSE_AFTER = set(" \n\t)]}.,;:!?—–-/…") | {""}  # what may stand after a closing mark
PARAGRAPH_RE = re.compile(r"[^\n]+")
# End of a sentence: terminal punctuation, optional closing marks/brackets,
# then space and something that can start a sentence.
SENTENCE_END = re.compile(r"[.!?…]+[\"”’'»)\]]*\s+(?=[\"“‘'«(\[]{0,2}[A-Z0-9À-Ý])")
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|Hon|Pres|"
    r"Atty|Supt|Insp|No|Nos|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
    r"Dec|Mt|Ft|approx|est|dept|Dept|Univ|Ave|Blvd|Rd)|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])$")

# An initialism at the end ("U.S.", "D.C.") and a word that opens sentences
# after it: the stop is the initialism's and the sentence's.
INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){1,3}[A-Za-z]$")
SENTENCE_OPENER = re.compile(r"(?:He|She|They|It|We|I|The|But|And|This|That|His|Her|Their|Its|In|On|At)\b")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted content between two marks (the marks lie outside start/end).

    `open_mark`/`close_mark` are -1 when the mark is missing: a quote whose
    opening mark the outlet forgot, or one left open at the end of a
    paragraph (multi-paragraph quotes, or a truncated one).
    """

    start: int
    end: int
    open_mark: int
    close_mark: int
    paragraph: int

    @property
    def open_missing(self) -> bool:
        return self.open_mark < 0

    @property
    def close_missing(self) -> bool:
        return self.close_mark < 0


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs four object.__setattr__ calls
class Mark:
    pos: int
    family: str
    can_open: bool
    can_close: bool


#: The last text `paragraphs` was asked about and its answer: attribution
#: and the speaker timeline ask three times per article.
_last_paragraphs: tuple[str, list[tuple[int, int]]] = ("", [])


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, stripped: a paragraph is the widest unit a quote
    can span without the multi-paragraph convention."""
    global _last_paragraphs
    last = _last_paragraphs  # one read: threads (Dask workers) may replace it
    if text is last[0]:
        return list(last[1])
    spans = _paragraphs(text)
    _last_paragraphs = (text, spans)
    return list(spans)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in PARAGRAPH_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def classify_mark(text: str, pos: int, start: int, end: int) -> Mark | None:
    """Read a mark's role from the characters around it; None for an apostrophe."""
    ch = text[pos]
    family, preferred = MARKS[ch]
    before = text[pos - 1] if pos > start else ""
    after = text[pos + 1] if pos + 1 < end else ""
    if family == SINGLE and before.isalnum() and after.isalpha():
        return None  # France’s, don't
    if family == SINGLE and before == "" and after.isdigit():
        return None  # '90s
    if family == SINGLE and before in (" ", "") and after.isdigit() and text[pos + 1:pos + 3].isdigit():
        return None
    can_open = (before in OPEN_BEFORE or before in MARKS) and after not in (" ", "\n", "")
    can_close = before not in (" ", "\n", "") and (after in CLOSE_AFTER or after in MARKS)
    if preferred == "either" and before in ",.!?" and before and after.isalpha():
        can_close = True  # `audiences,"Katie Packer said`: a missing space after the closing mark
    if not can_open and not can_close:
        # Glued on both sides (word"word) or isolated: trust the shape.
        can_open, can_close = preferred in ("open", "either"), preferred in ("close", "either")
        if before.isalnum() and after.isalnum():
            return None
    if preferred == "open" and can_open:
        can_close = False
    if preferred == "close" and can_close:
        can_open = False
    return Mark(pos, family, can_open, can_close)


def _possessive(text: str, mark: Mark, later: Iterable[Mark]) -> bool:
    """prisoners’ rights: an s-final word, a single closing mark, then a
    lower-case word, with another closer to come before any new opener
    (‘significant means’ would ... ‘severe sentences’ is two quotes)."""
    p = mark.pos
    if mark.family != SINGLE or text[p - 1:p] not in ("s", "S"):
        return False
    if not re.match(r" [a-z]", text[p + 1:p + 3]):
        return False
    for m in later:
        if m.family != SINGLE:
            continue
        if m.can_close:
            return True
        if m.can_open:
            return False
    return False


def pair_marks(text: str, start: int, end: int, paragraph: int,
               positions: list[int] | None = None) -> tuple[list[QuoteSpan], list[Mark], list[Mark]]:
    """Pair the marks of one paragraph (`positions`: where its quote mark
    characters are, if the caller has found them already).

    Returns the outermost quote spans, the openers left unclosed and the
    closers that had no opener.
    """
    if positions is None:
        positions = [mm.start() for mm in MARK_RE.finditer(text, start, end)]
    marks = [m for m in (classify_mark(text, pos, start, end) for pos in positions) if m]
    stack: list[Mark] = []
    pairs: list[tuple[Mark, Mark]] = []
    orphans: list[Mark] = []
    for i, mark in enumerate(marks):
        opener = next((s for s in reversed(stack) if s.family == mark.family), None)
        if mark.can_close and opener is not None and not _possessive(text, mark, islice(marks, i + 1, None)):
            while stack and stack[-1] is not opener:
                stack.pop()  # an inner mark of the other family never closed
            stack.pop()
            pairs.append((opener, mark))
        elif mark.can_open:
            stack.append(mark)
        elif mark.can_close and not (mark.family == SINGLE and _possessive(text, mark, islice(marks, i + 1, None))):
            if not (mark.family == SINGLE and text[mark.pos - 1:mark.pos] in ("s", "S")):
                orphans.append(mark)
    spans = [QuoteSpan(o.pos + 1, c.pos, o.pos, c.pos, paragraph) for o, c in pairs]
    return _outermost(spans), stack, orphans


def _outermost(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[QuoteSpan] = []
    for s in spans:
        if out and s.start >= out[-1].start and s.end <= out[-1].end:
            continue
        out.append(s)
    return out


def sentence_starts(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> list[int]:
    """Start offsets of the reporter sentences of one paragraph.

    A boundary inside a quotation does not count: the whole quotation
    belongs to the sentence that carries it.
    """
    inside = [(q.start, q.end) for q in quotes]
    starts = [start]
    for m in SENTENCE_END.finditer(text, start, end):
        nxt = m.end()
        if inside and any(s < nxt <= e for s, e in inside):
            continue
        stop = m.start()
        if ABBREVIATION.search(text, max(start, stop - 12), stop) and not (
                INITIALISM.search(text, max(start, stop - 12), stop) and SENTENCE_OPENER.match(text, nxt)):
            continue  # "Mr. Obama", "U.S. officials"; but "… in the U.S. He says …" ends a sentence
        starts.append(nxt)
    return starts


def find_quotes(text: str, paragraph_spans: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quoted span of a text, paragraph by paragraph, including quotes
    with a missing opening mark and quotes left open at a paragraph's end."""
    found: list[QuoteSpan] = []
    # One scan for quote marks; a paragraph without any has no quotation.
    marks_at = [m.start() for m in MARK_RE.finditer(text)]
    for n, (p_start, p_end) in enumerate(paragraph_spans):
        lo, hi = bisect_left(marks_at, p_start), bisect_left(marks_at, p_end)
        if lo == hi:
            continue
        spans, unclosed, orphans = pair_marks(text, p_start, p_end, n, marks_at[lo:hi])
        for mark in unclosed[:1]:  # the outermost one left open runs to the paragraph end
            if not any(s.start <= mark.pos < s.end for s in spans):
                spans = [s for s in spans if s.start < mark.pos] + [
                    QuoteSpan(mark.pos + 1, _trim_end(text, mark.pos + 1, p_end), mark.pos, -1, n)]
        for mark in orphans:
            if mark.family == DOUBLE or text[mark.pos - 1] in ",.!?":
                begin = _sentence_begin(text, p_start, mark.pos, spans)
                if begin is not None and mark.pos - begin > 10:
                    spans.append(QuoteSpan(begin, mark.pos, -1, mark.pos, n))
        found.extend(sorted(_outermost(spans), key=lambda s: s.start))
    return [t for t in (_trim(text, q) for q in found) if t.end > t.start and _has_word(text, t.start, t.end)]


def _trim(text: str, q: QuoteSpan) -> QuoteSpan:
    """Drop spaces and a trailing comma/colon from quoted content: in
    "it hurts," the comma is the reporter's, a full stop is the speaker's."""
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return q if (s, e) == (q.start, q.end) else QuoteSpan(s, e, q.open_mark, q.close_mark, q.paragraph)


def _sentence_begin(text: str, p_start: int, pos: int, spans: list[QuoteSpan]) -> int | None:
    """Where a quote with no opening mark begins: the start of the sentence
    holding its closing mark, provided no other quotation lies in between."""
    begin = p_start
    for m in SENTENCE_END.finditer(text, p_start, pos):
        if not ABBREVIATION.search(text, max(p_start, m.start() - 12), m.start()):
            begin = m.end()
    if any(begin <= s.end and s.start < pos for s in spans):
        return None
    return begin


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _has_word(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


#: Closing marks and brackets that may follow a sentence's final stop.
_CLOSERS = "\"”’'»)]"


def ends_like_sentence(body: str) -> bool:
    """Does `body` end like a sentence: a stop (. ! ? … : ;) then closing
    marks, or a closing double mark, then only spaces? The same answer as
    searching `[.!?…:;][\"”’'»)\\]]*\\s*$|[\"”’»]\\s*$`, read from the end
    instead of trying the pattern at every character of the paragraph."""
    tail = body.rstrip()
    if not tail:
        return False
    if tail[-1] in "\"”’»":
        return True
    core = tail.rstrip(_CLOSERS)
    return bool(core) and core[-1] in ".!?…:;"
