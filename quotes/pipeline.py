"""The spaCy pipeline: blank English (or a user's trained pipeline) plus the
project's rule-based components.

    cues        PhraseMatcher over cue verbs and phrases   -> doc._.cues
    quotations  quote marks, sentences, attribution        -> doc._.quotations
    speakers    names in the text, pronouns and roles      -> doc._.speakers

Nothing here needs a tagger or parser, so the default pipeline runs
anywhere; a trained pipeline passed by name or path only changes the
tokenizer and adds its own annotations alongside.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right

from collections.abc import Iterator
from dataclasses import fields

import numpy as np
import spacy
from spacy.attrs import IDX, IS_TITLE, LOWER, ORTH, SHAPE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from quotes import lexicon
from quotes.attribute import attribute
from quotes.layouts import is_caption, is_title_line
from quotes.sentence import Found, sentences_of, text_of
from quotes.detect import paragraphs
from quotes.mentions import Mention, parse_mention
from quotes.speakers import fold, resolve_article, salience

for _name in ("cues", "quotations", "sentence_starts", "speakers"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("quote_cues", default_config={"scope": "statements"})
def make_cues(nlp: Language, name: str, scope: str) -> "CueMatcher":
    return CueMatcher(nlp, scope)


class CueMatcher:
    """Marks every cue word and phrase; attribution decides which are real."""

    def __init__(self, nlp: Language, scope: str = "statements") -> None:
        with lexicon.scope(scope):
            cues = lexicon.cues()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("verb", list(nlp.tokenizer.pipe(sorted(cues.by_form))))
        self.matcher.add("object", list(nlp.tokenizer.pipe(sorted(set(cues.object_forms) - set(cues.by_form)))))
        self.matcher.add("source_after", list(nlp.tokenizer.pipe(cues.source_after)))
        self.matcher.add("phrase", list(nlp.tokenizer.pipe(cues.phrases)))

    def __call__(self, doc: Doc) -> Doc:
        longest: dict[int, tuple[int, int, str]] = {}
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            if start not in longest or end > longest[start][1]:
                longest[start] = (start, end, label)
        doc._.cues = sorted(longest.values())
        return doc


@Language.factory("quote_attribution", default_config={"scope": "statements"})
def make_attribution(nlp: Language, name: str, scope: str):
    lexicon.check_scope(scope)  # an unknown scope fails when the pipeline is built, not on the first article

    def find(doc: Doc) -> Doc:
        with lexicon.scope(scope):
            sents = sentences_of(doc)
            doc._.sentence_starts = [s.start for s in sents]  # for the speakers' sentence subjects
            doc._.quotations = attribute(doc, doc._.cues or [], sents)
        return doc
    return find


@Language.factory("quote_speakers")
def make_speakers(nlp: Language, name: str) -> "SpeakerResolver":
    return SpeakerResolver()


class SpeakerResolver:
    """Resolves each quotation's mention to a speaker of the article."""

    def __call__(self, doc: Doc) -> Doc:
        found: list[Found] = doc._.quotations or []
        mentions = [f.mention for f in found if f.mention is not None]
        # Only pronouns, roles and bare surnames need the article's other mentions.
        timeline = self._timeline(doc, found) if any(map(_needs_context, mentions)) else mentions
        inherited = [f.inherited_from for f in found]
        salient = salience(text_of(doc), doc._.sentence_starts or [0], timeline, mentions) \
            if any(m.kind == "pronoun" for m in mentions) else None
        doc._.speakers = resolve_article([f.mention for f in found], timeline, inherited, salient)
        return doc

    #: Bounds of the per-process caches (cleared when full). A run's entry
    #: holds its text and a Mention, about 700 bytes: 20,000 of them keep
    #: the names that recur across a news corpus without letting memory
    #: grow with the corpus (200,000 let it grow by 140 MB).
    MAX_RUNS = 20_000
    MAX_FOLDED = 50_000

    def __init__(self) -> None:
        self._runs: dict[tuple[str, int], Mention | None] = {}
        self._folded: dict[int, str] = {}  # orth hash -> fold() of the word

    def _name_in_run(self, doc: Doc, text: str, start: int, end: int, at: int,
                     last_at: int, last_orth: int, prev_orth: int) -> Mention | None:
        """The person or organisation a run of capitalised words names (no
        place: "Ohio and North Carolina" are nobody a pronoun can mean).
        Runs repeat ("Donald Trump" a dozen times an article), so the parse
        is kept per run text (and the token before it, which decides
        whether the first word is capitalised only because it opens a
        sentence), with offsets relative to the run. `at`, `last_at` and
        `last_orth` are the offsets of the run's first and last tokens and
        the last one's ORTH; `prev_orth` is the ORTH before the run (0 at
        the start of the text)."""
        key = (text[at:last_at + len(doc.vocab.strings[last_orth])], prev_orth)
        runs = self._runs
        if key not in runs:
            if len(runs) >= self.MAX_RUNS:
                runs.clear()
            m = parse_mention(doc, start, end)
            keep = m is not None and m.kind in ("person", "org") and not _names_place(m)
            runs[key] = _shifted(m, -at) if keep else None
        cached = runs[key]
        return None if cached is None else _shifted(cached, at)

    def _fold_orth(self, strings, orth: int) -> str:
        folded = self._folded.get(orth)
        if folded is None:
            if len(self._folded) >= self.MAX_FOLDED:
                self._folded.clear()
            folded = self._folded[orth] = fold(strings[orth])
        return folded

    def _timeline(self, doc: Doc, found: list[Found]) -> list[Mention]:
        """Every mention a pronoun could refer to, outside quotations and captions."""
        text = text_of(doc)
        paras = paragraphs(text)
        quoted = _merge([(f.start, f.end) for f in found if f.type != "indirect"])
        quoted_starts = [s for s, _ in quoted]
        para_starts = [p[0] for p in paras]
        captions: dict[int, bool] = {n: True for n in {f.paragraph for f in found if f.headline}}  # title case

        def blocked(pos: int) -> bool:
            """Inside a quotation, a headline attribution's title line, a
            caption paragraph or a title-case line (decided lazily: most
            paragraphs hold no capitalised run to check)."""
            i = bisect_right(quoted_starts, pos) - 1
            if i >= 0 and pos < quoted[i][1]:
                return True
            n = bisect_right(para_starts, pos) - 1
            if n < 0 or pos >= paras[n][1]:
                return False
            if n not in captions:
                captions[n] = is_caption(text, paras, n) or is_title_line(text[paras[n][0]:paras[n][1]])
            return captions[n]

        mentions = [f.mention for f in found if f.mention is not None and not _names_place(f.mention)]
        modifiers: list[Mention] = []
        # Token arrays, not Token objects: this scan visits every capitalised word.
        # Only the title-case rows become Python lists (a sixth of the tokens).
        arrays = doc.to_array([IS_TITLE, IDX, ORTH, LOWER, SHAPE])
        title_rows = np.flatnonzero(arrays[:, 0] | _inner_capital(doc, arrays[:, 4]))
        titles = title_rows.tolist()
        picked = arrays[title_rows]
        title_at, title_orth = picked[:, 1].tolist(), picked[:, 2].tolist()
        idx_col, orth_col, lower_col = arrays[:, 1], arrays[:, 2], arrays[:, 3]
        indefinite = (get_string_id("a"), get_string_id("an"))
        after_place, before_place = _place_hashes()
        n_tokens = len(doc)
        for first, last in _runs(titles):
            start, end = titles[first], titles[last] + 1
            if blocked(title_at[first]):
                continue
            # "in Toulon", "Toulon's La Farlede prison": names of places and
            # buildings are not people a pronoun can refer to.
            if (int(lower_col[start - 1]) if start else 0) in before_place \
                    or (int(lower_col[end]) if end < n_tokens else 0) in after_place:
                continue
            prev_orth = int(orth_col[start - 1]) if start else 0
            m = self._name_in_run(doc, text, start, end, title_at[first], title_at[last], title_orth[last], prev_orth)
            if m is None:
                continue
            if start and int(lower_col[start - 1]) in indefinite and end < n_tokens \
                    and text[int(idx_col[end])].islower():
                modifiers.append(m)  # "a Boca Raton lawyer", "a Marco Rubio supporter": no one a pronoun means,
                continue  # but the surname may still stand alone later
            mentions.append(m)
        surnames = {fold(m.name.split()[-1]) for m in mentions + modifiers if m.kind == "person" and m.name}
        if surnames:
            strings = doc.vocab.strings
            folded = self._folded
            surname_orths = {h for h in set(title_orth)
                             if (folded[h] if h in folded else self._fold_orth(strings, h)) in surnames}
            modified = [(m.start, m.end) for m in modifiers]
            for start, h in zip(title_at, title_orth):
                if h in surname_orths:
                    word = strings[h]
                    if not blocked(start) and not any(s <= start < e for s, e in modified):
                        mentions.append(Mention(start, start + len(word), word, "person", name=word))
        return sorted(mentions, key=lambda m: (m.start, -m.end))


def _names_place(m: Mention) -> bool:
    """"Ohio", "North Carolina" (places.txt), "Wall Street" (a person's name
    ending in a place's head noun): no one a pronoun can mean, even where a
    quotation is credited to the place ("Britain urges …")."""
    name = fold(m.name or "")
    return name in lexicon.place_names() or \
        m.kind == "person" and name.rpartition(" ")[2] in lexicon.mentions().place_name_heads


_MENTION_FIELDS = tuple(f.name for f in fields(Mention))


def _shifted(m: Mention, by: int) -> Mention:
    """`replace(m, start=m.start + by, end=m.end + by)`, without
    dataclasses.replace's per-call introspection."""
    new = Mention(*[getattr(m, f) for f in _MENTION_FIELDS])
    new.start, new.end = m.start + by, m.end + by
    return new


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


#: Token shapes (hashes) seen so far, and whether they are a name with a
#: capital inside (`McDonald` "XxXxxxx", `DeSantis`, `LePage`), which spaCy's
#: IS_TITLE does not count as title case.
_INNER_CAPITAL: dict[int, bool] = {}
INNER_CAPITAL_SHAPE = re.compile(r"Xx+Xx+")


def _inner_capital(doc: Doc, shapes: np.ndarray) -> np.ndarray:
    """1 for each token shaped like `McDonald`, else 0: with the title-case
    tokens, the capitalised words a name's run is made of."""
    known = _INNER_CAPITAL
    strings = doc.vocab.strings
    unique, inverse = np.unique(shapes, return_inverse=True)
    flags = []
    for h in unique.tolist():
        if h not in known:
            known[h] = INNER_CAPITAL_SHAPE.fullmatch(strings[h]) is not None
        flags.append(known[h])
    return np.array(flags, dtype=shapes.dtype)[inverse.reshape(-1)]


def _needs_context(m: Mention) -> bool:
    return m.kind in ("pronoun", "role") or (m.kind == "person" and bool(m.name) and " " not in m.name)


def _runs(titles: list[int]) -> Iterator[tuple[int, int]]:
    """Maximal runs of two or more title-case tokens (`titles`: their token
    indices, ascending), as (first, last) positions in `titles`: what a
    greedy-longest Matcher on `IS_TITLE, IS_TITLE+` finds, without building
    a Token per match (the Matcher was a tenth of extraction time). A plain
    loop: an article has a few hundred title-case tokens, too few for
    numpy's per-call overhead to pay."""
    first = 0
    for k in range(1, len(titles) + 1):
        if k == len(titles) or titles[k] != titles[k - 1] + 1:
            if k - first >= 2:
                yield first, k - 1
            first = k


@functools.cache
def _place_hashes() -> tuple[frozenset[int], frozenset[int]]:
    """LOWER hashes of the words after and before a run that make it a
    place: `lex.place_nouns`, and `lex.place_prepositions` or a possessive.
    A missing neighbour (the run starts or ends the text) reads as "",
    whose hash is 0, as the string test read it."""
    lex = lexicon.mentions()
    return (frozenset(get_string_id(w) for w in lex.place_nouns),
            frozenset(get_string_id(w) for w in (*lex.place_prepositions, "'s", "’s")))


PIPES = ("quote_cues", "quote_attribution", "quote_speakers")


class TextKeepingTokenizer:
    """Wraps a tokenizer to keep each Doc's input string in `doc.user_data`.

    spaCy's `Doc.text` rebuilds the string from every token on each access,
    which cost as much as tokenising; the components read the kept string
    instead (see `sentence.text_of`)."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data["quotes.text"] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def build_nlp(model: str | None = None, scope: str = "statements") -> Language:
    """Blank English plus our components, or a trained pipeline with them
    added (its other components keep running; disable them for speed).
    `scope` is what counts as a quotation (`lexicon.SCOPES`)."""
    nlp = spacy.load(model) if model else _adjust_punctuation(spacy.blank("en"))
    if not isinstance(nlp.tokenizer, TextKeepingTokenizer):
        nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    for pipe in PIPES:
        if pipe not in nlp.pipe_names:
            nlp.add_pipe(pipe, config={"scope": scope} if pipe != "quote_speakers" else {})
    return nlp


#: Dashes spaCy's English punctuation rules leave glued to a word or a quote
#: mark (U+2015 horizontal bar, U+2012 figure dash): `about.”― Jane Doe`
#: signs a reader's quote with one.
RARE_DASHES = r"[\u2015\u2012]"

#: A year or decade with its first digits elided (`in ‘08`, `the ’90s`): one
#: word, read as a prefix before the quote mark alone could be; split off, the
#: mark would stand like punctuation between a cue's adjunct and its "that"
#: (`said in ‘08 that …`).
ELIDED_YEAR = r"['‘’]\d\ds?(?![\w'‘’])"


def _adjust_punctuation(nlp: Language) -> Language:
    """Make the rare dashes their own tokens, like — and –, and keep elided years whole."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = nlp.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex([ELIDED_YEAR, *defaults.prefixes, RARE_DASHES]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([*defaults.suffixes, RARE_DASHES]).search
    nlp.tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, RARE_DASHES]).finditer
    return nlp

