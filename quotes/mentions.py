"""Reading a speaker mention off the tokens around a cue.

With no parser, a speaker is found the way a reader skims: from the cue
verb, walk left (or right, for "said Darmanin" and "according to ...") over
the words a noun phrase is made of, stop at the first word that cannot be in
one, and accept the phrase only if its last word can speak: a name, a
pronoun, or a noun such as "source", "union" or "minister". The phrase is
then split into a name and a role: "Justice Minister Gérald Darmanin" is the
name "Gérald Darmanin" with the role "Justice Minister".
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes import lexicon

NAME_PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la",
                  "bin", "ibn", "al", "el", "du", "des", "dos", "ben", "ter", "st", "st."}
POSSESSIVE = {"'s", "’s", "'", "’"}
#: Prepositions after a sentence-opening participle ("Courted by …", "Speaking at …").
OPENING_PARTICIPLE_LINKS = {"by", "with", "at", "in", "on", "for", "to", "from", "after", "about", "over", "against"}


@dataclass(slots=True)
class Mention:
    """How one speaker is named at one place of an article.

    kind: "person", "org" (a named organisation), "group" (authorities,
    staff unions), "anonymous" (a police source), "role" (the justice
    minister) or "pronoun".
    """

    start: int  # character offsets in the cleaned text
    end: int
    text: str
    kind: str
    name: str | None = None
    role: str | None = None
    plural: bool = False


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


#: Quantifiers that also describe the speaker ("a senior official", "top
#: aides"): they open a mention like a determiner but are part of the role.
ADJECTIVAL = frozenset({"senior", "top"})


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    return (bool(text) and (text[0].isupper() or text[0].isdigit()) and any(c.isalpha() for c in text)
            and tok.lower_ not in WEEKDAYS)


def _np_token(tok: Token, lex: lexicon.Mentions) -> bool:
    """Can this token be inside a speaker's noun phrase?"""
    low = tok.lower_
    if tok.text in POSSESSIVE:
        return True
    if tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        return True  # anti-terrorism, split by the tokenizer
    if tok.text in {"&", "/"} and _is_name_token(tok.nbor(-1)) if tok.i > 0 else False:
        return True
    if tok.is_punct or tok.is_space or tok.like_num and any(ch.isdigit() for ch in tok.text) \
            and not _is_name_token(tok):
        return False
    if low in lex.boundaries and not (tok.text[0].isupper() and tok.i > 0 and _is_name_token(tok.nbor(-1))) \
            and not _pairs_modifiers(tok, lex):
        return False
    if lexicon.cues().classes(low) and not _is_name_token(tok) and low not in lex.speaker_nouns \
            and not _glued_to_hyphen(tok):
        return False  # another verb (but "self-described" is an adjective) ("the ruling", "the report" are speakers, not cues)
    return True


def _pairs_modifiers(tok: Token, lex: lexicon.Mentions) -> bool:
    """`current and former employees`, `state and local officials`: "and"
    or "or" between two modifiers of one noun, not between two phrases."""
    doc = tok.doc
    return tok.lower_ in {"and", "or"} and 0 < tok.i < len(doc) - 2 \
        and doc[tok.i - 1].lower_ in lex.paired_modifiers and doc[tok.i + 1].lower_ in lex.paired_modifiers


def _numeric_modifier(tok: Token) -> bool:
    """`9/11 widow Terry Strada`, `2016 nominee`: a number that opens a
    description, followed by a word."""
    numeric = tok.like_num or re.fullmatch(r"\d+(?:[/-]\d+)+", tok.text) is not None
    return numeric and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_alpha


def _head_ok(tok: Token, lex: lexicon.Mentions) -> bool:
    low = tok.lower_
    return (_is_name_token(tok) and (low not in lex.boundaries or _surname_like(tok))) \
        or low in lex.speaker_nouns or _agent_plural(low) or low in lex.pronouns or low in lex.relatives


def _surname_like(tok: Token) -> bool:
    """`Theresa May said`: a capitalised function word after a name is a
    surname, unless the next word is capitalised too (a headline's `Clinton
    May Win`)."""
    doc = tok.doc
    return tok.is_title and tok.i > 0 and doc[tok.i - 1].is_title and _is_name_token(doc[tok.i - 1]) \
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)


def left_phrase(doc: Doc, end: int, limit: int) -> tuple[int, int] | None:
    """Token range of the noun phrase ending just before token `end`."""
    lex = lexicon.mentions()
    i = end - 1
    if i >= limit and not _head_ok(doc[i], lex):
        return _postmodified(doc, end, limit, lex)
    if i < limit or doc[i].text in POSSESSIVE:
        return None
    if doc[i].lower_ in lex.pronouns or doc[i].lower_ in lex.relatives:
        return i, end
    start = i
    while start - 1 >= limit and end - (start - 1) <= 12:
        tok = doc[start - 1]
        if tok.lower_ in lex.pronouns or tok.lower_ in lex.relatives or not _np_token(tok, lex):
            break
        start -= 1
        if tok.lower_ in lex.determiners and not _is_name_token(tok) or tok.lower_ in {"the", "a", "an", "another"}:
            break
    return _before_of_the(doc, start, limit, lex), end


def _before_of_the(doc: Doc, start: int, limit: int, lex: lexicon.Mentions) -> int:
    """`Peter Morgan of the Sierra Club`, `Secretary of the Treasury Jack
    Lew`: a phrase that stopped at "the" goes on over "of" to a person's
    full name or a title before it."""
    if start - 2 < limit or doc[start].lower_ != "the" or doc[start - 1].lower_ != "of":
        return start
    j = start - 1
    while j - 1 >= limit and start - j <= 3 and _is_name_token(doc[j - 1]):
        j -= 1
    if j == start - 1:
        return start
    words = [t.lower_.rstrip(".") for t in doc[j:start - 1]]
    titled = words[-1] in lex.titles
    person = len(words) >= 2 and not any(w in lex.titles or w in lex.organisation_words or w in lex.speaker_nouns
                                         for w in words)
    return j if titled or person else start


def _postmodified(doc: Doc, end: int, limit: int, lex: lexicon.Mentions) -> tuple[int, int] | None:
    """"a source close to the investigation", "people familiar with the
    talks": an unnamed source whose phrase ends in its modifier."""
    for j in range(end - 2, max(limit, end - 10) - 1, -1):
        if doc[j].lower_ in lex.postmodified_heads and doc[j + 1].lower_ in lex.postmodifiers:
            start = j
            while start - 1 >= limit and (doc[start - 1].lower_ in lex.determiners or doc[start - 1].is_lower
                                          and _np_token(doc[start - 1], lex)) and j - start < 3:
                start -= 1
            return start, end
    return None


def right_phrase(doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token `start`."""
    lex = lexicon.mentions()
    if start >= limit:
        return None
    first = doc[start]
    if first.lower_ in lex.pronouns:
        owned = _possessed_role(doc, start, limit) if first.lower_ in lex.determiners else None
        return owned or (start, start + 1)
    end = start
    while end < limit and end - start < 12:
        tok = doc[end]
        if end > start and tok.lower_ in lex.determiners and tok.lower_ not in ADJECTIVAL \
                and not _is_name_token(tok):
            break
        opener = end == start and (tok.lower_ in lex.determiners or _numeric_modifier(tok))
        if not (_np_token(tok, lex) or opener):
            break
        end += 1
    while end > start and not _head_ok(doc[end - 1], lex):
        end -= 1
    if end - start > 1 and doc[end - 1].lower_ in lex.relatives:
        end -= 1  # "a Trump supporter who runs …": the relative clause is not the name
        while end > start and not _head_ok(doc[end - 1], lex):
            end -= 1
    return (start, end) if end > start else None


def _possessed_role(doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
    """`Her campaign said`: "her" is a possessive (as "his" always is) when a
    speaker's role follows it; otherwise it is the pronoun (`told her the …`)."""
    if start + 1 >= limit or doc[start + 1].lower_ in lexicon.mentions().determiners:
        return None
    rng = right_phrase(doc, start + 1, limit)
    if rng is None or rng[0] != start + 1:
        return None
    owned = parse_mention(doc, *rng)
    return (start, rng[1]) if owned is not None and owned.kind in {"role", "group", "org", "anonymous"} else None


def parse_mention(doc: Doc, start: int, end: int) -> Mention | None:
    """Split a phrase into name and role and decide what kind of speaker it is."""
    lex = lexicon.mentions()
    toks = list(doc[start:end])
    while toks and toks[0].lower_ in lex.determiners and toks[0].lower_ not in ADJECTIVAL:
        toks = toks[1:]
    while len(toks) > 1 and (toks[0].lower_ in lex.name_preceders or toks[0].lower_ in lex.clause_openers):
        toks = toks[1:]  # "In Nevada", "When Mr. Reid": a capitalised sentence opener, not the name's first word
    if not toks:
        return None
    if len(toks) == 1 and toks[0].i == start and lexicon.cues().classes(toks[0].lower_):
        return None  # "according to reports": a bare plural that names no source
    described = f" {' '.join(t.lower_ for t in toks)} "
    anonymous = any(f" {w} " in described for w in lex.anonymous_markers)
    if not anonymous and any(t.is_lower and (t.lower_ in lex.boundaries and not _pairs_modifiers(t, lex)
                                             or lexicon.cues().classes(t.lower_)
                                             and not (t is toks[-1] and t.lower_ in lex.person_cue_homographs))
                             for t in toks[1:]):
        return None  # "X said on Tuesday" is a clause, not a name
    span = doc[toks[0].i:toks[-1].i + 1]
    text = span.text
    low = [t.lower_ for t in toks]
    head = low[-1]
    m = Mention(span.start_char, span.end_char, text, "group")
    if len(toks) == 1 and head in lex.pronouns:
        m.kind = "pronoun"
        m.plural = head in lex.pronouns_plural
        return m
    if head in lex.relatives:
        m.kind = "pronoun"
        return m
    described = f" {' '.join(low)} "
    if any(f" {w} " in described for w in lex.anonymous_markers):
        m.kind = "anonymous"
        m.role = _strip_det(doc[start:end].text)
        return m
    name_toks = _name_after_titled_of(toks, lex) or _name_before_of(toks, lex) or _trailing_name(toks, lex)
    if name_toks:
        role_toks = [t for t in toks if t not in name_toks]
        if name_toks[0].i == toks[0].i:  # "Peter Morgan of the Sierra Club": the role is "Sierra Club"
            while role_toks and (role_toks[0].lower_ == "of" or role_toks[0].lower_ in lex.determiners):
                role_toks = role_toks[1:]
        joined = _joined_by_of(role_toks)
        if joined:  # "Court of Appeals", "Department of Justice": one organisation's name, not "Mr. Appeals"
            name_toks, role_toks = joined + name_toks, role_toks[:len(role_toks) - len(joined)]
            m.name, m.kind = _join_like_text(doc, name_toks), "org"
            m.role = _join_like_text(doc, role_toks) if role_toks else None
            return m
        if _is_org(name_toks, role_toks):
            k = _org_name_start(role_toks, name_toks[0].i)
            name_toks, role_toks = role_toks[k:] + name_toks, role_toks[:k]
            m.kind = "org"
        else:
            m.kind = "person"
        m.name = _join_like_text(doc, name_toks)
        role = _join_like_text(doc, role_toks) if role_toks else None
        m.role = role.rstrip(",") if role else None
        return m
    if head in lex.speaker_nouns or _agent_plural(head):
        caps = [t for t in toks[:-1] if _is_name_token(t) and t.i != _sentence_first(doc, t)]
        m.kind = "role" if head in lex.titles and not head.endswith("s") else "group"
        m.plural = head.endswith("s") and head not in {"police", "press"}
        m.role = _strip_det(text)
        if caps and all(_is_name_token(t) for t in toks[:-1]) and m.kind == "group":
            m.kind = "org"
            m.name = _strip_det(text)
        return m
    return None


def opening_participle_word(tok: Token) -> bool:
    """`Courted by both parties, …`, `Speaking at a rally, …`: a capitalised
    participle that opens the sentence before a preposition is no name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.i == _sentence_first(tok.doc, tok) and len(tok) > 4 and tok.lower_.endswith(("ed", "ing")) \
        and nxt is not None and nxt.lower_ in OPENING_PARTICIPLE_LINKS


def _agent_plural(word: str) -> bool:
    """`environmentalists`, `historians`, `physicians`: a plural of a
    person who practises or studies something can speak, listed or not
    (long enough not to be a verb: "insists", "persists")."""
    return len(word) >= 9 and word.endswith(("ists", "ians")) and not lexicon.cues().classes(word)


def described_speaker(doc: Doc, start: int, limit: int) -> tuple[int, Mention] | None:
    """`the gambling tycoon`, `the 43-year-old`, `a narrator`: a short
    description opened by a determiner, for a speaker the lexicons do not
    name. Only trusted where a cue verb follows it. Returns (end token,
    mention)."""
    lex = lexicon.mentions()
    if start >= limit or doc[start].lower_ not in DESCRIPTION_OPENERS:
        return None
    end = start + 1
    while end < limit and end - start <= 6 and _description_token(doc[end], lex) and not _verb_with_object(doc, end):
        end += 1
    while end > start + 1 and doc[end - 1].lower_ in DANGLING:
        end -= 1  # "one owner of a shop": the description stops before its postmodifier
    if end == start + 1:
        return None
    span = doc[start + 1:end]
    return end, Mention(span.start_char, span.end_char, span.text, "role", role=span.text)


def _verb_with_object(doc: Doc, k: int) -> bool:
    """`released a statement`: a past tense before a determiner is the
    sentence's verb, not the end of the description before it."""
    tok = doc[k]
    return tok.is_lower and tok.lower_.endswith("ed") and k + 1 < len(doc) \
        and doc[k + 1].lower_ in lexicon.mentions().determiners


def described_subject(doc: Doc, end: int, limit: int, set_off: bool = False) -> tuple[int, Mention] | None:
    """The subject just before a cue verb when its head is a word the
    lexicons do not list (`the bank`, `Ivana Trump's brief`, `73 percent`,
    `those close to him`). Only a phrase that reaches back to the start of
    the sentence, or to a determiner, counts: a bare noun in mid-sentence
    is more often an object than a speaker; so does one `set_off` by commas
    as a parenthetical attribution (`Many days, former employees said, she
    …`). Returns (first token, mention)."""
    lex = lexicon.mentions()
    head = end - 1
    if head - 1 >= limit and doc[head].text == "%" and doc[head - 1].like_num:  # "Only 26% say …"
        span = doc[head - 1:end]
        return head - 1, described_by(span, plural=True)
    share = _share_start(doc, head, limit)
    if share is not None:  # "six in 10 said", "nine out of 10 say": a share of those polled
        span = doc[share:end]
        return share, described_by(span, plural=True)
    count = _count_subject(doc, head, limit)
    if count is not None:  # "At least 21,000 said", "More than 300 signed a letter saying"
        span = doc[count:end]
        return count, described_by(span, plural=True)
    opens = head == limit or doc[head - 1].lower_ in {"while", "whereas", "but", "and", "though", "although", "yet", ","}
    if opens and doc[head].lower_ in lex.quantifier_subjects:  # "Some believe …", "…, while another says …"
        return head, Mention(doc[head].idx, doc[head].idx + len(doc[head]), doc[head].text, "group",
                             role=doc[head].lower_, plural=True)
    if head < limit or not _description_head(doc[head], lex) or doc[head].lower_ in DANGLING:
        return None  # "the number of pledged delegates": a participle inside a noun phrase, no cue
    start = head
    while start - 1 >= limit and head - start < 6:
        tok = doc[start - 1]
        if tok.lower_ in DESCRIPTION_OPENERS or tok.lower_ in lex.subject_openers:
            start -= 1
            break
        coordinated = tok.lower_ in {"and", "or"} and start + 1 == head and start - 2 >= limit \
            and doc[start - 2].is_lower and _description_token(doc[start - 2], lex) \
            and not any(lexicon.cues().past_tense(doc[j].lower_) for j in (start - 2, start))  # "past and current employees"
        coordinated = coordinated or _pairs_modifiers(tok, lex)  # "current and former Podesta employees"
        # "her advisers and allies": two plural heads
        coordinated = coordinated or tok.lower_ == "and" and start == head and start - 2 >= limit \
            and doc[start - 2].is_lower and doc[start - 2].lower_.endswith("s") and doc[head].lower_.endswith("s") \
            and _description_head(doc[start - 2], lex) and not lexicon.cues().classes(doc[start - 2].lower_)
        if not (_description_token(tok, lex) or tok.text in POSSESSIVE or _numeric_modifier(tok)
                or tok.lower_ in lex.subject_postmodifiers or coordinated):
            break  # "Around that time, 47 percent said": the phrase starts after the comma
        start -= 1
    opened = doc[start].lower_ in DESCRIPTION_OPENERS or doc[start].lower_ in lex.subject_openers
    if not (opened or start == limit or _numeric_modifier(doc[start])):
        return None
    if start == limit and not opened and not (doc[start].text[0].isupper() or doc[start].like_num or set_off):
        return None
    span = doc[start:end]
    text = _strip_det(span.text)
    return start, Mention(span.start_char, span.end_char, span.text, "group", role=text,
                          plural=doc[head].lower_.endswith("s"))


def is_relative(m: Mention) -> bool:
    """A relative pronoun ("who", "which", "that") standing for a speaker named before it."""
    return m.kind == "pronoun" and m.text.lower() in {"who", "which", "that"}


def described_by(span: Span, plural: bool = False) -> Mention:
    """A speaker known only by the words that describe it (`41% of voters`,
    `six in 10`, `a pool report`): a group whose role is those words."""
    return Mention(span.start_char, span.end_char, span.text, "group", role=span.text, plural=plural)


#: Words that may open a bare count as a subject ("at least 21,000 said").
COUNT_OPENERS = frozenset({"at", "least", "more", "than", "nearly", "almost", "about", "some", "only",
                           "over", "roughly", "around", "fewer", "just", "another"})


def _count_subject(doc: Doc, head: int, limit: int) -> int | None:
    """Where a bare count that opens its clause begins ("At least 21,000
    said", "Only 14 said"): a number with no noun is a share of the people
    just named. Not a year, which is a time ("In 2008 said" does not occur,
    "2008 saw" is no cue)."""
    tok = doc[head]
    if not tok.like_num or tok.is_alpha or re.fullmatch(r"(1[89]|20)\d\d", tok.text):
        return None
    start = head
    while start - 1 >= limit and doc[start - 1].lower_ in COUNT_OPENERS:
        start -= 1
    return start if start == limit else None


def _share_start(doc: Doc, head: int, limit: int) -> int | None:
    """Where `six in 10` or `nine out of 10` begins, when it ends at `head`."""
    if not doc[head].like_num or head - 2 < limit:
        return None
    if doc[head - 1].lower_ == "in" and doc[head - 2].like_num:
        return head - 2
    if head - 3 >= limit and doc[head - 1].lower_ == "of" and doc[head - 2].lower_ == "out" and doc[head - 3].like_num:
        return head - 3
    return None


def _description_head(tok: Token, lex: lexicon.Mentions) -> bool:
    """A noun that can head a described subject: a word that is not a
    function word, an adverb or a participle (`a van carrying suspected
    …`: "suspected" is no cue there)."""
    low = tok.lower_
    if not tok.is_alpha or not tok.is_lower and not _is_name_token(tok):
        return False
    return (low not in lex.boundaries and low not in lex.determiners and low not in lex.relatives
            and low not in lex.between_subject_and_cue and low not in lex.be_forms
            and not lexicon.cues().classes(low) and not low.endswith(("ly", "ing", "ed")))


#: Determiners that open a description of a speaker.
DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "one", "his", "her", "their", "its"})
#: Words a description cannot end on.
DANGLING = frozenset({"of", "for", "at", "in", "on", "with", "from", "by", "to", "and", "or"})


def _description_token(tok: Token, lex: lexicon.Mentions) -> bool:
    low = tok.lower_
    if tok.text == "-" or tok.text in POSSESSIVE:
        return True
    if not (tok.is_alpha or any(ch.isdigit() for ch in tok.text)) or tok.is_punct:
        return False
    return low not in lex.boundaries and low not in lex.pronouns and low not in lex.determiners \
        and (not lexicon.cues().classes(low) or _glued_to_hyphen(tok))


def _glued_to_hyphen(tok: Token) -> bool:
    """`self-described`, `so-called`: a cue verb glued to a hyphen is half
    of a compound adjective, not a verb."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_


def _name_after_titled_of(toks: list[Token], lex: lexicon.Mentions) -> list[Token]:
    """`Chief of Staff Katie Walsh`, `Mayor of Leith Ann McDonald`: a title
    with "of" before a name. The capitalised words after "of" that complete
    the title (`Staff`, `National Intelligence`) belong to the role; with
    none of those, a run of three or more keeps its last two words (three
    with an initial: `Governor of Texas Greg W. Abbott`) as the name."""
    of = next((i for i, t in enumerate(toks) if t.lower_ == "of"), None)
    if of is None or of == 0 or toks[of - 1].lower_.rstrip(".") not in lex.titles:
        return []
    after = toks[of + 1:]
    if len(after) < 2 or not all(_is_name_token(t) or t.lower_ == "the" for t in after):
        return []
    k = 0
    while k < len(after) - 1 and (after[k].lower_ in lex.title_domains or after[k].lower_ in lex.titles):
        k += 1
    if k:
        name = after[k:]
        titled = [i for i, t in enumerate(name[:-1])
                  if t.lower_.rstrip(".") in lex.titles or t.lower_ in lex.honorifics]
        name = name[titled[-1] + 1:] if titled else name  # "Speaker of the House Rep. Paul Ryan"
        return name if len(name) >= 2 else []
    if len(after) < 3 or any(t.lower_ in lex.organisation_words for t in after):
        # "Secretary of Homeland Security", "president of Private Jet Services": no person's name
        return []
    initial = len(after) >= 4 and len(after[-2].text) == 2 and after[-2].text.endswith(".")
    return after[-3:] if initial else after[-2:]


def _name_before_of(toks: list[Token], lex: lexicon.Mentions) -> list[Token]:
    """`Donald Hartley of Madison`, `Peter Morgan of the Sierra Club`: a
    person's full name, then where they are from or work. Not `Bank of
    America` or `Secretary of State` (one word, or a title, before "of")."""
    of = next((i for i, t in enumerate(toks) if t.lower_ == "of"), None)
    if of is None or of < 2:
        return []
    before = toks[:of]
    if not all(_is_name_token(t) for t in before) or any(
            t.lower_.rstrip(".") in lex.titles or t.lower_ in lex.honorifics or t.lower_ in lex.organisation_words
            or t.lower_ in lex.speaker_nouns for t in before):
        return []
    return before


def _trailing_name(toks: list[Token], lex: lexicon.Mentions) -> list[Token]:
    """The proper name at the end of a phrase: after its last title word,
    or the whole capitalised run when that leaves nothing ("FO Justice")."""
    run: list[Token] = []
    for tok in reversed(toks):
        if _is_name_token(tok) or tok.lower_ in NAME_PARTICLES or (tok.text == "-" and run):
            run.insert(0, tok)
        else:
            break
    if run and opening_participle_word(run[0]):  # "Railing Against Trump, …" in a headline: the name is "Trump"
        run = run[2:]
    while run and (run[0].lower_ in NAME_PARTICLES or run[0].text == "-" or run[0].lower_ in lex.clause_openers):
        run = run[1:]
    if not run:
        return []
    titled = [i for i, t in enumerate(run) if t.lower_.rstrip(".") in lex.titles
              or t.lower_ in lex.honorifics]
    if titled and titled[-1] + 1 < len(run):
        run = run[titled[-1] + 1:]
    elif titled and len(titled) == len(run):
        last = run[-1]
        if len(run) > 1 and run[-2].lower_ in lex.honorifics and last.lower_ not in lex.honorifics:
            return [last]  # "Mr. King", "Ms. Judge": a surname that is also a title
        if len(toks) == 1 and _bare_capitalised(last, lex):
            return run  # "King said …" in mid-text: no determiner, so a name, not the title
        return []
    if len(run) == 1 and run[0].lower_ in lex.speaker_nouns and run[0].i == _sentence_first(run[0].doc, run[0]):
        return []  # "Authorities said": a capitalised common noun
    return run


def _bare_capitalised(tok: Token, lex: lexicon.Mentions) -> bool:
    """A capitalised title word standing alone with no determiner before
    it, after a sentence's first word or opening it before a cue verb: a
    surname (`King`, `Marshall`)."""
    doc = tok.doc
    if not tok.is_title or tok.lower_ in lex.honorifics:
        return False
    if tok.i == _sentence_first(doc, tok):  # "King says …": a title alone before a verb is a surname too
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return after is not None and after.is_lower \
            and (bool(lexicon.cues().classes(after.lower_)) or after.lower_ in lex.between_subject_and_cue)
    before = doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.lower_ not in lex.determiners and not before.text.endswith(("'s", "’s")) \
        and not _is_name_token(before)


def _joined_by_of(role_toks: list[Token]) -> list[Token]:
    """The capitalised words and "of" that end a role before a trailing name
    (`U.S. Court of` before `Appeals`): with the name they make one name."""
    if len(role_toks) < 2 or role_toks[-1].lower_ not in {"of", "for"} or not _is_name_token(role_toks[-2]):
        return []
    i = len(role_toks) - 2
    while i - 1 >= 0 and _is_name_token(role_toks[i - 1]):
        i -= 1
    return role_toks[i:]


def _org_name_start(role_toks: list[Token], name_start: int) -> int:
    """Where the capitalised title words that end a role and touch the name
    (at token `name_start`) begin: for an organisation they are part of its
    name ("State Department", "Republican National Committee"), not a title
    ("Department")."""
    k, touching = len(role_toks), name_start
    while k and role_toks[k - 1].is_title and role_toks[k - 1].i == touching - 1:
        k -= 1
        touching = role_toks[k].i
    return k


def _is_org(name_toks: list[Token], role_toks: list[Token]) -> bool:
    words = {t.lower_ for t in name_toks}
    if words & lexicon.mentions().organisation_words:
        return True
    if role_toks and role_toks[-1].lower_ in {"union", "office", "agency", "party", "group",
                                              "newspaper", "broadcaster", "ministry", "firm", "company"}:
        return True
    return len(name_toks) == 1 and name_toks[0].text.isupper() and len(name_toks[0].text) > 1


def _sentence_first(doc: Doc, tok: Token) -> int:
    """Index of the token if it opens a sentence-like run (after . ! ? or a
    quote mark or at the start), else -1: capitalisation there says nothing."""
    i = tok.i
    if i == 0:
        return i
    prev = doc[i - 1]
    if prev.text in {".", "!", "?", "“", '"', "‘", "(", "—", "–", ":", "-"} or prev.text.endswith("\n") or "\n" in prev.text:
        return i
    return -1


def _strip_det(text: str) -> str:
    lex = lexicon.mentions()
    words = text.split()
    while words and words[0].lower() in lex.determiners | {"another"}:
        words = words[1:]
    return " ".join(words)


def _join_like_text(doc: Doc, toks: list[Token]) -> str:
    return doc[toks[0].i:toks[-1].i + 1].text.strip()


def description_end(doc: Doc, k: int, limit: int) -> int:
    """Past the common nouns that finish a source's description after its
    name: `the FBI summary`, `the Real Clear Politics polling average`."""
    lex = lexicon.mentions()
    j = k
    while j < limit and j - k < 6 and doc[j].is_alpha and doc[j].is_lower and doc[j].lower_ not in lex.boundaries \
            and not lexicon.cues().classes(doc[j].lower_):
        j += 1
    return j
