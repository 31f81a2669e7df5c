"""Nominal attributions: reports whose cue is a noun or an adjective.

`his claim that the vote was rigged`, `Trump's comments about the judge`,
`Advocates have expressed concern about the policy`, `X has been critical
of Y` attribute content as surely as `X said`, but no cue verb is there to
match. The content is the complement after the linking word (`that`, `to`,
`about`, `of`, …). A cue word is trusted only with an owner in reach: a
possessor (`his`, `the senator's`), the subject of a light verb (`expressed`,
`raised`, `has`), or the subject of a copula (`was`, `remains`). Without one,
`questions about his health` is the reporter's own phrase, not a report.

The lexicon is in `data/nominal.toml`. Candidate tokens are found once per
document with a token-array lookup, so sentences without a cue word cost
nothing.
"""
from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from quotes import lexicon
from quotes.mentions import POSSESSIVE, Mention, described_subject, is_relative, left_phrase, parse_mention

if TYPE_CHECKING:
    from quotes.sentence import Found, Sentence

#: Links that open a clause; the others open a noun phrase.
CLAUSE_LINKS = frozenset({"that", "whether", "to"})
#: Words after `about`/`on` that turn the complement into a clause
#: (`coy about whether he would run`).
WH_WORDS = frozenset({"whether", "how", "what", "why", "who", "when", "where", "if"})
POSSESSIVE_PRONOUNS = {"his": False, "her": False, "their": True, "its": False, "my": False,
                       "our": True, "your": False}
#: Words that end a noun-phrase complement: the reporter's sentence resumes
#: (`attacks on the judge during the debate`, `comments about Curiel, which …`).
NP_STOPS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "while", "because",
                      "since", "although", "though", "if", "unless", "as", "after", "before", "until",
                      "amid", "despite", "during", "but", "last", "yesterday", "today", "earlier",
                      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                      "than", "so", "even", "instead", "rather", "by", "notwithstanding"})
#: Finite verbs that end a noun phrase (`attacks on Curiel were …`); not
#: the clitic 's, which is a possessive inside one (`Trump's tough talk`).
FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
                    "should", "must", "may", "might", "did", "does", "do", "won't", "isn't", "wasn't",
                    "didn't", "doesn't", "don't", "cannot"})
PUNCT_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "--", "―"})
TRAILING_PUNCT = frozenset({".", ",", ";", ":", "!", "?", "(", "-", "—", "–"})
TRAILING_WORDS = frozenset({"on", "in", "at", "by", "to", "for", "of", "with", "from", "the", "a", "an", "and", "or"})
#: Words that cannot open a complement: `her remarks on Tuesday`, `spoke on
#: condition of anonymity`.
NOT_CONTENT = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "condition", "background", "record", "camera", "behalf"})


@dataclass(frozen=True)
class Lexicon:
    """Cue words with their linking words, and the words around them."""

    nouns: dict[str, frozenset[str]]
    adjectives: dict[str, frozenset[str]]
    light_verbs: frozenset[str]
    modifiers: frozenset[str]
    copulas: frozenset[str]
    hashes: np.ndarray  # LOWER hashes of every cue word, for the document scan


def nominal_lexicon() -> Lexicon:
    """The nominal cues of the scope in force: scope "attributions" adds
    nouns of demanding, proposing and promising (`[attributions.nouns]`)."""
    return _nominal_lexicon(lexicon.current_scope())


@functools.cache
def _nominal_lexicon(scope: str) -> Lexicon:
    data = lexicon._load("nominal.toml")
    wider = data.get("attributions", {}).get("nouns", {}) if scope == "attributions" else {}
    nouns = {k: frozenset(v) for k, v in {**data["nouns"], **wider}.items()}
    adjectives = {k: frozenset(v) for k, v in data["adjectives"].items()}
    words = sorted(set(nouns) | set(adjectives))
    return Lexicon(nouns, adjectives, frozenset(data["light_verbs"]["forms"]),
                   frozenset(data["modifiers"]["words"]), frozenset(data["copulas"]["forms"]),
                   np.array([hash_string(w) for w in words], dtype=np.uint64))


def nominal_reports(doc: Doc, sent: "Sentence", found: list["Found"]) -> list[tuple[int, int, str, Mention]]:
    """(start, end, cue, speaker) of each nominal report in one sentence that
    no quotation or report already found overlaps."""
    cands = _candidates(doc)
    out: list[tuple[int, int, str, Mention]] = []
    for i in cands[bisect_left(cands, sent.tok_start):bisect_left(cands, sent.tok_end - 1)]:
        got = _report(doc, sent, i)
        if got is None:
            continue
        start, end, cue, mention = got
        if any(f.start < end and start < f.end for f in found) or any(s < end and start < e for s, e, _, _ in out):
            continue
        out.append(got)
    return out


def _candidates(doc: Doc) -> list[int]:
    """Token indices of cue words followed by one of their linking words,
    found once per document."""
    cached = doc.user_data.get("quotes.nominal")
    if cached is None:
        lex = nominal_lexicon()
        lower = doc.to_array([LOWER]).reshape(-1)
        hits = np.flatnonzero(np.isin(lower, lex.hashes)).tolist()
        cached = [i for i in hits if i + 1 < len(doc) and doc[i + 1].lower_ in _links(doc[i].lower_)]
        doc.user_data["quotes.nominal"] = cached
    return cached


def _links(word: str) -> frozenset[str]:
    return _scope_links(word, lexicon.current_scope())


@functools.lru_cache(maxsize=4096)
def _scope_links(word: str, scope: str) -> frozenset[str]:
    lex = _nominal_lexicon(scope)
    return lex.nouns.get(word, frozenset()) | lex.adjectives.get(word, frozenset())


def _report(doc: Doc, sent: "Sentence", i: int) -> tuple[int, int, str, Mention] | None:
    """The content and owner of the cue word at token i, if it has both."""
    lex = nominal_lexicon()
    word = doc[i].lower_
    if word in lex.nouns and doc[i + 1].lower_ in lex.nouns[word]:
        mention = _possessor(doc, sent, i) or _light_subject(doc, sent, i)
    else:
        mention = _copula_subject(doc, sent, i)
    if mention is not None and is_relative(mention) or mention is None and not lexicon.cues().ownerless_nominals:
        return None
    content = _content(doc, sent, i + 1)
    if content is None:
        return None
    return content[0], content[1], doc[i:i + 2].text, mention


def _skip_modifiers(doc: Doc, sent: "Sentence", i: int) -> int:
    """The first token of the modifiers before token i (`his repeated
    public claims`, `made favorable comments`, `has been sharply critical`):
    words from the lexicon, adverbs, and at most two other lower-case
    words that cannot end a noun phrase's owner."""
    mods = nominal_lexicon().modifiers
    j, free = i, 2
    while j - 1 >= sent.tok_start and i - j < 4:
        tok = doc[j - 1]
        if tok.lower_ in mods or tok.lower_.endswith("ly") and tok.is_lower:
            j -= 1
        elif free and _free_modifier(tok):
            j, free = j - 1, free - 1
        else:
            break
    return j


def _free_modifier(tok) -> bool:
    """An adjective the lexicon does not list (`withering`, `impassioned`,
    `thinly-veiled`): lower case, and no function word, verb or owner."""
    lex = nominal_lexicon()
    low = tok.lower_
    ment = lexicon.mentions()
    return tok.is_lower and (tok.is_alpha or "-" in low) and low not in ment.boundaries \
        and low not in ment.determiners and low not in ment.pronouns and low not in POSSESSIVE_PRONOUNS \
        and low not in lex.light_verbs and low not in lex.copulas and not lexicon.cues().classes(low) \
        and low not in ment.speaker_nouns


def _possessor(doc: Doc, sent: "Sentence", i: int) -> Mention | None:
    """`his claim`, `the senator's criticism`, `Mr. Obama's repeated
    comments`: the owner of the noun is who made the statement."""
    j = _skip_modifiers(doc, sent, i) - 1
    if j < sent.tok_start:
        return None
    tok = doc[j]
    if tok.lower_ in POSSESSIVE_PRONOUNS:
        return Mention(tok.idx, tok.idx + len(tok), tok.text, "pronoun", plural=POSSESSIVE_PRONOUNS[tok.lower_])
    if tok.text not in POSSESSIVE:
        return None
    return _phrase_before(doc, sent, j)


def _light_subject(doc: Doc, sent: "Sentence", i: int) -> Mention | None:
    """`Advocates have expressed deep concern about`, `Mr. Obama raised
    questions about`: the subject of the light verb owns the noun."""
    lex = nominal_lexicon()
    j = _skip_modifiers(doc, sent, i) - 1
    if j >= sent.tok_start and doc[j].lower_ in lexicon.mentions().determiners - {"the", "his", "her", "their", "its"}:
        j -= 1  # "has some doubts about", "voiced several concerns"
    if j < sent.tok_start or doc[j].lower_ not in lex.light_verbs or not doc[j].is_lower:
        return None
    return _subject_before(doc, sent, j)


def _copula_subject(doc: Doc, sent: "Sentence", i: int) -> Mention | None:
    """`Sanders has been critical of`, `Clinton was coy about`: the subject
    of the copula holds the attitude the adjective names."""
    lex = nominal_lexicon()
    j = _skip_modifiers(doc, sent, i) - 1
    if j < sent.tok_start or doc[j].lower_ not in lex.copulas:
        return None
    return _subject_before(doc, sent, j)


def _subject_before(doc: Doc, sent: "Sentence", j: int) -> Mention | None:
    """The speaker left of the verb at token j, over auxiliaries and adverbs
    (`has also`, `had long been`)."""
    skip = lexicon.mentions().between_subject_and_cue | lexicon.mentions().be_forms | nominal_lexicon().copulas
    while j - 1 >= sent.tok_start and (doc[j - 1].lower_ in skip or doc[j - 1].lower_.endswith("ly")
                                        and doc[j - 1].is_lower):
        j -= 1
    return _phrase_before(doc, sent, j)


def _phrase_before(doc: Doc, sent: "Sentence", end: int) -> Mention | None:
    """A speaker's noun phrase ending at token `end`: a name, pronoun or
    speaker noun, else a description that opens the sentence or a
    determiner (`the Republican front-runner's`). A relative `who` stands
    for the phrase before it (`Trump, who has made favorable comments`)."""
    rng = left_phrase(doc, end, sent.tok_start)
    mention = parse_mention(doc, *rng) if rng is not None else None
    if mention is None:
        got = described_subject(doc, end, sent.tok_start)
        mention = got[1] if got is not None else None
    if mention is not None and mention.kind == "pronoun" and mention.text.lower() == "who" and rng is not None:
        k = rng[0] - 1 if rng[0] - 1 >= sent.tok_start and doc[rng[0] - 1].text == "," else rng[0]
        return _phrase_before(doc, sent, k) if k > sent.tok_start else None
    return mention


def _content(doc: Doc, sent: "Sentence", k: int) -> tuple[int, int] | None:
    """Character span of the complement opened by the linking word at
    token k: a clause (`that …`, `to …`, `about whether …`) runs to the end
    of the reporter's clause, a noun phrase to the first word that cannot
    be in one."""
    link = doc[k].lower_
    first = k + 1 if link in ("that",) or link not in CLAUSE_LINKS else k
    if first >= sent.tok_end or doc[first].is_punct and doc[first].text not in {'"', "“", "‘", "'"} \
            or doc[first].lower_ in NOT_CONTENT:
        return None
    clause = link in CLAUSE_LINKS or doc[first].lower_ in WH_WORDS
    end = _clause_end(doc, sent, first) if clause else _np_end(doc, sent, first)
    if end <= first:
        return None
    start_char = doc[first].idx
    end_char = doc[end - 1].idx + len(doc[end - 1])
    return start_char, end_char


def _np_end(doc: Doc, sent: "Sentence", k: int) -> int:
    """Token index where a noun-phrase complement ends."""
    finite = FINITE
    for i in range(k + 1, sent.tok_end):
        tok = doc[i]
        low = tok.lower_
        if low in PUNCT_STOPS or low in NP_STOPS or low in finite:
            return _trim(doc, k, i)
        if low in {"and", "or"} and i + 1 < sent.tok_end and (doc[i + 1].lower_ in finite or _is_verb(doc[i + 1].lower_)):
            return _trim(doc, k, i)
        if _is_verb(low) and tok.is_lower:
            return _trim(doc, k, i)
    return _trim(doc, k, sent.tok_end)


def _clause_end(doc: Doc, sent: "Sentence", k: int) -> int:
    """Token index where a clause complement ends. A nominal report sits
    inside the reporter's clause (`Despite his insistence that he was a
    journalist, a judge kept him`), so its complement ends at the first
    comma, semicolon or dash."""
    for i in range(k + 1, sent.tok_end):
        if doc[i].lower_ in {",", ";", "--", "—", "―", "("}:
            return _trim(doc, k, i)
    return _trim(doc, k, sent.tok_end)


def _trim(doc: Doc, k: int, end: int) -> int:
    """Drop closing punctuation (but not a closing quote mark) and the
    function words a cut can leave (`the Ohio governor on`)."""
    while end > k + 1 and (doc[end - 1].text in TRAILING_PUNCT or doc[end - 1].lower_ in TRAILING_WORDS):
        end -= 1
    return end


def _is_verb(word: str) -> bool:
    """A cue verb form (`said`, `argued`): a new report starts there."""
    cues = lexicon.cues()
    return bool(cues.classes(word)) and word in cues.lemma_of and word != cues.lemma_of[word] \
        and not word.endswith("s")
