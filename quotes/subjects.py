"""Who is speaking: the speaker's phrase around a cue, read without a parser.

Left of a cue verb the subject is found over auxiliaries, adverbs and
verbs that hand it on (`has long said`, `continued to warn`), over an
apposition or relative clause between commas (`Wilfried Fonck, national
secretary for the union, said`), a coordinated second verb (`… and said`)
or a postmodifier (`a spokesman for the ministry`); a description the
lexicons do not know counts when it opens the sentence (`The bank said`).
A participle (`…, saying …`) takes the subject of its sentence. A passive
(`he was told`) has no speaker on the left at all.
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes import lexicon
from quotes.detect import CLOSING_MARKS
from quotes.mentions import (Mention, described_by, described_speaker, described_subject, is_relative, left_phrase,
                             opening_participle_word, parse_mention, right_phrase)

if TYPE_CHECKING:
    from quotes.sentence import Sentence

FINITE = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
          "should", "must", "may", "might", "did", "does", "do", "shall", "won't", "wasn't",
          "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "didn't", "doesn't",
          "don't", "couldn't", "wouldn't", "shouldn't", "cannot", "'s", "’s", "'re", "’re", "'ll", "’ll"}


def is_finite_verb(tok: Token) -> bool:
    """A finite verb or auxiliary, but not "'s", which after a name is as
    often a possessive ("Trump's campaign") as "is"."""
    return tok.lower_ in FINITE and tok.lower_ not in {"'s", "’s"}


#: Words that cannot open a reported clause after a cue ("proposed during
#: Nixon's term", "told to leave").
NOT_CLAUSE_OPENERS = {"to", "for", "with", "about", "of", "on", "in", "at", "by", "so", "it's", "and",
                      "or", "but", "nothing", "something", "during", "under", "from", "into", "against",
                      "through", "without", "within", "among", "onto", "toward", "towards", "via"}
#: Words opening an introductory phrase before the subject ("At his
#: cookout, the band leader …", "In a statement, the company …").
INTRODUCERS = {"at", "in", "on", "after", "before", "during", "earlier", "later", "last", "by",
               "for", "with", "speaking", "asked", "when", "while", "as", "since", "addressing"}
#: Words that open a subordinate clause or phrase before a sentence's subject.
OPENING_SUBORDINATORS = INTRODUCERS | {"if", "although", "though", "because", "once", "unless", "until",
                                       "whenever", "despite", "amid", "without", "indeed", "still"}
#: Speaker nouns that stay the speaker's place, not its head, before "of":
#: "the department of justice", "the university of Texas".
ORG_HEADS = {"department", "university", "office", "ministry", "bureau", "institute", "house", "court",
             "board", "council", "committee", "association", "federation", "party", "bank", "secretary"}
#: Org heads that are never a person's title with "of" ("the party of
#: Lincoln"), unlike "the secretary of state".
ORG_TITLES = ORG_HEADS - {"secretary"}
OBJECT_PRONOUNS = {"him", "her", "them", "me", "us"}
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its", "our", "my", "your"}
#: Prepositions between a speaker's head noun and what describes it ("a
#: spokesman for the ministry", "officials in Ohio", "people close to him").
HEAD_PREPOSITIONS = {"for", "of", "at", "with", "in", "from", "to", "on"}
#: Words that take a share of a group as speaker ("two of his aides said").
QUANTIFIERS = {"some", "many", "most", "several", "few", "all", "both", "none", "one", "each", "half", "dozens"}
COORDINATORS = {"and", "but", "or", "so", "yet", "nor"}
#: Words that open a relative clause inside a subject ("the union that has …").
RELATIVE_WORDS = {"who", "which", "that", "whose", "whom", "where", "when"}
DASHES = {"--", "—", "–", "―"}
#: Adverbs before "this week", "last month" in an adjunct between speaker and cue.
TIME_ADVERBS = {"just", "only", "earlier", "later", "again"}
YEAR = re.compile(r"(?:19|20)\d\d")
PERIODS = {"week", "month", "year", "weekend", "night", "spring", "summer", "fall", "autumn", "winter"}
#: A party and state after a legislator's name: "Sen. Lindsey Graham, R-S.C., …".
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*$")
INFERENCE_VERBS = {"suggests", "suggest", "suggested", "shows", "show", "showed", "indicates",
                   "means", "meant", "implies", "proves", "if", "whether", "unless"}


def subject_of(doc: Doc, sent: Sentence, c: int, need_clause: bool = True) -> Mention | None:
    """The speaker left of a cue verb, over auxiliaries and adverbs, and over
    an apposition or relative clause set off by commas. A verb after "and"
    shares the sentence's subject, if `need_clause`, only when a clause
    follows it (see `coordinated_subject`)."""
    i = skip_auxiliaries(doc, sent, c)
    if i is None:
        return None
    if doc[i - 1].lower_ == "to" and i - 1 > sent.tok_start:
        j = causative(doc, sent.tok_start, i - 1)
        if j is not None:
            return parse_mention(doc, j + 1, i - 1)
    i = before_parenthesis(doc, sent, i)
    if i - 1 >= sent.tok_start and doc[i - 1].text == ",":
        return _subject_before_apposition(doc, sent, i - 1) or _in_a_verb_series(doc, sent, i - 1, c, need_clause)
    if i - 2 > sent.tok_start and doc[i - 1].text in CLOSING_MARKS and doc[i - 2].text == ",":
        return _subject_before_apposition(doc, sent, i - 2)  # `X, who calls him a “sociopath,” said`
    if i - 1 > sent.tok_start and doc[i - 1].lower_ in {"and", "but"}:
        return coordinated_subject(doc, sent, i - 1, c, need_clause)
    if i - 1 > sent.tok_start and doc[i - 1].text in DASHES:
        return _subject_before_dashes(doc, sent, i - 1)
    modified = _postmodified_subject(doc, sent, i) or _postmodified_document(doc, sent, i)
    if modified is not None:
        return modified
    adjunct = _time_adjunct_start(doc, sent, i) or _medium_adjunct_start(doc, sent, i)
    if adjunct is not None:  # "prosecutors in April charged", "Bush in a Medium post said"
        i = before_parenthesis(doc, sent, adjunct)  # "Feinstein (D-Calif.) last week said"
    rng = left_phrase(doc, i, sent.tok_start)
    if rng is not None and rng[0] - 1 >= sent.tok_start and doc[rng[0]].lower_ in {"percent", "%"} \
            and doc[rng[0] - 1].like_num:
        share = doc[rng[0] - 1:rng[1]]  # "40 percent of residents said": the number belongs to the speaker
        return described_by(share, plural=True)
    if rng is None and i - 2 > sent.tok_start and doc[i - 2].lower_ == "of" and doc[i - 1].is_alpha:
        rng = (i - 1, i)  # "the secretary of state said": a noun the phrase reader took for a cue
        head = _head_before_preposition(doc, sent, rng)
        if head is not None:
            return head
        rng = None
    if rng is None or doc[rng[0]].lower_ in OBJECT_PRONOUNS:  # "those close to him say"
        plain = _plain_phrase(doc, sent, i)
        head = _head_before_preposition(doc, sent, plain) if plain is not None else None
        return head or _described_subject(doc, sent, i)  # "officials in both cities said"
    head = _head_before_preposition(doc, sent, rng)
    if head is not None:
        return head
    if rng[0] - 1 >= sent.tok_start and doc[rng[0] - 1].lower_ in INFERENCE_VERBS:
        return None  # "suggests police believe ...": the reporter's inference
    return parse_mention(doc, *rng) or _described_subject(doc, sent, i)

def _postmodified_subject(doc: Doc, sent: Sentence, i: int) -> Mention | None:
    """`People who know him said`, `Those surveyed say`, `Most of those
    polled said`: a subject that opens the sentence and is closed by a
    relative clause or a poll participle, with no comma before the cue. The
    phrase reader stops at the relative word, so it would take the clause's
    last word ("him") for the speaker."""
    lex = lexicon.mentions()
    start = _subject_start(doc, sent, i)
    if doc[start].lower_ in OPENING_SUBORDINATORS - NOT_CLAUSE_OPENERS and doc[start].lower_ in lex.clause_openers:
        start += 1  # "While those surveyed said …, they …": the cue is the fronted clause's own verb
    if i - start < 2 or any(t.is_punct for t in doc[start:i]):
        return None
    head_end = _phrase_end(doc, start, i)
    if head_end < i and doc[head_end].lower_ == "of":  # "Most of those surveyed"
        head_end = _phrase_end(doc, head_end + 1, i)
    if head_end >= i or doc[start].lower_ in INTRODUCERS | NOT_CLAUSE_OPENERS:
        return None
    if not (doc[head_end].lower_ == "who" and head_end < i - 1 or doc[head_end].lower_ in lex.poll_participles):
        return None  # "Voters who say …": the cue is the relative clause's own verb
    if doc[head_end].lower_ in lex.poll_participles and i - head_end > 4:
        return None  # "voters polled by the firm said" at most; a longer run is a clause of its own
    end = i
    while end - 1 > head_end + 1 and doc[end - 1].is_lower and doc[end - 1].lower_.endswith("ly"):
        end -= 1  # "Executives who run news organizations almost universally say"
    if end - 1 > head_end + 1 and doc[end - 1].lower_ in {"almost", "nearly", "also", "still", "often"}:
        end -= 1
    return described_by(doc[start:end], plural=True) if end - start <= 12 else None


#: Words that open what follows a document noun in its subject ("a poll of
#: likely voters released on Tuesday showed", "an analysis by Politifact …").
DOCUMENT_POSTMODIFIERS = {"of", "by", "from", "for", "in", "on", "at", "among", "with", "into", "about"}


def _postmodified_document(doc: Doc, sent: Sentence, i: int) -> Mention | None:
    """`A CNN/ORC poll of South Carolina released on Tuesday showed …`:
    a document that opens the sentence, followed by a prepositional phrase
    or a participle, speaks through the cue; the phrase reader alone would
    take the last word before the cue ("Tuesday") for the speaker. The
    words up to the cue hold no finite verb, relative word or punctuation."""
    lex = lexicon.mentions()
    if not any(t.lower_ in lex.document_nouns for t in doc[max(sent.tok_start, i - 16):i - 1]):
        return None  # most subjects name no document: skip the search for the subject's start
    start = _subject_start(doc, sent, i)
    if not 2 <= i - start <= 16:
        return None
    noun = next((k for k in range(start, min(start + 8, i - 1)) if doc[k].lower_ in lex.document_nouns), None)
    if noun is None or not all(_modifies_noun(doc[k]) for k in range(start, noun)):
        return None
    after = doc[noun + 1]
    if not (after.lower_ in DOCUMENT_POSTMODIFIERS or after.is_lower and lexicon.cues().past_tense(after.lower_)):
        return None
    for tok in doc[noun + 1:i]:
        if tok.lower_ in FINITE and not _possessive_inside(doc, tok, i) or tok.lower_ in RELATIVE_WORDS \
                or tok.is_punct and tok.text not in {"-", "/", "."} or tok.is_quote:
            return None
    return described_by(doc[start:noun + 1], plural=doc[noun].lower_.endswith("s"))


def _possessive_inside(doc: Doc, tok: Token, cue: int) -> bool:
    """`A poll conducted by voters in Saturday's primary showed …`: an 's
    between a word and the noun it owns, not a contracted "is" before the cue."""
    return tok.lower_ in {"'s", "’s"} and tok.i + 1 < cue and tok.i > 0 and doc[tok.i - 1].is_alpha \
        and not doc[tok.i + 1].is_punct


def _modifies_noun(tok: Token) -> bool:
    """A word that may stand before the head of a document's phrase: a
    determiner, a name, a number or a plain word, but no verb or clause word."""
    if tok.is_punct:
        return tok.text in {"/", "-", "."}
    low = tok.lower_
    return not (tok.is_lower and (low in FINITE or low in RELATIVE_WORDS or low == "to" or lexicon.cues().classes(low)
                                  or lexicon.cues().past_tense(low)))


def _phrase_end(doc: Doc, start: int, limit: int) -> int:
    """Where the noun phrase at `start` ends; a lone "those" or "many" is a
    phrase of its own, which the phrase reader takes for a determiner."""
    rng = right_phrase(doc, start, limit)
    if rng is not None:
        return rng[1]
    return start + 1 if start < limit and doc[start].lower_ in lexicon.mentions().subject_openers else start


def _time_adjunct_start(doc: Doc, sent: Sentence, i: int) -> int | None:
    """Where a time adjunct just before the cue begins (`in April`, `in late
    August`, `on Monday`), past a participle that introduces it (`released in
    …`), when a phrase stands before it: the subject ends there."""
    lex = lexicon.mentions()
    if i - 3 >= sent.tok_start and doc[i - 1].lower_ in lex.time_names and not doc[i - 1].is_lower \
            and doc[i - 2].is_lower and lexicon.cues().past_tense(doc[i - 2].lower_):
        return i - 2  # "a court document filed Thursday says"
    if i - 3 >= sent.tok_start and doc[i - 2].lower_ in {"last", "this", "next"} \
            and (doc[i - 1].lower_ in PERIODS or doc[i - 1].lower_ in lex.time_names):
        if i - 4 >= sent.tok_start and doc[i - 3].lower_ in TIME_ADVERBS:
            return i - 3  # "Wells Fargo just this month announced"
        return i - 2  # "Feinstein last week said"
    if i - 3 >= sent.tok_start and doc[i - 2].lower_ in TIME_ADVERBS | {"early", "late"} \
            and doc[i - 1].lower_ in lex.time_names and not doc[i - 1].is_lower \
            and doc[i - 3].lower_ not in {"in", "on", "since", "during", "until", "by"}:  # but "released in late August"
        return i - 2  # "Gowdy earlier Thursday said", "officials late Friday announced"
    if i - 3 >= sent.tok_start and doc[i - 2].lower_ == "in" and YEAR.fullmatch(doc[i - 1].text) \
            and doc[i - 3].is_alpha and doc[i - 3].lower_ not in lex.determiners:
        return i - 2  # "an arbitration panel in 2001 found", "Clinton, who in 2010 said"
    j = i
    while j - 1 >= sent.tok_start and (doc[j - 1].lower_ in lex.time_names or doc[j - 1].like_num) and i - j < 3:
        j -= 1
    if j == i or j - 1 <= sent.tok_start or doc[j - 1].lower_ not in {"in", "on", "since", "during"}:
        return None
    if not any(doc[k].lower_ in lex.time_names and not doc[k].is_lower for k in range(j, i)):
        return None  # "in late 2015" has a number; a month or a day names the time
    j -= 1
    if j - 1 > sent.tok_start and doc[j - 1].is_lower and lexicon.cues().past_tense(doc[j - 1].lower_):
        j -= 1  # "released in late August"
    return j if j > sent.tok_start else None


def _medium_adjunct_start(doc: Doc, sent: Sentence, i: int) -> int | None:
    """Where `in a Medium post` or `in an interview` begins, just before the
    cue at `i`, when a phrase stands before it: the subject ends there."""
    if i - 3 <= sent.tok_start or doc[i - 1].lower_ not in lexicon.mentions().issued_documents:
        return None
    for j in range(i - 2, max(sent.tok_start, i - 6), -1):
        if doc[j].lower_ in {"in", "on"}:
            opener = doc[j + 1].lower_ in {"a", "an", "the", "his", "her", "their", "its"}
            return j if opener and j > sent.tok_start else None
        if not doc[j].is_alpha:
            return None
    return None


def _head_before_preposition(doc: Doc, sent: Sentence, rng: tuple[int, int]) -> Mention | None:
    """`A spokesman for the ministry declined`: the speaker is the noun
    before "for"/"of"/"at", described by the organisation after it."""
    p = rng[0] - 1
    if doc[rng[0]].lower_ == "of":  # the phrase came back with its preposition: "of voters"
        p = rng[0]
    while p > sent.tok_start and (doc[p].lower_ in lexicon.mentions().determiners
                                  or doc[p].lower_ in POSSESSIVE_PRONOUNS):
        p -= 1
    if p - 1 < sent.tok_start or doc[p].lower_ not in HEAD_PREPOSITIONS:
        return None
    if doc[p].lower_ == "to":  # only after a postmodifier: "people close to the campaign said"
        postmodified = doc[p - 1].lower_ in lexicon.mentions().postmodifiers
        return _postmodified_head(doc, sent, p - 1, rng) if postmodified else None
    if doc[p].lower_ == "of" and (doc[p - 1].like_num or doc[p - 1].lower_ in QUANTIFIERS) \
            and (doc[p - 1].is_lower or p - 1 == sent.tok_start) and (p - 2 < sent.tok_start or not doc[p - 2].is_alpha):
        return described_by(doc[p - 1:rng[1]], plural=True)  # "two of his aides said", "some of the delegates"
    if doc[p].lower_ == "of" and doc[p - 1].lower_ in {"%", "percent"} and p - 2 >= sent.tok_start \
            and doc[p - 2].like_num:
        full = doc[p - 2:rng[1]]  # "41% of voters said": the share is the speaker, described by who they are
        return described_by(full, plural=True)
    lex = lexicon.mentions()
    if doc[p].lower_ == "of" and doc[p - 1].is_lower and doc[p - 1].lower_ in lex.titles \
            and doc[p - 1].lower_ not in ORG_TITLES:
        return _title_of(doc, sent, p, rng)  # "the former secretary of state said"
    if doc[p - 1].lower_ not in lex.speaker_nouns or doc[p - 1].lower_ in ORG_HEADS:
        return None
    head = left_phrase(doc, p, sent.tok_start)
    mention = parse_mention(doc, *head) if head is not None else None
    if mention is None or mention.kind not in ("role", "group", "anonymous"):
        return None
    full = doc[head[0]:rng[1]]
    mention.text, mention.end = full.text, full.end_char
    words = full.text.split()
    mention.role = " ".join(words[1:] if words[0].lower() in lexicon.mentions().determiners else words)
    return mention

def _plain_phrase(doc: Doc, sent: Sentence, i: int) -> tuple[int, int] | None:
    """The lower-case words (`both cities`, `the bank`, `him`) between a
    preposition and token `i`, which the speaker phrase reader does not take
    for a speaker."""
    j = i
    while j - 1 > sent.tok_start and i - j < 4 and doc[j - 1].is_alpha \
            and doc[j - 1].lower_ not in HEAD_PREPOSITIONS and doc[j - 1].lower_ not in COORDINATORS:
        j -= 1
    return (j, i) if j < i and doc[j - 1].lower_ in HEAD_PREPOSITIONS else None


def _postmodified_head(doc: Doc, sent: Sentence, k: int, rng: tuple[int, int]) -> Mention | None:
    """`people close to the campaign`, `a source familiar with the talks`:
    the head before the postmodifier at token `k`, described by the rest."""
    lex = lexicon.mentions()
    if k - 1 < sent.tok_start or doc[k - 1].lower_ not in lex.postmodified_heads:
        return None
    start = _modifiers_start(doc, sent, k - 1)  # "a person", "two senior officials"
    return described_by(doc[start:rng[1]], plural=doc[k - 1].lower_.endswith("s"))


def _modifiers_start(doc: Doc, sent: Sentence, head: int) -> int:
    """Where up to three plain lower-case words before a head noun begin
    (`the former head`, `two senior officials`): they describe the head."""
    lex = lexicon.mentions()
    start = head
    while start - 1 >= sent.tok_start and doc[start - 1].is_lower and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ not in lex.boundaries and head - start < 3:
        start -= 1
    return start


def _title_of(doc: Doc, sent: Sentence, of: int, rng: tuple[int, int]) -> Mention | None:
    """`the secretary of state`, `the former head of the agency`: a title
    with its "of" complement is one role, the words before it included."""
    lex = lexicon.mentions()
    k = _modifiers_start(doc, sent, of - 1)  # "former", "deputy"
    if doc[k].lower_ in lex.determiners:
        k += 1
    full = doc[k:rng[1]]
    if not len(full):
        return None
    return Mention(full.start_char, full.end_char, full.text, "role", role=full.text)


#: Adverbs a writer sets off by commas between an auxiliary and its verb.
ASIDE_ADVERBS = {"however", "though", "too", "also", "indeed", "meanwhile", "moreover", "nonetheless",
                 "nevertheless", "therefore", "instead", "apparently", "reportedly", "since"}


def skip_auxiliaries(doc: Doc, sent: Sentence, c: int) -> int | None:
    """Walk left from a cue over auxiliaries and adverbs (`has long said`,
    `isn't saying`, `has been arguing`). A form of "be" before a past
    participle is a passive (`he was told`, `it is said`): the word before
    it is the hearer, not the speaker, so there is no subject."""
    lex = lexicon.mentions()
    i = c
    while True:
        # a capital marks a name, not a modal ("Theresa May said", "Will said")
        while i - 1 >= sent.tok_start and (doc[i - 1].lower_ in lex.between_subject_and_cue
                                            or doc[i - 1].lower_ in lex.be_forms or _ly_adverb(doc[i - 1], lex)) \
                and not (doc[i - 1].is_title and i - 1 > sent.tok_start):
            i -= 1
        if _floating_quantifier(doc, sent, i - 1):  # "The strategists all agree", "they both said"
            i -= 1
            continue
        if i - 4 >= sent.tok_start and doc[i - 1].text == "," and doc[i - 3].text == "," \
                and doc[i - 2].lower_ in ASIDE_ADVERBS and doc[i - 4].lower_ in lex.between_subject_and_cue:
            i -= 3  # "A poll has, however, revealed": the adverb set off between auxiliary and cue
            continue
        # "continued to warn", "declined to say", "wants to explain": the subject is the first verb's
        if i - 2 >= sent.tok_start and doc[i - 1].lower_ == "to" and (
                doc[i - 2].lower_ in lex.verbs_before_to or doc[i - 2].lower_ in lex.adjectives_before_to):
            i -= 2
            continue
        break
    if any(t.lower_ in lex.be_forms and t.nbor().lower_ not in lex.adjectives_before_to
           and not _has_contracted(doc, sent, t.i, c) for t in doc[i:c]) and not doc[c].lower_.endswith("ing"):
        return None
    return i


def _floating_quantifier(doc: Doc, sent: Sentence, k: int) -> bool:
    """Is token k "all", "both" or "each" floated after the subject before
    it (`the strategists all agree`) or after its auxiliary (`have both
    argued`)? Not when it is the subject itself (`All agree …`) or follows a
    preposition or determiner (`of all`)."""
    lex = lexicon.mentions()
    if k - 1 < sent.tok_start or doc[k].lower_ not in lex.floating_quantifiers:
        return False
    prev = doc[k - 1]
    return prev.lower_ in lex.between_subject_and_cue and prev.is_alpha \
        or prev.is_alpha and prev.lower_ not in lex.boundaries and prev.lower_ not in lex.determiners


def _has_contracted(doc: Doc, sent: Sentence, k: int, c: int) -> bool:
    """`He's said he …`, `she's told reporters …`: an 's before the cue is
    "has", not the "is" of a passive (`he's told to stay`, `it's said by`)."""
    return doc[k].lower_ in {"'s", "’s"} and k + 1 == c and (c + 1 >= sent.tok_end or doc[c + 1].lower_ not in {"to", "by"})


def causative(doc: Doc, lo: int, to: int) -> int | None:
    """The causative verb whose object speaks the cue after `to` ("led
    Republicans to say", "prompted the mayor to warn"), if there is one
    within a few words."""
    causatives = lexicon.mentions().causatives_before_to
    for j in range(to - 2, max(lo, to - 7) - 1, -1):
        if doc[j].lower_ in causatives:
            return j
        if not (doc[j].is_alpha or doc[j].text in {".", "-"}):
            return None
    return None


def _described_subject(doc: Doc, sent: Sentence, end: int) -> Mention | None:
    """`The bank said`, `Ivana Trump's brief said`, `Those close to him say`:
    a subject whose head the lexicons do not list, trusted because it opens
    the sentence (or a determiner opens it) and a cue verb follows it."""
    at = first_cue_after(doc, end)
    set_off = at + 1 < sent.tok_end and doc[at + 1].text == ","  # "Many days, former employees said, she …"
    start = _past_conjunctions(doc, sent.tok_start, end)
    after_comma = start > sent.tok_start  # "But private Chinese companies … say" may open in lower case
    for k in range(end - 1, max(sent.tok_start, end - 12) - 1, -1):
        if doc[k].text in {";", ":"} or doc[k].text == "," and (set_off or _opening_adjunct(doc, sent, k)):
            start = k + 1  # "…about the economy; most said …": a clause of its own opens there
            after_comma = doc[k].text == ","
            break
    got = described_subject(doc, end, start, set_off=after_comma)
    if got is None:
        return None
    start, mention = got
    if start - 1 >= sent.tok_start and doc[start - 1].lower_ in INFERENCE_VERBS:
        return None
    cues = lexicon.cues()
    cue = doc[at].lower_
    lemma = cues.lemma_of.get(cue, cue)
    nxt = doc[at + 1] if at + 1 < len(doc) else None
    relative = nxt is not None and nxt.lower_ == "that" and at + 2 < len(doc) and doc[at + 2].lower_ in FINITE
    if lemma in cues.noun_homographs and cue in (lemma, lemma + "s", lemma + "es") and \
            (nxt is None or nxt.lower_ in FINITE or nxt.is_punct or nxt.lower_ in NOT_CLAUSE_OPENERS or relative):
        return None  # "his latest remarks will …", "an additional report that could …": a noun, not a cue
    return mention

def _past_conjunctions(doc: Doc, k: int, end: int) -> int:
    """Past the conjunctions that open a sentence ("And Iowa advocates say")."""
    while k < end - 1 and doc[k].lower_ in COORDINATORS:
        k += 1
    return k


def _opening_adjunct(doc: Doc, sent: Sentence, comma: int) -> bool:
    """Does the sentence open with an adverb, a subordinate clause or an
    introductory phrase that ends at this, its first, comma (`Indeed,
    proponents … say`, `If it doesn't slow down, forecasters say`)? A
    description after it starts the subject as if it opened the sentence."""
    k = _past_conjunctions(doc, sent.tok_start, comma)
    if k >= comma or not (doc[k].lower_ in OPENING_SUBORDINATORS or (comma - k == 1 and doc[k].is_alpha)):
        return False
    return not any(doc[j].text == "," for j in range(k, comma))


def first_cue_after(doc: Doc, i: int) -> int:
    """The cue verb after the auxiliaries that follow a subject ending at i."""
    lex = lexicon.mentions()
    while i + 1 < len(doc) and (doc[i].lower_ in lex.between_subject_and_cue or doc[i].lower_ in lex.be_forms):
        i += 1
    return i


def _in_a_verb_series(doc: Doc, sent: Sentence, comma: int, c: int, need_clause: bool) -> Mention | None:
    """`Okafor praised the pilots, criticized the levy and said …`: a past
    tense after the comma of a series of verb phrases shares their subject,
    as it would after "and"."""
    if not (doc[c].is_lower and lexicon.cues().past_tense(doc[c].lower_)) \
            or _first_past_verb(doc, sent.tok_start + 1, comma) is None:
        return None
    return coordinated_subject(doc, sent, comma, c, need_clause)


def coordinated_subject(doc: Doc, sent: Sentence, and_tok: int, c: int, need_clause: bool = True) -> Mention | None:
    """`Authorities announced an arrest and said a curfew would continue`:
    the second verb shares the subject that opens the sentence. Only when a
    finite clause follows (or a quotation, when `need_clause` is off): "and
    vowed harsh sentences" reports no statement."""
    after = [t.lower_ for t in doc[c + 1:min(c + 8, sent.tok_end)]]
    to_infinitive = after[:1] == ["to"] and lexicon.cues().lemma_of.get(doc[c].lower_) in lexicon.cues().to_infinitive
    if need_clause and after[:1] != ["that"] and not to_infinitive and not set(after) & FINITE \
            and not any(lexicon.cues().past_tense(w) for w in after[1:]):
        return None  # "and says he introduced legislation" is a clause; "and vowed harsh sentences" is not
    start = _subject_start(doc, sent, and_tok)
    rng = right_phrase(doc, start, and_tok)
    if rng is not None and rng[1] >= and_tok and _first_past_verb(doc, rng[0] + 1, rng[1]) is None:
        return None  # the phrase runs up to "and" with no verb of its own to end it
    # "Obama positioned Clinton as … and said", "Rubio thanked Miami and said": the subject ends at its verb
    mention = parse_mention(doc, *_up_to_verb(doc, rng)) if rng is not None else None
    mention = mention or _subject_of_first_verb(doc, sent, start, and_tok)
    if mention is None or is_relative(mention) or mention.kind == "pronoun" and mention.text.lower() == "it":
        return None
    return mention


def _subject_of_first_verb(doc: Doc, sent: Sentence, start: int, limit: int) -> Mention | None:
    """`A few minutes later they reversed themselves … and said`: when the
    sentence opens with an adjunct that has no comma, the shared subject is
    the phrase just before the first past-tense verb; one the phrase reader
    does not take for a speaker (`The affidavit cited interviews and said
    …`: "affidavit" is in no lexicon) is the one the subject rules find for
    that verb."""
    verb = _first_past_verb(doc, start + 1, limit)
    if verb is None:
        return None
    rng = left_phrase(doc, verb, start)
    mention = parse_mention(doc, *rng) if rng is not None else None
    return mention or subject_of(doc, sent, verb, need_clause=False)


def _first_past_verb(doc: Doc, lo: int, hi: int) -> int | None:
    """The first lower-case past-tense verb in tokens [lo, hi)."""
    return next((i for i in range(lo, hi) if doc[i].is_lower and lexicon.cues().past_tense(doc[i].lower_)), None)


def _up_to_verb(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    """A phrase the blank pipeline's reader ran on past its verb ("The town
    released a statement", "Rubio thanked Miami"), ended at that verb."""
    verb = _first_past_verb(doc, rng[0] + 1, rng[1])
    return (rng[0], verb) if verb is not None else rng


def _subject_start(doc: Doc, sent: Sentence, limit: int) -> int:
    """Where the sentence's subject starts: past opening conjunctions and
    an introductory phrase closed by the first comma (`But the court …`,
    `In his speech, Obama …`)."""
    k = _past_conjunctions(doc, sent.tok_start, limit)
    first_comma = next((i for i in range(k, limit) if doc[i].text == ","), None)
    if first_comma is not None and first_comma + 1 < limit and _opening_adjunct(doc, sent, first_comma):
        k = first_comma + 1
    return k


def _subject_before_apposition(doc: Doc, sent: Sentence, comma: int) -> Mention | None:
    """`Wilfried Fonck, national secretary for the union, said` /
    `The interior minister, Bruno Retailleau, said` / `X, who led ..., said`."""
    prev = next((i for i in range(comma - 1, sent.tok_start - 1, -1) if doc[i].text == ","), None)
    if prev is None:
        return None
    inner = doc[prev + 1:comma]
    set_off = lexicon.mentions().set_off_adverbs
    adverb_aside = len(inner) == 1 and inner[0].lower_ in set_off  # ", meanwhile,", ", however,"
    if adverb_aside and prev - 1 > sent.tok_start:
        deeper = _subject_before_apposition(doc, sent, prev)  # "X, who trails …, however, said"
        if deeper is not None:
            return deeper
    if len(inner) and inner[0].lower_ in COORDINATORS or _is_clause(inner):
        return None  # "…with Republicans, and the meeting fell apart, said a source": a clause, not an apposition
    before_inner = before_parenthesis(doc, sent, prev)
    if prev - 2 > sent.tok_start and doc[prev - 1].lower_ in set_off and doc[prev - 2].text == ",":
        before_inner = prev - 2  # "Sanders, meanwhile, who trails …, said"
    rng = left_phrase(doc, before_inner, sent.tok_start)
    outer = parse_mention(doc, *rng) if rng else None
    if outer is None:  # "Proponents of the new bill, however, say"
        plain = rng or _plain_phrase(doc, sent, before_inner)
        outer = _head_before_preposition(doc, sent, plain) if plain is not None else None
        if outer is None and (adverb_aside or len(inner) and inner[0].lower_ == "who"):
            # "The secretary general, meanwhile, said", "One attendee, who spoke on condition …, said"
            outer = _described_subject(doc, sent, before_inner)
    inner_m = parse_mention(doc, inner.start, inner.end) if len(inner) else None
    if inner_m is not None and inner_m.kind == "person" and (outer is None or outer.kind in {"role", "group"}):
        inner_m.role = inner_m.role or (outer.text if outer else None)
        return inner_m
    if outer is not None and outer.kind != "pronoun" and not PARTY_STATE.match(outer.text):
        if inner.text and not outer.role:
            outer.role = inner.text if inner[0].lower_ not in {"who", "which"} else None
        return outer
    before = doc[rng[0]:rng[1]] if rng is not None else doc[prev - 1:prev]
    if prev - 1 > sent.tok_start and (all(t.like_num for t in before) or PARTY_STATE.match(before.text)):
        return _subject_before_apposition(doc, sent, prev)  # "Lance Beebe, 49, a Navy veteran …, said"
    return None

def _is_clause(words: Span) -> bool:
    """`…with voters, candidates have more room …, said X`: a finite verb
    with no relative word before it makes the words between two commas a
    clause of the sentence, not an apposition (`the union that has …` is one)."""
    for tok in words:
        if tok.lower_ in RELATIVE_WORDS:
            return False
        if is_finite_verb(tok):
            return True
    return False


def before_parenthesis(doc: Doc, sent: Sentence, k: int) -> int:
    """`Sen. Rob Portman (R-Ohio), another incumbent, said`: the name ends
    before a parenthesis that closes just before token `k` (the tokenizer
    keeps a colon after it in the same token: `(R-S.C.):`)."""
    if k - 1 <= sent.tok_start or doc[k - 1].text not in {")", "):"}:
        return k
    opening = next((i for i in range(k - 2, max(sent.tok_start, k - 25) - 1, -1) if doc[i].text == "("), None)
    return opening if opening is not None else k


def after_parenthesis(doc: Doc, k: int, limit: int, reach: int = 10) -> int:
    """Past a short parenthesis that opens at token `k` (`Sen. Jane Roe
    (D-Ore.) said`, `urged Gov. Rick Snyder (R) to resign`): its closing
    mark must come within `reach` tokens; `k` itself otherwise."""
    if k < limit and doc[k].text == "(":
        closing = next((i for i in range(k + 1, min(limit, k + reach)) if doc[i].text == ")"), None)
        if closing is not None:
            return closing + 1
    return k


def _subject_before_dashes(doc: Doc, sent: Sentence, dash: int) -> Mention | None:
    """`Kall -- co-editor of a book on the debates -- said`: an apposition
    set off by dashes, as by commas, leaves the named speaker before it."""
    prev = next((i for i in range(dash - 1, max(sent.tok_start, dash - 30) - 1, -1) if doc[i].text in DASHES), None)
    if prev is None or prev - 1 < sent.tok_start:
        return None
    rng = left_phrase(doc, prev, sent.tok_start)
    outer = parse_mention(doc, *rng) if rng else None
    if outer is None:  # "Three-in-five insiders across the four states -- and … -- said"
        outer = subject_of(doc, sent, prev)
    if outer is None or outer.kind not in {"person", "org", "role", "group", "anonymous"}:
        return None
    outer.role = outer.role or doc[prev + 1:dash].text
    return outer


def token_before_subject(doc: Doc, sent: Sentence, subject: Mention, c: int) -> int:
    """The token just before a subject and its determiners: the comma that
    sets off `…, a police source told AFP` or `…, he said, …`."""
    span = doc.char_span(subject.start, subject.end, alignment_mode="expand")
    first = span.start if span is not None else c
    while first - 1 >= sent.tok_start and doc[first - 1].lower_ in lexicon.mentions().determiners:
        first -= 1
    return first - 1

def is_participle(doc: Doc, sent: Sentence, c: int) -> bool:
    """`…, saying the move was needed`: a cue in -ing after a comma (also
    the comma inside a closing quote mark: `…ago," adding that …`, and an
    adverb after the comma: `…, even suggesting he …`)."""
    if not doc[c].lower_.endswith("ing") or c <= sent.tok_start:
        return False
    if c - 2 > sent.tok_start and _adverb(doc[c - 1]) and doc[c - 2].text == ",":
        c -= 1
    prev = doc[c - 1].text
    if prev.lower() in PARTICIPLE_LINKS and c - 1 > sent.tok_start:
        return True  # "…'s record, while saying that …", "dodged the question by saying it was …"
    return prev == "," or prev in CLOSING_MARKS and c - 2 >= sent.tok_start and doc[c - 2].text == ","

#: Words that tie a participle to the clause before it, as a comma does.
PARTICIPLE_LINKS = {"while", "by", "after", "before", "when", "since", "in"}

#: Adverbs a reporter puts between the comma and a participle.
PARTICIPLE_ADVERBS = {"even", "also", "again", "later", "then", "repeatedly", "apparently", "once",
                      "still", "only", "instead", "publicly", "privately", "essentially"}


def _ly_adverb(tok: Token, lex: lexicon.Mentions) -> bool:
    """"bluntly", "falsely": a lower-case word in -ly that is not a noun."""
    low = tok.lower_
    return tok.is_lower and len(low) > 4 and low.endswith("ly") and low not in lex.ly_nouns


def _adverb(tok: Token) -> bool:
    """A listed adverb, or a word in -ly ("eventually", "falsely")."""
    low = tok.lower_
    return low in PARTICIPLE_ADVERBS or tok.is_lower and len(low) > 4 and low.endswith("ly")


def issued_participle(doc: Doc, sent: Sentence, c: int) -> bool:
    """`The company issued a statement saying …`, `Trump posted a message on
    Twitter saying …`: a participle right after a document its sentence's
    subject put out (within a short adjunct) reports for that subject."""
    if not doc[c].lower_.endswith("ing") or c - 2 < sent.tok_start or doc[c - 1].text == ",":
        return False
    lex = lexicon.mentions()
    for k in range(c - 1, max(sent.tok_start, c - 6) - 1, -1):
        if doc[k].lower_ in lex.issued_documents:  # "a statement", "a fundraising email", "its own new ad"
            openers = lex.determiners | {"its", "his", "her", "their"}
            j = k - 1
            while j > k - 3 and j > sent.tok_start and doc[j].is_alpha and doc[j].lower_ not in openers \
                    and doc[j].lower_ not in FINITE:
                j -= 1
            return j >= sent.tok_start and doc[j].lower_ in openers
        if doc[k].lower_ in lex.sending_verbs:
            return k < c - 1  # "emailed supporters saying": the sender speaks, not the recipient
        if doc[k].is_punct or doc[k].lower_ in FINITE:
            return False
    return False


def opening_participle(doc: Doc, sent: Sentence, c: int) -> Mention | None:
    """`Claiming the criticism was unfair, Trump told Fox …`: a participle
    opening the sentence shares the subject after its comma, and so does a
    perfect one (`Having announced that …, Judge Berman proceeded …`) or a
    cue inside a participle phrase (`Courted by both parties and widely
    expected to …, Adelson said …`)."""
    first = doc[sent.tok_start]
    perfect = c == sent.tok_start + 1 and first.lower_ == "having"
    inside = c > sent.tok_start and opening_participle_word(first) \
        and not any(t.text == "," or t.lower_ in RELATIVE_WORDS for t in doc[sent.tok_start:c])
    if not perfect and not inside and (c != sent.tok_start or not doc[c].lower_.endswith("ing")):
        return None
    comma = next((i for i in range(c + 1, sent.tok_end) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= sent.tok_end:
        return None
    rng = right_phrase(doc, comma + 1, sent.tok_end)
    mention = parse_mention(doc, *rng) if rng is not None else None
    if mention is None or rng[1] >= sent.tok_end or not lexicon.cues().classes(doc[first_cue_after(doc, rng[1])].lower_) \
            and not (doc[rng[1]].lower_.endswith("ed") or doc[rng[1]].lower_ in lexicon.cues().irregular_past):
        return None  # the subject must be followed by its verb
    return mention

def main_subject(doc: Doc, sent: Sentence, c: int, after_be: bool = False) -> Mention | None:
    """The subject of the sentence a participle cue hangs on: `The Times
    filed a motion, arguing …`, `At his cookout, the band leader called
    them up, singing …`. It must be a speaker (name, pronoun, group or
    description) followed by its verb, and the sentence must not switch
    subjects (a second cue verb with its own subject) before the participle.
    With `after_be`, the subject of a form of "be" speaks too (`voters are
    more likely to say …`)."""
    k = sent.tok_start
    lex = lexicon.mentions()
    for _ in range(3):  # past introductory phrases and adverbs ("However, he …", "Thursday, after …, Warren …")
        comma = next((i for i in range(k, c) if doc[i].text == ","), None)
        opener = doc[k].lower_ in OPENING_SUBORDINATORS or doc[k].lower_ in lex.clause_openers \
            or doc[k].lower_ in lex.time_names \
            or opening_participle_word(doc[k])  # "Chastened by the analyses, Trump revised …"
        # "Recently, Tom Emanuel stood at a Bush event to say …": one adverb and its comma
        opener = opener or comma == k + 1 and (doc[k].lower_.endswith("ly") or doc[k].lower_ in lex.set_off_adverbs)
        if not opener or comma is None or comma + 1 >= c:
            break
        k = comma + 1
    rng = right_phrase(doc, k, c)
    rng = _up_to_verb(doc, rng) if rng is not None else None  # "Netanyahu rallied supporters by warning …"
    mention, after = (parse_mention(doc, *rng), rng[1]) if rng is not None else (None, k)
    if mention is None:
        got = described_speaker(doc, k, c)
        mention, after = (got[1], got[0]) if got is not None else (None, k)
    if mention is None or is_relative(mention):
        return None
    if not after_be and after < c and doc[after].lower_ in lexicon.mentions().be_forms \
            and mention.kind not in ("person", "pronoun") \
            and not (after + 1 < c and (doc[after + 1].lower_.endswith("ing")
                                        or doc[after + 1].lower_ in lexicon.mentions().adjectives_before_to)):
        return None  # "The attacks were …, promising": a thing that only is something cannot speak
    if mention.kind == "pronoun" and mention.text.lower() in {"it", "this"}:
        return None
    return mention
