"""Who said it: tying quotations to a speaker mention.

The unit of work is the reporter's sentence (quotations kept whole inside
it, see `quotes.sentence`). For each quotation the cue is looked for where
news puts it: right after the closing mark (`," Darmanin said`, `," said
the minister`), before the opening mark (`He added: "…"`, `According to
him, "…"`), or, for a quote with no cue of its own, in the quotation just
before (`"A," X said. "B."`). The cues no quotation used report speech
without quote marks (`quotes.reported`); transcripts, embedded posts and
captions have layouts of their own (`quotes.layouts`).

A partial quote (a fragment inside the reporter's sentence) is kept only
when a cue governs it; otherwise it is a scare quote, a title or a tag.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from quotes import lexicon
from quotes.headlines import headline_quotes
from quotes.layouts import SPEAKER_LABEL, embedded_posts, is_caption, transcript_turns
from quotes.evidential import evidential_reports
from quotes.nominal import nominal_reports
from quotes.detect import CLOSING_MARKS, MARK_RE as QUOTE_MARK, QuoteSpan, paragraphs
from quotes.mentions import (Mention, described_by, described_speaker, description_end, is_relative, left_phrase,
                             parse_mention, right_phrase)
from quotes.reported import ADJUNCT_STARTS, QUESTION_WORDS, SUBJECT_ONLY_PRONOUNS, backward, reported
from quotes.sentence import Found, Sentence, sentences_of, text_of
from quotes.subjects import (FINITE, after_parenthesis, before_parenthesis, causative, coordinated_subject,
                             is_finite_verb, is_participle, issued_participle, main_subject, skip_auxiliaries,
                             subject_of)

__all__ = ["attribute"]


STRONG_BOUNDARY = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|\balthough\b", re.I)

#: The complementizer right before a reported clause ("said that …").
COMPLEMENTIZER_BEFORE = re.compile(r"\bthat,?\s+$")

#: Only a conjunction between a cue and a quote: the quote is still the cue's.
BARE_CONJUNCTION = re.compile(r"[\s,]*\b(?:but|and)[\s,]*", re.I)

POSTMODIFYING_PREPOSITIONS = {"of", "in", "at", "for", "from", "with", "on"}

ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9.&\-]{0,7}")

STAGE_DIRECTION = re.compile(r"\(?[A-Z]{4,}\.?\)?\.?")

FULL_STOP = re.compile(r"[.!?]")

WORD_RUN = re.compile(r"[\w’'-]+")

POSSESSIVE_END = re.compile(r"['’]s\s*$")

GLOSS = re.compile(r"(\w+)\s+[A-Z]{2,}\s*[–—(,-]\s*$|^[A-Z]{2,}\s*[–—(,-]\s*$")



def cue_tokens(doc: Doc, matches: list[tuple[int, int, str]], quotes: list[QuoteSpan]) -> dict[int, tuple[int, str]]:
    """Cue matches that really are verbs of saying here: outside quotations,
    not a noun ("the state", "a report"), not "claimed responsibility"."""
    lex = lexicon.mentions()
    cues = lexicon.cues()
    out: dict[int, tuple[int, str]] = {}
    spans = sorted((q.start, q.end) for q in quotes)
    starts = [s for s, _ in spans]
    for start, end, label in matches:
        first = doc[start]
        i = bisect_right(starts, first.idx) - 1
        if i >= 0 and spans[i][0] <= first.idx < spans[i][1]:
            continue
        if label in ("verb", "object"):
            nxt = doc[end].lower_ if end < len(doc) else ""
            lemma = cues.lemma_of.get(first.lower_) or cues.object_forms.get(first.lower_, first.lower_)
            passive_link = nxt in cues.passives.get(lemma, ())  # "was accused of", "Asked about …,"
            opens_question = first.lower_ == "asked" and end < len(doc) and (nxt in QUESTION_WORDS or doc[end].is_lower)
            if not first.text[0].islower() and not opens_question and not passive_link:
                continue  # a capital is a name or a headline's word, but "Asked (on Monday) whether …, X said" opens a sentence
            prev = doc[start - 1].lower_ if start else ""
            chained = prev == "to" and start >= 2 and (_chained_to(doc, start - 1) or cues.infinitive_cues) \
                and doc[start - 2].lower_ not in lex.adjectives_without_speaker  # "continued to warn", not "hard to say"
            contracted_is = prev in {"'s", "’s"} and start >= 2 and (doc[start - 2].lower_ in lex.pronouns
                                                                     or doc[start - 2].lower_ in lex.relatives
                                                                     and nxt not in {"as", "to", "by"})
            if (prev in lex.determiners or prev in {"'s", "’s", "my", "your", "to"}) and not chained \
                    and not contracted_is and prev not in {"one", "all", "both", "two", "three"} | lex.quantifier_subjects:
                continue  # "the president's statement", but "he's predicting"
            if _homograph_as_noun(doc, start, end, lemma) or _discourse_marker(doc, start, end):
                continue
            if nxt in cues.not_speech_after.get(lemma, ()) and nxt not in cues.objects.get(lemma, ()) \
                    and nxt not in cues.objects_to.get(lemma, ()) and not passive_link \
                    and not _time_follows(doc, end + 1) and not _subject_and_verb_follow(doc, end):
                continue  # "reported on the talks", but "reported on Wednesday (that) …", "claims his boss is …"
        out[start] = (end, label)
    return out


def _subject_and_verb_follow(doc: Doc, k: int) -> bool:
    """Does a determiner at `k` open a clause (`claims his boss is OK`,
    `claimed the vote was rigged`) rather than an object (`claimed the
    seat`)? It does when a finite verb comes within five words, with no
    punctuation before it."""
    if k >= len(doc) or doc[k].lower_ not in lexicon.mentions().determiners:
        return False
    for tok in doc[k + 1:min(k + 6, len(doc))]:
        if tok.is_punct:
            return False
        if is_finite_verb(tok):
            return True
    return False


def _time_follows(doc: Doc, k: int) -> bool:
    """A day or month name at token `k`: the word before it opens a time
    adjunct, not the verb's particle or object."""
    return k < len(doc) and not doc[k].is_lower and doc[k].lower_ in lexicon.mentions().time_names


def _chained_to(doc: Doc, to: int) -> bool:
    """A "to" that passes a subject on to the cue after it: "continued to
    warn", "were quick to say", "led Republicans to say"."""
    lex = lexicon.mentions()
    before = doc[to - 1].lower_
    if before in lex.verbs_before_to or before in lex.adjectives_before_to:
        return True
    return causative(doc, 0, to) is not None


def _discourse_marker(doc: Doc, start: int, end: int) -> bool:
    """`Having said that, …`, `That said, …`, `Needless to say, …`, `All
    told, …`: set phrases with a verb of saying that report nothing."""
    prev = doc[start - 1].lower_ if start else ""
    before_prev = doc[start - 2] if start >= 2 else None
    nxt = doc[end].lower_ if end < len(doc) else ""
    after = doc[end + 1].text if end + 1 < len(doc) else ""
    if prev == "having" and nxt == "that" and after == ",":
        return True
    if nxt != ",":
        return False
    opens_clause = before_prev is None or not before_prev.is_alpha  # "That said," after a stop or a colon
    return prev in {"that", "this"} and opens_clause or prev == "to" and before_prev is not None \
        and before_prev.lower_ == "needless" or prev == "all" and doc[start].lower_ == "told" and opens_clause


def _homograph_as_noun(doc: Doc, start: int, end: int, lemma: str) -> bool:
    """`secretary of state`, `a series of reports`, `member states are …`: a
    cue spelled like a noun, after "of" or before a finite verb, is the
    noun (after a noun subject it may still be a verb: `a poll shows …`)."""
    word = doc[start].lower_
    if end - start != 1 or lemma not in lexicon.cues().noun_homographs or word not in (lemma, lemma + "s"):
        return False
    j = start - 1
    while j > 0 and start - j <= 2 and doc[j].is_title and doc[j].lower_ not in lexicon.mentions().determiners:
        j -= 1  # "32% of Republican claims": capitalised modifiers between "of" and the noun
    if j >= 0 and doc[j].lower_ == "of":
        return True
    if lemma in lexicon.cues().mostly_nouns and (not _opens_report(doc, end) or _counted(doc, start)):
        return True  # "Trump's Virginia state director", "11 states hold contests", "the four states that"
    if _before_parenthetical_cue(doc, end):
        return True  # "Cost estimates, he added, were …": the subject the attribution interrupts
    if start > 0 and doc[start - 1].lower_ in SUBJECT_ONLY_PRONOUNS:
        return False  # "Kelly, who he claims has been unfair": after a subject pronoun, the verb
    return end < len(doc) and is_finite_verb(doc[end])


def _before_parenthetical_cue(doc: Doc, k: int) -> bool:
    """Does a comma at `k` open a speaker and a cue set off by commas
    (`, he added,`, `, Ms. Okafor said,`)?"""
    if k + 3 >= len(doc) or doc[k].text != ",":
        return False
    comma = next((j for j in range(k + 2, min(k + 6, len(doc))) if doc[j].text == ","), None)
    if comma is None:
        return False
    cue, speaker = doc[comma - 1], doc[k + 1]
    return cue.is_lower and bool(lexicon.cues().classes(cue.lower_)) \
        and (speaker.lower_ in SUBJECT_ONLY_PRONOUNS or speaker.lower_ in lexicon.mentions().determiners
             or speaker.text[:1].isupper())


def _counted(doc: Doc, k: int) -> bool:
    """Is token `k` counted or determined (`the four states that …`, `11
    states`, `a state that …`)? Then it is a noun, whatever follows it."""
    prev = doc[k - 1] if k > 0 else None
    return prev is not None and (prev.lower_ in lexicon.mentions().determiners or prev.like_num)


def _opens_report(doc: Doc, k: int) -> bool:
    """Does token `k` begin what a verb reports: a clause, an object, a
    quotation, a name that is not a title or an institution ("state Rep.
    Jeff Hoover", "state Senate candidate")?"""
    if k >= len(doc):
        return False
    tok = doc[k]
    if tok.lower_ in lexicon.cues().verb_openers or tok.is_quote or tok.text == ":":
        return True
    lex = lexicon.mentions()
    word = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and word not in lex.titles and word + "." not in lex.honorifics \
        and word.rstrip("s") + "." not in lex.honorifics and word not in lex.organisation_words


def attribute(doc: Doc, matches: list[tuple[int, int, str]], sents: list[Sentence] | None = None) -> list[Found]:
    """All quotations of one article, each with its speaker mention
    (`sents`: the article's sentences, when the caller has them)."""
    text = text_of(doc)
    paras = paragraphs(text)
    sents = sentences_of(doc) if sents is None else sents
    all_quotes = [q for s in sents for q in s.quotes]
    every_cue = cue_tokens(doc, matches, all_quotes)
    cues = {k: v for k, v in every_cue.items() if v[1] != "object"}  # object-only verbs report no quotation
    captions = {n for n in range(len(paras)) if is_caption(text, paras, n)}
    found: list[Found] = []
    used_cues: set[int] = set()
    embeds = embedded_posts(doc, paras)
    embeds.update({n: f for n, f in transcript_turns(doc, paras).items() if n not in embeds})
    cue_order = sorted(every_cue)
    intro: Found | None = None  # "Reporter Jane Doe says:" ending the paragraph before a quotation
    for sent in sents:
        if sent.paragraph in embeds:
            continue
        in_sent = cue_order[bisect_left(cue_order, sent.tok_start):bisect_left(cue_order, sent.tok_end)]
        sent_cues = [c for c in in_sent if c in cues]
        for q in sent.quotes:
            f = _attribute_quote(doc, sent, q, sent_cues, cues, used_cues, found)
            if f is not None and f.mention is None and f.inherited_from is None and intro is not None \
                    and intro.paragraph == sent.paragraph - 1 and f.type == "direct":
                f.mention, f.cue = intro.mention, intro.cue
            if f is not None and (sent.paragraph not in captions or f.mention is not None):
                found.append(f)
        intro = _introduction(doc, sent, sent_cues, cues) or (intro if not sent.quotes else None)
        if sent.paragraph in captions:
            continue
        found.extend(_resolve_relatives(doc, sent, reported(doc, sent, in_sent, every_cue, used_cues, found)))
        found.extend(Found(s, e, "indirect", cue=cue, mention=m, paragraph=sent.paragraph)
                     for s, e, cue, m in nominal_reports(doc, sent, found))
        found.extend(evidential_reports(doc, sent, found))
    found.extend(embeds.values())
    if lexicon.cues().with_complementizer:
        found = [_with_complementizer(text, f) for f in found]
    headlines = _headline(doc, paras, found)
    replaced = {i for i, f in enumerate(found) if any(f.start < h.end and h.start < f.end for h in headlines)}
    return _in_text_order(found + headlines, replaced)


def _with_complementizer(text: str, f: Found) -> Found:
    """`said that the plan failed`: PARC and PolNeAR take the complementizer
    into the reported content, so scope "attributions" does too."""
    if f.type == "direct":
        return f
    m = COMPLEMENTIZER_BEFORE.search(text, max(0, f.start - 8), f.start)
    if m is not None:
        f.start = m.start()
    return f


def _in_text_order(found: list[Found], drop: set[int]) -> list[Found]:
    """The quotations sorted by position, without those in `drop` and
    without a second quotation of the same span (fragments widened to the
    clause they share). `inherited_from` indexes the list as it was built
    (a reported clause is added after the quotations of its sentence, a
    headline last), so each index is moved to where its quotation lands."""
    first_of: dict[tuple[int, int], int] = {}
    same: dict[int, int] = {}
    for i, f in enumerate(found):
        if i not in drop:
            same[i] = first_of.setdefault((f.start, f.end), i)
    order = sorted((i for i in same if same[i] == i), key=lambda i: found[i].start)
    new_index = {old: new for new, old in enumerate(order)}
    new_index.update({i: new_index[k] for i, k in same.items() if i != k})
    out = [found[i] for i in order]
    for f in out:
        if f.inherited_from is not None:
            f.inherited_from = new_index.get(f.inherited_from)
    return out


def _headline(doc: Doc, paras: list[tuple[int, int]], found: list[Found]) -> list[Found]:
    """`Pence: Flowers Won't Be at Debate`, `Obama Says …`, `…, Graham Says`:
    the title line's attribution, unless a quotation there already has one
    (unattributed quotations it covers are dropped by the caller). A
    speaker's label wins over what the body rules find after its colon
    (`Clinton camp: Trump's rhetoric threatens security`)."""
    out = []
    text = text_of(doc)
    if not paras:
        return out
    body = [f for f in found if paras[0][0] <= f.start < paras[0][1] and f.mention is not None]
    for h in headline_quotes(text, paras):
        if body and (h.cue != ":" or any(f.start < h.start or f.end > h.end for f in body)):
            continue  # the body rules read the first paragraph as a sentence: it is one
        span = doc.char_span(h.speaker_start, h.speaker_end, alignment_mode="expand")
        mention = parse_mention(doc, span.start, span.end) if span is not None else None
        if mention is not None and mention.kind == "pronoun":
            continue  # headlines name their speakers
        if mention is None:
            name = text[h.speaker_start:h.speaker_end]
            mention = Mention(h.speaker_start, h.speaker_end, name, "person", name=name)
        content = text[h.start:h.end].strip("“”\"‘’' ")
        kind = "direct" if content and content == text[h.start:h.end].strip("“”\"‘’' .") and \
            text[h.start] in "“\"‘'" else ("partial" if QUOTE_MARK.search(text, h.start, h.end) else "indirect")
        out.append(Found(h.start, h.end, kind, cue=h.cue, mention=mention, paragraph=0, headline=True))
    return out


def _attribute_quote(doc: Doc, sent: Sentence, q: QuoteSpan, sent_cues: list[int],
                     cues: dict[int, tuple[int, str]], used: set[int], found: list[Found]) -> Found | None:
    text = text_of(doc)
    if _not_a_statement(text, sent, q):
        return None
    open_at = q.open_mark if q.open_mark >= 0 else q.start
    close_at = q.close_mark + 1 if q.close_mark >= 0 else q.end
    after = _after_attribution(doc, sent, close_at, cues)
    before = None if after else _before_attribution(doc, sent, open_at, q, sent_cues, cues)
    attribution = after or before or _final_attribution(doc, sent, close_at, sent_cues, cues) \
        or _label_before(doc, sent, open_at)
    signed = after is not None and after[0] not in cues  # "…" ― Name: a whole statement
    direct = signed or _is_direct(text, sent, q, open_at, close_at, after is not None)
    if q.open_missing and after is None:
        return None
    if attribution is None and direct:
        attribution = _unlisted_verb_after(doc, sent, close_at)
    f = Found(q.start, q.end, "direct" if direct else "partial", paragraph=sent.paragraph)
    label = SPEAKER_LABEL.match(text, q.start, q.end)
    if label is not None and direct and attribution is None:  # a transcript: "PENCE: Well, …"
        name = label.group("name")
        f.start = label.end()
        f.mention = Mention(label.start("name"), label.end("name"), name, "person", name=name)
        return f
    if attribution is not None:
        cue_tok, mention = attribution
        used.add(cue_tok)
        f.cue = doc[cue_tok:cues[cue_tok][0]].text if cue_tok in cues else doc[cue_tok].text
        f.mention = mention
        if mention is not None and is_relative(mention):
            f.mention = _antecedent(doc, sent, mention)
        return f
    split = _split_from(found, sent, text, open_at)
    if split is not None:  # `"The risk," said X, an economist, "is that …"`: one quotation in two pieces
        f.type, f.inherited_from = found[split].type, split
        return f
    if not direct:
        return None  # an unattributed fragment: a scare quote, not a statement
    prev = _previous_speaker(found, sent.paragraph)
    if prev is not None:
        f.inherited_from = prev
    return f


def _antecedent(doc: Doc, sent: Sentence, relative: Mention) -> Mention | None:
    """`Humphrey, who calls Trump a “sociopath,” …`, `entrance poll results
    that show …`: the speaker a relative pronoun stands for is the phrase
    just before it (or before its comma); a document or a poll counts as
    its own description."""
    span = doc.char_span(relative.start, relative.end)
    if span is None or span.start - 1 <= sent.tok_start:
        return None
    lex = lexicon.mentions()
    end = span.start - 1 if doc[span.start - 1].text == "," else span.start
    for _ in range(3):  # back over "in July", "on her email practices" to the phrase they modify
        rng = left_phrase(doc, end, sent.tok_start) or _document_phrase(doc, sent, end)
        if rng is None or rng[0] == rng[1]:
            return None
        head = doc[rng[1] - 1]
        mention = parse_mention(doc, *rng)
        if mention is not None and mention.kind in ("person", "org", "role", "group") and head.lower_ not in lex.time_names:
            return mention
        if head.is_lower and head.lower_ in lex.document_nouns:
            return described_by(doc[rng[0]:rng[1]])  # "the F.B.I. report … that suggested"
        if rng[0] - 1 <= sent.tok_start or doc[rng[0] - 1].lower_ not in POSTMODIFYING_PREPOSITIONS:
            return None
        end = rng[0] - 1
    return None


def _document_phrase(doc: Doc, sent: Sentence, end: int) -> tuple[int, int] | None:
    """`entrance poll results`, `the F.B.I. report`: a phrase that ends on a
    document noun, which the speaker-phrase reader does not take for a head."""
    lex = lexicon.mentions()
    if end - 1 < sent.tok_start or doc[end - 1].lower_ not in lex.document_nouns:
        return None
    start = end - 1
    while start - 1 >= sent.tok_start and end - start < 3 and (doc[start - 1].is_alpha or doc[start - 1].text in {"'s", "’s"}) \
            and doc[start - 1].lower_ not in POSTMODIFYING_PREPOSITIONS and not lexicon.cues().classes(doc[start - 1].lower_):
        start -= 1
        if doc[start].lower_ in lex.determiners:
            break
    return start, end


def _resolve_relatives(doc: Doc, sent: Sentence, reports: list[Found]) -> list[Found]:
    """A report whose subject is "who", "which" or "that" is its
    antecedent's; one the sentence does not show is left to coreference."""
    for f in reports:
        m = f.mention
        if m is not None and is_relative(m):
            f.mention = _antecedent(doc, sent, m) or m
    return reports


def _split_from(found: list[Found], sent: Sentence, text: str, open_at: int) -> int | None:
    """The first piece of a quotation split by its attribution: the last
    quotation of this sentence, attributed by a cue that stands between it
    and this one, with only the speaker's phrase in between."""
    if not found:
        return None
    prev = found[-1]
    if prev.start < sent.start or prev.type != "direct" or prev.mention is None or prev.cue is None:
        return None
    gap = text[prev.end:open_at]
    if prev.cue not in gap or len(gap) > 160 or re.search(r"[.!?]\s", gap):
        return None
    return len(found) - 1


def _not_a_statement(text: str, sent: Sentence, q: QuoteSpan) -> bool:
    """Tags, titles, names and glosses in quote marks."""
    short = q.end - q.start <= 80  # tags, titles and headings are short: the checks below are for them
    content = text[q.start:q.end].strip(" .,;:!?") if short else ""
    words = lexicon.context_words()
    if short and ACRONYM.fullmatch(content):
        return True  # an acronym: a graffiti tag, a name
    open_at = q.open_mark if q.open_mark >= 0 else q.start
    window = FULL_STOP.split(text[max(sent.start, open_at - 40):open_at])[-1]  # not past a full stop
    before = WORD_RUN.findall(window.lower())[-3:]
    if any(w in words["before"] for w in before):
        return True
    if short:
        if any(w in words["before_short"] for w in before) and len(content.split()) <= lexicon.short_tag_words():
            return True
        if _title_case(content) and POSSESSIVE_END.search(text, max(sent.start, open_at - 4), open_at):
            return True  # MSNBC's "Morning Joe": a programme, a book, a column
        if _after_a_work(text, sent, open_at, words["works"]) and len(content.split()) <= 10 \
                and (_title_case(content) or not _cue_follows(text, q)):
            return True  # his book, "Make Your Kid a Millionaire": a title
        if _title_case(content.rstrip(".!?"), min_long=2) and _alone_in_paragraph(text, open_at, q):
            return True  # '‘Coal Isn’t the Villain.’' alone in its paragraph: a section heading
        if STAGE_DIRECTION.fullmatch(content):
            return True  # (CROSSTALK.), (APPLAUSE): a transcript's stage direction
    gloss = GLOSS.search(text[max(sent.start, open_at - 30):open_at])  # a slice: "^" must match its start
    if gloss and not (gloss.group(1) and lexicon.cues().classes(gloss.group(1).lower())):
        return True  # a gloss of an acronym: DDPF – “French Prisoners’ Rights”, but not `told CBS, “…”`
    close_at = q.close_mark + 1 if q.close_mark >= 0 else q.end
    after = WORD_RUN.findall(text[close_at:close_at + 25].lower())[:1]
    return any(w in words["after"] for w in after)


def _after_a_work(text: str, sent: Sentence, open_at: int, works: frozenset[str]) -> bool:
    """Does the word right before the opening mark (or before a comma and it)
    name a work: `his book, "…"`, `the show "…"`?"""
    prefix = text[max(sent.start, open_at - 30):open_at].rstrip(" ,").lower()
    last = WORD_RUN.findall(prefix)[-1:]
    return bool(last) and last[0] in works and prefix.endswith(last[0])


def _cue_follows(text: str, q: QuoteSpan) -> bool:
    """A cue verb among the four words after the closing mark (`," he
    wrote`, `," Mr. Reyes wrote`), or right after a name however long (`,"
    Homeland Security Deputy Secretary Alejandro Mayorkas told`)."""
    close_at = q.close_mark + 1 if q.close_mark >= 0 else q.end
    words = WORD_RUN.findall(text[close_at:close_at + 100])
    if any(lexicon.cues().classes(w.lower()) for w in words[:4]):
        return True
    k = 0
    while k < len(words) and words[k][0].isupper():
        k += 1
    return 0 < k < len(words) and bool(lexicon.cues().classes(words[k].lower()))


def _title_case(content: str, min_long: int = 1) -> bool:
    """`Morning Joe`, `Meet the Press`: every longer word capitalised (at
    least `min_long` of them), no sentence punctuation: the shape of a
    title, not of something said."""
    words = content.split()
    if not 2 <= len(words) <= 6 or re.search(r"[.!?,;:]", content):
        return False
    long = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return len(long) >= min_long and all(w[0].isupper() for w in long)


def _alone_in_paragraph(text: str, open_at: int, q: QuoteSpan) -> bool:
    """Nothing but the quotation (and its marks and stop) on its line."""
    line_start = text.rfind("\n", 0, open_at) + 1
    close_at = q.close_mark + 1 if q.close_mark >= 0 else q.end
    line_end = text.find("\n", close_at)
    return not text[line_start:open_at].strip() and \
        not text[close_at:len(text) if line_end < 0 else line_end].strip(" .\"”’'")


def _reporter_goes_on(doc: Doc, sent: Sentence, k: int) -> bool:
    """`said "it gets me mad" every time he thinks about …`: a fragment with
    no punctuation of its own, followed by the reporter's lower-case words
    (not a pronoun, an article or a cue), is no quotation whose speaker
    follows it: the words after it carry the reporter's sentence on."""
    if k == 0 or k >= sent.tok_end or not doc[k].is_lower or doc[k].is_punct:
        return False
    low = doc[k].lower_
    mentions = lexicon.mentions()
    if low in mentions.pronouns or low in mentions.determiners or lexicon.cues().classes(low):
        return False
    before = doc[k - 1]
    return before.text in CLOSING_MARKS and k >= 2 and doc[k - 2].text not in {",", ".", "!", "?", "…", ";", ":"}


def _after_attribution(doc: Doc, sent: Sentence, close_at: int, cues: dict[int, tuple[int, str]]) -> tuple[int, Mention | None] | None:
    """`," he said` / `," said Darmanin` / `", a police source told AFP`."""
    span = doc.char_span(close_at, sent.end, alignment_mode="expand")
    if span is None or span.start >= sent.tok_end:
        return None
    k = span.start
    signed = _dash_signature(doc, sent, k)
    if signed is not None:
        return signed
    if _reporter_goes_on(doc, sent, k):
        return None
    while k < sent.tok_end and doc[k].text in {",", ";", ":", "—", "–", "-", "”", '"', "’", "'", "»"}:
        k += 1
    if k < sent.tok_end and k in cues:  # inverted: said Darmanin
        end = cues[k][0]
        if cues[k][1] == "source_after":
            return None
        mention = _speaker_phrase(doc, end, sent.tok_end)  # also "said a 2008 Clinton veteran"
        if mention is None and right_phrase(doc, end, sent.tok_end) is None:
            return None
        if mention is not None and mention.kind == "pronoun" and _clause_follows(doc, sent, end):
            return None  # `a “sociopath,” said he doesn't believe …`: the pronoun opens the cue's clause
        if mention is not None and _auxiliary_after(doc, sent, mention):
            return None  # `X, citing “the magic of Trump,” said the candidate could …`: a clause's subject
        return k, mention
    lex = lexicon.mentions()
    rng = right_phrase(doc, k, sent.tok_end)
    if rng is None:
        return _described_after(doc, sent, k, cues)
    j = after_parenthesis(doc, rng[1], sent.tok_end)
    # "Mr. Morgan of the Sierra Club said" / "a narrator in the Clinton ad asks"
    if j + 1 < sent.tok_end and doc[j].lower_ in POSTMODIFYING_PREPOSITIONS:
        pp = right_phrase(doc, j + 1, sent.tok_end)
        if pp is not None and (doc[j].lower_ == "of" or pp[1] in cues):
            j = pp[1]
        else:  # "a staffer in the room wondered", "a message on the website reads": any short phrase before the cue
            k2 = description_end(doc, j + 1 + (doc[j + 1].lower_ in lexicon.mentions().determiners), sent.tok_end)
            if k2 in cues and k2 - j <= 6:
                j = k2
    # "Justice Minister X, who ..., said" / "Senate leader X, R-Ky., said":
    # skip a relative clause or an apposition between commas.
    if j < sent.tok_end and doc[j].text == ",":
        commas = [i for i in range(j + 1, min(sent.tok_end, j + 30)) if doc[i].text == ","]
        relative = j + 1 < sent.tok_end and doc[j + 1].lower_ in {"who", "which"}
        near = next((i for i in commas if i < j + 12), None)
        cued = next((i for i in commas if i + 1 in cues), None)  # a long apposition, then the cue
        nxt = near if near is not None and (relative or near + 1 in cues) else cued
        if nxt is None and relative:
            nxt = next((i for i in range(j + 1, sent.tok_end) if doc[i].text == ","), None)
        if nxt is not None:
            j = nxt + 1
    if j + 1 < sent.tok_end and doc[j].lower_ == "and":  # "the Vermont senator and presidential candidate said"
        second_end = _phrase_end(doc, j + 1, sent.tok_end)
        if second_end is not None and second_end in cues:
            j = second_end
    while j < sent.tok_end and doc[j].lower_ in lex.between_subject_and_cue:
        j += 1
    if j in cues and cues[j][1] != "source_after":
        return j, parse_mention(doc, *rng)
    return _described_after(doc, sent, k, cues)


def _auxiliary_after(doc: Doc, sent: Sentence, mention: Mention) -> bool:
    """Is the phrase after an inverted cue followed by an auxiliary or a
    modal, so that it is the subject of the cue's clause, not its speaker?"""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.end < sent.tok_end and is_finite_verb(doc[span.end])


def _clause_follows(doc: Doc, sent: Sentence, k: int) -> bool:
    """Does a pronoun at `k` go on with a verb of its own (`said he doesn't
    believe …`), rather than end the attribution (`," said he.`)?"""
    return k + 1 < sent.tok_end and doc[k + 1].is_alpha


def _unlisted_verb_after(doc: Doc, sent: Sentence, close_at: int) -> tuple[int, Mention] | None:
    """`"…," opined the Plain Dealer.` / `"…," reads an editorial in the
    Register.` / `"…," a voice-over in the ad states.`: after a whole quoted
    sentence, a verb the cue lexicon lacks and a speaker, and nothing else,
    still name who said it. Returns (verb token, mention)."""
    span = doc.char_span(close_at, sent.end, alignment_mode="expand")
    if span is None:
        return None
    k = span.start
    while k < sent.tok_end and doc[k].text in {",", "”", '"', "’", "'", "»"}:
        k += 1
    end = sent.tok_end
    while end > k and doc[end - 1].is_punct:
        end -= 1
    if end - k < 2 or end - k > 12:
        return None
    if _verb_like(doc[k]):  # inverted: verb, then speaker
        mention = _speaker_phrase(doc, k + 1, end)
        return (k, mention) if mention is not None and mention.kind != "pronoun" else None
    verb = next((i for i in range(k + 1, end) if _verb_like(doc[i])), None)
    if verb is None or verb != end - 1 and doc[verb + 1].lower_ not in ADJUNCT_STARTS:
        return None
    mention = _speaker_phrase(doc, k, verb, reach=verb - 4)
    if mention is None or mention.kind == "pronoun" and mention.text.lower() in {"it", "that", "this", "which"}:
        return None  # "…," it seems.
    return verb, mention


def _speaker_phrase(doc: Doc, k: int, limit: int, reach: int = 0) -> Mention | None:
    """The speaker's phrase starting at token k: a name or role the lexicons
    know, else a description (`a 2008 Clinton veteran`); it must run to
    `reach` at least (the verb after it)."""
    rng = right_phrase(doc, k, limit)
    if rng is not None and rng[1] >= reach:
        mention = parse_mention(doc, *rng)
        if mention is not None:
            return mention
    described = described_speaker(doc, k, limit)
    return described[1] if described is not None and described[0] >= reach else None


def _verb_like(tok) -> bool:
    """A lowercase word spelled like a verb in the past or third person
    (`opined`, `reads`, `states`, `wrote`): the slot a cue would fill."""
    low = tok.lower_
    lex = lexicon.mentions()
    if not (tok.is_alpha and tok.is_lower) or low in lex.determiners or low in lex.pronouns or low in FINITE:
        return False
    return lexicon.cues().past_tense(low) or (len(low) > 3 and low.endswith("s") and not low.endswith("ss")) \
        or bool(lexicon.cues().classes(low))


def _phrase_end(doc: Doc, k: int, limit: int) -> int | None:
    """Where the noun phrase (or description) starting at token k ends."""
    rng = right_phrase(doc, k, limit)
    if rng is not None:
        return rng[1]
    described = described_speaker(doc, k, limit)
    return described[0] if described is not None else None


def _described_after(doc: Doc, sent: Sentence, k: int, cues: dict[int, tuple[int, str]]) -> tuple[int, Mention] | None:
    """`"…," the gambling tycoon told Reuters`: a description the lexicons do
    not know, trusted because a cue verb follows it at once."""
    got = described_speaker(doc, k, sent.tok_end)
    if got is None:
        return None
    j, mention = got
    while j < sent.tok_end and doc[j].lower_ in lexicon.mentions().between_subject_and_cue:
        j += 1
    if j in cues and cues[j][1] != "source_after":
        return j, mention
    return None


def _dash_signature(doc: Doc, sent: Sentence, k: int) -> tuple[int, Mention | None] | None:
    """`"…" ― Jane Doe`: a quotation signed with a dash and a person's name,
    as in reader comments and epigraphs. The dash stands in for the cue."""
    while k < sent.tok_end and doc[k].text in {"”", '"', "’", "'", "»", ".", ","}:
        k += 1
    if k >= sent.tok_end or doc[k].text not in {"―", "—", "–", "--"}:
        return None
    rng = right_phrase(doc, k + 1, sent.tok_end)
    if rng is None:
        return None
    if rng[1] < sent.tok_end and not doc[rng[1]].is_punct:
        return None  # `" — an issue Democrats have struggled with`: a clause goes on, no signature
    mention = parse_mention(doc, *rng)
    if mention is None or mention.kind != "person":
        return None
    return k, mention


def _introduction(doc: Doc, sent: Sentence, sent_cues: list[int], cues: dict[int, tuple[int, str]]) -> Found | None:
    """`Reporter Jane Doe says:`, `The mayor released the following
    statement:` closing a paragraph: its speaker introduces the quotation
    that opens the next one."""
    if sent.quotes or not text_of(doc)[sent.start:sent.end].rstrip().endswith(":"):
        return None
    for c in reversed(sent_cues):
        mention = _speaker_of_cue(doc, sent, c, cues)
        if mention is not None:
            return Found(sent.start, sent.end, "indirect", cue=doc[c:cues[c][0]].text, mention=mention,
                         paragraph=sent.paragraph)
    return None


def _label_before(doc: Doc, sent: Sentence, open_at: int) -> tuple[int, Mention | None] | None:
    """`Rep. Trey Gowdy (R-S.C.): “…”`, `Pew Research: “…”`: a name and a
    colon, and nothing else, before the opening mark. The colon stands in
    for the cue (section labels such as "The Latest:" are no speakers)."""
    colon = next((i for i in range(sent.tok_start, sent.tok_end) if doc[i].idx >= open_at), sent.tok_end) - 1
    if colon - 1 < sent.tok_start or doc[colon].text not in {":", "):"} or colon - sent.tok_start > 12:
        return None
    end = before_parenthesis(doc, sent, colon + 1 if doc[colon].text == "):" else colon)
    rng = right_phrase(doc, sent.tok_start, end)
    title_line = sent.paragraph == 0 and not text_of(doc)[:sent.start].strip()  # the article's first sentence
    if title_line or rng is None or rng != (sent.tok_start, end) \
            or doc[sent.tok_start:end].text.lower() in lexicon.headline_labels():
        return None  # the title line is the headline reader's ("Sanders: ‘It Is Not A Radical Idea’ …")
    if any(t.is_lower and t.lower_ not in {"of", "the", "de", "for"} for t in doc[sent.tok_start:end]):
        return None  # "Netanyahu rallied supporters: “…”": a clause with a cue the lexicon lacks, not a label
    mention = parse_mention(doc, *rng)
    return (colon, mention) if mention is not None and mention.kind in {"person", "org"} else None


def _before_attribution(doc: Doc, sent: Sentence, open_at: int, q: QuoteSpan, sent_cues: list[int],
                        cues: dict[int, tuple[int, str]]) -> tuple[int, Mention | None] | None:
    """The nearest cue before the opening mark that governs the quote."""
    text = text_of(doc)
    for c in reversed(sent_cues):
        if doc[c].idx >= open_at:
            continue
        between = text[doc[cues[c][0] - 1].idx + len(doc[cues[c][0] - 1]):open_at]
        if STRONG_BOUNDARY.search(between) and not BARE_CONJUNCTION.fullmatch(between):
            return None  # but `…, Strother said, but “we don't ask …”` goes on in the speaker's words
        if _verb_inside_report(doc, sent, c, between, q, sent_cues):
            continue
        mention = _speaker_of_cue(doc, sent, c, cues) or _speaker_between(doc, sent, c, cues, open_at)
        if mention is not None:
            return _outer_report(doc, sent, c, mention, sent_cues, cues) or (c, mention)
        last = doc[cues[c][0] - 1]
        if not text[last.idx + len(last):open_at].strip(" ,:;—–-"):
            return None  # `…, the mother of three replied, "…"`: the quote's own cue, speaker unread
    return None


def _verb_inside_report(doc: Doc, sent: Sentence, c: int, between: str, q: QuoteSpan,
                        sent_cues: list[int]) -> bool:
    """`She said her campaign would continue "to break barriers"`: a verb
    that introduces a quotation only after a comma or colon ("continued:")
    runs straight into a fragment inside an earlier cue's report, so that
    cue, not this verb, governs the fragment."""
    cues = lexicon.cues()
    if between.strip() or cues.classes(doc[c].lower_) & {"clause", "as"} or doc[c].lower_ in cues.object_forms:
        return False  # "said 'a disaster'", "what he called 'a perception problem'" are the verb's own
    content = text_of(doc)[q.start:q.end].lstrip()
    if not content[:1].islower():
        return False
    return any(d < c and cues.classes(doc[d].lower_) & {"clause", "that"} for d in sent_cues)


def _speaker_between(doc: Doc, sent: Sentence, c: int, cues: dict[int, tuple[int, str]],
                     open_at: int) -> Mention | None:
    """Speakers a left-hand subject search misses before a quote: inverted
    (`…, explained Rosenberg, "with this …"`) or after "but"/"and" (`Carson
    named no rival but told his supporters, "…"`)."""
    end, label = cues[c]
    if label != "verb":
        return None
    rng = right_phrase(doc, end, sent.tok_end)
    if rng is not None and rng[1] < sent.tok_end and doc[rng[1]].idx < open_at and \
            not text_of(doc)[doc[rng[1]].idx:open_at].strip(" ,:;—–-\"“‘'"):
        mention = parse_mention(doc, *rng)
        if mention is not None and mention.kind != "pronoun" and lexicon.cues().lemma_of.get(doc[c].lower_) != "tell":
            return mention
    i = skip_auxiliaries(doc, sent, c)
    if i is not None and i - 1 > sent.tok_start and doc[i - 1].lower_ in {"and", "but"}:
        return coordinated_subject(doc, sent, i - 1, c, need_clause=False)
    return None


def _outer_report(doc: Doc, sent: Sentence, c: int, mention: Mention, sent_cues: list[int],
                  cues: dict[int, tuple[int, str]]) -> tuple[int, Mention] | None:
    """`Darmanin said he was seeking to end 'drug networks …'`: a pronoun
    subject of a cue inside another report is that report's speaker, so
    the outer cue and its named speaker attribute the quote."""
    if mention.kind != "pronoun" or mention.text.lower() not in lexicon.mentions().pronouns_person:
        return None
    text = text_of(doc)
    for outer in sent_cues:
        if outer >= c or cues[outer][1] != "verb":
            break
        between = text[doc[cues[outer][0] - 1].idx + len(doc[cues[outer][0] - 1]):mention.start]
        if between.strip().lower() not in ("", "that"):
            continue  # the pronoun must open the outer cue's clause: "said (that) he"
        named = _speaker_of_cue(doc, sent, outer, cues)
        if named is not None and named.kind in ("person", "role"):
            return outer, named
    return None


def _speaker_of_cue(doc: Doc, sent: Sentence, c: int, cues: dict[int, tuple[int, str]]) -> Mention | None:
    end, label = cues[c]
    if label == "source_after":
        rng = right_phrase(doc, end, sent.tok_end)
        return parse_mention(doc, *rng) if rng else None
    if is_participle(doc, sent, c) or issued_participle(doc, sent, c):
        return _participle_subject(doc, sent, c, cues)
    return subject_of(doc, sent, c)


def _participle_subject(doc: Doc, sent: Sentence, c: int, cues: dict[int, tuple[int, str]]) -> Mention | None:
    """`…, Darmanin said on Tuesday, promising "…"`: a participle shares the
    speaker of the cue before it in the sentence, else the sentence's subject."""
    for earlier in sorted((d for d in cues if sent.tok_start <= d < c), reverse=True):
        if cues[earlier][1] == "verb":
            mention = subject_of(doc, sent, earlier)
            if mention is not None and not _inside_noun_phrase(doc, sent, mention):
                return mention
    return main_subject(doc, sent, c)


def _inside_noun_phrase(doc: Doc, sent: Sentence, mention: Mention) -> bool:
    """`posted a Twitter comment of her own, saying`, `shared a syllabus for a
    class called “Perception”, writing`: a cue word whose "subject" opens
    with "a" or follows a preposition is part of an object, not a clause."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    first = span.start
    if doc[first].lower_ in {"a", "an"}:
        return True
    prev = doc[first - 1] if first - 1 >= sent.tok_start else None
    return prev is not None and prev.lower_ in {"a", "an"} | POSTMODIFYING_PREPOSITIONS


def _final_attribution(doc: Doc, sent: Sentence, close_at: int, sent_cues: list[int],
                       cues: dict[int, tuple[int, str]]) -> tuple[int, Mention | None] | None:
    """`... a “Kalashnikov-type” weapon, prison staff union FO Justice said.`:
    an attribution closing the sentence covers the fragments before it."""
    for c in reversed(sent_cues):
        if doc[c].idx < close_at:
            return None
        end, label = cues[c]
        if label == "source_after":
            mention = _speaker_of_cue(doc, sent, c, cues)
            after_comma = doc[c - 1].text == "," or doc[c - 1].text in CLOSING_MARKS and doc[c - 2].text == ","
            if mention is not None and after_comma:  # `…,” according to CNN.`
                return c, mention
            continue
        subject = subject_of(doc, sent, c)
        if subject is not None and backward(doc, sent, c, end, subject) is not None:
            return c, subject
    return None


def _is_direct(text: str, sent: Sentence, q: QuoteSpan, open_at: int, close_at: int, attributed_after: bool) -> bool:
    """Whole sentences in quote marks, as opposed to a fragment inside the
    reporter's own sentence."""
    prefix = text[sent.start:open_at].strip()
    content = text[q.start:q.end].lstrip("“\"‘'«( .…")
    starts_capital = bool(content) and (content[0].isupper() or content[0].isdigit())
    # after ":", ",", a dash, or a full stop the splitter did not take for a
    # sentence end ("said Sen. Lindsey Graham, R-S.C. “I get that.”")
    prefix_ok = not prefix or (prefix[-1] in ":,—–-.!?" and starts_capital)
    suffix = text[close_at:sent.end].strip()
    suffix_ok = not suffix or suffix[0] in ".!?" or attributed_after or suffix[0] in "”\"’"
    introduced = not prefix or prefix[-1] in ",:"  # `…and joked, “Bernie or Bust people, …,” drawing jeers`
    return prefix_ok and (suffix_ok or introduced and _sentence_handed_on(text, q, close_at, content, suffix))


def _sentence_handed_on(text: str, q: QuoteSpan, close_at: int, content: str, suffix: str) -> bool:
    """`"Gun owners should leave their weapons at home," opined the paper.`:
    a quotation that opens the sentence with a capital and hands it on with
    a comma (inside the marks, US style, or after them, UK style) is a whole
    statement even when the verb or speaker after it is one the lexicons do
    not know."""
    body = text[q.start:close_at].rstrip().rstrip("”\"’'»").rstrip()
    handed_on = body.endswith((",", "?", "!", "—")) or suffix.startswith(",")
    return handed_on and bool(content) and content[0].isupper() and len(content.split()) >= 3


def _previous_speaker(found: list[Found], paragraph: int) -> int | None:
    """The last attributed quotation in this or the previous paragraph, or
    a report just before (`…, Schiff said. "The other factor is …"`, or a
    paragraph that ends on `Trump speculated that …` before a paragraph
    that is only a quotation): the reporter has just named the speaker."""
    report = None
    for i in range(len(found) - 1, -1, -1):
        f = found[i]
        if f.paragraph < paragraph - 1:
            break
        if f.type in ("direct", "partial") and (f.mention is not None or f.inherited_from is not None):
            # a quotation of this paragraph outranks a report inside its attribution
            # (`…," said Mr. Franklin, whose group does not endorse anyone. "…"`)
            return i if report is None or f.paragraph == paragraph else report
        if f.type == "indirect" and i == len(found) - 1 and f.mention is not None:
            report = i
    return report
