"""Cleaning text for analysis while keeping every offset true to the original.

Detection works on a cleaned copy of each article: invisible characters
(zero-width spaces, bidirectional marks, BOMs) removed, markup tags left in
scraped text (`<tweet author="@x">`, `</a>`) blanked, odd spaces and
control characters made plain and runs of spaces made one, two-character double quotes (''…'',
``…'') made one mark, and a space put back where a sentence runs
into the next ("wrote on X.He added"). Users, however, need offsets into the
text *they* gave, so every edit is recorded and `Normalised.to_original`
maps a position in the clean copy back.

The edit log is a sorted list of breakpoints rather than a per-character
array, so a 10 MB article with a handful of edits costs a few bytes.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

# Removed outright: zero-width characters, BOM, bidi controls, soft hyphen.
INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]+")
# Made a plain space, one for one: other spaces and control characters
# (but newlines, which mark paragraphs, stay). Spelled out as one class:
# it is what `[^\\S\n ]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]` matches
# (tests/test_normalise.py checks every code point), and a plain class is
# scanned five times faster than one that asks for Unicode whitespace.
ODD_SPACE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# Markup tags left in scraped text: `<tweet id="1" author="@x">`, `</a>`,
# `<br/>`, `<p>`. Blanked one for one, so the quote marks around their
# attribute values are not read as quotations and their words not as
# speakers. A tag needs a name right after "<" and, unless it closes or
# is empty, attributes with "=" or nothing at all: "a < b > c" stays.
MARKUP_TAG = re.compile(r"</[A-Za-z][\w:-]*\s*>|<[A-Za-z][\w:-]*"
                        r"(?:\s+[\w:@-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))*\s*/?>")

# "prisoners.The" / "wrote on X.He": a sentence glued to the next. Needs a
# lower-case word or a one-letter name before the stop and a capitalised word
# after, so "U.S." and "pic.twitter.com" are left alone.
# The match is the stop (or closing mark) after which a space goes; matching
# a character rather than an empty position keeps the scan fast.
GLUED_SENTENCE = re.compile(r"[.!?](?:(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=\b[A-Z][.!?])(?=[A-Z][a-z]+\b))"
                            r"|(?<=[a-z][.!?])[\"”’](?=[A-Z])")


@dataclass
class Normalised:
    """A cleaned copy of a text and the way back to the original offsets."""

    text: str
    original_length: int
    # Breakpoints (clean position, original position), sorted by clean position.
    # Between breakpoints the two texts advance together.
    _clean: list[int] = field(default_factory=list)
    _orig: list[int] = field(default_factory=list)

    def to_original(self, pos: int) -> int:
        """The original offset of clean position `pos` (an inserted character
        maps to the original character after it)."""
        i = bisect_right(self._clean, pos) - 1
        if i < 0:
            return pos
        return min(self._orig[i] + (pos - self._clean[i]), self.original_length)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean [start, end) span; the end maps from its last character
        so a span never swallows text removed just after it."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1


# Typewriter double quotes spelt with two characters: ''…'' (the New York
# Times' archive style) and ``…'' (LaTeX, Penn Treebank). Each pair becomes
# one `"`, so the quote detector sees an ordinary double mark instead of two
# single marks it would pair with each other.
DOUBLED_MARK = re.compile(r"(?<!['’`])(?:''|``)(?!['’`])")

# Three marks where a single quotation ends inside a double one (`back to your
# country,'''`) or starts with it (`'''Yeah, …`): one single and one
# double mark, in the order they close or open.
TRIPLED_MARK = re.compile(r"(?<!['’`])'{3}(?!['’`])")

# The spaces after the first in a run ("says  the  majority"): the tokenizer
# makes each extra space a token of its own, which no rule expects between
# a cue and its clause.
SPACE_RUN = re.compile(r"(?<=\S ) +(?=\S)")

EDITS = re.compile(f"(?P<invisible>{INVISIBLE.pattern}|{SPACE_RUN.pattern})|(?P<tripled>{TRIPLED_MARK.pattern})"
                   f"|(?P<doubled>{DOUBLED_MARK.pattern})"
                   f"|(?P<glued>{GLUED_SENTENCE.pattern})")
# Where GLUED_SENTENCE can match: a stop or closing mark before a capital.
# Scanning for these and trying EDITS there finds the same matches as
# scanning with EDITS (every match is one character), at a fifth of the
# cost. A text with a double space also needs the runs of spaces: the second
# pattern, which scans six times slower, so only such texts use it.
GLUED_CANDIDATE = re.compile(r"[.!?\"”’](?=[A-Z])")
EDIT_CANDIDATE = re.compile(r"[.!?\"”’](?=[A-Z])|" + SPACE_RUN.pattern)


def _edits(text: str):
    """The matches of EDITS in `text`, in order. Glued sentences and runs of
    spaces can be found from candidates; invisible characters and doubled
    marks need the full scan."""
    if INVISIBLE.search(text) is not None or "''" in text or "``" in text:
        return EDITS.finditer(text)
    candidates = EDIT_CANDIDATE if "  " in text else GLUED_CANDIDATE
    return (m for m in (EDITS.match(text, c.start()) for c in candidates.finditer(text)) if m)


def normalise(text: str, body_start: int = 0) -> Normalised:
    """Clean `text` for detection. `body_start` blanks a metadata prefix
    (a `date ...` first line) so nothing is found in it."""
    result = Normalised(text=text, original_length=len(text))
    if body_start:
        text = " " * body_start + text[body_start:]
    text = ODD_SPACE.sub(" ", text)  # one for one: offsets unchanged
    if "<" in text:
        text = MARKUP_TAG.sub(lambda m: " " * len(m.group()), text)
    pieces: list[str] = []
    last = shift = 0
    for m in _edits(text):
        if m.group("tripled"):  # three marks -> '" when closing, "' when opening
            pieces.append(text[last:m.start()])
            opening = m.start() == 0 or text[m.start() - 1] in " \n\t(["
            pieces.append("\"'" if opening else "'\"")
            clean_at = m.start() + shift
            result._clean.append(clean_at + (1 if opening else 2))
            result._orig.append(m.start() + (2 if opening else 3))
            shift -= 1
            last = m.end()
            continue
        if m.group("doubled"):  # '' -> ": the mark maps to the pair's first character
            pieces.append(text[last:m.start()])
            pieces.append('"')
            clean_at = m.start() + shift
            result._clean += [clean_at, clean_at + 1]
            result._orig += [m.start(), m.end()]
            shift -= 1
            last = m.end()
            continue
        if m.group("invisible"):
            pieces.append(text[last:m.start()])
            at, new = m.start(), ""
        else:  # keep the stop, put a space after it
            pieces.append(text[last:m.end()])
            at, new = m.end(), " "
        pieces.append(new)
        clean_at = at + shift
        # Characters after the edit map to the original character after it;
        # an inserted space maps there too.
        result._clean.append(clean_at)
        result._orig.append(m.end())
        if new:
            result._clean.append(clean_at + len(new))
            result._orig.append(m.end())
        shift += len(new) - (m.end() - at)
        last = m.end()
    if pieces:
        pieces.append(text[last:])
        text = "".join(pieces)
    result.text = text
    return result
