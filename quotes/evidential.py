"""The reporter's hedged judgements: `The event seemed [an insult away from
a brawl]`, `the Senate is expected [to vote next week]`.

PARC and PolNeAR count these as attributions with no source (the writer
vouches for nothing but an appearance or an expectation), so they are
reported only in scope "attributions" (`cues.toml [attributions]
evidential`, `expected`); the default scope has no such verbs and this
module then finds nothing. The report is the complement after the verb,
as far as `reported._clause_end` lets a clause run.
"""
from __future__ import annotations

from spacy.tokens import Doc

from quotes import lexicon
from quotes.reported import _clause_end
from quotes.sentence import Found, Sentence, text_of

#: Words after "seemed"/"appears" that begin no judgement ("appeared on
#: Fox", "appears in court", "seemed, at first, …").
NOT_COMPLEMENT = {"on", "in", "at", "before", "with", "onstage", "alongside", "for", "from", "during",
                  "briefly", "together", "and", "or", "but"}


def evidential_reports(doc: Doc, sent: Sentence, found: list[Found]) -> list[Found]:
    """One report, with no speaker, for each appearance verb or `be
    expected to` in the sentence that does not sit inside another report."""
    cues = lexicon.cues()
    if not cues.evidential and not cues.expectations:
        return []
    text = text_of(doc)
    taken = [(f.start, f.end) for f in found if f.start < sent.end and sent.start < f.end]
    out: list[Found] = []
    for k in range(sent.tok_start, sent.tok_end - 1):
        start = _complement(doc, sent, k, cues.evidential, cues.expectations)
        if start is None:
            continue
        end = _clause_end(text, doc[start].idx, sent.end)
        if end - doc[start].idx < 6 or any(s < end and doc[k].idx < e for s, e in taken):
            continue
        out.append(Found(doc[start].idx, end, "indirect", cue=doc[k].text, paragraph=sent.paragraph))
        taken.append((doc[k].idx, end))
    return out


def _complement(doc: Doc, sent: Sentence, k: int, evidential: frozenset[str],
                expectations: frozenset[str]) -> int | None:
    """Where the judgement after token `k` begins, if `k` hedges one."""
    tok, nxt = doc[k], doc[k + 1]
    low = tok.lower_
    verb_after_to = nxt.lower_ == "to" and k + 2 < sent.tok_end and doc[k + 2].is_lower and doc[k + 2].is_alpha \
        and doc[k + 2].lower_ not in lexicon.mentions().determiners
    if low in expectations:  # "is expected to", "are widely expected to"
        j = k - 1 if k - 1 > sent.tok_start and doc[k - 1].lower_.endswith("ly") else k
        be = j > sent.tok_start and doc[j - 1].lower_ in lexicon.mentions().be_forms
        return k + 1 if be and verb_after_to else None
    if low not in evidential or nxt.is_punct or nxt.lower_ in NOT_COMPLEMENT or not nxt.is_lower:
        return None
    if nxt.lower_ == "to" and not verb_after_to:
        return None  # "appeared to the crowd" is no judgement; "appeared to be" is
    return k + 1
