"""Reported speech: what a cue verb reports when no quotation took it.

Three shapes, tried in this order for each cue of a sentence: a source
named after the words (`…, according to X`); a clause after the cue
(`X said (that) …`, `X told AFP on Friday that …`) or before it (`…, a
police source told AFP.`); and the object of a verb of citing, judging
or urging (`X criticized the tariffs`, `X urged the council to act`).
Where the report ends is read off punctuation and function words
(`clause_end`): the reporter takes the floor again at a semicolon, a
contrastive conjunction or a trailing relative clause.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes import lexicon
from quotes.mentions import DANGLING, Mention, described_by, description_end, left_phrase, parse_mention, right_phrase
from quotes.sentence import Found, Sentence, text_of
from quotes.subjects import (FINITE, INTRODUCERS, NOT_CLAUSE_OPENERS, after_parenthesis, causative, is_finite_verb,
                             issued_participle, is_participle, main_subject, opening_participle, skip_auxiliaries,
                             subject_of, token_before_subject)


TIME_WORDS = {"on", "in", "at", "during", "late", "early", "last", "this", "earlier", "later",
              "yesterday", "today", "tonight", "overnight", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
              "night", "week", "weekend", "month", "year", "spring", "summer", "fall", "autumn", "winter",
              "a", "an", "the", "statement", "interview",
              "briefing", "conference", "press", "news", "with", "speech", "post", "message",
              "letter", "tweet", "recent", "separate", "televised", "radio", "tv", "written",
              "email", "e-mail", "emailed", "phone", "telephone", "call", "when", "after",
              "before", "also", "again", "repeatedly", "previously", "then", "once", "twice"}

#: Words that open a time adjunct straight after a cue only if a time noun
#: ends it ("said this week,", "said the next day,", "said a day later,").
DETERMINER_OPENERS = {"a", "an", "the", "this", "that"}
TIME_NOUNS = {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "night", "morning",
              "afternoon", "evening", "spring", "summer", "fall", "autumn", "winter", "time", "later", "earlier",
              "ago", "before", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

OBJECT_VERBS = {"tell", "inform", "assure", "remind", "warn", "advise", "convince", "persuade",
                "instruct", "promise", "show", "ask"}

#: Words that may follow the noun of a demonstrative object ("rejected that argument in court").
HEAD_LINKS = {"in", "on", "at", "as", "from", "during", "and", "but", "when", "because", "before", "after"}

#: Words after an object cue that show it is not taking an object here
#: ("called off", "urged to", "denied that" is a clause).
NOT_OBJECT_OPENERS = NOT_CLAUSE_OPENERS | {"that", "if", "whether", "as", "up", "off", "out", "back",
                                           "down", "by", "when", "while", "after", "before", "because"}

#: Words after which a comma continues a listed object ("cited jobs, taxes
#: and trade") rather than opening an aside.
OBJECT_LIST_CONTINUERS = {"and", "or"}

#: Words after which a comma goes on with the object's own examples,
#: contrast or reason ("condemned the invasion, including the annexation",
#: "cited jobs, not taxes") rather than opening the reporter's aside.
OBJECT_EXTENDERS = {"including", "especially", "particularly", "notably", "such", "not", "rather", "or",
                    "like", "because"}

#: Words opening an adjunct that ends a reported object ("attacked Machado
#: in early-morning tweets", "has not mentioned Machado since the debate").
OBJECT_ADJUNCTS = {"since", "during", "last", "yesterday", "earlier",
                   "because", "while", "when", "amid", "despite"}

#: Adjunct openers that may also modify the object's first word ("the last
#: debate", "an earlier remark"), so they end an object only after it.
DETERMINER_ADJUNCTS = {"last", "earlier"}

#: Prepositions that open an adjunct between a cue and its comma ("said
#: to reporters,", "wrote from Iowa,") besides the time words above.
ADJUNCT_OPENERS = {"to", "from", "by", "over", "via", "through", "outside", "inside", "near", "aboard", "before"}

#: Words after "…, X said," that open the reporter's circumstance, not a clause the cue reports.
CIRCUMSTANCE_OPENERS = {"on", "in", "at", "during", "according", "speaking", "but", "and", "adding",
                        "citing", "noting", "referring", "without", "after", "before", "while", "though"}

#: Prepositions that may open a clause's fronted adjunct ("that with …, it …").
#: Prepositions that open an adjunct of place or occasion after a cue ("said at a rally that …").
PLACE_PREPOSITIONS = {"at", "in", "on", "during", "aboard", "outside", "inside", "near", "from"}

#: Prepositions that open an adjunct between a cue and its "that" ("said at
#: a rally that …", "said after a lunch on Tuesday that …").
ADJUNCT_THAT_OPENERS = PLACE_PREPOSITIONS | {"after", "before", "over", "following", "since", "throughout", "via",
                                             "through"}

ADJUNCT_PREPOSITIONS = {"with", "in", "on", "at", "by", "for", "during", "under", "without", "after",
                        "before", "since", "among", "despite", "unlike", "like", "given", "if", "when"}

ADJUNCT_STARTS = frozenset(TIME_WORDS | ADJUNCT_OPENERS)

POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}

WH_WORDS = {"whether", "why", "how", "what", "where", "who", "which", "when"}

#: Words before a passive participle with its "be" left out ("when asked …").
REDUCED_OPENERS = {"when", "after", "if", "once", "as"}

#: Adverbs between "asked" and its question ("asked again whether …").
QUESTION_ADVERBS = {"again", "later", "repeatedly", "specifically", "directly", "pointedly", "last", "recently"}

#: A year ("in a March 19, 2011 message", "agreed in 2011 to"): a number that opens no clause.
YEAR = re.compile(r"1[89]\d\d|20\d\d")

#: Words that open a reported question ("asked whether …", "asked why …").
QUESTION_WORDS = (WH_WORDS | {"if", "whom"}) - {"which"}
#: What opens the question right after "asked" ("asked which candidate …").
QUESTION_OPENERS = QUESTION_WORDS | {"which"}

SENTENCE_ADVERBS = {"but", "and", "yet", "so", "still", "also", "however", "now", "indeed", "meanwhile", ","}

#: Words that open the report after a passive's agent: "asked by X whether
#: …", "described by X as …", "criticized by X for …".
PASSIVE_LINKS = {"whether", "if", "why", "how", "what", "about", "as", "for", "to", "that", "of"}

APPROXIMATORS = {"about", "around", "nearly", "almost", "over", "under", "roughly", "some", "more", "fewer"}

COMPARATIVES = {"more", "fewer", "less"}

FRACTIONS = {"half", "third", "quarter", "two-thirds", "a"}

SUBORDINATORS = {"when", "if", "as", "after", "before", "since", "while", "although", "though",
                 "because", "once", "until", "unless", "whenever", "whether"}

#: Prepositions that open a fronted phrase of time or place.
FRONTED_PREPOSITIONS = {"in", "on", "at", "during", "after", "before", "since", "amid", "despite", "throughout"}

SUBJECT_PRONOUNS = {"i", "he", "she", "we", "they", "you"}
#: Those that can only be a subject ("you" is an object too: "told you the …").
SUBJECT_ONLY_PRONOUNS = SUBJECT_PRONOUNS - {"you"}
#: Words that open a clause, or a relative clause an "and" may go on with.
CLAUSE_WORDS = WH_WORDS | {"that"}
#: Adverbs between "and" and a second predicate ("and has repeatedly …", "and even questioned …").
PREDICATE_ADVERBS = {"also", "even", "then", "later", "repeatedly", "still", "now", "often", "never"}

#: Words that open a relative clause after a noun ("said Jo Ray, a port
#: official who …", "…, the board that oversees them").
RELATIVE_WORDS = {"who", "whom", "whose", "which", "that"}

#: Subjects that open a clause when a finite verb follows them ("there is", "it would").
EXPLETIVES = {"there", "it"}

#: Pronouns that cannot open a clause ("her" can: "said her campaign would …").
OBJECT_CASE = {"him", "them", "me", "us", "whom"}

CLAUSE_STOP = re.compile(r";|\s--\s|(?<=[”\x22’])\s[—–-]\s(?![^—–]*\s[—–]\s)"
                         r"|,\s+and\s+(?:when|while|after|before|then|later)\b|\s[—–]\s+and\s|,\s+and\s+(?=(?:the|a|an|[A-Z][\w.'’-]*)\s[^,;]{0,40}?\b(?:is|are|was|were|has|have|had|will|would|said|says)\b)|,[”\x22’]?\s+(?:but|while|whereas|although|though|yet|(?!including\b|according\b)[a-z]+ing)\b"
                         r"|\s+but\s+(?:also\s+)?(?:said|says|noted|added|insisted|argued|warned|has|had|did|was|is|"
                         r"would|will|could|also|then|later)\b")

#: "not only … but (also)": the "but" goes on with the clause "not only" opened.
NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely|simply)\b", re.I)
CORRELATIVE_BUT = re.compile(r",?\s+but\b")

LAST_CLAUSE_BREAK = re.compile(r";\s|\s--\s|\s[—–]\s|,\s+but\s+")

DASH_TOKENS = {"—", "–", "--"}

#: What may stand between a cue and the quotation it introduces.
QUOTE_LEAD = " \"“‘'«,:"

CLOSES_ASIDE = re.compile(r",|\s[-–—]{1,2}\s")  # what ends a relative clause set inside a sentence

TRAILING_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose)\s")

PARTICIPLE_STOP = re.compile(r',[”"’]?\s+(?!including\b|according\b)[a-z]+ing\b')

FINITE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|did|does|do"
                         r"|[a-z]{3,}ed)\b|n[’']t\b", re.I)


def reported(doc: Doc, sent: Sentence, sent_cues: list[int], cues: dict[int, tuple[int, str]],
              used: set[int], found: list[Found]) -> list[Found]:
    """The reported speech of one sentence: a report for each cue that no
    quotation took (`used`), never overlapping another report or, unless it
    is the head before a parenthetical attribution, a quotation."""
    out: list[Found] = []
    # Quote marks around a title or a nickname (`told MSNBC's "Morning Joe"
    # that …`) were no quotation: the clause around them is still reported.
    quoted: list = [q for q in sent.quotes if q.open_missing]
    for f in reversed(found):  # this sentence's quotations were appended last
        if f.start < sent.start:
            break
        if f.type != "indirect" and f.start < sent.end:
            quoted.append(f)
    # "X plans to …, according to a campaign aide": the source named by
    # "according to" reports the whole clause, including any verb inside it.
    ordered = sorted(sent_cues, key=lambda c: cues[c][1] != "source_after")
    whole_clauses = lexicon.cues().whole_clauses
    for c in ordered:
        if c in used:
            head = _head_before_fragment(doc, sent, c, cues, quoted)
            if head is not None:
                out.append(head)
            if whole_clauses:
                _widen_fragments(doc, sent, c, cues, sent_cues, found, out, quoted)
            continue
        end, label = cues[c]
        if label == "source_after":
            got = _according_to(doc, sent, c, end)
        else:
            stop = _report_stop(doc, sent, c, sent_cues)
            got = _passive_by_agent(doc, sent, c, end, stop) or _passive_question(doc, sent, c, end, stop) \
                or _passive_link(doc, sent, c, end, stop) or _impersonal_passive(doc, sent, c, end, stop)
            if got is None and label != "object":
                got = _say_clause(doc, sent, c, end, label, found, out, stop)
            if got is None and label in ("verb", "object"):
                got = _object_report(doc, sent, c, end, found, out, stop)
        if got is None:
            continue
        start, stop, mention = got
        if start > doc[c].idx:
            stop = _trim_end(text_of(doc), start, min(stop, subordinate_end(doc, sent, c, start),
                                                      _coordinated_predicate(doc, sent, c, start, stop)))
        if any(f.start < stop and start < f.end for f in out):
            continue
        head = None
        if start > doc[c].idx:  # the report follows the cue: the words before it may be a piece too
            head = _parenthetical_head(doc, sent, c, end, mention) if label == "verb" \
                else _aside_head(doc, sent, c) if label == "source_after" else None
        if head is not None and not any(q.start < head[1] and head[0] < q.end for q in quoted):
            # "Acts of protest, Mr. Obama said, are 'acts of patriotism'": the words
            # before the attribution are reported even when a quotation follows it
            used.add(c)
            out.append(Found(*head, "indirect", cue=doc[c:end].text, mention=mention, paragraph=sent.paragraph))
        stop = _before_set_off_quotation(text_of(doc), start, stop, quoted)
        if whole_clauses and stop - start >= lexicon.cues().shortest_report \
                and _absorb_fragments(text_of(doc), start, stop, quoted, doc[c:end].text, mention):
            used.add(c)
            continue
        nested = whole_clauses and _holds_cued_fragments(text_of(doc), start, stop, quoted)
        if stop - start < lexicon.cues().shortest_report - (2 if text_of(doc).startswith("to ", start) else 0) \
                or any(q.start < stop and start < q.end for q in quoted) and not nested:
            continue  # too short, or the quoted fragment inside it is the quotation
        used.add(c)
        out.append(Found(start, stop, "indirect", cue=doc[c:end].text, mention=mention, paragraph=sent.paragraph))
        tail = _parenthetical_tail(doc, sent, c, end, quoted) if label == "verb" and stop <= doc[c].idx else None
        if tail is not None and not any(f.start < tail[1] and tail[0] < f.end for f in out):
            out.append(Found(*tail, "indirect", cue=doc[c:end].text, mention=mention, paragraph=sent.paragraph))
    return out


def _absorb_fragments(text: str, start: int, stop: int, quoted: list, cue: str, mention: Mention | None) -> bool:
    """Scope "attributions": `Clinton told the crowd she will protect …
    while Trump wants to "take America backward."` is Clinton's report, as
    PolNeAR annotates it, though the quoted words inside it are Trump's.
    The quoted fragments inside the report become the report (and fold
    into one span); a fragment its own cue introduces (`a man yelled "Stay
    there!"`) keeps its speaker, and the report around it is left out."""
    inside = _fragments_inside(start, stop, quoted)
    if not inside or any(_introduced_by_cue(text, q) for q in inside):
        return False
    for q in inside:
        q.start, q.end, q.cue, q.mention = start, stop, cue, mention
    return True


def _holds_cued_fragments(text: str, start: int, stop: int, quoted: list) -> bool:
    """Scope "attributions": `Clinton said that she called Sanders to
    congratulate him on what she called "an extraordinary campaign."`: a
    report whose only quoted words are fragments their own cue introduces,
    after words of the report's own, is reported around them; the fragments
    stay quotations of their own."""
    inside = _fragments_inside(start, stop, quoted)
    return bool(inside) and all(start + 20 <= q.start and _introduced_by_cue(text, q) for q in inside)


def _fragments_inside(start: int, stop: int, quoted: list) -> list[Found]:
    """The quotations that overlap a report, when all of them are partial
    quotations lying wholly inside it; else none."""
    inside = [q for q in quoted if q.start < stop and start < q.end]
    if all(isinstance(q, Found) and q.type == "partial" and start <= q.start and q.end <= stop for q in inside):
        return inside
    return []


def _introduced_by_cue(text: str, q: Found) -> bool:
    """The fragment follows its own cue with only punctuation between."""
    return bool(q.cue) and text[max(0, q.start - 80):q.start].rstrip(QUOTE_LEAD).lower().endswith(q.cue.lower())


def _parenthetical_tail(doc: Doc, sent: Sentence, c: int, end: int, quoted: list) -> tuple[int, int] | None:
    """`The argument would be aided, Devine said, by the upcoming primary
    calendar.`: after an attribution set off by commas, the rest of the
    sentence goes on with the report even when it is no clause of its own;
    but not a circumstance of the reporter's (`…, he said, adding …`, `…, she
    said, in an interview`)."""
    k = _adjunct_end(doc, sent, c, end)
    if k + 1 >= sent.tok_end or doc[k].text != ",":
        return None
    nxt = doc[k + 1]
    if not _report_goes_on(nxt):
        return None
    start = nxt.idx
    stop = clause_end(text_of(doc), start, sent.end)
    if stop - start < lexicon.cues().shortest_report or any(q.start < stop and start < q.end for q in quoted):
        return None
    return start, stop


def _report_goes_on(nxt: Token) -> bool:
    """Does the word after a parenthetical attribution's closing comma go on
    with the report, rather than open the reporter's circumstance (`…, he
    said, adding …`, `…, she said, in an interview`)?"""
    return not (nxt.is_punct or nxt.is_quote or nxt.lower_ in CIRCUMSTANCE_OPENERS - {"but", "and"}
                or nxt.lower_.endswith("ing") and nxt.lower_ != "including")


def _before_set_off_quotation(text: str, start: int, stop: int, quoted: list) -> int:
    """`Clinton suggested that the plan was unserious - "Again, we need to
    get into the details," she said - and charged …`: a quotation set off
    by a dash, a parenthesis or a semicolon inside a report ends the report
    before it (a fragment inside the clause, `was "a disaster"`, does not)."""
    for q in sorted(quoted, key=lambda q: q.start):
        if not start < q.start < stop:
            continue
        head = text[start:q.start].rstrip(" \n“”\"‘’'«»")
        if head.endswith(("-", "—", "–", "(", ";")):
            return _trim_end(text, start, len(head.rstrip(" -—–(;")) + start)
    return stop


def _report_stop(doc: Doc, sent: Sentence, c: int, sent_cues: list[int]) -> int:
    """Where the report of cue `c` must end at the latest: before the next
    cue's report, unless that cue sits inside the speaker's phrase; a
    participle set off by commas ends at the comma before the next cue."""
    set_off = _set_off_participle(doc, sent, c)
    return min((doc[d - 1].idx if set_off and doc[d - 1].text == ","
                else _next_report(doc, sent, d, c) if not _inside_subject(doc, sent, c, d) else doc[d].idx
                for d in sent_cues if d > c), default=sent.end)


def _set_off_participle(doc: Doc, sent: Sentence, c: int) -> bool:
    """`Durbin, noting the size of Sanders's following, said …`: a participle
    set off by commas between a subject and its verb; the comma before the
    verb closes its report."""
    return doc[c].lower_.endswith("ing") and c - 1 > sent.tok_start and doc[c - 1].text == ","


def _widen_fragments(doc: Doc, sent: Sentence, c: int, cues: dict[int, tuple[int, str]], sent_cues: list[int],
                     found: list[Found], out: list[Found], quoted: list) -> None:
    """Scope "attributions": `X said the attacks were "unacceptable"`
    attributes the whole clause, as PARC and PolNeAR annotate it, not only
    the words in quote marks. Each partial quotation that cue `c` governs
    takes the span of what the cue reports around it: its clause, its
    object, or else the words from the cue to the clause's end (from the
    sentence start for a fragment before the cue). The caller folds
    fragments that end up with one span."""
    end, label = cues[c]
    if label not in ("verb", "object", "phrase"):
        return
    at = doc[c].idx
    stop = _report_stop(doc, sent, c, sent_cues)
    fragments = [q for q in quoted if isinstance(q, Found) and q.type == "partial" and q.cue == doc[c:end].text]
    got = _say_clause(doc, sent, c, end, label, found, out, stop) if label != "object" else None
    if got is None or not any(got[0] < q.start < got[1] for q in fragments):
        got = _object_report(doc, sent, c, end, found, out, stop)
    text = text_of(doc)
    cue_end = doc[end - 1].idx + len(doc[end - 1])
    for q in fragments:
        if q.start > at and not text[cue_end:q.start].strip(" \n,:;“”\"‘’'«»"):
            if _clause_goes_on(doc, sent, q):  # `said "local forces" must lead the way`
                q.end = max(q.end, clause_end(text, q.start, stop))
            continue  # `yelled "You lie!"`, `said, "We'll see"`: the quotation is all the cue reports
        if got is not None and got[0] < q.start < got[1]:
            start, stop_at = got[0], got[1]
        elif q.start > at and end < sent.tok_end:
            start = doc[end].idx
            stop_at = clause_end(text, start, stop)
        elif q.end <= at and q.start > sent.start + 1:
            start, stop_at = sent.start, q.end  # "<words> "…," X said."
        else:
            continue
        if start < q.start:
            q.start, q.end = start, max(stop_at, q.end)


#: Words after a quotation that open the reporter's adjunct, not more of its clause
#: ('called "a new era" in his book', 'chanting "no peace" after the vote').
ADJUNCT_OPENING = SUBORDINATORS | ADJUNCT_PREPOSITIONS | PLACE_PREPOSITIONS | TIME_WORDS | {"to", "from", "into"}


def _clause_goes_on(doc: Doc, sent: Sentence, q) -> bool:
    """Does the reporter's clause go on, in lower case, straight after a
    quoted fragment (`said "local forces" must lead the way`), rather than
    stop or hand over to an attribution (`"…" he said`, `"…" and "…"`)?"""
    text = text_of(doc)
    if not text[q.start:q.end].lstrip(" “\"‘'")[:1].islower() or text[q.end - 1:q.end] in ".,;:!?":
        return False
    after = re.match(r"[”\"’'»\s]*([a-z][\w'’-]*)", text[q.end:sent.end])
    if after is None:
        return False
    word = after.group(1)
    return word not in lexicon.mentions().pronouns and word not in {"and", "or", "but", "according"} \
        and word not in ADJUNCT_OPENING and not lexicon.cues().classes(word)


def _parenthetical_head(doc: Doc, sent: Sentence, c: int, end: int,
                        mention: Mention | None) -> tuple[int, int] | None:
    """`Though the transition was seamless, he said, replacing her would be
    harder.`: an attribution set off by commas inside an unquoted sentence
    reports the words before it too, not only those after."""
    end = _adjunct_end(doc, sent, c, end)
    if mention is None or end >= sent.tok_end or doc[end].text not in {",", ":"}:
        return None  # "…, she said: “…”" reports the words before the colon as well
    subject = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if subject is None or subject.end > c:
        return None
    comma = token_before_subject(doc, sent, mention, c)
    pieces = lexicon.cues().whole_clauses  # PARC keeps every piece a cue interrupts: "Time, he added, was …"
    if comma - sent.tok_start < (1 if pieces else 2) or doc[comma].text != ",":
        return None
    text = text_of(doc)
    k = sent.tok_start
    while k < comma - 1 and doc[k].lower_ in {"but", "and", "yet", "or"} and not pieces:
        k += 1  # "But the weapons, he added, are …": the conjunction is the reporter's
    start = doc[k].idx
    stop = clause_end(text, start, doc[comma].idx)
    return (start, stop) if stop - start >= (1 if pieces else 8) else None


def _head_before_fragment(doc: Doc, sent: Sentence, c: int, cues: dict[int, tuple[int, str]],
                          quoted: list) -> Found | None:
    """`African-Americans, he said, can ''rock like Jimi''`: the words before
    a parenthetical attribution whose cue a quoted fragment after it took
    are reported too."""
    end, label = cues[c]
    text = text_of(doc)
    after_colon = text[doc[end - 1].idx + len(doc[end - 1]):].lstrip().startswith(":")
    fragment = next((q for q in quoted if isinstance(q, Found) and q.mention is not None and q.start > doc[c].idx
                     and (q.type == "partial" or after_colon)), None)
    if label != "verb" or fragment is None:
        return None
    head = _parenthetical_head(doc, sent, c, end, fragment.mention)
    if head is None or any(q.start < head[1] and head[0] < q.end for q in quoted):
        return None
    if after_colon and not _is_clause_head(doc, head[0], head[1]):
        return None  # "In a statement, X said: “…”": an adverbial, not a report
    if not lexicon.cues().whole_clauses and _adverbial(doc, head[0], head[1]):
        return None  # "After the attacks, the mayor said, “I have not …” from …": a circumstance, not a statement
    return Found(*head, "indirect", cue=doc[c:end].text, mention=fragment.mention, paragraph=sent.paragraph)


def _adverbial(doc: Doc, start: int, stop: int) -> bool:
    """Are the words a phrase of circumstance with no verb ("After the
    vote", "In other words")? PARC's attributions count them as part of the
    content around a parenthetical cue; a statement does not."""
    span = doc.char_span(start, stop, alignment_mode="expand")
    return span is not None and span[0].lower_ in INTRODUCERS - {"when", "while", "as", "since"} \
        and not any(_finite(t.lower_) for t in span)  # but "When the rule takes effect" is a clause


def _is_clause_head(doc: Doc, start: int, stop: int) -> bool:
    """Words before a parenthetical cue that make a clause of their own: a
    finite verb, and no opening adverbial ("In a statement", "Asked whether …")."""
    span = doc.char_span(start, stop, alignment_mode="expand")
    if span is None or span[0].lower_ in INTRODUCERS or span[0].lower_.endswith("ing") or span[0].lower_ == "as":
        return False
    return any(_finite(t.lower_) for t in span)


def _according_to(doc: Doc, sent: Sentence, c: int, end: int) -> tuple[int, int, Mention | None] | None:
    rng = right_phrase(doc, end, sent.tok_end)
    mention = parse_mention(doc, *rng) if rng is not None else None
    if mention is None:  # "according to a pool report", "according to early returns"
        rng = _source_phrase(doc, end, sent.tok_end)
        if rng is None:
            return None
        mention = described_by(doc[rng[0]:rng[1]])
    text = text_of(doc)
    phrase_end = description_end(doc, rng[1], sent.tok_end)  # "according to the FBI summary,"
    opens = all(t.lower_ in SENTENCE_ADVERBS for t in doc[sent.tok_start:c])  # "But according to X, …"
    if c > sent.tok_start and doc[c - 1].text == "," and not opens:  # "..., according to X."
        if _aside_before(doc, sent, c - 1) and phrase_end + 1 < sent.tok_end and doc[phrase_end].text == ",":
            start = doc[phrase_end + 1].idx  # "About 10 p.m., according to a timeline, the guards left"
            return start, clause_end(text, start, sent.end), mention
        start = _last_clause_start(text, sent.start, doc[c - 1].idx)  # "…, but his address …, according to X"
        return start, clause_end(text, start, doc[c - 1].idx), mention
    after = phrase_end
    while after < sent.tok_end and (doc[after].lower_ in TIME_WORDS or doc[after].lower_ in lexicon.mentions().time_names):
        after += 1  # "according to a CBS poll released Monday."
    closes = after >= sent.tok_end or doc[after].is_punct
    if c - sent.tok_start > 3 and doc[c - 1].is_alpha and closes:  # "X leads by 271 delegates according to a count."
        return sent.start, clause_end(text, sent.start, doc[c - 1].idx + len(doc[c - 1])), mention
    if opens and phrase_end < sent.tok_end and doc[phrase_end].text == ",":  # "According to X, ..."
        start = doc[phrase_end + 1].idx if phrase_end + 1 < sent.tok_end else sent.end
        return start, clause_end(text, start, sent.end), mention
    return None


def _aside_head(doc: Doc, sent: Sentence, c: int) -> tuple[int, int] | None:
    """Scope "attributions": `Over the long term, according to the budget
    office, the rise …`: PARC keeps the adverbial before a parenthetical
    "according to" as a piece of the content, as it does before `, he said,`."""
    if not lexicon.cues().whole_clauses or c - 1 <= sent.tok_start or doc[c - 1].text != "," \
            or not _aside_before(doc, sent, c - 1):
        return None
    start = doc[sent.tok_start].idx
    return start, _trim_end(text_of(doc), start, doc[c - 1].idx)


def _aside_before(doc: Doc, sent: Sentence, comma: int) -> bool:
    """Are the words before `comma` only an adverbial with no verb (`About
    10:03 p.m.,`, `In 2015,`, `But,`), not a clause of their own?"""
    words = doc[sent.tok_start:comma]
    return len(words) <= 6 and not any(_finite(t.lower_) or t.lower_.endswith("s") and t.is_lower and len(t) > 3
                                       and t.i > sent.tok_start for t in words)


def _last_clause_start(text: str, start: int, end: int) -> int:
    """Where the last clause before `end` begins: after a semicolon, a
    spaced dash or "but" (`Obama isn't running, but his address will be a
    topic, according to X`): the source named after a sentence vouches for
    the clause next to it (not after "while" or "and": PolNeAR's annotators
    split those both ways)."""
    last = start
    for cut in LAST_CLAUSE_BREAK.finditer(text, start, end):
        if cut.start() > start:
            last = cut.end()
    while last < end and text[last] in " \n":
        last += 1
    return last if end - last > 12 else start


def _adjunct_end(doc: Doc, sent: Sentence, c: int, end: int) -> int:
    """Past what a cue carries before its report or its closing comma: an
    object of `told` and an adjunct of time, place or medium (`said then,`,
    `told me on Friday,`, `explained earlier in the committee hearing,`,
    `said in a June report, and …`). Returns `end` when the words that follow
    do not stop at a comma within a few words, or hold a verb: then they are
    the report itself."""
    k = _past_hearer(doc, sent, c, end)
    if k >= sent.tok_end or doc[k].text == ",":
        return k
    if doc[k].lower_ not in ADJUNCT_STARTS or not _opens_noun_phrase(doc, k + 1, sent.tok_end):
        return end
    j, closes_sentence = k, False
    while j < sent.tok_end and j - k < 8 and doc[j].text != ",":
        tok = doc[j]
        if tok.text in {".", "!", "?"} and all(t.is_punct for t in doc[j:sent.tok_end]):
            closes_sentence = True  # "said in a wide-ranging interview.": the adjunct ends the sentence
            break
        if tok.lower_ in FINITE or tok.lower_ in {"that", "if", "whether"} or tok.is_quote or tok.text in {".", ";", ":"}:
            return end
        j += 1
    if doc[k].lower_ in DETERMINER_OPENERS and doc[j - 1].lower_ not in TIME_NOUNS:
        return end  # "said the email scandal, while …", "said the Khan family deserved better." are reports;
        # "said the next day," and "said this week." are not
    return j if closes_sentence or j < sent.tok_end and doc[j].text == "," or j == sent.tok_end else end


def _source_phrase(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase naming a source after "according to" when the speaker
    lexicons do not know it (`a pool report`, `the state's business
    records`, `a count by The Associated Press`): its words up to a comma, a
    stop or a relative clause. A lone common noun ("reports") is no source."""
    j = k
    while j < limit and j - k < 10:
        tok = doc[j]
        if not (tok.is_alpha or tok.like_num or tok.text in POSSESSIVE_MARKS or tok.text == "-") \
                or tok.lower_ in {"that", "which", "who", "released", "published", "and", "but"}:
            break
        j += 1
    while j > k and (doc[j - 1].lower_ in DANGLING or doc[j - 1].lower_ in {"the", "a", "an"}):
        j -= 1
    if j - k == 1 and doc[k].is_lower:
        return None  # "according to reports" names no source: the reporter's hedge
    return (k, j) if j > k and not doc[k].lower_ in lexicon.mentions().pronouns else None


def _say_clause(doc: Doc, sent: Sentence, c: int, end: int, label: str,
                found: list[Found], out: list[Found], stop: int) -> tuple[int, int, Mention | None] | None:
    text = text_of(doc)
    classes = lexicon.cues().classes(doc[c].lower_) if label == "verb" else frozenset({"clause"})
    if not classes & {"clause", "that"}:
        return None
    if doc[c].lower_.endswith("ing") and _after_with(doc, sent, c) and (end >= sent.tok_end or doc[end].is_punct):
        return None  # "with all precincts reporting, the race …" (but "with 30 percent saying they …")
    infinitive = _infinitive_cue(doc, sent, c)
    quoted = _quoted_as(doc, sent, c)
    participle = is_participle(doc, sent, c) or issued_participle(doc, sent, c) or infinitive or quoted is not None
    subject = quoted or (_caused_speaker(doc, sent, c) if infinitive else None)
    subject = subject or (_shared_speaker(doc, sent, c, found, out, infinitive) if participle
                          else subject_of(doc, sent, c) or opening_participle(doc, sent, c))
    start = _complement_start(doc, sent, c, end, classes) if subject is not None else None
    if start is not None:
        stop = min(stop, subordinate_end(doc, sent, c, start), _relative_end(doc, sent, c, subject))
    if start is not None and (_finite_within(doc, start, sent.tok_end) or _opens_with_subject(doc, start)):
        return start, clause_end(text, start, stop), subject
    # Backward: "<clause>, a police source told AFP." / "<clause>, said the prosecutor."
    unparsed = _unparsed_subject_clause(doc, sent, c, end, classes, stop) \
        if start is None and subject is None and not participle else None
    if unparsed is not None and (doc[end].lower_ in SUBJECT_PRONOUNS or doc[end].lower_ == "that"):
        return unparsed  # "…, a Republican who asked not to be named, said she …": no inverted speaker
    back = None if participle else backward(doc, sent, c, end, subject)
    if back is None and start is not None and not participle and _clause_before_comma(doc, sent, c):
        back = backward(doc, sent, c, end, None)  # "<clause>, whom he has alienated, said Larry Sabato."
    if back is not None:
        return back
    if start is None:
        return unparsed
    return start, clause_end(text, start, stop), subject


def _clause_before_comma(doc: Doc, sent: Sentence, c: int) -> bool:
    """`Cruz lacks support in Congress, whom he has alienated, said Larry
    Sabato.`: the subject rules read `Congress` as the speaker across the
    relative clause; when nothing with a verb follows the cue, a finite verb
    before its comma shows the words there are the report, not a subject."""
    return doc[c - 1].text == "," and any(_finite(t.lower_) and not _possessive(t) for t in doc[sent.tok_start:c - 1])


def _unparsed_subject_clause(doc: Doc, sent: Sentence, c: int, end: int, classes: frozenset[str],
                             stop: int) -> tuple[int, int, None] | None:
    """`The employee of nearly four years, a registered Republican who spoke
    on condition of anonymity, said she became pregnant …`: a finite cue
    followed by a that-clause or a clause with its own subject and verb
    reports it even when the speaker's phrase is too long or too odd for
    the subject rules; the speaker is then left unnamed."""
    cues = lexicon.cues()
    form = doc[c].lower_
    lemma = cues.lemma_of.get(form, form)
    if c == sent.tok_start or not doc[c].is_lower or doc[c - 1].lower_ in {"to", "the", "a", "an", "'s", "’s"}:
        return None
    if lemma in cues.noun_homographs and form in (lemma, lemma + "s"):
        return None  # "an additional report that could …": a noun, with no speaker to check it by
    if skip_auxiliaries(doc, sent, c) is None and (not cues.passives or lemma in cues.writer_asides):
        return None  # "It should be noted that …"; and "The mayor was told that …" only where passives are read
    start = _complement_start(doc, sent, c, end, classes)
    if start is None or not _opens_with_subject(doc, start) and not _after_that(doc, start) \
            and not _opens_question(doc, start) and not _said_after_noun(doc, c):
        return None
    if not _finite_within(doc, start, sent.tok_end):
        return None
    return start, clause_end(text_of(doc), start, stop), _unread_speaker(doc, sent, c)


#: First words that open no speaker's description (a subordinator, a
#: preposition, a pointer): "After the vote said …" has no subject to read.
NOT_DESCRIPTION_OPENERS = SUBORDINATORS | ADJUNCT_PREPOSITIONS | NOT_CLAUSE_OPENERS \
    | {"let", "there", "this", "that", "also", "only"}
#: Words that show the words before a cue are a clause, not a description.
NOT_DESCRIPTION_WORDS = SUBJECT_PRONOUNS | {"it", "it's", "it’s"}
#: Words right before a verb of saying that leave it without a subject of its own.
NOT_BEFORE_SAYING = ADJUNCT_PREPOSITIONS | ADJUNCT_STARTS | CLAUSE_WORDS | {"of", "been", "be", "being"}


def _unread_speaker(doc: Doc, sent: Sentence, c: int) -> Mention | None:
    """The speaker of a report whose subject the rules could not read, taken
    whole as a description: the words from the sentence's start (past its
    conjunctions and an opening phrase set off by a comma) to the cue, when
    they hold no verb (`Stefan Körner, chairman of the Pirate Party`, `the
    organizer of a pro-Trump rally`)."""
    i = skip_auxiliaries(doc, sent, c) or c
    j = sent.tok_start
    while j < i and doc[j].lower_ in {"and", "but", "yet", "so", "or"}:
        j += 1
    if j < i and doc[j].lower_ in INTRODUCERS | SENTENCE_ADVERBS:
        comma = next((k for k in range(j, i) if doc[k].text == ","), None)
        j = comma + 1 if comma is not None else j
    words = doc[j:i]
    while len(words) and words[-1].is_punct:
        words = words[:-1]
    if not 0 < len(words) <= 14 or not _noun_phrase_like(words):
        return None
    return described_by(words, plural=words[-1].lower_.endswith("s"))


def _noun_phrase_like(words: Span) -> bool:
    """Words that can be a speaker's description: no verb, pronoun or
    clause word; opened by no subordinator or preposition; ended by a noun
    or a name, not by a function word or an -ing form."""
    first, last = words[0], words[-1]
    lex = lexicon.mentions()
    if first.is_punct or first.lower_ in NOT_DESCRIPTION_OPENERS:
        return False
    if not last.is_alpha or last.lower_ in lex.determiners or last.lower_ in ADJUNCT_PREPOSITIONS \
            or last.lower_.endswith("ing") or len(words) == 1 and last.lower_ not in lex.speaker_nouns:
        return False
    return not any(_finite(t.lower_) and not _possessive(t) or t.lower_ in NOT_DESCRIPTION_WORDS
                   or t.text in {";", ":", "(", ")"} or t.is_quote for t in words)


def _said_after_noun(doc: Doc, c: int) -> bool:
    """`Experts on North Korea and nonproliferation said the test …`, `all
    the experts I interviewed said her proposals …`: a finite verb of saying
    right after a plain word (no auxiliary, preposition, determiner or clause
    word) has a subject, even one the subject rules cannot read."""
    prev = doc[c - 1]
    if doc[c].lower_ not in lexicon.word_list("finite_saying.txt") or not prev.is_alpha:
        return False
    if c - 3 >= 0 and doc[c - 2].lower_ in SUBJECT_ONLY_PRONOUNS and lexicon.cues().past_tense(prev.lower_) \
            and doc[c - 3].is_alpha and doc[c - 3].is_lower and not _finite(doc[c - 3].lower_):
        return True  # "the experts I interviewed said": a relative clause closes the subject
    return not _finite(prev.lower_) and prev.lower_ not in lexicon.mentions().determiners \
        and prev.lower_ not in NOT_BEFORE_SAYING


def _opens_question(doc: Doc, char_start: int) -> bool:
    """`did not say how the justices had voted`: a reported question."""
    first = _token_at(doc, char_start)
    return first is not None and first.lower_ in QUESTION_WORDS


def _after_that(doc: Doc, char_start: int) -> bool:
    """`argued that democracies …`: the clause `_complement_start` found
    follows "that" (or is "that" itself, the subject of its clause)."""
    first = _token_at(doc, char_start)
    return first is not None and (first.lower_ == "that" or first.i > 0 and doc[first.i - 1].lower_ == "that")


def _relative_end(doc: Doc, sent: Sentence, c: int, subject: Mention | None) -> int:
    """`Graham, who says allies should send troops, tweeted that …`: a report
    inside a relative clause ends at the comma after which the sentence's
    own verb comes; so does one whose speaker follows the relative word
    (`The changes, which officials said will start in May, were …`)."""
    relative_speaker = subject is not None and subject.text.lower() in {"who", "which"}
    if not relative_speaker and not any(doc[i].lower_ in {"which", "who", "whom"} and doc[i - 1].text == ","
                                        for i in range(max(sent.tok_start + 1, c - 6), c)):
        return sent.end
    for i in range(c + 2, sent.tok_end - 1):  # past the cue's own comma ("which, Tompkins said, is …")
        nxt = doc[i + 1]
        if doc[i].text == "," and nxt.is_lower and _finite(nxt.lower_):
            return doc[i].idx
    return sent.end


def _after_with(doc: Doc, sent: Sentence, c: int) -> bool:
    """`with 90 percent of precincts reporting`: "with", a short noun phrase, then the -ing cue."""
    for j in range(c - 1, max(sent.tok_start, c - 6) - 1, -1):
        if doc[j].lower_ == "with":
            return j < c - 1
        if doc[j].is_punct and doc[j].text != "%":
            return False
    return False


def _passive_by_agent(doc: Doc, sent: Sentence, c: int, end: int, stop: int) -> tuple[int, int, Mention] | None:
    """`Sanders was asked by host John Dickerson whether …`, `the attack was
    portrayed by the White House as a protest`, `when asked by a reporter if
    …`: in the passive the speaker follows "by", and the report starts at
    the word that links it."""
    if end + 1 >= sent.tok_end or doc[end].lower_ != "by" or not lexicon.cues().participle(doc[c].lower_):
        return None
    reduced = c == sent.tok_start or doc[c - 1].lower_ in REDUCED_OPENERS  # "Asked by X", "when asked by X"
    if not reduced and not any(t.lower_ in lexicon.mentions().be_forms for t in doc[max(sent.tok_start, c - 3):c]):
        return None  # "was asked by X"; but "…, accused by X of …" is an aside
    rng = right_phrase(doc, end + 1, sent.tok_end)
    if rng is None or rng[1] >= sent.tok_end or doc[rng[1]].lower_ not in PASSIVE_LINKS:
        return None
    if doc[rng[1]].lower_ == "of" and doc[rng[1] - 1].is_title:
        return None  # "shown by Speaker of the House Newt Gingrich's …": "of" goes on with the name
    mention = parse_mention(doc, *rng)
    if mention is None or mention.kind == "pronoun":
        return None
    start = doc[rng[1]].idx
    stop = _passive_stop(doc, sent, c, rng[1], start, stop, reduced)  # "When asked by X whether …, he said no"
    return start, clause_end(text_of(doc), start, stop), mention


def _passive_question(doc: Doc, sent: Sentence, c: int, end: int, stop: int) -> tuple[int, int, None] | None:
    """`Asked whether he would resign, the mayor said …`, `Clinton was asked
    why she waited`: a question put to someone by an asker the reporter
    does not name. The question is reported speech without a speaker."""
    if doc[c].lower_ != "asked":
        return None
    k = _past_question_adjunct(doc, sent, end)
    if k >= sent.tok_end or doc[k].lower_ not in QUESTION_OPENERS:
        return None
    reduced = _passive_voice(doc, sent, c)
    if reduced is None:
        return None
    start = doc[k].idx
    stop = _passive_stop(doc, sent, c, end, start, stop, reduced)
    return start, clause_end(text_of(doc), start, stop), None


def _past_question_adjunct(doc: Doc, sent: Sentence, k: int) -> int:
    """Past a short adjunct between "asked" and its question (`Asked on
    Monday whether …`, `asked in an interview why …`, `asked again if …`);
    `k` itself when none is there."""
    j = k
    while j < sent.tok_end and j - k < 6 and (doc[j].lower_ in ADJUNCT_STARTS or doc[j].lower_ in QUESTION_ADVERBS
                                             or j > k and (doc[j].is_title or doc[j].is_lower and doc[j].is_alpha)):
        if doc[j].lower_ in QUESTION_OPENERS:
            return j
        j += 1
    return k


def _impersonal_passive(doc: Doc, sent: Sentence, c: int, end: int, stop: int) -> tuple[int, int, None] | None:
    """`It was said that …`, `it has been reported that …`, `It is widely
    believed that …`: a passive with an empty "it" for subject reports its
    that-clause on the word of nobody the reporter names."""
    cues = lexicon.cues()
    if end + 1 >= sent.tok_end or doc[end].lower_ != "that" or not cues.participle(doc[c].lower_) \
            or not cues.classes(doc[c].lower_) & {"clause", "that"} \
            or cues.lemma_of.get(doc[c].lower_) in cues.writer_asides:
        return None
    be_forms = lexicon.mentions().be_forms
    k = c - 1
    while k > sent.tok_start and (doc[k].lower_ in {"also", "often", "now"} or doc[k].lower_.endswith("ly")):
        k -= 1  # "it is widely believed"
    if doc[k].lower_ not in be_forms or k - 1 < sent.tok_start:
        return None
    k -= 1
    while k > sent.tok_start and (doc[k].lower_ in FINITE or doc[k].lower_ in be_forms or doc[k].lower_ == "not"):
        k -= 1  # "it has been said", "it could be argued", "it would not be said"
    if doc[k].lower_ != "it" or (k > sent.tok_start and not _clause_boundary(doc[k - 1])):
        return None
    start = doc[end + 1].idx
    return start, clause_end(text_of(doc), start, min(stop, subordinate_end(doc, sent, c, start))), None


def _clause_boundary(tok) -> bool:
    """Can a clause start after this token ("," "and", "but", "that")?"""
    return tok.is_punct or tok.lower_ in {"and", "but", "that", "because", "so", "yet", "while", "although", "though"}


def _passive_voice(doc: Doc, sent: Sentence, c: int) -> bool | None:
    """Is cue `c` a passive without its agent? None when it is not; else
    whether it is reduced, its "be" left out (`Asked whether …,`, `when
    asked about …`) rather than spelled (`was asked about …`)."""
    reduced = c == sent.tok_start or doc[c - 1].is_punct or doc[c - 1].lower_ in REDUCED_OPENERS
    if not reduced and not any(t.lower_ in lexicon.mentions().be_forms for t in doc[max(sent.tok_start, c - 3):c]):
        return None
    return reduced


def _passive_stop(doc: Doc, sent: Sentence, c: int, link: int, start: int, stop: int, reduced: bool) -> int:
    """Where the report of a passive cue ends at the latest: at the end of
    its subordinate clause and, when the passive is reduced (`Asked whether
    …, Priebus said`), at the comma where the main clause takes over."""
    stop = min(stop, subordinate_end(doc, sent, c, start))
    if reduced:
        stop = min(stop, next((t.idx for t in doc[link:sent.tok_end] if t.text == ","), stop))
    return stop


def _shared_speaker(doc: Doc, sent: Sentence, c: int, found: list[Found], out: list[Found],
                    infinitive: bool) -> Mention | None:
    """The speaker a participle or an infinitive cue shares with its
    sentence: the last speaker found in it, else the sentence's subject
    (which may be the subject of "be" before an infinitive: `voters are
    more likely to say …`)."""
    return _sentence_speaker(found, out, sent) or main_subject(doc, sent, c, after_be=infinitive)


def _quoted_as(doc: Doc, sent: Sentence, c: int) -> Mention | None:
    """`The Post quoted an unnamed GOP official as saying that …`: the one
    quoted, the object of a quoting verb before "as", speaks the participle."""
    if c - 3 < sent.tok_start or doc[c - 1].lower_ != "as" or not doc[c].lower_.endswith("ing"):
        return None
    quoting = lexicon.mentions().quoting_verbs
    j = next((i for i in range(c - 3, max(sent.tok_start, c - 16) - 1, -1) if doc[i].lower_ in quoting), None)
    if j is None:
        return None
    rng = right_phrase(doc, j + 1, c - 1)
    mention = parse_mention(doc, *rng) if rng is not None else None
    return mention or described_by(doc[j + 1:c - 1])


def _caused_speaker(doc: Doc, sent: Sentence, c: int) -> Mention | None:
    """`The timing led Republicans to say that …`: after a causative verb,
    its object speaks the infinitive cue, not the sentence's subject."""
    j = causative(doc, sent.tok_start, c - 1)
    return parse_mention(doc, j + 1, c - 1) if j is not None else None


def _infinitive_cue(doc: Doc, sent: Sentence, c: int) -> bool:
    """`Voters were more likely to say …`, `those voters tended to support
    Clinton`: where the scope reads cues after "to" (and no verb before it
    hands its subject on), the infinitive's speaker is the sentence's subject."""
    return lexicon.cues().infinitive_cues and c - 1 > sent.tok_start and doc[c - 1].lower_ == "to" \
        and skip_auxiliaries(doc, sent, c) == c


def _passive_link(doc: Doc, sent: Sentence, c: int, end: int, stop: int) -> tuple[int, int, None] | None:
    """`The senator was accused of hiding the losses`, `Asked about the
    emails, Clinton laughed`: what the passive's left-out agent said the
    subject did, or asked about, follows the verb's link word. Only the
    scopes whose lexicon lists such passives read them."""
    cues = lexicon.cues()
    form = doc[c].lower_
    lemma = cues.lemma_of.get(form) or cues.object_forms.get(form, form)
    links = cues.passives.get(lemma)
    if not links or not cues.participle(form):
        return None
    k = _past_manner(doc, sent, end)
    if k + 1 >= sent.tok_end or doc[k].lower_ not in links or doc[k + 1].is_punct:
        return None
    reduced = _passive_voice(doc, sent, c)
    if reduced is None:
        return None
    start = doc[k].idx if doc[k].lower_ == "to" else doc[k + 1].idx  # "was asked to name …": the to-infinitive
    stop = _passive_stop(doc, sent, c, k, start, stop, reduced)  # "Asked about the emails, Clinton laughed"
    return start, _object_end(doc, sent, k + 1, clause_end(text_of(doc), start, stop)), None


def _object_report(doc: Doc, sent: Sentence, c: int, end: int, found: list[Found], out: list[Found],
                   stop: int) -> tuple[int, int, Mention | None] | None:
    """`Trump cited the poll`, `the senator criticized the tariffs`, `the
    survey showed Clinton taking a lead`: the object of a verb of citing,
    judging or discussing is what the speaker said about it."""
    cues = lexicon.cues()
    lemma = cues.object_forms.get(doc[c].lower_) or cues.lemma_of.get(doc[c].lower_, "")
    k = _directive_object(doc, sent, end, cues.objects_to.get(lemma, frozenset()))
    if k is not None:  # "urged the party to drop the rule": the object and what it is to do
        # the pattern itself shows "calls", "wants" is a verb here; a participle
        # ("…, urging its members to …") shares the sentence's subject
        infinitive = _infinitive_cue(doc, sent, c)
        subject = _shared_speaker(doc, sent, c, found, out, infinitive) \
            if is_participle(doc, sent, c) or issued_participle(doc, sent, c) or infinitive \
            else subject_of(doc, sent, c, need_clause=False)
        end_at = _object_end(doc, sent, k, clause_end(text_of(doc), doc[k].idx, stop))
        return (doc[k].idx, end_at, subject) if subject is not None else None
    links = cues.objects.get(lemma)
    if not links:
        return None
    manner_end = _past_manner(doc, sent, end) if links - {""} else end
    if lemma in OBJECT_VERBS and links - {""} and manner_end == end:
        hearer_end = _past_hearer(doc, sent, c, end)  # "asked Trump about the tweets"
        if end < hearer_end < sent.tok_end and doc[hearer_end].lower_ in links - {""}:
            manner_end = hearer_end
    k = _past_link(doc, sent, manner_end, links)
    if k is None or k == manner_end > end:
        return None  # "spoke emotionally of …" needs its "of"
    if k >= sent.tok_end:
        return None
    first = doc[k]
    if first.is_punct or first.lower_ in NOT_OBJECT_OPENERS and not _demonstrative_object(doc, sent, k):
        return None
    infinitive = _infinitive_cue(doc, sent, c)
    if is_participle(doc, sent, c) or infinitive:
        subject = _shared_speaker(doc, sent, c, found, out, infinitive)
    else:
        subject = subject_of(doc, sent, c, need_clause=not cues.coordinated_objects) \
            if _finite_after_speaker(doc, sent, c) else None
    if subject is None:
        return None
    if lemma in cues.document_verbs and _head_word(subject) not in lexicon.mentions().document_nouns:
        return None  # "he showed his badge": only a document's showing is a report
    if lemma in cues.as_verbs and not any(t.lower_ == "as" for t in doc[k + 1:min(k + 9, sent.tok_end)]):
        return None  # "saw the film" reports nothing; "sees Cruz as a uniter" does
    if lemma == "call" and _bare_name(doc, sent, k):
        return None  # "a firm called Cambridge Analytica" names it; "called Clinton" phoned her
    text = text_of(doc)
    return first.idx, _object_end(doc, sent, k, clause_end(text, first.idx, stop)), subject


def _demonstrative_object(doc: Doc, sent: Sentence, k: int) -> bool:
    """`rejected that argument.`, `denied that claim in court`: "that" as a
    demonstrative before a bare noun the object ends with, not a
    complementizer ("denied that he lied", "argued that voters were …")."""
    if doc[k].lower_ != "that" or k + 2 > sent.tok_end:
        return False
    noun = doc[k + 1]
    lex = lexicon.mentions()
    if not (noun.is_alpha and noun.is_lower) or noun.lower_ in lex.pronouns or noun.lower_ in lex.determiners \
            or _finite(noun.lower_) or noun.lower_ in NOT_OBJECT_OPENERS:  # "backed that up"
        return False
    after = doc[k + 2] if k + 2 < sent.tok_end else None
    return after is None or after.is_punct or after.lower_ in HEAD_LINKS


def _directive_object(doc: Doc, sent: Sentence, k: int, links: frozenset[str]) -> int | None:
    """Where the hearer of `urged`, `called on`, `told` begins when a short
    noun phrase and a to-infinitive follow (`urged the party to drop`,
    `told reporters to expect`); None otherwise."""
    k = _past_link(doc, sent, k, links) if links else None
    if k is None:
        return None
    j = k
    while j < sent.tok_end and j - k < 7 and doc[j].lower_ != "to":
        tok = doc[j]
        if tok.text == "(" and j > k:  # "urged Gov. Rick Snyder (R) to resign"
            past = after_parenthesis(doc, j, sent.tok_end, reach=6)
            if past == j:
                return None
            j = past
            continue
        if not (tok.is_alpha or tok.text in POSSESSIVE_MARKS or tok.like_num or tok.text.rstrip(".").isalpha()) \
                or tok.lower_ in FINITE or tok.lower_ in NOT_OBJECT_OPENERS:
            return None
        j += 1
    if j == k or j + 1 >= sent.tok_end or doc[j].lower_ != "to":
        return None
    verb = doc[j + 1]
    if not (verb.is_alpha and verb.is_lower) or verb.lower_ in lexicon.mentions().determiners:
        return None  # "asked questions to the panel": "to" is a preposition there
    return k


def _past_link(doc: Doc, sent: Sentence, k: int, links: frozenset[str]) -> int | None:
    """Past the word that links a verb to its object (`talked about`,
    `called on`); `k` itself for a verb that takes its object at once
    (link ""); None when the link the verb needs is missing."""
    if k < sent.tok_end and doc[k].lower_ in links - {""}:
        return k + 1
    return k if "" in links else None


def _bare_name(doc: Doc, sent: Sentence, k: int) -> bool:
    """Is the object at `k` a name and nothing more (no "a liar" after it)?"""
    j = k
    while j < sent.tok_end and (doc[j].is_title or doc[j].is_upper) and doc[j].is_alpha:
        j += 1
    return j > k and (j == sent.tok_end or doc[j].is_punct or doc[j].lower_ in {"which", "that", "who", "and"})


def _past_manner(doc: Doc, sent: Sentence, k: int) -> int:
    """Past the adverbs, particle and day name a reporter sets between a
    verb and its preposition (`spoke emotionally of`, `spoke out Tuesday
    about`, `warned repeatedly against`); `k` itself when none is there."""
    time_names = lexicon.mentions().time_names
    j = k
    while j < sent.tok_end and j - k < 3:
        word = doc[j].lower_
        if not (doc[j].is_alpha and (word.endswith("ly") and len(word) > 4 or word == "out" or word in time_names)):
            break
        j += 1
    return j


def _head_word(m: Mention) -> str:
    """The last word of a mention, lower-cased: its head noun."""
    words = m.text.split()
    return words[-1].lower() if words else ""


def _finite_after_speaker(doc: Doc, sent: Sentence, c: int) -> bool:
    """Is the cue a verb here? "questions" and "challenge" are nouns as
    often as verbs ("a big question remains"): a base or -s form counts
    only right after a name, a pronoun or a noun that can speak."""
    form = doc[c].lower_
    if form.endswith(("ed", "ing")) or lexicon.cues().past_tense(form) \
            or form in lexicon.cues().by_form and not form.endswith("s"):
        return True
    i = c
    lex = lexicon.mentions()
    while i - 1 >= sent.tok_start and doc[i - 1].lower_ in lex.between_subject_and_cue:
        i -= 1
    if i - 3 >= sent.tok_start and doc[i - 1].text == "," and doc[i - 2].lower_ in lex.between_subject_and_cue \
            and doc[i - 3].text == ",":
        i -= 3  # "Some Democrats, however, question …"
    if i - 1 < sent.tok_start:
        return False
    prev = doc[i - 1]
    if prev.text == "," and i - 1 > sent.tok_start:  # "The survey, conducted by …, finds …": after an aside
        return subject_of(doc, sent, c) is not None
    return prev.lower_ in lex.pronouns or prev.lower_ in lex.relatives or prev.lower_ in lex.speaker_nouns \
        or (prev.text[0].isupper() and (prev.i != sent.tok_start or _named_inside_a_sentence(doc, prev))) \
        or _agreeing_noun(doc, sent, prev, form)


def _agreeing_noun(doc: Doc, sent: Sentence, prev: Token, form: str) -> bool:
    """`Video of the incident shows him …`, `Neither side wants conflict`: a
    plain lower-case noun after a determiner or a capitalised word, plural
    before a base form and singular before an -s form, is the subject the
    verb agrees with, even a noun that cannot speak."""
    if not (prev.is_alpha and prev.is_lower) or prev.i - 1 < sent.tok_start \
            or not lexicon.cues().classes(form) & {"clause", "that"}:
        return False  # "the region offers rich resources": a verb of giving, not of saying
    if prev.lower_ in FINITE or lexicon.cues().classes(prev.lower_) or prev.lower_.endswith(("ly", "ing", "ed")):
        return False
    plural = prev.lower_.endswith("s") and not prev.lower_.endswith("ss")
    if plural == form.endswith("s"):
        return False
    return doc[prev.i - 1].lower_ in lexicon.mentions().determiners or doc[prev.i - 1].is_title


def _named_inside_a_sentence(doc: Doc, tok: Token) -> bool:
    """Is the capitalised word that opens a sentence a name? It is when the
    article also writes it capitalised inside a sentence (`… said Ada
    Okafor. … Okafor accuses the board of …`), as it never writes "Many"
    or "Questions"."""
    seen = doc.user_data.setdefault("quotes.named_inside", {})
    if tok.text not in seen:
        text = text_of(doc)
        seen[tok.text] = re.search(rf"(?:(?<=\w )|(?<=\w, )){re.escape(tok.text)}\b", text) is not None
    return seen[tok.text]


def _object_end(doc: Doc, sent: Sentence, k: int, limit: int) -> int:
    """A reported object ends before a comma that opens an aside (`, which`,
    `, another example`) and before an adjunct of time or manner (`in
    early-morning tweets`, `since the debate`, `on Thursday`)."""
    text = text_of(doc)
    for i in range(k + 1, sent.tok_end):
        tok = doc[i]
        if tok.idx >= limit:
            break
        nxt = doc[i + 1].lower_ if i + 1 < sent.tok_end else ""
        if tok.text == "," and nxt not in OBJECT_LIST_CONTINUERS | OBJECT_EXTENDERS and not _list_goes_on(doc, sent, i) \
                and not _noun_list_goes_on(doc, sent, k, i):
            return _trim_end(text, doc[k].idx, tok.idx)
        if tok.lower_ in OBJECT_ADJUNCTS and (i > k + 1 or tok.lower_ not in DETERMINER_ADJUNCTS):
            return _trim_end(text, doc[k].idx, tok.idx)
        if tok.text in DASH_TOKENS and text[tok.idx - 1:tok.idx].isspace():
            return _trim_end(text, doc[k].idx, tok.idx)  # "— who's called for tax hikes — lambasting …"
    return limit


def _past_aside(doc: Doc, sent: Sentence, k: int) -> int:
    """Past a short aside closed by a comma when "that" follows it: the
    reporter's adverb between a cue and its clause; also one set off by
    dashes (`said — on Twitter, as it happens — that …`)."""
    if k < sent.tok_end and doc[k].text in DASH_TOKENS:
        close = next((j for j in range(k + 1, min(sent.tok_end - 1, k + 12)) if doc[j].text == doc[k].text), None)
        return close + 1 if close is not None and doc[close + 1].lower_ == "that" else k
    for j in range(k, min(sent.tok_end - 1, k + 8)):
        if doc[j].text == ",":
            return j + 1 if j > k and doc[j + 1].lower_ == "that" else k
        if not doc[j].is_alpha or j == k and not doc[j].is_lower or doc[j].lower_ in FINITE or doc[j].lower_ == "that":
            return k
    return k


def _list_goes_on(doc: Doc, sent: Sentence, comma: int) -> bool:
    """`the states of Indiana, Michigan, Ohio and Pennsylvania`: a comma
    between names that an "and" or "or" closes a few names later lists
    them; it opens no aside."""
    j = comma + 1
    while j < sent.tok_end and j - comma < 12:
        tok = doc[j]
        if tok.lower_ in OBJECT_LIST_CONTINUERS:
            return j + 1 < sent.tok_end and doc[j + 1].is_title
        if not (tok.is_title or tok.text == "," or tok.text == "."):
            return False
        j += 1
    return False


def _noun_list_goes_on(doc: Doc, sent: Sentence, k: int, comma: int) -> bool:
    """`citing low economic growth, unemployment and growing inequality`,
    `attacked GOP voters, lawmakers, and thinkers`: a short object whose
    comma is followed by short items and an "and"/"or" item lists what was
    cited; no item may hold a verb."""
    if comma - k > 6 or _has_verb(doc, k, comma):
        return False
    j, item = comma + 1, 0
    while j < sent.tok_end and j - comma < 14:
        tok = doc[j]
        if tok.lower_ in OBJECT_LIST_CONTINUERS and (item or doc[j - 1].text == ","):
            end = next((i for i in range(j + 1, sent.tok_end) if doc[i].is_punct), sent.tok_end)
            return 0 < end - j - 1 <= 6 and not _has_verb(doc, j + 1, end)
        if tok.text == ",":
            if item == 0:
                return False
            item = 0
        elif not tok.is_alpha and not tok.like_num or item >= 4:
            return False
        else:
            item += 1
        j += 1
    return False


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    """Has doc[start:end] a finite verb or a cue (so it is a clause, not a noun phrase)?"""
    cues = lexicon.cues()
    return any(_finite(t.lower_) or cues.classes(t.lower_) for t in doc[start:end])


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop the reporter's spaces and punctuation from the end of a span."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


def subordinate_end(doc: Doc, sent: Sentence, c: int, start: int) -> int:
    """`While his advisers have suggested X, Mr. Obama is …`, `A few weeks
    after Obama announced that X, U.S. forces bombed …`: a report inside a
    sentence-opening subordinate clause ends at the comma that closes that
    clause."""
    if not _in_fronted_clause(doc, sent, c):
        return sent.end
    comma = next((t for t in doc[c + 1:sent.tok_end] if t.text == "," and t.idx > start), None)
    return comma.idx if comma is not None else sent.end


def _coordinated_predicate(doc: Doc, sent: Sentence, c: int, start: int, stop: int) -> int:
    """`has not endorsed Mr. Trump and has been a pointed critic …`,
    `declined to be identified and is not in …`, `criticizing the pipeline
    and calling for …`: a second predicate after "and" belongs to the
    speaker, not to what was said. It is one when a finite verb follows
    "and" after an object or a to-infinitive (no finite verb of its own),
    or a participle follows it when the cue is a participle too. A clause,
    or a relative clause inside the object, keeps its own coordinated verbs
    (`shows that Clinton remains popular and would carry …`)."""
    text = text_of(doc)
    if " and " not in text[start:stop]:
        return stop
    participle_cue = doc[c].lower_.endswith("ing")
    first = doc.char_span(start, stop, alignment_mode="expand").start  # the report's first token
    infinitive = doc[first].lower_ == "to"
    after_clause_word = doc[first - 1].lower_ in CLAUSE_WORDS
    for k in range(c + 1, sent.tok_end - 1):
        tok = doc[k]
        if tok.idx >= stop:
            break
        if tok.lower_ != "and" or tok.idx <= start:
            continue
        j = k + 1
        while j < sent.tok_end - 1 and doc[j].lower_ in PREDICATE_ADVERBS:
            j += 1
        nxt = doc[j].lower_
        plain = infinitive or not (after_clause_word
                                   or any(_finite(t.lower_) or t.lower_ in CLAUSE_WORDS for t in doc[first:k]))
        if not plain:
            continue
        if participle_cue and nxt.endswith("ing") and len(nxt) > 5 and doc[j + 1].lower_ != "of" \
                and "," not in text[start:tok.idx]:  # but "citing low growth, unemployment and growing inequality"
            return tok.idx
        if (nxt in FINITE or lexicon.cues().past_tense(nxt)) and nxt not in {"'s", "’s"}:
            return tok.idx
    return stop


def _in_fronted_clause(doc: Doc, sent: Sentence, c: int) -> bool:
    """Does cue `c` sit in a subordinate clause that opens the sentence and
    is not yet closed by a comma?"""
    lead = lexicon.cues().fronted_lead | SENTENCE_ADVERBS
    k = sent.tok_start
    while k < c and (not doc[k].is_alpha or doc[k].lower_ in lead or doc[k].like_num):
        if doc[k].text == "," and not (k > sent.tok_start and doc[k - 1].lower_ in SENTENCE_ADVERBS):
            return False  # but "However, while the party says …, …" opens with the adverb's comma
        k += 1
    if k >= c or not _opens_fronted_clause(doc, sent, k, c):
        return False
    return not any(t.text == "," for t in doc[k:c])


def _opens_fronted_clause(doc: Doc, sent: Sentence, k: int, c: int) -> bool:
    """Does the word at `k`, first in the sentence, open a clause or phrase
    that holds cue `c` and ends at its comma: a subordinator ("While …",
    "Having announced …"), an "as" clause with a report of its own, or a
    phrase of time holding a relative clause?"""
    word = doc[k].lower_
    if word in (SUBORDINATORS - {"as", "whether"}) | lexicon.cues().fronted_openers:
        return True
    if word == "as":
        return _as_clause_reports(doc, sent, c)
    return _relative_in_fronted_phrase(doc, k, c)


def _relative_in_fronted_phrase(doc: Doc, k: int, c: int) -> bool:
    """`In a year in which Sanders has demonized Wall Street, Mrs. Clinton has
    run …`: a phrase of time or place that opens the sentence and holds a
    relative clause, the cue's; like a subordinate clause, it ends at its comma."""
    return doc[k].lower_ in FRONTED_PREPOSITIONS and any(t.lower_ in {"which", "when", "where", "whom"}
                                                        for t in doc[k + 1:c])


def _as_clause_reports(doc: Doc, sent: Sentence, c: int) -> bool:
    """`As the White House hints at what his plans might include, Abbott …`:
    an "as" clause whose cue reports words of its own before the comma; in
    `As Trump said, …` nothing follows the cue and the main clause is its report."""
    return c + 1 < sent.tok_end and doc[c + 1].is_alpha and doc[c + 1].lower_ not in TIME_WORDS \
        and any(t.text == "," for t in doc[c + 2:sent.tok_end])


def _token_at(doc: Doc, char_start: int) -> Token | None:
    """The token a report found by character offset starts with."""
    span = doc.char_span(char_start, char_start + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def _opens_with_subject(doc: Doc, char_start: int) -> bool:
    """`said they welcome the attention`: a clause that opens with a subject
    pronoun is a clause whatever its verb looks like."""
    first = _token_at(doc, char_start)
    if first is None:
        return False
    if first.lower_ in EXPLETIVES:  # "says there can be upheavals", "said it would take two months"
        return first.i + 1 < len(doc) and doc[first.i + 1].lower_ in FINITE
    return first.lower_ in SUBJECT_PRONOUNS


def _next_report(doc: Doc, sent: Sentence, next_cue: int, c: int) -> int:
    """Where a second report in the same sentence begins, which ends the
    first: `X said the probe was botched and Democrats accused Y of …`.
    A new subject after "and"/"but" counts, and so does a cue verb right
    after it (`… and warned against …`: the reporter's narrative goes on)
    or a participle after a comma (`…, saying …`);
    an auxiliary first (`said … and had ordered …`) continues the report."""
    lex = lexicon.mentions()
    if _noun_before_noun(doc, sent, next_cue):
        return sent.end  # "violated federal and state law": a noun, not a second report
    if next_cue - 1 > sent.tok_start and doc[next_cue - 1].lower_ in {"and", "but"} and \
            not doc[next_cue].lower_.endswith("ing") and not _ends_phrase(doc, sent, next_cue):
        and_tok = next_cue - 1  # "said he would order a review and warned against hackers": a new predicate
        return doc[and_tok - 1].idx if doc[and_tok - 1].text == "," else doc[and_tok].idx
    i = next_cue
    while i - 1 > sent.tok_start and doc[i - 1].lower_ in lex.between_subject_and_cue:
        i -= 1
    if doc[i - 1].text == "," and doc[next_cue].lower_.endswith("ing") and is_participle(doc, sent, next_cue):
        return doc[i - 1].idx  # "…, saying …": the participle's report follows the comma; no new subject
    rng = left_phrase(doc, i, sent.tok_start)
    if rng is None or doc[i - 1].text == ",":
        return _after_apposition(doc, sent, next_cue, c)
    j = rng[0]
    while j - 1 > sent.tok_start and doc[j - 1].lower_ in lex.determiners:
        j -= 1
    if j - 1 > sent.tok_start and doc[j - 1].lower_ in {"and", "but"} \
            and not _clause_runs_over(doc, sent, c, j - 1):
        return doc[j - 1].idx  # but "said that the results in Iowa and New Hampshire show …": one subject
    if j - 1 > sent.tok_start and doc[j - 1].text == "," and _reports_forward(doc, sent, next_cue) \
            and not any(t.lower_ in {"and", "or"} for t in doc[j:next_cue]):  # but "the title, history and text … showed"
        return doc[j - 1].idx  # "widely expected to be the top donor, Adelson said … that …": a new speaker's clause
    if j - 2 > sent.tok_start and doc[j - 1].lower_ in {"whom", "which", "who"} and doc[j - 2].text == "," \
            and not _clause_resumes(doc, sent, next_cue):
        return doc[j - 2].idx  # "…with the marchers, whom he described as "peaceful," for the …"
    return sent.end


def _clause_runs_over(doc: Doc, sent: Sentence, c: int, conj: int) -> bool:
    """Does the cue's clause run on over the conjunction at `conj`, the
    words between being part of its subject (`said that the results in Iowa
    and New Hampshire show …`, `said both he and Rubio promised …`)? After
    "that", or after a cue that takes a bare clause when no comma comes first
    (`said …, and other leaders said …` coordinates two reports); and no
    verb comes before the conjunction."""
    opens = _that_clause_after(doc, sent, c) or "clause" in lexicon.cues().classes(doc[c].lower_) \
        and not any(t.text == "," for t in doc[c + 1:conj])
    return opens and not _verb_between(doc, c + 1, conj)


def _that_clause_after(doc: Doc, sent: Sentence, c: int) -> bool:
    """The cue's report opens with "that" (`said that …`, `saying that …`)."""
    return c + 1 < sent.tok_end and doc[c + 1].lower_ == "that" \
        and bool(lexicon.cues().classes(doc[c].lower_) & {"clause", "that"})


def _verb_between(doc: Doc, start: int, end: int) -> bool:
    """A finite or past-tense verb among tokens `start` to `end`."""
    return any(map(_verb_word, doc[start:end]))


def _verb_word(tok) -> bool:
    """A finite verb, or a lower-case word in the past tense."""
    return _finite(tok.lower_) or tok.is_lower and lexicon.cues().past_tense(tok.lower_)


def _reports_forward(doc: Doc, sent: Sentence, c: int) -> bool:
    """Does cue `c` report what follows it (`Adelson said that …`), rather
    than close the clause before it (`…, Adelson said.`, `…, Adelson said,
    …`)?"""
    k = c + 1
    times = TIME_WORDS | lexicon.mentions().time_names
    while k < sent.tok_end and doc[k].lower_ in times:
        k += 1
    return k < sent.tok_end and (doc[k].lower_ == "that" or doc[k].lower_ in SUBJECT_PRONOUNS)


def _inside_subject(doc: Doc, sent: Sentence, c: int, d: int) -> bool:
    """`People who know the coach said …`, `Voters who believe the economy
    is improving said …`: a cue in a relative clause that is part of the
    next cue's subject; what it reports ends where that cue begins."""
    if c == 0 or doc[c - 1].lower_ not in {"who", "that"}:
        return False
    subject = subject_of(doc, sent, d)
    return subject is not None and subject.start < doc[c].idx < subject.end


def _ends_phrase(doc: Doc, sent: Sentence, k: int) -> bool:
    """`preparing models and plans.`: a cue word that punctuation follows at
    once is a noun closing a list, not a new predicate."""
    return k + 1 >= sent.tok_end or doc[k + 1].text in {".", "!", "?", ";", ")"}


def _after_apposition(doc: Doc, sent: Sentence, next_cue: int, c: int) -> int:
    """`… on track, and Brian Deese, the White House adviser, said …`: a
    subject set off by an apposition after "and" opens a second report
    (unless cue `c`'s clause runs on over the "and", see `_clause_runs_over`)."""
    subject = subject_of(doc, sent, next_cue)
    if subject is None:
        return sent.end
    k = token_before_subject(doc, sent, subject, next_cue)
    if k <= sent.tok_start or doc[k].lower_ not in {"and", "but"}:
        return sent.end
    if c < k and _clause_runs_over(doc, sent, c, k):
        return sent.end  # "said four of the crew and the cook will testify": one subject
    return doc[k - 1].idx if doc[k - 1].text == "," else doc[k].idx


def _clause_resumes(doc: Doc, sent: Sentence, k: int) -> bool:
    """After the comma that closes a relative clause holding the cue at `k`,
    does the outer clause go on with its verb (`the plan, which critics
    called a disaster, would pass`)?"""
    close = next((i for i in range(k + 1, sent.tok_end) if doc[i].text == ","), None)
    return close is not None and any(doc[i].lower_ in FINITE for i in range(close + 1, min(close + 6, sent.tok_end)))


def _noun_before_noun(doc: Doc, sent: Sentence, k: int) -> bool:
    """A cue word spelled like a noun (`state`, `report`, `claim`) that
    modifies the lowercase noun after it (`state law`, `report card`)."""
    cues = lexicon.cues()
    low = doc[k].lower_
    lemma = cues.lemma_of.get(low, low)
    if lemma not in cues.noun_homographs or low not in (lemma, lemma + "s") or k + 1 >= sent.tok_end:
        return False  # "and praised efforts": a past tense is the verb
    nxt = doc[k + 1]
    lex = lexicon.mentions()
    return nxt.is_alpha and nxt.is_lower and nxt.lower_ not in lex.determiners and nxt.lower_ not in lex.pronouns \
        and nxt.lower_ not in NOT_OBJECT_OPENERS and nxt.lower_ not in FINITE and not cues.classes(nxt.lower_) \
        and not nxt.lower_.endswith(("ly", "ed"))


def _finite_within(doc: Doc, char_start: int, tok_end: int, window: int = 8) -> bool:
    span = doc.char_span(char_start, doc[tok_end - 1].idx + len(doc[tok_end - 1]), alignment_mode="expand")
    if span is None:
        return False
    return any(_finite(t.lower_) and not _possessive(t) for t in span[:window])


def _finite(word: str) -> bool:
    """A finite verb, as far as its spelling tells: an auxiliary or a past tense."""
    return word in FINITE or lexicon.cues().past_tense(word)


def backward(doc: Doc, sent: Sentence, c: int, end: int,
             subject: Mention | None) -> tuple[int, int, Mention | None] | None:
    """`<clause>, a police source told AFP.`, `<clause>, said the prosecutor.`:
    a report that comes before its attribution runs from the sentence start
    to the comma before the speaker."""
    if subject is not None:
        comma = _before_coordinated(doc, sent, token_before_subject(doc, sent, subject, c))
        mention = subject
        if doc[c - 1].text == "," and not any(_finite(t.lower_) and t.lower_ not in POSSESSIVE_MARKS
                                              for t in doc[sent.tok_start:comma]):
            return None  # "Trump's running mate, Gov. Mike Pence, plans …": an apposition, not a clause
    elif c - 1 >= sent.tok_start and doc[c - 1].text == ",":  # inverted: ", said the prosecutor"
        rng = right_phrase(doc, end, sent.tok_end)
        if rng is None:
            return None
        comma, mention = c - 1, parse_mention(doc, *rng)
        end = rng[1]
    else:
        return None
    if comma <= sent.tok_start or doc[comma].text != ",":
        return None
    tail = [t for t in doc[end:_circumstance_start(doc, sent, c, end)] if not t.is_punct]
    if subject is not None and end + 1 < sent.tok_end and doc[end].text == "," and _report_goes_on(doc[end + 1]):
        tail = []  # "<words>, he says, to help write …": the words after the comma go on with the report
    if subject is None:  # "…, said a handful of Democrats who point to …": the speaker's relative clause
        relative = (n for n, t in enumerate(tail) if t.lower_ in RELATIVE_WORDS and (n or t.lower_ != "that"))
        tail = tail[:next(relative, len(tail))]
    apposition = subject is None and end < sent.tok_end and doc[end].text == ","  # "said Jo Ray, a long-time aide to …"
    # "…, Wilkin said during his campaign speech to be a delegate.": a long adjunct of occasion is still no clause
    adjunct = bool(tail) and tail[0].lower_ in ADJUNCT_THAT_OPENERS and not any(_finite(t.lower_) for t in tail) \
        and "clause" in lexicon.cues().classes(doc[c].lower_) and not doc[c].lower_.endswith("ing")
    if (len(tail) > 8 and not apposition and not adjunct) or any(t.lower_ in {"that", "if", "whether"} for t in tail):
        return None
    if subject is None and not apposition and any(t.lower_ in FINITE and not _possessive(t) for t in tail):
        return None  # "…, said Hillary Clinton should be ready": the words after the cue are its clause
    if comma - sent.tok_start < 4:
        return None  # "Earlier on Tuesday, X said ...": an adverbial, not a clause
    if _closes_attribution(doc, sent, comma):
        return None  # "Still, he said, officials have to decide …": the words before are an attribution
    if doc[sent.tok_start].lower_ in INTRODUCERS and not any(_finite(t.lower_) for t in doc[sent.tok_start:comma]):
        return None  # "In an essay last week, X acknowledged …", "After the vote, he said, …": an adverbial
    opener = next((t for t in doc[sent.tok_start:comma] if t.is_alpha), None)
    if opener is not None and _reduced_passive(doc, opener.i, comma):
        return None  # "Asked about his speeches, the senator declined": the circumstance of the cue
    if subject is not None and tail and opener is not None and opener.lower_ in SUBORDINATORS | {"but", "and"} and \
            any(t.lower_ in SUBORDINATORS for t in doc[sent.tok_start:min(comma, sent.tok_start + 3)]):
        return None  # "But when Congress cut funding, Mexico said enough": the report follows the cue
    return sent.start, clause_end(text_of(doc), sent.start, doc[comma].idx), mention


def _closes_attribution(doc: Doc, sent: Sentence, comma: int) -> bool:
    """Do the words before `comma` end with a speaker and a cue set off by
    commas (`Still, he said,`, `But, the captain said,`)? Then the clause
    after them is that speaker's report, not the start of another."""
    k = comma - 1
    if k - 1 <= sent.tok_start or not doc[k].is_lower or not lexicon.cues().classes(doc[k].lower_):
        return False
    if doc[k - 1].lower_ in lexicon.mentions().pronouns or doc[k - 1].is_title:
        return True
    subject = subject_of(doc, sent, k)
    return subject is not None and doc[token_before_subject(doc, sent, subject, k)].text == ","


def _before_coordinated(doc: Doc, sent: Sentence, k: int) -> int:
    """`<clause>, teachers and union officials said`: the comma before the
    first of coordinated subjects (up to three plain words before "and")."""
    if k <= sent.tok_start or doc[k].lower_ not in {"and", "or"}:
        return k
    for j in range(k - 1, max(sent.tok_start, k - 4) - 1, -1):
        if doc[j].text == ",":
            return j if j < k - 1 else k
        if not doc[j].is_alpha or _finite(doc[j].lower_):
            return k
    return k


def _reduced_passive(doc: Doc, k: int, limit: int) -> bool:
    """Does a past participle and its link word open the words before
    `limit` (`Asked about …`, `Pressed on …`, `Questioned by …`)?"""
    form = doc[k].lower_
    return k + 1 < limit and (form.endswith("ed") or form in lexicon.cues().irregular_past) \
        and doc[k + 1].lower_ in PASSIVE_LINKS | QUESTION_WORDS | {"on", "by"}


def _possessive(tok) -> bool:
    """"Ukraine's Foreign Ministry": an 's after a name is a possessive, not "is"."""
    return tok.lower_ in POSSESSIVE_MARKS and tok.i > 0 and tok.doc[tok.i - 1].is_title


def _opens_noun_phrase(doc: Doc, k: int, limit: int) -> bool:
    """After a preposition, a noun phrase (`to reporters`, `in a June
    report`, `on Friday`) rather than a verb (`to change course`)."""
    if k >= limit:
        return True
    tok = doc[k]
    lex = lexicon.mentions()
    return tok.lower_ in lex.pronouns or tok.lower_ in lex.determiners or tok.text[:1].isupper() or tok.like_num \
        or tok.text == "," or tok.lower_ in TIME_WORDS or tok.lower_.endswith(("ers", "ists", "ians"))


def _circumstance_start(doc: Doc, sent: Sentence, c: int, end: int) -> int:
    """Where a trailing circumstance begins after a cue and its adjuncts
    (`…, lawmakers said Friday, as they bristled at …`, `…, he said, adding
    …`): the words from there on are the reporter's, not the speaker's."""
    k = _adjunct_end(doc, sent, c, end)
    if k + 1 >= sent.tok_end or doc[k].text not in {",", ":"}:
        return sent.tok_end
    nxt = doc[k + 1]
    if doc[k].text == ":" or nxt.is_quote or nxt.lower_ in CIRCUMSTANCE_OPENERS:
        return k  # "…, she said: “…”", "…, he said, on condition of anonymity", "…, X said, but “…”"
    if k > end and (nxt.lower_ in SUBORDINATORS or nxt.lower_.endswith("ing")):
        return k
    return sent.tok_end


def _complement_start(doc: Doc, sent: Sentence, c: int, end: int, classes: frozenset[str]) -> int | None:
    """Where the reported clause begins after `said`, `told AFP that`, `said on Tuesday`."""
    lemma = lexicon.cues().lemma_of.get(doc[c].lower_, "")
    k = _past_hearer(doc, sent, c, end)
    if k + 1 < sent.tok_end and doc[k].is_lower and doc[k].lower_.endswith("ly") and doc[k + 1].lower_ == "that":
        k += 1  # "stated clearly that …"
    adjunct = _adjunct_end(doc, sent, c, end)
    if adjunct > k:  # "said then, was that …", "told me on Friday, is that …"
        if adjunct >= sent.tok_end or doc[adjunct].text != ",":
            return None  # "said in an interview.": nothing is reported after the cue
        after = doc[adjunct + 1] if adjunct + 1 < sent.tok_end else None
        if after is None or after.lower_ in SUBORDINATORS or after.lower_.endswith("ing"):
            return None  # "said Friday afternoon, as they bristled …": the report came before the cue
        k = adjunct + 1
    skipped, opened = 0, k
    if k + 2 < sent.tok_end and doc[k].lower_ in DETERMINER_OPENERS and doc[k + 1].lower_ in TIME_NOUNS \
            and doc[k + 2].lower_ == "that":
        k += 2  # "said this weekend that …", "wrote the next day that …"
    elif k < sent.tok_end and doc[k].lower_ in {"a", "an", "the", "this", "that"}:
        skipped = 99  # a determiner starts the clause itself
    while k < sent.tok_end and doc[k].lower_ in TIME_WORDS and skipped < 6:
        k, skipped = k + 1, skipped + 1
        named = k
        while k < sent.tok_end and doc[k].is_title and doc[k].lower_ not in lexicon.mentions().pronouns:
            k += 1
        if k > named and k < sent.tok_end and doc[k].lower_ in {"a", "an", "the"}:
            break  # "reported on Wednesday the Secret Service had …": a determiner after a name opens the clause
    if skipped == 99:
        skipped = 0
    elif skipped and doc[opened].lower_ in ADJUNCT_THAT_OPENERS and _that_after_adjunct(doc, sent, k) is not None:
        k = _that_after_adjunct(doc, sent, k)  # "insisted at an Indiana rally Wednesday that …"
    elif skipped and not (k < sent.tok_end and _clause_opener(doc, k)):
        k = end  # the words after the cue were the clause itself
    if k == end and k < sent.tok_end and doc[k].lower_ == "to" and _opens_noun_phrase(doc, k + 1, sent.tok_end) \
            and "to" not in lexicon.cues().objects.get(lemma, ()):  # but "responded to the news that …"
        k = _that_after_adjunct(doc, sent, k + 1) or _question_after_hearer(doc, sent, k + 1) or k
        # "said to reporters that …", "wrote to the senator that …", "explained to CBS why …"
    if k == end and k < sent.tok_end and doc[k].lower_ in ADJUNCT_THAT_OPENERS | {"by"} \
            and "that" not in lexicon.cues().passives.get(lemma, ()):
        k = _that_after_adjunct(doc, sent, k + 1) or k  # "said by phone that …", "has said from the start that …"
    while k < sent.tok_end and doc[k].text in {",", ":"}:
        k += 1
    k = _past_aside(doc, sent, k)  # "said, somewhat stiltedly, that …", "added, however, that …"
    if k + 2 < sent.tok_end and doc[k].lower_ == "for" and doc[k + 1].lower_ in TIME_NOUNS \
            and doc[k + 1].lower_.endswith("s") and _clause_opener(doc, k + 2):
        k += 2  # "has said for weeks (that) he is …"
    has_that = k < sent.tok_end and doc[k].lower_ == "that"
    if has_that:
        k += 1
        if k < sent.tok_end and doc[k].lower_ in FINITE:
            return doc[k - 1].idx  # "He said that would permit …": "that" is the clause's subject
        if k < sent.tok_end and doc[k].text == ",":  # "said that, if elected, he would …"
            k += 1
            if k < sent.tok_end and doc[k].is_lower and doc[k].is_alpha:
                return doc[k].idx  # "say that, in addition to Scott, he would …": "that" vouches for the clause
    if k >= sent.tok_end:
        return None
    first = doc[k]
    if first.lower_ in COMPARATIVES and k + 2 < sent.tok_end and doc[k + 1].lower_ == "than" and doc[k + 2].like_num:
        # "said more than 1,300 emails contained …"; after "that" the clause may set off an aside first
        return first.idx if has_that or _verb_before_comma(doc, sent, k + 3) else None
    if first.lower_ in APPROXIMATORS and k + 1 < sent.tok_end and (doc[k + 1].like_num or doc[k + 1].lower_ in FRACTIONS):
        # "said about 20 people had applied", "said about half of …"; but "added around 292,000 jobs" is a count
        return first.idx if has_that or _verb_before_comma(doc, sent, k + 2) else None
    if first.lower_ == "at" and k + 2 < sent.tok_end and doc[k + 1].lower_ in {"least", "most"} \
            and (doc[k + 2].like_num or has_that):
        return first.idx  # "says at least seven delegates have signed on", "argue that at least some …"
    if first.lower_ in WH_WORDS and not has_that and k + 1 < sent.tok_end and doc[k + 1].is_alpha:
        return first.idx  # an indirect question: "asked whether the deals required …", "explain why …"
    to = k + 1 if first.lower_ == "not" and k + 1 < sent.tok_end and doc[k + 1].lower_ == "to" else k
    if doc[to].lower_ == "to" and not has_that and k == end and lemma in lexicon.cues().to_infinitive \
            and to + 1 < sent.tok_end and doc[to + 1].is_alpha and doc[to + 1].is_lower:
        return first.idx  # "X plans to call on young people to serve", "decided not to run"
    if has_that and _fronted_adjunct(doc, sent, k):
        return first.idx  # "said that with the delegates she has, the debate would …"
    if first.is_punct or first.lower_ in NOT_CLAUSE_OPENERS or first.lower_ in OBJECT_CASE:
        return None  # "People who know him said …": "him" is an object, so "know" reports nothing
    if is_finite_verb(first) and (not _after_relative(doc, sent, c) or _relative_set_off(doc, sent, c, k)):
        return None  # "Everything Trump says is a lie": the cue is inside the subject
    if not has_that and ("clause" not in classes or lemma in lexicon.cues().noun_objects):
        window = [t.lower_ for t in doc[k:min(k + 7, sent.tok_end)]]
        past = [w for i, w in enumerate(window) if i and window[i - 1] != "and" and lexicon.cues().past_tense(w)]
        if not any(w in FINITE for w in window) and not past:
            return None  # "reported the email came hours after …" is a clause; "announced new measures" is not,
            # nor is "known Trump since the 1970s and worked with him"
    if not has_that and not _clause_opener(doc, k) and not any(t.lower_ in FINITE for t in doc[k:min(k + 8, sent.tok_end)]):
        return None
    return first.idx


def _that_after_adjunct(doc: Doc, sent: Sentence, k: int) -> int | None:
    """The "that" closing an adjunct the cue carries (`said at a rally
    Wednesday that …`, `told reporters in Iowa that …`) within a few words
    with no verb or punctuation before it."""
    for j in range(k, min(k + 6, sent.tok_end)):
        tok = doc[j]
        if tok.lower_ == "that":  # but "in a speech that was broadcast" is a relative clause
            after = doc[j + 1].lower_ if j + 1 < sent.tok_end else ""
            return j if j > k and not _finite(after) else None
        if tok.lower_ in POSSESSIVE_MARKS or tok.text in {"%", "-", "–"} and j > k:
            continue  # "wrote to the mayor's office that …", "say by 55%-41% that …"
        if tok.is_punct or tok.lower_ in FINITE or lexicon.cues().classes(tok.lower_) \
                or j > k and _finite(tok.lower_):  # "at a packed town hall that": an adjective
            return None
    return None


#: Prepositions that may open a phrase fronted in a that-clause ("noted
#: that through the end of March, spending had …").
FRONTED_AFTER_THAT = ADJUNCT_PREPOSITIONS | FRONTED_PREPOSITIONS | {"through", "until", "from", "over", "within",
                                                                    "following", "across"}


def _question_after_hearer(doc: Doc, sent: Sentence, k: int) -> int | None:
    """`explained to CBS why …`, `wrote to the senator asking whether …`:
    the question word after a short hearer, with no verb or punctuation
    before it."""
    for j in range(k + 1, min(k + 5, sent.tok_end - 1)):
        if doc[j].lower_ in {"why", "how", "whether"}:
            return j
        if doc[j].is_punct and doc[j].lower_ not in POSSESSIVE_MARKS or _finite(doc[j].lower_) \
                or lexicon.cues().classes(doc[j].lower_):
            return None
    return None


def _fronted_adjunct(doc: Doc, sent: Sentence, k: int) -> bool:
    """`that with the delegates she has, the debate …`, `that in 2015, he …`:
    after "that", a preposition opens the clause when a comma closes its
    phrase and a finite verb follows; "said that about him" has no comma."""
    if doc[k].lower_ not in FRONTED_AFTER_THAT:
        return False
    for i in range(k + 2, min(k + 12, sent.tok_end - 1)):
        if doc[i].is_punct:
            return doc[i].text == "," and _finite_within(doc, doc[i].idx, sent.tok_end, window=12)
        if doc[i].lower_ in SUBJECT_PRONOUNS and (_finite(doc[i + 1].lower_) or doc[i + 1].lower_ in {"’d", "'d"}):
            return True  # "that without the Latino vote he is dead"
    return False


def _verb_before_comma(doc: Doc, sent: Sentence, k: int) -> bool:
    """A finite or past-tense verb from token `k` to the next comma."""
    for tok in doc[k:sent.tok_end]:
        if tok.text in {",", ";", ":"}:
            return False
        if _verb_word(tok):
            return True
    return False


def _past_hearer(doc: Doc, sent: Sentence, c: int, k: int) -> int:
    """Past the hearer of `told`, `assured`, `warned` (`told AFP`, `told
    MSNBC's "Morning Joe"`); a hearer the lexicons do not know counts only
    before "that" (`told the club's owners that …`)."""
    if lexicon.cues().lemma_of.get(doc[c].lower_, "") not in OBJECT_VERBS or k >= sent.tok_end \
            or doc[k].lower_ == "that":
        return k
    rng = right_phrase(doc, k, sent.tok_end)
    if rng is not None and rng[1] + 1 < sent.tok_end and doc[rng[1]].lower_ in {"and", "&"} and doc[rng[1] + 1].is_title:
        more = right_phrase(doc, rng[1] + 1, sent.tok_end)  # "told The Post and Courier that …"
        rng = (rng[0], more[1]) if more is not None else rng
    if rng is not None:
        end = next((i for i in range(rng[0] + 1, rng[1]) if doc[i].lower_ in SUBJECT_ONLY_PRONOUNS), rng[1])
        if end == rng[1]:
            head = _past_head_noun(doc, sent, end)
            if doc[rng[0]].lower_ in {"a", "an", "the"} or _opens_clause_at(doc, sent, head):
                end = head  # "told a CNN audience", "told FBI agents that …": the name modifies the hearer's noun
        return _past_possessed(doc, sent, end)  # "told the players they would …": "they" opens the clause
    j = _past_possessed(doc, sent, _past_words(doc, sent, k + (doc[k].lower_ in lexicon.mentions().determiners)))
    if j < sent.tok_end and doc[j].lower_ == "that":
        return j
    opens_clause = j + 1 < sent.tok_end and doc[j].lower_ in SUBJECT_ONLY_PRONOUNS and \
        (doc[j + 1].lower_ in FINITE or doc[j + 1].lower_ in {"’d", "'d"})  # "assured voters he'd force …"
    return j if j > k and opens_clause else k


#: Words that end a hearer's name rather than go on with its head noun
#: ("warned the Fed against …", "told the AP and …").
HEARER_ENDS = {"and", "or", "of", "for", "if", "about", "against", "into", "toward", "towards", "upon", "across",
               "around", "behind", "beyond", "within", "amid", "not", "never", "to"}
#: Words that are never a hearer's head noun.
NOT_HEAD_NOUNS = frozenset(FINITE | ADJUNCT_STARTS | PLACE_PREPOSITIONS | CLAUSE_WORDS | ADJUNCT_PREPOSITIONS
                           | HEARER_ENDS | SUBJECT_PRONOUNS | OBJECT_CASE)


def _opens_clause_at(doc: Doc, sent: Sentence, k: int) -> bool:
    """"that" or a subject pronoun at token `k`."""
    return k < sent.tok_end and (doc[k].lower_ == "that" or doc[k].lower_ in SUBJECT_ONLY_PRONOUNS)


def _past_head_noun(doc: Doc, sent: Sentence, k: int) -> int:
    """`told a CNN audience`, `told a Planned Parenthood gathering`: a name
    after a determiner modifies the hearer's head noun, which follows it."""
    j = k
    while j < sent.tok_end and j - k < 2 and _plain_noun(doc[j]):
        j += 1
    return j


def _plain_noun(tok) -> bool:
    """A lower-case word that can only be a noun here: no verb, cue,
    pronoun, determiner, preposition or clause word, no -ly or -ed."""
    low = tok.lower_
    lex = lexicon.mentions()
    return tok.is_alpha and tok.is_lower and not low.endswith(("ly", "ed")) and low not in NOT_HEAD_NOUNS \
        and low not in lex.pronouns and low not in lex.determiners and not lexicon.cues().classes(low)


def _past_possessed(doc: Doc, sent: Sentence, k: int) -> int:
    """`told MSNBC's "Morning Joe" that …`, `told the paper's editors that
    …`: the hearer goes on past a possessive to what it owns."""
    if k >= sent.tok_end or doc[k].text not in POSSESSIVE_MARKS:
        return k
    k += 1
    if k < sent.tok_end and doc[k].is_quote:
        close = next((i for i in range(k + 1, min(sent.tok_end, k + 10)) if doc[i].is_quote), None)
        return close + 1 if close is not None else k
    rng = right_phrase(doc, k, sent.tok_end)
    return rng[1] if rng is not None else _past_words(doc, sent, k)


def _past_words(doc: Doc, sent: Sentence, k: int) -> int:
    """Past up to four plain words that are no verb, cue, "that" or a
    subject pronoun that opens a clause of its own."""
    j = k
    while j < sent.tok_end and j - k < 4 and doc[j].is_alpha and doc[j].lower_ not in FINITE \
            and doc[j].lower_ not in {"that", "if", "whether"} and not lexicon.cues().classes(doc[j].lower_) \
            and not (j > k and doc[j].lower_ in SUBJECT_ONLY_PRONOUNS):
        j += 1
    return j


def _after_relative(doc: Doc, sent: Sentence, c: int) -> bool:
    """`attacks which officials say are linked to …`, `what the senators
    said was …`, `The latest test, North Korea said, was …`: the report's
    subject stands before the speaker (a relative word, or a parenthetical
    attribution), so its verb comes straight after the cue. A long titled
    name counts as one word (`The move, RNC Chief of Staff Katie Walsh
    explained, was …`)."""
    i = skip_auxiliaries(doc, sent, c) or c  # "that the majority of lawmakers still believes is …"
    while i - 2 > sent.tok_start and (doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ == "of"
                                      and doc[i - 2].text[:1].isupper()):
        i -= 1
    rng = left_phrase(doc, i, sent.tok_start)
    if rng is not None and rng[0] - 2 > sent.tok_start and doc[rng[0] - 1].lower_ == "of":
        rng = left_phrase(doc, rng[0] - 1, sent.tok_start) or rng
    i = min(i, rng[0]) if rng is not None else i
    window = doc[max(sent.tok_start, min(c - 5, i - 2)):c]
    return any(t.lower_ in {"which", "that", "who", "what", ","} for t in window)


def _relative_set_off(doc: Doc, sent: Sentence, c: int, k: int) -> bool:
    """`Curiel, who through his office declined to comment, was born …`: a
    cue inside a relative clause set off by commas, whose closing comma
    hands back to the main clause's verb (not `attacks which officials say
    are linked`, with no commas, nor `The ferry, the mayor said, is late`,
    with no relative word)."""
    if doc[k - 1].text != ",":
        return False
    opening = next((i for i in range(c - 1, sent.tok_start - 1, -1) if doc[i].text == ","), None)
    return opening is not None and opening + 1 < c and doc[opening + 1].lower_ in {"who", "which"}


def _clause_opener(doc: Doc, k: int) -> bool:
    """Can a clause begin here (a subject: pronoun, determiner, name, noun,
    number: "says 34,570 citizens cast votes")?"""
    tok = doc[k]
    low = tok.lower_
    lex = lexicon.mentions()
    return low == "that" or low in lex.pronouns or low in lex.determiners or tok.text[0].isupper() or tok.is_alpha \
        or tok.like_num and not YEAR.fullmatch(tok.text) and k + 1 < len(doc) and doc[k + 1].is_lower


def clause_end(text: str, start: int, end: int) -> int:
    """The reported clause stops where the reporter takes the floor again:
    at a semicolon, a spaced double dash (a single one after a closing quote
    mark that no second dash pairs: `… “a national security election” — an
    issue Democrats …`) or a contrastive conjunction, and at a relative clause
    that runs to the end (`…, which forced her to leave early`): one closed
    by a comma (`the plan, which costs $5bn, would fail`) is the speaker's."""
    for rel in TRAILING_RELATIVE.finditer(text, start, end):
        if rel.start() > start and not CLOSES_ASIDE.search(text, rel.end(), end):
            end = rel.start()
            break
    for cut in CLAUSE_STOP.finditer(text, start, end):
        if cut.start() <= start:
            continue
        if PARTICIPLE_STOP.match(text, cut.start()) and not _has_finite_verb(text, start, cut.start()):
            continue  # "says Millennials, numbering 75 million, surpassed …": the clause has no verb yet
        if _subject_aside(text, start, cut.start()):
            continue  # "says the scandal, while troublesome, was dealt with": an aside inside the subject
        if CORRELATIVE_BUT.match(text, cut.start()) and NOT_ONLY.search(text, start, cut.start()):
            continue  # "could lose not only because he supports X but also because …": one clause
        end = cut.start()
        break
    return _trim_end(text, start, end)


def _subject_aside(text: str, start: int, cut: int) -> bool:
    """Is the break at `cut` a short aside set off by commas right after a
    subject of a few words with no verb yet (`the scandal, while
    troublesome, was …`, `the plan, though costly, would …`)?"""
    if text[cut] != "," or len(text[start:cut].split()) > 5 or _has_finite_verb(text, start, cut):
        return False
    close = text.find(",", cut + 1, cut + 40)
    return close > 0 and len(text[cut + 1:close].split()) <= 4 and \
        re.match(r"\s+[a-z]+", text[close + 1:]) is not None


def _has_finite_verb(text: str, start: int, end: int) -> bool:
    """Has text[start:end] a finite verb: an auxiliary, a regular past or
    an irregular one ("he saw no need")?"""
    if FINITE_WORD.search(text, start, end):
        return True
    irregular = lexicon.cues().irregular_past
    return any(w in irregular for w in re.findall(r"[a-z]+", text[start:end]))


def _sentence_speaker(found: list[Found], out: list[Found], sent: Sentence) -> Mention | None:
    for f in reversed(out + [f for f in found if sent.start <= f.start < sent.end]):
        if f.mention is not None:
            return f.mention
    return None
