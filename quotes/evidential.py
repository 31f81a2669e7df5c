"""The reporter's hedged judgements: `The event seemed [an insult away from
a brawl]`, `the Senate is expected [to vote next week]`, `the FBI is
reportedly [making arrangements to interview her]`.

PARC and PolNeAR count these as attributions with no source (the writer
vouches for nothing but an appearance or an expectation), so they are
reported only in scope "attributions" (`cues.toml [attributions]
evidential`, `expected`); the default scope has no such verbs and this
module then finds nothing. The report is the complement after the verb,
as far as `reported.clause_end` lets a clause run.
"""
from __future__ import annotations

from spacy.tokens import Doc

from quotes import lexicon
from quotes.reported import clause_end, subordinate_end
from quotes.sentence import Found, Sentence, text_of

#: Words after "seemed"/"appears" that begin no judgement ("appeared on
#: Fox", "appears in court", "seemed, at first, …").
NOT_COMPLEMENT = {"on", "in", "at", "before", "with", "onstage", "alongside", "for", "from", "during",
                  "briefly", "together", "and", "or", "but"}


#: Words between a hedge's subject and its verb ("might seem", "is widely expected").
HEDGE_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "may", "might",
                     "could", "would", "will", "should", "must", "can", "does", "do", "did", "also", "still",
                     "now", "again", "not", "n't", "n’t", "too", "even", "'s", "’s"}

#: Words between "be" and "expected" ("is not expected", "are also expected").
EXPECTATION_ADVERBS = {"not", "n't", "n’t", "also", "still", "now", "again", "even", "too", "no", "longer"}

#: Subjects that stand for nothing ("It seems the …", "There appear to be …").
EMPTY_SUBJECTS = {"it", "there"}

#: Words a hedge's subject never reaches back over.
CLAUSE_BREAKS = {"that", "which", "who", "and", "but", "or", "because", "while", "although", "though", "if",
                 "when", "as", "since", "where", "whom", "so"}


def evidential_reports(doc: Doc, sent: Sentence, found: list[Found]) -> list[Found]:
    """One report, with no speaker, for each appearance verb or `be
    expected to` in the sentence that does not sit inside another report."""
    cues = lexicon.cues()
    if not cues.evidential and not cues.expectations and not cues.hearsay:
        return []
    text = text_of(doc)
    taken = [(f.start, f.end) for f in found if f.start < sent.end and sent.start < f.end]
    out: list[Found] = []
    for k in range(sent.tok_start, sent.tok_end - 1):
        start = _complement(doc, sent, k, cues.evidential, cues.expectations)
        hearsay = start is None and _hearsay(doc, sent, k, cues.hearsay)
        if hearsay:
            start = k + 1
        if start is None:
            continue
        end = clause_end(text, doc[start].idx, subordinate_end(doc, sent, k, doc[start].idx))
        if doc[k].lower_ in cues.expectations:
            end = _before_comma(doc, sent, start, end)
        if end - doc[start].idx < 6 or any(s < end and doc[k].idx < e for s, e in taken):
            continue
        subject = None if hearsay else _subject(doc, sent, k)
        if subject is not None and not any(s < subject[1] and subject[0] < e for s, e in taken):
            out.append(Found(*subject, "indirect", cue=doc[k].text, paragraph=sent.paragraph))
        out.append(Found(doc[start].idx, end, "indirect", cue=doc[k].text, paragraph=sent.paragraph))
        taken.append((subject[0] if subject else doc[k].idx, end))
    return out


def _before_comma(doc: Doc, sent: Sentence, start: int, end: int) -> int:
    """`is expected to sign the measure, potentially teeing up …`: what is
    expected is an infinitive phrase, and a comma ends it; what follows is
    the writer's (on PolNeAR train, cutting there matched 9 more spans and
    lost none)."""
    comma = next((t for t in doc[start:sent.tok_end] if t.text == "," and t.idx < end), None)
    return comma.idx if comma is not None else end


def _subject(doc: Doc, sent: Sentence, k: int) -> tuple[int, int] | None:
    """`[The union] appeared headed for …`, `[Sanders's profile] is
    expected to rise`: what the hedge is about is part of the attribution
    (PolNeAR marks it as a second piece of content). It runs back from the
    verb, over auxiliaries and adverbs, to the start of the clause."""
    j = k
    while j > sent.tok_start and (doc[j - 1].lower_ in HEDGE_AUXILIARIES or doc[j - 1].lower_.endswith("ly")
                                  and doc[j - 1].is_lower):
        j -= 1
    i = j
    while i > sent.tok_start and doc[i - 1].lower_ not in CLAUSE_BREAKS and not doc[i - 1].is_punct:
        i -= 1
    if i == j or j - i > 12 or (j - i == 1 and doc[i].lower_ in EMPTY_SUBJECTS):
        return None  # "it seems …", "there appear to be …": an empty subject is about nothing
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def _hearsay(doc: Doc, sent: Sentence, k: int, hearsay: frozenset[str]) -> bool:
    """`The FBI is reportedly [making arrangements …]`, `the delegates
    reportedly [erupted in boos]`: the verb phrase after an adverb of
    hearsay is a report whose source the writer does not name."""
    if doc[k].lower_ not in hearsay or k + 1 >= sent.tok_end or k == sent.tok_start:
        return False
    nxt = doc[k + 1]
    return nxt.is_alpha and nxt.is_lower and nxt.lower_ not in lexicon.mentions().determiners


def _complement(doc: Doc, sent: Sentence, k: int, evidential: frozenset[str],
                expectations: frozenset[str]) -> int | None:
    """Where the judgement after token `k` begins, if `k` hedges one."""
    tok, nxt = doc[k], doc[k + 1]
    low = tok.lower_
    verb_after_to = nxt.lower_ == "to" and k + 2 < sent.tok_end and doc[k + 2].is_lower and doc[k + 2].is_alpha \
        and doc[k + 2].lower_ not in lexicon.mentions().determiners
    if low in expectations:  # "is expected to", "are widely expected to", "isn't expected to"
        j = k
        while j - 1 > sent.tok_start and (doc[j - 1].lower_ in EXPECTATION_ADVERBS or doc[j - 1].is_lower
                                           and doc[j - 1].lower_.endswith("ly")):
            j -= 1
        be = j > sent.tok_start and doc[j - 1].lower_ in lexicon.mentions().be_forms
        return k + 1 if be and verb_after_to else None
    if low not in evidential or nxt.is_punct or nxt.lower_ in NOT_COMPLEMENT or not nxt.is_lower:
        return None
    if nxt.lower_ == "to" and not verb_after_to:
        return None  # "appeared to the crowd" is no judgement; "appeared to be" is
    return k + 1
