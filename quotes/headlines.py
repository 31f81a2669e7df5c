"""Attributions in a headline.

Headlines do not follow the reporter's grammar: the cue is title-cased
("Obama Says Museum Will Tell …"), comes last ("…, Lindsey Graham Says"),
or is only a colon after the speaker's name ("Pence: Flowers Won't Be at
Debate"). The body rules skip headlines (they look like captions), so these
three shapes are read here, in the article's first paragraph only, and only
when that paragraph is short enough to be a title.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from quotes import lexicon

#: Most words a headline has; a longer first paragraph is the lede.
MAX_WORDS = 22
INNER_SENTENCE_END = re.compile(r"[a-z][.!?][\"”’']?\s+[\"“‘']?[A-Z]")
#: Words after a headline cue that make it something other than a report.
NOT_CONTENT_OPENERS = {"for", "on", "off", "up", "out", "to", "in", "back"}
NAME = r"(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|de|van|von))*?)"


@dataclass(frozen=True, slots=True)
class HeadlineQuote:
    """A headline's attributed content and who it is attributed to
    (character offsets into the text)."""

    start: int
    end: int
    speaker_start: int
    speaker_end: int
    cue: str


def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    return _scope_patterns(lexicon.current_scope())


@functools.cache
def _scope_patterns(scope: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    # Title case ("Obama Says …") or lower case ("Trump says debate was rigged"): the body
    # rules read a title line only when it ends like a sentence, and win when they do.
    words = set(lexicon.headline_cues())
    if scope == "attributions":  # "Black Lawmakers Rip Trump": a plural subject takes the base form
        words |= {w[:-1] for w in words if w.endswith("s")}
    verbs = _alternation(words)
    heads = "|".join(sorted(lexicon.headline_speaker_heads(), key=len, reverse=True))
    # "Obama on Climate:", "Clinton camp:", "Clinton to Planned Parenthood:", "Mukasey at RNC:"
    label = re.compile(rf"(?P<speaker>{NAME}(?:\s+(?:{heads}))?)(?:\s+(?:on|to|at|in)\s+[^:]{{3,40}})?:\s+"
                       rf"(?P<content>\S.*)")
    # "Railing Against Trump, Sanders Vows To …": a fronted phrase may come before the speaker
    before = re.compile(rf"(?:[^,:]{{3,50}},\s+)?(?P<speaker>{NAME}(?:\s+(?:{heads}))?)\s+(?P<cue>{verbs})\s+"
                        rf"(?P<content>\S.*)")
    after = re.compile(rf"(?P<content>\S.*?),\s+(?P<speaker>{NAME})\s+(?P<cue>{verbs})[.!?]?")
    return label, before, after


def headline_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[HeadlineQuote]:
    """The attribution in the article's title line, if it has one."""
    if len(paragraphs) < 2:
        return []
    start, end = paragraphs[0]
    line = text[start:end]
    if len(line.split()) > MAX_WORDS or _two_sentences(line):
        return []  # a headline is one line of one sentence
    label, before, after = _patterns()
    for pattern, cue in ((after, None), (before, None), (label, ":")):
        m = pattern.fullmatch(line)
        if m is None or not _is_speaker(m.group("speaker")):
            continue
        c_start, c_end = m.span("content")
        c_end = _trim(line, c_start, c_end)
        opener = line[c_start:c_end].split(maxsplit=1)[0].lower()
        lemma = lexicon.cues().lemma_of.get((cue or m.group("cue")).lower(), "")
        if opener in lexicon.cues().objects.get(lemma, ()) and opener not in ("", "to"):
            c_start += len(opener) + 1  # "Pence Calls For Special Prosecutor": the object after its link
        elif opener in NOT_CONTENT_OPENERS and not (opener == "to" and lemma in lexicon.cues().to_infinitive):
            continue  # "Chairman Calls For Contingency Plan" demands; it reports nothing ("Vows To …" does)
        if c_end - c_start < 8 or cue == ":" and not _title_case(line[c_start:c_end]) \
                and not _sentence_case_label(m.group("speaker")):
            continue  # "WASHINGTON: the vote …" is a dateline, not a speaker
        verb = cue or m.group("cue")
        pieces = _objects(line, c_start, c_end, lemma) if cue is None else [(c_start, c_end, verb)]
        return [HeadlineQuote(start + s, start + e, start + m.start("speaker"), start + m.end("speaker"), v or verb)
                for s, e, v in pieces]
    return []


def _objects(line: str, start: int, end: int, lemma: str) -> list[tuple[int, int, str]]:
    """Two verbs of judging share a speaker: "Le Pen Backs Trump And
    Denounces Clinton" reports two objects. A verb of saying keeps its
    whole clause ("Says Taxes Will Rise and Denies a Deal")."""
    if lexicon.cues().classes(lemma) & {"clause", "that"}:
        return [(start, end, "")]
    m = _second_cue(lexicon.current_scope()).search(line, start, end)
    return [(start, m.start(), ""), (m.start("object"), end, m.group("cue"))] if m else [(start, end, "")]


@functools.cache
def _second_cue(scope: str) -> re.Pattern:
    """A second cue of the scope's after "and" ("… And Denounces Clinton"), and where its object starts."""
    return re.compile(rf"\s+(?:and|And)\s+(?P<cue>{_alternation(lexicon.headline_cues())})\s+(?P<object>\S)")


def _alternation(words: set[str] | frozenset[str]) -> str:
    """A regular-expression alternation of cue words as headlines spell
    them, in lower case and capitalised, longest first."""
    forms = {f for w in words for f in (w, w.capitalize())}
    return "|".join(sorted(forms, key=len, reverse=True))


def _two_sentences(line: str) -> bool:
    """Does a full stop end a sentence inside the line? Not after an
    abbreviation: `Dr. Ben Carson: …`, `St. Paul Votes …`, `Roe v. Wade`."""
    for m in INNER_SENTENCE_END.finditer(line):
        word = line[:m.start() + 2].split()[-1]
        abbreviation = len(word) <= 4 and (word[0].isupper() or len(word) == 2)  # "St.", "Jr.", "v."
        if word.lower() not in lexicon.mentions().honorifics and not abbreviation:
            return True
    return False


def _sentence_case_label(name: str) -> bool:
    """A label before a headline in sentence case (`Sanders: Clinton needs
    to …`, as AP and Politico write them) is a speaker when it is one to
    three capitalised words, not a dateline in capitals."""
    words = name.split()
    return 1 <= len(words) <= 3 and not name.isupper()


def _title_case(text: str) -> bool:
    """Most longer words capitalised, as in a headline."""
    words = [w.strip("‘’'\"“”") for w in text.split()]
    words = [w for w in words if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _is_speaker(name: str) -> bool:
    """A section label ("The Latest", "Analysis") is not a speaker, nor is an
    indefinite description or a run with a function word in it."""
    low = name.lower().strip()
    if low in lexicon.headline_labels() or low.split()[0] in {"a", "an"}:
        return False  # "A Curious Plan to Fight Climate Change: …" is a title
    if low.split()[-1] in lexicon.headline_label_heads():
        return False  # "Delegate Update: …" names a series
    boundaries = lexicon.mentions().boundaries - {"of", "the"}
    return not any(w in boundaries for w in low.split())  # "Stealth Over Health:" is a title


def _trim(line: str, start: int, end: int) -> int:
    """Drop the closing full stop and spaces the converter added."""
    while end > start and (line[end - 1].isspace() or line[end - 1] in ".;"):
        end -= 1
    return end
