"""Who said it: tying quotations and reported speech to a speaker mention.

The unit of work is the reporter's sentence (quotations kept whole inside
it). For each quotation the cue is looked for where news puts it: right
after the closing mark (`," Darmanin said`, `," said the minister`), before
the opening mark (`He added: "…"`, `According to him, "…"`), or, for a quote
with no cue of its own, in the quotation just before (`"A," X said. "B."`).
Reported speech comes from the cues no quotation used: `X said (that) …`,
`…, a police source told AFP.`, `…, according to X.`.

A partial quote (a fragment inside the reporter's sentence) is kept only
when a cue governs it; otherwise it is a scare quote, a title or a tag.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from quotes import lexicon
from quotes.headlines import headline_quotes
from quotes.nominal import nominal_reports
from quotes.detect import (MARK_RE as QUOTE_MARK, QuoteSpan, ends_like_sentence, find_quotes, paragraphs,
                           sentence_starts)
from quotes.mentions import DANGLING, Mention, described_speaker, left_phrase, parse_mention, right_phrase
from quotes.subjects import (CLOSING_MARKS, FINITE, INTRODUCERS, NOT_CLAUSE_OPENERS, coordinated_subject,
                             issued_participle,
                             is_participle, main_subject, opening_participle, skip_auxiliaries, subject_of,
                             token_before_subject)


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy's `Doc.text` joins every token on
    each call, which made attribution quadratic in the article's length."""
    text = doc.user_data.get("quotes.text")
    if text is None:
        text = doc.user_data["quotes.text"] = doc.text
    return text


STRONG_BOUNDARY = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|\balthough\b", re.I)
TIME_WORDS = {"on", "in", "at", "during", "late", "early", "last", "this", "earlier", "later",
              "yesterday", "today", "tonight", "overnight", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
              "night", "week", "month", "year", "a", "an", "the", "statement", "interview",
              "briefing", "conference", "press", "news", "with", "speech", "post", "message",
              "letter", "tweet", "recent", "separate", "televised", "radio", "tv", "written",
              "email", "e-mail", "emailed", "phone", "telephone", "call", "when", "after",
              "before", "also", "again", "repeatedly", "previously", "then", "once", "twice"}
OBJECT_VERBS = {"tell", "inform", "assure", "remind", "warn", "advise", "convince", "persuade",
                "instruct", "promise", "show", "ask"}
#: Words after an object cue that show it is not taking an object here
#: ("called off", "urged to", "denied that" is a clause).
NOT_OBJECT_OPENERS = NOT_CLAUSE_OPENERS | {"that", "if", "whether", "as", "up", "off", "out", "back",
                                           "down", "by", "when", "while", "after", "before", "because"}
#: Words after which a comma continues a listed object ("cited jobs, taxes
#: and trade") rather than opening an aside.
OBJECT_LIST_CONTINUERS = {"and", "or"}
#: Words opening an adjunct that ends a reported object ("attacked Machado
#: in early-morning tweets", "has not mentioned Machado since the debate").
OBJECT_ADJUNCTS = {"since", "during", "last", "yesterday", "earlier",
                   "because", "while", "when", "amid", "despite"}
#: Prepositions that open an adjunct between a cue and its comma ("said
#: to reporters,", "wrote from Iowa,") besides the time words above.
ADJUNCT_OPENERS = {"to", "from", "by", "over", "via", "through", "outside", "inside", "near", "aboard", "before"}
ADJUNCT_STARTS = frozenset(TIME_WORDS | ADJUNCT_OPENERS)
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
WH_WORDS = {"whether", "why", "how", "what", "where", "who", "which", "when"}
SENTENCE_ADVERBS = {"but", "and", "yet", "so", "still", "also", "however", "now", "indeed", "meanwhile", ","}
#: Words that open the report after a passive's agent: "asked by X whether
#: …", "described by X as …", "criticized by X for …".
PASSIVE_LINKS = {"whether", "if", "why", "how", "what", "about", "as", "for", "to", "that", "of"}
APPROXIMATORS = {"about", "around", "nearly", "almost", "over", "under", "roughly", "some", "more", "fewer"}
FRACTIONS = {"half", "third", "quarter", "two-thirds", "a"}
SUBORDINATORS = {"when", "if", "as", "after", "before", "since", "while", "although", "though",
                 "because", "once", "until", "unless", "whenever", "whether"}
SUBJECT_PRONOUNS = {"i", "he", "she", "we", "they", "you"}
POSTMODIFYING_PREPOSITIONS = {"of", "in", "at", "for", "from", "with", "on"}
CLAUSE_STOP = re.compile(r";|\s--\s|\s[—–]\s+and\s|,\s+and\s+(?=(?:the|a|an|[A-Z][\w.'’-]*)\s[^,;]{0,40}?\b(?:is|are|was|were|has|have|had|will|would|said|says)\b)|,\s+(?:but|while|whereas|although|though|yet|(?!including\b|according\b)[a-z]+ing)\b"
                         r"|\s+but\s+(?:also\s+)?(?:said|says|noted|added|insisted|argued|warned|has|had|did|was|is|"
                         r"would|will|could|also|then|later)\b")
TURN_LABEL = re.compile(r"(?P<name>Q|A|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+(?=\S)")
ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9.&\-]{0,7}")
STAGE_DIRECTION = re.compile(r"\(?[A-Z]{4,}\.?\)?\.?")
FULL_STOP = re.compile(r"[.!?]")
WORD_RUN = re.compile(r"[\w’'-]+")
POSSESSIVE_END = re.compile(r"['’]s\s*$")
GLOSS = re.compile(r"(\w+)\s+[A-Z]{2,}\s*[–—(,-]\s*$|^[A-Z]{2,}\s*[–—(,-]\s*$")
CLOSES_ASIDE = re.compile(r",|\s[-–—]{1,2}\s")  # what ends a relative clause set inside a sentence
TRAILING_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose)\s")
PARTICIPLE_STOP = re.compile(r",\s+(?!including\b|according\b)[a-z]+ing\b")
FINITE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|did|does|do"
                         r"|[a-z]{3,}ed)\b|n[’']t\b", re.I)
SPEAKER_LABEL = re.compile(r"(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+")
EMBED_SIGNATURE = re.compile(r"[—–-]\s*(?P<name>[^(@\n]+?)\s*(?:[–—-][^(\n]*)?\(@(?P<handle>\w+)\)")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    quotes: list[QuoteSpan] = field(default_factory=list)
    tok_start: int = 0
    tok_end: int = 0


@dataclass(slots=True)
class Found:
    """A quotation found in one article, before speakers are made canonical.
    Offsets are into the cleaned text."""

    start: int
    end: int
    type: str
    cue: str | None = None
    mention: Mention | None = None
    inherited_from: int | None = None  # index of the quotation whose speaker this one shares
    paragraph: int = 0
    headline: bool = False  # read off a title line, whose capitalised words are not names


def sentences_of(doc: Doc) -> list[Sentence]:
    """Reporter sentences with their quotations, paragraph by paragraph."""
    text = text_of(doc)
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    by_para: dict[int, list[QuoteSpan]] = {}
    for q in quotes:
        by_para.setdefault(q.paragraph, []).append(q)
    out: list[Sentence] = []
    for n, (p_start, p_end) in enumerate(paras):
        qs = by_para.get(n, [])
        starts = sentence_starts(text, p_start, p_end, qs)
        starts = [st for i, st in enumerate(starts) if i == 0 or not _attribution_after_quote(text, starts[i - 1], st)]
        ends = starts[1:] + [p_end]
        anchors = [max(q.start, q.open_mark) for q in qs]  # sorted, as qs is
        for s, e in zip(starts, ends):
            sent = Sentence(s, e, n, qs[bisect_left(anchors, s):bisect_left(anchors, e)])
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            sent.tok_start, sent.tok_end = span.start, span.end
            out.append(sent)
    return out


OPENING_MARKS = set('"“‘\'«„')
QUOTE_THEN_STOP = re.compile(r"[.!?…][\"”’'»]{1,2}\s*$")
WORD = re.compile(r"[\w.'’-]+")
STOP_OR_QUOTE = re.compile(r"[.!?]\s|[.!?]$|[\"“]")


def _attribution_after_quote(text: str, prev: int, start: int) -> bool:
    """`“Are you serious?” Trump asked reporters.`: after a quoted sentence
    that ends on its own stop, a capitalised speaker and a cue verb are the
    quotation's attribution, not a new sentence."""
    if not QUOTE_THEN_STOP.search(text, max(0, start - 4), start) or text[prev:start].lstrip()[:1] not in OPENING_MARKS:
        return False
    words = WORD.findall(text, start, start + 80)[:7]
    cues = lexicon.cues()
    lex = lexicon.mentions()
    for i, w in enumerate(words):
        w = w.strip(".")
        low = w.lower()
        if not w:
            return False
        if i and w.islower() and cues.classes(low):
            return i <= 5 and _ends_soon(text, text.find(w, start) + len(w))
        if not (w[0].isupper() or low in lex.determiners or low.rstrip(",") in lex.speaker_nouns):
            return False
    return False


def _ends_soon(text: str, k: int) -> bool:
    """After the cue, only a few words and no verb before the sentence ends
    (`… asked reporters rhetorically.`), not a reported clause of its own
    (`Staff unions said burnt vehicles had been found …`)."""
    stop = STOP_OR_QUOTE.search(text, k, k + 160)
    tail = [w.lower() for w in WORD.findall(text, k, stop.start() if stop else k + 160)]
    return stop is not None and len(tail) <= 10 and not any(w in FINITE or w == "that" for w in tail)


def is_caption(text: str, paras: list[tuple[int, int]], n: int) -> bool:
    """Photo captions and headlines: a paragraph repeated next to itself, or
    one that does not end like a sentence."""
    s, e = paras[n]
    body = text[s:e]
    for m in (n - 1, n + 1):
        if 0 <= m < len(paras) and text[paras[m][0]:paras[m][1]].strip() == body.strip():
            return True
    return not ends_like_sentence(body)


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
            if not first.text[0].islower():
                continue
            prev = doc[start - 1].lower_ if start else ""
            chained = prev == "to" and start >= 2 and doc[start - 2].lower_ in lex.verbs_before_to  # "continued to warn"
            if (prev in lex.determiners or prev in {"'s", "’s", "my", "your", "to"}) and not chained \
                    and prev not in {"one", "all", "both", "two", "three"} | lex.quantifier_subjects:
                continue
            nxt = doc[end].lower_ if end < len(doc) else ""
            lemma = cues.lemma_of.get(first.lower_) or cues.object_forms.get(first.lower_, first.lower_)
            if _homograph_as_noun(doc, start, end, lemma) or _discourse_marker(doc, start, end):
                continue
            if nxt in cues.not_speech_after.get(lemma, ()) and nxt not in cues.objects.get(lemma, ()) \
                    and nxt not in cues.objects_to.get(lemma, ()):
                continue
        out[start] = (end, label)
    return out


def _discourse_marker(doc: Doc, start: int, end: int) -> bool:
    """`Having said that, …`, `That said, …`, `Needless to say, …`: set
    phrases with a verb of saying that report nothing."""
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
        and before_prev.lower_ == "needless"


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
    return end < len(doc) and doc[end].lower_ in FINITE and doc[end].lower_ not in {"'s", "’s"}


def attribute(doc: Doc, matches: list[tuple[int, int, str]]) -> list[Found]:
    """All quotations of one article, each with its speaker mention."""
    text = text_of(doc)
    paras = paragraphs(text)
    sents = sentences_of(doc)
    all_quotes = [q for s in sents for q in s.quotes]
    every_cue = cue_tokens(doc, matches, all_quotes)
    cues = {k: v for k, v in every_cue.items() if v[1] != "object"}  # object-only verbs report no quotation
    captions = {n for n in range(len(paras)) if is_caption(text, paras, n)}
    found: list[Found] = []
    used_cues: set[int] = set()
    embeds = _embedded_posts(doc, paras)
    embeds.update({n: f for n, f in _transcript_turns(doc, paras).items() if n not in embeds})
    cue_order = sorted(every_cue)
    for sent in sents:
        if sent.paragraph in embeds:
            continue
        in_sent = cue_order[bisect_left(cue_order, sent.tok_start):bisect_left(cue_order, sent.tok_end)]
        sent_cues = [c for c in in_sent if c in cues]
        for q in sent.quotes:
            f = _attribute_quote(doc, sent, q, sent_cues, cues, used_cues, found)
            if f is not None and (sent.paragraph not in captions or f.mention is not None):
                found.append(f)
        if sent.paragraph in captions:
            continue
        found.extend(_reported(doc, sent, in_sent, every_cue, used_cues, found))
        found.extend(Found(s, e, "indirect", cue=cue, mention=m, paragraph=sent.paragraph)
                     for s, e, cue, m in nominal_reports(doc, sent, found))
    found.extend(embeds.values())
    headlines = _headline(doc, paras, found)
    replaced = {i for i, f in enumerate(found) if any(f.start < h.end and h.start < f.end for h in headlines)}
    return _in_text_order(found + headlines, replaced)


def _in_text_order(found: list[Found], drop: set[int]) -> list[Found]:
    """The quotations sorted by position, without those in `drop`.
    `inherited_from` indexes the list as it was built (a reported clause is
    added after the quotations of its sentence, a headline last), so each
    index is moved to where its quotation lands."""
    order = sorted((i for i in range(len(found)) if i not in drop), key=lambda i: found[i].start)
    new_index = {old: new for new, old in enumerate(order)}
    out = [found[i] for i in order]
    for f in out:
        if f.inherited_from is not None:
            f.inherited_from = new_index.get(f.inherited_from)
    return out


def _headline(doc: Doc, paras: list[tuple[int, int]], found: list[Found]) -> list[Found]:
    """`Pence: Flowers Won't Be at Debate`, `Obama Says …`, `…, Graham Says`:
    the title line's attribution, unless a quotation there already has one
    (unattributed quotations it covers are dropped by the caller)."""
    out = []
    text = text_of(doc)
    if not paras or any(paras[0][0] <= f.start < paras[0][1] and f.mention is not None for f in found):
        return out  # the body rules read the first paragraph as a sentence: it is one
    for h in headline_quotes(text, paras):
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


# --- quotations -------------------------------------------------------------

def _attribute_quote(doc: Doc, sent: Sentence, q: QuoteSpan, sent_cues: list[int],
                     cues: dict[int, tuple[int, str]], used: set[int], found: list[Found]) -> Found | None:
    text = text_of(doc)
    if _not_a_statement(text, sent, q):
        return None
    open_at = q.open_mark if q.open_mark >= 0 else q.start
    close_at = q.close_mark + 1 if q.close_mark >= 0 else q.end
    after = _after_attribution(doc, sent, close_at, cues)
    before = None if after else _before_attribution(doc, sent, open_at, q, sent_cues, cues)
    attribution = after or before or _final_attribution(doc, sent, close_at, sent_cues, cues)
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
        if mention is not None and mention.kind == "pronoun" and mention.text.lower() in {"who", "which", "that"}:
            f.mention = None
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


def _after_attribution(doc: Doc, sent: Sentence, close_at: int, cues: dict[int, tuple[int, str]]) -> tuple[int, Mention | None] | None:
    """`," he said` / `," said Darmanin` / `", a police source told AFP`."""
    span = doc.char_span(close_at, sent.end, alignment_mode="expand")
    if span is None or span.start >= sent.tok_end:
        return None
    k = span.start
    signed = _dash_signature(doc, sent, k)
    if signed is not None:
        return signed
    while k < sent.tok_end and doc[k].text in {",", ";", ":", "—", "–", "-", "”", '"', "’", "'", "»"}:
        k += 1
    if k < sent.tok_end and k in cues:  # inverted: said Darmanin
        end = cues[k][0]
        if cues[k][1] == "source_after":
            return None
        mention = _speaker_phrase(doc, end, sent.tok_end)  # also "said a 2008 Clinton veteran"
        if mention is None and right_phrase(doc, end, sent.tok_end) is None:
            return None
        return k, mention
    lex = lexicon.mentions()
    rng = right_phrase(doc, k, sent.tok_end)
    if rng is None:
        return _described_after(doc, sent, k, cues)
    j = _skip_parenthesis(doc, rng[1], sent.tok_end)
    # "Mr. Morgan of the Sierra Club said" / "a narrator in the Clinton ad asks"
    if j + 1 < sent.tok_end and doc[j].lower_ in POSTMODIFYING_PREPOSITIONS:
        pp = right_phrase(doc, j + 1, sent.tok_end)
        if pp is not None and (doc[j].lower_ == "of" or pp[1] in cues):
            j = pp[1]
        else:  # "a staffer in the room wondered", "a message on the website reads": any short phrase before the cue
            k2 = _description_end(doc, j + 1 + (doc[j + 1].lower_ in lexicon.mentions().determiners), sent.tok_end)
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


def _skip_parenthesis(doc: Doc, k: int, limit: int) -> int:
    """Past a short parenthesis after a name: `Sen. Jane Roe (D-Ore.) said`."""
    if k < limit and doc[k].text == "(":
        closing = next((i for i in range(k + 1, min(limit, k + 10)) if doc[i].text == ")"), None)
        if closing is not None:
            return closing + 1
    return k


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
    mention = parse_mention(doc, *rng)
    if mention is None or mention.kind != "person":
        return None
    return k, mention


def _before_attribution(doc: Doc, sent: Sentence, open_at: int, q: QuoteSpan, sent_cues: list[int],
                        cues: dict[int, tuple[int, str]]) -> tuple[int, Mention | None] | None:
    """The nearest cue before the opening mark that governs the quote."""
    text = text_of(doc)
    for c in reversed(sent_cues):
        if doc[c].idx >= open_at:
            continue
        between = text[doc[cues[c][0] - 1].idx:open_at]
        if STRONG_BOUNDARY.search(between):
            return None
        mention = _speaker_of_cue(doc, sent, c, cues) or _speaker_between(doc, sent, c, cues, open_at)
        if mention is not None:
            return _outer_report(doc, sent, c, mention, sent_cues, cues) or (c, mention)
        last = doc[cues[c][0] - 1]
        if not text[last.idx + len(last):open_at].strip(" ,:;—–-"):
            return None  # `…, the mother of three replied, "…"`: the quote's own cue, speaker unread
    return None


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
            if mention is not None:
                return mention
    return main_subject(doc, sent, c)


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
        if subject is not None and _backward(doc, sent, c, end, subject) is not None:
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
    a report just before in this paragraph (`…, Schiff said. "The other
    factor is …"`: the reporter has just named the speaker)."""
    report = None
    for i in range(len(found) - 1, -1, -1):
        f = found[i]
        if f.paragraph < paragraph - 1:
            break
        if f.type in ("direct", "partial") and (f.mention is not None or f.inherited_from is not None):
            # a quotation of this paragraph outranks a report inside its attribution
            # (`…," said Mr. Franklin, whose group does not endorse anyone. "…"`)
            return i if report is None or f.paragraph == paragraph else report
        if f.type == "indirect" and f.paragraph == paragraph and i == len(found) - 1 and f.mention is not None:
            report = i
    return report


# --- reported speech ---------------------------------------------------------

def _reported(doc: Doc, sent: Sentence, sent_cues: list[int], cues: dict[int, tuple[int, str]],
              used: set[int], found: list[Found]) -> list[Found]:
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
    for c in ordered:
        if c in used:
            head = _head_before_fragment(doc, sent, c, cues, quoted)
            if head is not None:
                out.append(head)
            continue
        end, label = cues[c]
        if label == "source_after":
            got = _according_to(doc, sent, c, end)
        else:
            stop = min((_next_report(doc, sent, d) for d in sent_cues if d > c), default=sent.end)
            got = _passive_by_agent(doc, sent, c, end, stop)
            if got is None and label != "object":
                got = _say_clause(doc, sent, c, end, label, found, out, stop)
            if got is None and label in ("verb", "object"):
                got = _object_report(doc, sent, c, end, found, out, stop)
        if got is None:
            continue
        start, stop, mention = got
        if any(f.start < stop and start < f.end for f in out):
            continue
        head = _parenthetical_head(doc, sent, c, end, mention) if label == "verb" and start > doc[c].idx else None
        if head is not None and not any(q.start < head[1] and head[0] < q.end for q in quoted):
            # "Acts of protest, Mr. Obama said, are 'acts of patriotism'": the words
            # before the attribution are reported even when a quotation follows it
            used.add(c)
            out.append(Found(*head, "indirect", cue=doc[c:end].text, mention=mention, paragraph=sent.paragraph))
        if stop - start < (10 if text_of(doc).startswith("to ", start) else 12) \
                or any(q.start < stop and start < q.end for q in quoted):
            continue  # too short, or the quoted fragment inside it is the quotation
        used.add(c)
        out.append(Found(start, stop, "indirect", cue=doc[c:end].text, mention=mention, paragraph=sent.paragraph))
    return out


def _parenthetical_head(doc: Doc, sent: Sentence, c: int, end: int,
                        mention: Mention | None) -> tuple[int, int] | None:
    """`Though the transition was seamless, he said, replacing her would be
    harder.`: an attribution set off by commas inside an unquoted sentence
    reports the words before it too, not only those after."""
    end = _adjunct_end(doc, sent, c, end)
    if mention is None or end >= sent.tok_end or doc[end].text != ",":
        return None
    subject = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if subject is None or subject.end > c:
        return None
    comma = token_before_subject(doc, sent, mention, c)
    if comma - sent.tok_start < 2 or doc[comma].text != ",":
        return None
    text = text_of(doc)
    k = sent.tok_start
    while k < comma - 1 and doc[k].lower_ in {"but", "and", "yet", "or"}:
        k += 1  # "But the weapons, he added, are …": the conjunction is the reporter's
    start = doc[k].idx
    stop = _clause_end(text, start, doc[comma].idx)
    return (start, stop) if stop - start >= 8 else None


def _head_before_fragment(doc: Doc, sent: Sentence, c: int, cues: dict[int, tuple[int, str]],
                          quoted: list) -> Found | None:
    """`African-Americans, he said, can ''rock like Jimi''`: the words before
    a parenthetical attribution whose cue a quoted fragment after it took
    are reported too."""
    end, label = cues[c]
    fragment = next((q for q in quoted if isinstance(q, Found) and q.type == "partial" and q.mention is not None
                     and q.start > doc[c].idx), None)
    if label != "verb" or fragment is None:
        return None
    head = _parenthetical_head(doc, sent, c, end, fragment.mention)
    if head is None or any(q.start < head[1] and head[0] < q.end for q in quoted):
        return None
    return Found(*head, "indirect", cue=doc[c:end].text, mention=fragment.mention, paragraph=sent.paragraph)


def _according_to(doc: Doc, sent: Sentence, c: int, end: int) -> tuple[int, int, Mention | None] | None:
    rng = right_phrase(doc, end, sent.tok_end)
    mention = parse_mention(doc, *rng) if rng is not None else None
    if mention is None:  # "according to a pool report", "according to early returns"
        rng = _source_phrase(doc, end, sent.tok_end)
        if rng is None:
            return None
        span = doc[rng[0]:rng[1]]
        mention = Mention(span.start_char, span.end_char, span.text, "group", role=span.text)
    text = text_of(doc)
    phrase_end = _description_end(doc, rng[1], sent.tok_end)  # "according to the FBI summary,"
    if c > sent.tok_start and doc[c - 1].text == ",":  # "..., according to X."
        return sent.start, _clause_end(text, sent.start, doc[c - 1].idx), mention
    closes = rng[1] >= sent.tok_end or doc[rng[1]].is_punct
    if c - sent.tok_start > 3 and doc[c - 1].is_alpha and closes:  # "X leads by 271 delegates according to a count."
        return sent.start, _clause_end(text, sent.start, doc[c - 1].idx + len(doc[c - 1])), mention
    opens = all(t.lower_ in SENTENCE_ADVERBS for t in doc[sent.tok_start:c])  # "But according to X, …"
    if opens and phrase_end < sent.tok_end and doc[phrase_end].text == ",":  # "According to X, ..."
        start = doc[phrase_end + 1].idx if phrase_end + 1 < sent.tok_end else sent.end
        return start, _clause_end(text, start, sent.end), mention
    return None


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
    j = k
    while j < sent.tok_end and j - k < 8 and doc[j].text != ",":
        tok = doc[j]
        if tok.text in {".", "!", "?"} and all(t.is_punct for t in doc[j:sent.tok_end]):
            return j  # "said in a wide-ranging interview.": the adjunct ends the sentence
        if tok.lower_ in FINITE or tok.lower_ in {"that", "if", "whether"} or tok.is_quote or tok.text in {".", ";", ":"}:
            return end
        j += 1
    return j if j < sent.tok_end and doc[j].text == "," or j == sent.tok_end else end


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


def _description_end(doc: Doc, k: int, limit: int) -> int:
    """Past the common nouns that finish a source's description after its
    name: `the FBI summary`, `the Real Clear Politics polling average`."""
    lex = lexicon.mentions()
    j = k
    while j < limit and j - k < 6 and doc[j].is_alpha and doc[j].is_lower and doc[j].lower_ not in lex.boundaries \
            and not lexicon.cues().classes(doc[j].lower_):
        j += 1
    return j


def _say_clause(doc: Doc, sent: Sentence, c: int, end: int, label: str,
                found: list[Found], out: list[Found], stop: int) -> tuple[int, int, Mention | None] | None:
    text = text_of(doc)
    classes = lexicon.cues().classes(doc[c].lower_) if label == "verb" else frozenset({"clause"})
    if not classes & {"clause", "that"}:
        return None
    if doc[c].lower_.endswith("ing") and _after_with(doc, sent, c) and (end >= sent.tok_end or doc[end].is_punct):
        return None  # "with all precincts reporting, the race …" (but "with 30 percent saying they …")
    participle = is_participle(doc, sent, c) or issued_participle(doc, sent, c)
    subject = (_sentence_speaker(found, out, sent) or main_subject(doc, sent, c)) if participle \
        else subject_of(doc, sent, c) or opening_participle(doc, sent, c)
    start = _complement_start(doc, sent, c, end, classes) if subject is not None else None
    if start is not None:
        stop = min(stop, _subordinate_end(doc, sent, c, start))
    if start is not None and (_finite_within(doc, start, sent.tok_end) or _opens_with_subject(doc, start)):
        return start, _clause_end(text, start, stop), subject
    # Backward: "<clause>, a police source told AFP." / "<clause>, said the prosecutor."
    back = None if participle else _backward(doc, sent, c, end, subject)
    if back is not None:
        return back
    if start is None:
        return None
    return start, _clause_end(text, start, stop), subject


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
    lex = lexicon.mentions()
    if end + 1 >= sent.tok_end or doc[end].lower_ != "by" or not doc[c].lower_.endswith(("ed", "en", "wn")) \
            and doc[c].lower_ not in lexicon.cues().irregular_past:
        return None
    before = doc[max(sent.tok_start, c - 3):c]
    reduced = c > sent.tok_start and doc[c - 1].lower_ in {"when", "after", "if", "once", "as"}  # "when asked by X"
    if not reduced and not any(t.lower_ in lex.be_forms for t in before):
        return None
    rng = right_phrase(doc, end + 1, sent.tok_end)
    if rng is None or rng[1] >= sent.tok_end or doc[rng[1]].lower_ not in PASSIVE_LINKS:
        return None
    mention = parse_mention(doc, *rng)
    if mention is None or mention.kind == "pronoun":
        return None
    start = doc[rng[1]].idx
    stop = min(stop, _subordinate_end(doc, sent, c, start))  # "When asked by X whether …, he said no"
    return start, _clause_end(text_of(doc), start, stop), mention


def _object_report(doc: Doc, sent: Sentence, c: int, end: int, found: list[Found], out: list[Found],
                   stop: int) -> tuple[int, int, Mention | None] | None:
    """`Trump cited the poll`, `the senator criticized the tariffs`, `the
    survey showed Clinton taking a lead`: the object of a verb of citing,
    judging or discussing is what the speaker said about it."""
    cues = lexicon.cues()
    lemma = cues.object_forms.get(doc[c].lower_) or cues.lemma_of.get(doc[c].lower_, "")
    k = _directive_object(doc, sent, end, cues.objects_to.get(lemma, frozenset()))
    if k is not None:  # "urged the party to drop the rule": the object and what it is to do
        subject = subject_of(doc, sent, c)  # the pattern itself shows "calls", "wants" is a verb here
        end_at = _object_end(doc, sent, k, _clause_end(text_of(doc), doc[k].idx, stop))
        return (doc[k].idx, end_at, subject) if subject is not None else None
    links = cues.objects.get(lemma)
    if not links:
        return None
    k = _past_manner(doc, sent, end) if links - {""} else end
    if k < sent.tok_end and doc[k].lower_ in links - {""}:
        k += 1
    elif k > end:
        return None
    elif "" not in links:
        return None
    if k >= sent.tok_end:
        return None
    first = doc[k]
    if first.is_punct or first.lower_ in NOT_OBJECT_OPENERS:
        return None
    if is_participle(doc, sent, c):
        subject = _sentence_speaker(found, out, sent) or main_subject(doc, sent, c)
    else:
        subject = subject_of(doc, sent, c) if _finite_after_speaker(doc, sent, c) else None
    if subject is None:
        return None
    if lemma in cues.document_verbs and _head_word(subject) not in lexicon.mentions().document_nouns:
        return None  # "he showed his badge": only a document's showing is a report
    if lemma in cues.as_verbs and not any(t.lower_ == "as" for t in doc[k + 1:min(k + 9, sent.tok_end)]):
        return None  # "saw the film" reports nothing; "sees Cruz as a uniter" does
    if lemma == "call" and _bare_name(doc, sent, k):
        return None  # "a firm called Cambridge Analytica" names it; "called Clinton" phoned her
    text = text_of(doc)
    return first.idx, _object_end(doc, sent, k, _clause_end(text, first.idx, stop)), subject


def _directive_object(doc: Doc, sent: Sentence, k: int, links: frozenset[str]) -> int | None:
    """Where the hearer of `urged`, `called on`, `told` begins when a short
    noun phrase and a to-infinitive follow (`urged the party to drop`,
    `told reporters to expect`); None otherwise."""
    if not links:
        return None
    if k < sent.tok_end and doc[k].lower_ in links - {""}:
        k += 1
    elif "" not in links:
        return None
    j = k
    while j < sent.tok_end and j - k < 7 and doc[j].lower_ != "to":
        tok = doc[j]
        if not (tok.is_alpha or tok.text in POSSESSIVE_MARKS or tok.like_num) or tok.lower_ in FINITE \
                or tok.lower_ in NOT_OBJECT_OPENERS:
            return None
        j += 1
    if j == k or j + 1 >= sent.tok_end or doc[j].lower_ != "to":
        return None
    verb = doc[j + 1]
    if not (verb.is_alpha and verb.is_lower) or verb.lower_ in lexicon.mentions().determiners:
        return None  # "asked questions to the panel": "to" is a preposition there
    return k


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
    if i - 1 < sent.tok_start:
        return False
    prev = doc[i - 1]
    return prev.lower_ in lex.pronouns or prev.lower_ in lex.relatives or prev.lower_ in lex.speaker_nouns \
        or (prev.text[0].isupper() and prev.i != sent.tok_start)


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
        if tok.text == "," and nxt not in OBJECT_LIST_CONTINUERS and not _list_goes_on(doc, sent, i):
            return _trim_end(text, doc[k].idx, tok.idx)
        if tok.lower_ in OBJECT_ADJUNCTS and i > k + 1:
            return _trim_end(text, doc[k].idx, tok.idx)
    return limit


def _past_aside(doc: Doc, sent: Sentence, k: int) -> int:
    """Past a short aside closed by a comma when "that" follows it: the
    reporter's adverb between a cue and its clause."""
    for j in range(k, min(sent.tok_end - 1, k + 4)):
        if doc[j].text == ",":
            return j + 1 if j > k and doc[j + 1].lower_ == "that" else k
        if not (doc[j].is_alpha and doc[j].is_lower) or doc[j].lower_ in FINITE or doc[j].lower_ == "that":
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


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop the reporter's spaces and punctuation from the end of a span."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


def _subordinate_end(doc: Doc, sent: Sentence, c: int, start: int) -> int:
    """`While his advisers have suggested X, Mr. Obama is …`: a report
    inside a sentence-opening subordinate clause ends at the comma that
    closes that clause."""
    first = next((t for t in doc[sent.tok_start:c] if t.is_alpha), None)
    if first is None or first.lower_ not in SUBORDINATORS - {"as", "whether"}:
        return sent.end
    if any(t.text == "," for t in doc[sent.tok_start:c]):
        return sent.end  # the subordinate clause closed before the cue
    comma = next((t for t in doc[c + 1:sent.tok_end] if t.text == "," and t.idx > start), None)
    return comma.idx if comma is not None else sent.end


def _opens_with_subject(doc: Doc, char_start: int) -> bool:
    """`said they welcome the attention`: a clause that opens with a subject
    pronoun is a clause whatever its verb looks like."""
    span = doc.char_span(char_start, char_start + 1, alignment_mode="expand")
    return span is not None and span[0].lower_ in SUBJECT_PRONOUNS


def _next_report(doc: Doc, sent: Sentence, next_cue: int) -> int:
    """Where a second report in the same sentence begins, which ends the
    first: `X said the probe was botched and Democrats accused Y of …`.
    A new subject after "and"/"but" counts, and so does a cue verb right
    after it (`… and warned against …`: the reporter's narrative goes on);
    an auxiliary first (`said … and had ordered …`) continues the report."""
    lex = lexicon.mentions()
    if _noun_before_noun(doc, sent, next_cue):
        return sent.end  # "violated federal and state law": a noun, not a second report
    if next_cue - 1 > sent.tok_start and doc[next_cue - 1].lower_ in {"and", "but"} and \
            not doc[next_cue].lower_.endswith("ing"):
        and_tok = next_cue - 1  # "said he would order a review and warned against hackers": a new predicate
        return doc[and_tok - 1].idx if doc[and_tok - 1].text == "," else doc[and_tok].idx
    i = next_cue
    while i - 1 > sent.tok_start and doc[i - 1].lower_ in lex.between_subject_and_cue:
        i -= 1
    rng = left_phrase(doc, i, sent.tok_start)
    if rng is None:
        return sent.end
    j = rng[0]
    while j - 1 > sent.tok_start and doc[j - 1].lower_ in lex.determiners:
        j -= 1
    if j - 1 > sent.tok_start and doc[j - 1].lower_ in {"and", "but"}:
        return doc[j - 1].idx
    return sent.end


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
    return any(t.lower_ in FINITE or t.lower_.endswith("ed") for t in span[:window])


def _backward(doc: Doc, sent: Sentence, c: int, end: int, subject: Mention | None):
    if subject is not None:
        comma = token_before_subject(doc, sent, subject, c)
        mention = subject
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
    apposition = subject is None and end < sent.tok_end and doc[end].text == ","  # "said Jo Ray, a long-time aide to …"
    if (len(tail) > 8 and not apposition) or any(t.lower_ in {"that", "if", "whether"} for t in tail):
        return None
    if subject is None and not apposition and any(t.lower_ in FINITE for t in tail):
        return None  # "…, said Hillary Clinton should be ready": the words after the cue are its clause
    if comma - sent.tok_start < 4:
        return None  # "Earlier on Tuesday, X said ...": an adverbial, not a clause
    if lexicon.cues().classes(doc[comma - 1].lower_) and doc[comma - 1].is_lower and \
            (doc[comma - 2].lower_ in lexicon.mentions().pronouns or doc[comma - 2].is_title):
        return None  # "Still, he said, officials have to decide …": the words before are an attribution
    if tail and doc[sent.tok_start].lower_ in INTRODUCERS and \
            not any(t.lower_ in FINITE or t.lower_.endswith("ed") for t in doc[sent.tok_start:comma]):
        return None  # "In an essay last week, X acknowledged …": an adverbial with no verb
    opener = next((t for t in doc[sent.tok_start:comma] if t.is_alpha), None)
    if tail and opener is not None and opener.lower_ in SUBORDINATORS | {"but", "and"} and \
            any(t.lower_ in SUBORDINATORS for t in doc[sent.tok_start:min(comma, sent.tok_start + 3)]):
        return None  # "But when Congress cut funding, Mexico said enough": the report follows the cue
    return sent.start, _clause_end(text_of(doc), sent.start, doc[comma].idx), mention


def _opens_noun_phrase(doc: Doc, k: int, limit: int) -> bool:
    """After a preposition, a noun phrase (`to reporters`, `in a June
    report`, `on Friday`) rather than a verb (`to change course`)."""
    if k >= limit:
        return True
    tok = doc[k]
    lex = lexicon.mentions()
    return tok.lower_ in lex.pronouns or tok.lower_ in lex.determiners or tok.is_title or tok.like_num \
        or tok.text == "," or tok.lower_ in TIME_WORDS or tok.lower_.endswith(("ers", "ists", "ians"))


def _circumstance_start(doc: Doc, sent: Sentence, c: int, end: int) -> int:
    """Where a trailing circumstance begins after a cue and its adjuncts
    (`…, lawmakers said Friday, as they bristled at …`, `…, he said, adding
    …`): the words from there on are the reporter's, not the speaker's."""
    k = _adjunct_end(doc, sent, c, end)
    if k > end and k + 1 < sent.tok_end and doc[k].text == "," and \
            (doc[k + 1].lower_ in SUBORDINATORS or doc[k + 1].lower_.endswith("ing")):
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
    skipped = 0
    if k < sent.tok_end and doc[k].lower_ in {"a", "an", "the", "this", "that"}:
        skipped = 99  # a determiner starts the clause itself
    while k < sent.tok_end and doc[k].lower_ in TIME_WORDS and skipped < 6:
        k, skipped = k + 1, skipped + 1
        while k < sent.tok_end and doc[k].is_title and doc[k].lower_ not in lexicon.mentions().pronouns:
            k += 1
    if skipped == 99:
        skipped = 0
    elif skipped and not (k < sent.tok_end and _clause_opener(doc, k)):
        k = end  # the words after the cue were the clause itself
    while k < sent.tok_end and doc[k].text in {",", ":"}:
        k += 1
    k = _past_aside(doc, sent, k)  # "said, somewhat stiltedly, that …", "added, however, that …"
    has_that = k < sent.tok_end and doc[k].lower_ == "that"
    if has_that:
        k += 1
        if k < sent.tok_end and doc[k].lower_ in FINITE:
            return doc[k - 1].idx  # "He said that would permit …": "that" is the clause's subject
        if k < sent.tok_end and doc[k].text == ",":  # "said that, if elected, he would …"
            k += 1
    if k >= sent.tok_end:
        return None
    first = doc[k]
    if first.lower_ in APPROXIMATORS and k + 1 < sent.tok_end and (doc[k + 1].like_num or doc[k + 1].lower_ in FRACTIONS):
        return first.idx  # "said about 20 people had applied", "said about half of …"
    if first.lower_ == "at" and k + 2 < sent.tok_end and doc[k + 1].lower_ in {"least", "most"} and doc[k + 2].like_num:
        return first.idx  # "says at least seven delegates have signed on"
    if first.lower_ in WH_WORDS and not has_that and k + 1 < sent.tok_end and doc[k + 1].is_alpha:
        return first.idx  # an indirect question: "asked whether the deals required …", "explain why …"
    if first.lower_ == "to" and not has_that and k == end and lemma in _to_infinitive_verbs() \
            and k + 1 < sent.tok_end and doc[k + 1].is_alpha and doc[k + 1].is_lower:
        return first.idx  # "X plans to call on young people to serve"
    if first.is_punct or first.lower_ in NOT_CLAUSE_OPENERS:
        return None
    if first.lower_ in FINITE and first.lower_ not in {"'s", "’s"} and not _after_relative(doc, sent, c):
        return None  # "Everything Trump says is a lie": the cue is inside the subject
    if not has_that and "clause" not in classes:
        window = [t.lower_ for t in doc[k:min(k + 7, sent.tok_end)]]
        past = [w for i, w in enumerate(window) if i and window[i - 1] != "and" and lexicon.cues().past_tense(w)]
        if not any(w in FINITE for w in window) and not past:
            return None  # "reported the email came hours after …" is a clause; "announced new measures" is not,
            # nor is "known Trump since the 1970s and worked with him"
    if not has_that and not _clause_opener(doc, k) and not any(t.lower_ in FINITE for t in doc[k:min(k + 8, sent.tok_end)]):
        return None
    return first.idx


def _past_hearer(doc: Doc, sent: Sentence, c: int, k: int) -> int:
    """Past the hearer of `told`, `assured`, `warned` (`told AFP`, `told
    MSNBC's "Morning Joe"`); a hearer the lexicons do not know counts only
    before "that" (`told the club's owners that …`)."""
    if lexicon.cues().lemma_of.get(doc[c].lower_, "") not in OBJECT_VERBS or k >= sent.tok_end \
            or doc[k].lower_ == "that":
        return k
    rng = right_phrase(doc, k, sent.tok_end)
    if rng is not None:
        return _past_possessed(doc, sent, rng[1])
    j = _past_possessed(doc, sent, _past_words(doc, sent, k + (doc[k].lower_ in lexicon.mentions().determiners)))
    return j if j < sent.tok_end and doc[j].lower_ == "that" else k


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
    """Past up to four plain words that are no verb, cue or "that"."""
    j = k
    while j < sent.tok_end and j - k < 4 and doc[j].is_alpha and doc[j].lower_ not in FINITE \
            and doc[j].lower_ not in {"that", "if", "whether"} and not lexicon.cues().classes(doc[j].lower_):
        j += 1
    return j


def _after_relative(doc: Doc, sent: Sentence, c: int) -> bool:
    """`attacks which officials say are linked to …`, `what the senators
    said was …`, `The latest test, North Korea said, was …`: the report's
    subject stands before the speaker (a relative word, or a parenthetical
    attribution), so its verb comes straight after the cue."""
    return any(t.lower_ in {"which", "that", "who", "what", ","} for t in doc[max(sent.tok_start, c - 5):c])


@functools.cache
def _to_infinitive_verbs() -> frozenset[str]:
    """Intention verbs whose to-infinitive is what is reported (cues.toml)."""
    return frozenset(lexicon._load("cues.toml").get("to_infinitive", {}).get("verbs", []))


def _clause_opener(doc: Doc, k: int) -> bool:
    """Can a clause begin here (a subject: pronoun, determiner, name, noun)?"""
    tok = doc[k]
    low = tok.lower_
    lex = lexicon.mentions()
    return low == "that" or low in lex.pronouns or low in lex.determiners or tok.text[0].isupper() or tok.is_alpha


def _clause_end(text: str, start: int, end: int) -> int:
    """The reported clause stops where the reporter takes the floor again:
    at a semicolon, a spaced double dash or a contrastive conjunction, and
    at a relative clause that runs to the end (`…, which forced her to
    leave early`): one closed by a comma (`the plan, which costs $5bn,
    would fail`) is the speaker's."""
    for rel in TRAILING_RELATIVE.finditer(text, start, end):
        if rel.start() > start and not CLOSES_ASIDE.search(text, rel.end(), end):
            end = rel.start()
            break
    for cut in CLAUSE_STOP.finditer(text, start, end):
        if cut.start() <= start:
            continue
        if PARTICIPLE_STOP.match(text, cut.start()) and not FINITE_WORD.search(text, start, cut.start()):
            continue  # "says Millennials, numbering 75 million, surpassed …": the clause has no verb yet
        end = cut.start()
        break
    return _trim_end(text, start, end)


def _sentence_speaker(found: list[Found], out: list[Found], sent: Sentence) -> Mention | None:
    for f in reversed(out + [f for f in found if sent.start <= f.start < sent.end]):
        if f.mention is not None:
            return f.mention
    return None


def _transcript_turns(doc: Doc, paras: list[tuple[int, int]]) -> dict[int, Found]:
    """An interview or debate transcript: a paragraph opening with its
    speaker's label in capitals (`CLINTON: Honestly, …`, `Q: How did …`).
    The rest of the paragraph is that speaker's words."""
    text = text_of(doc)
    out: dict[int, Found] = {}
    for n, (s, e) in enumerate(paras):
        m = TURN_LABEL.match(text, s, e)
        if m is None or m.group("name").lower() in lexicon.headline_labels() or m.end() >= e:
            continue
        label = m.group("name")
        name = label.title() if len(label) > 1 else label  # MATTHEWS -> Matthews, folded with "Chris Matthews"
        mention = Mention(m.start("name"), m.end("name"), label, "person", name=name)
        out[n] = Found(m.end(), e, "direct", cue=":", mention=mention, paragraph=n)
    return out


def _embedded_posts(doc: Doc, paras: list[tuple[int, int]]) -> dict[int, Found]:
    """An embedded social-media post: a paragraph followed by a signature
    line "— Name (@handle) date". The post is a quotation by its author."""
    text = text_of(doc)
    out: dict[int, Found] = {}
    for n in range(1, len(paras)):
        m = EMBED_SIGNATURE.match(text, paras[n][0], paras[n][1])
        if not m:
            continue
        s, e = paras[n - 1]
        name = m.group("name").strip()
        mention = Mention(m.start("name"), m.start("name") + len(name), name, "person", name=name)
        out[n - 1] = Found(s, e, "direct", cue="posted", mention=mention, paragraph=n - 1)
    return out
