"""Recognise the same statement across outlets.

A minister speaks French; each outlet translates, trims or paraphrases him
its own way. This module gives every quotation a `statement_id` shared by all
renderings of one underlying statement, in any article.

How, in four steps (measured choices are explained in docs/statements.md):

1. Normalise each text (textacy: accents, quote marks, punctuation,
   whitespace; then a UK/US spelling fold from `data/spelling_uk_us.tsv`).
2. Find candidate pairs without comparing all pairs: quotations sharing at
   least two rare keys (content words, adjacent content-word pairs, and
   content words scoped to the speaker) are candidates. A key held by more
   than `max_df` quotations is too common to block on.
3. Link pairs: exact word-bounded containment, or the best over sentence
   pairs of the mean of rapidfuzz `partial_ratio` and `token_set_ratio`.
   Translations share most words in another order, which these two scores
   tolerate and embeddings do not (they score topic, not identity).
   Fragments of at most four words are too short for any fuzzy score and
   join only by exact containment in a quotation by the same speaker.
4. Union-find over the links; the longest direct rendering is canonical.

Speakers are a strong signal, not an absolute one: vague speakers are
wildcards, and two different named speakers need a near-identical text.
"""
from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from quotes import lexicon
from quotes.model import QUOTATION_COLUMNS

RELATIONS = ("canonical", "translation variant", "fragment", "paraphrase")
STATEMENT_COLUMNS = ("statement_relation", "statement_similarity", "statement_review")
TABLE_COLUMNS = ("statement_id", "speaker", "speaker_group", "canonical_text", "n_quotations",
                 "n_articles", "n_sources", "sources", "first_date", "has_review")

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


@dataclass(frozen=True)
class Options:
    """Thresholds, fitted on the seed pairs (see docs/statements.md)."""

    link: float = 0.70           # merge at or above this similarity
    review: float = 0.60         # [review, link): not merged, flagged for a person
    cross_speaker: float = 0.90  # two different named speakers need this much
    short_words: int = 4         # fragments this short join only by containment
    min_sentence_words: int = 5  # shorter sentences are not aligned on their own
    window_days: int = 31        # short fragments join only within this window
    max_df: int = 100            # keys held by more quotations are not blocked on
    min_shared: int = 2          # shared keys needed to become a candidate pair
    min_overlap: float = 0.1     # ... and this share of the smaller one's keys
    max_gap: int = 3             # same-speaker quotes this close are one quote


@dataclass
class _Text:
    """One quotation as the matcher sees it."""

    raw: str
    norm: str
    padded: str             # " norm " for word-bounded containment
    n_words: int
    sentences: tuple[str, ...]  # normalised sentences long enough to align
    content: tuple[str, ...]    # content words, in order


# --------------------------------------------------------------------------- normalisation

@lru_cache(maxsize=1)
def _spelling_fold() -> dict[str, str]:
    """UK spellings mapped to US ones, so "destabilise" meets "destabilize"."""
    text = resources.files("quotes.data").joinpath("spelling_uk_us.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {uk.strip(): us.strip() for uk, us in rows}


def _vague_words() -> frozenset[str]:
    return lexicon.word_list("statements_vague_speakers.txt")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=200_000)
def normalise(text: str) -> str:
    """Fold what differs between outlets but not between statements: accents,
    curly quotes, punctuation, case, spacing and UK/US spelling."""
    from textacy import preprocessing as tp  # slow import: only when used

    if not text.isascii():  # the unicode steps are no-ops on ASCII, and the slow part
        text = tp.normalize.unicode(text, form="NFKC")
        text = tp.normalize.quotation_marks(text)
        text = tp.remove.accents(text)
    text = tp.remove.punctuation(text).lower()
    fold = _spelling_fold()
    return " ".join(fold.get(w, w) for w in text.split())


def _prepare(text: str, options: Options) -> _Text:
    parts = [normalise(p) for p in _SENTENCE_END.split(text.strip())]
    norm = " ".join(p for p in parts if p)
    words = norm.split()
    sentences = tuple(s for s in parts if len(s.split()) >= options.min_sentence_words)
    stop = _stop_words()
    content = tuple(w for w in words if w not in stop and (len(w) > 1 or w.isdigit()))
    return _Text(text, norm, f" {norm} ", len(words), sentences, content)


# --------------------------------------------------------------------------- speakers

@lru_cache(maxsize=100_000)
def _fold_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def speaker_key(speaker: object, group: object = None) -> str | None:
    """The folded speaker name, or None when the speaker is a wildcard
    (missing, anonymous, or a vague collective such as "authorities")."""
    if not isinstance(speaker, str) or not speaker.strip() or group == "anonymous":
        return None
    name = _fold_name(speaker)
    if _vague_words() & set(re.findall(r"[a-z']+", name)):
        return None
    return name


@lru_cache(maxsize=100_000)
def _same_speaker(a: str | None, b: str | None) -> bool | None:
    """True: same named speaker; False: two different named speakers;
    None: at least one wildcard, so the speaker says nothing."""
    if a is None or b is None:
        return None
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    return _contains_words(wa, wb) or _contains_words(wb, wa)


def _contains_words(outer: list[str], inner: list[str]) -> bool:
    """"darmanin" names the same person as "gerald darmanin"."""
    n = len(inner)
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


# --------------------------------------------------------------------------- similarity

def similarity(a: _Text, b: _Text, floor: float = 0.0, enough: float = 1.0) -> float:
    """How surely two renderings are one statement, in 0..1.

    Containment scores 1. Otherwise the best, over the full texts and over
    pairs of sentences, of the mean of partial_ratio (tolerates a fragment)
    and token_set_ratio (tolerates reordered translation). Scores below
    `floor` may be reported lower than they are, and the search stops once a
    score reaches `enough`: the caller only needs to know which band a pair
    falls in."""
    from rapidfuzz import fuzz

    if a.norm in b.padded or b.norm in a.padded:
        return 1.0 if a.norm and b.norm else 0.0

    def score(x: str, y: str) -> float:
        token_set = fuzz.token_set_ratio(x, y)
        # partial_ratio is the costly half: let it give up below the review band
        partial = fuzz.partial_ratio(x, y, score_cutoff=max(0.0, 200 * floor - token_set))
        return (partial + token_set) / 200

    best = score(a.norm, b.norm)
    if best < enough and (len(a.sentences) > 1 or len(b.sentences) > 1):
        for x, y in itertools.product(a.sentences or (a.norm,), b.sentences or (b.norm,)):
            best = max(best, score(x, y))
            if best >= enough:
                break
    return best


# --------------------------------------------------------------------------- candidates

def _keys(text: _Text, speaker: str | None) -> set[str]:
    """Blocking keys: content words, adjacent content-word pairs, and content
    words scoped to a named speaker (rarer, so they survive `max_df`)."""
    keys = set(text.content)
    keys.update(f"{x} {y}" for x, y in zip(text.content, text.content[1:]))
    if speaker is not None:
        keys.update(f"{speaker}|{w}" for w in text.content)
    return keys


def candidate_pairs(key_sets: list[set[str]], max_df: int, min_shared: int,
                    min_overlap: float = 0.0) -> np.ndarray:
    """Pairs (i < j) sharing at least `min_shared` keys held by 2..max_df
    quotations, and at least `min_overlap` of the smaller quotation's keys.
    Cost grows with the number of entries times `max_df`, not with the
    square of the corpus."""
    n = len(key_sets)
    ids: dict[str, int] = {}
    quote = np.repeat(np.arange(n, dtype=np.int64), [len(k) for k in key_sets])
    key = np.fromiter((ids.setdefault(k, len(ids)) for ks in key_sets for k in sorted(ks)),
                      dtype=np.int64, count=len(quote))
    if len(key) == 0:
        return np.empty((0, 2), dtype=np.int64)
    df = np.bincount(key)
    keep = (df[key] >= 2) & (df[key] <= max_df)
    quote, key = quote[keep], key[keep]
    order = np.lexsort((quote, key))
    quote, key = quote[order], key[order]
    codes = []
    start = np.arange(len(key))
    for offset in range(1, max_df):
        start = start[start + offset < len(key)]
        start = start[key[start + offset] == key[start]]
        if len(start) == 0:
            break
        codes.append(quote[start] * n + quote[start + offset])
    if not codes:
        return np.empty((0, 2), dtype=np.int64)
    pairs, counts = np.unique(np.concatenate(codes), return_counts=True)
    sizes = np.array([len(k) for k in key_sets])
    smaller = np.minimum(sizes[pairs // n], sizes[pairs % n])
    pairs = pairs[(counts >= min_shared) & (counts >= min_overlap * smaller)]
    return np.stack([pairs // n, pairs % n], axis=1)


# --------------------------------------------------------------------------- clustering

class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


@dataclass
class _Corpus:
    """The sorted quotations with everything the matcher needs per row."""

    frame: pd.DataFrame
    texts: list[_Text]
    speakers: list[str | None]  # None for wildcards
    names: list[str]            # folded speaker as given, wildcards included
    articles: list[str]
    kinds: list[str]            # direct | partial | indirect
    starts: list[int]
    ends: list[int]
    days: np.ndarray  # days since epoch; NaN when unknown


def _sorted_corpus(quotes: pd.DataFrame, options: Options) -> _Corpus:
    """Sort first, so ids and links do not depend on row order."""
    frame = quotes.copy()
    as_text = [frame[c].map(lambda v: "" if pd.isna(v) else str(v)).to_numpy(dtype=str)
               for c in ("date", "article_id", "text", "speaker")]
    as_int = [pd.to_numeric(frame[c], errors="coerce").fillna(-1).to_numpy() for c in ("start", "end")]
    date, article, text, speaker = as_text
    order = np.lexsort([speaker, text, as_int[1], as_int[0], article, date])
    frame = frame.iloc[order]
    texts = [_prepare(t if isinstance(t, str) else "", options) for t in frame["text"]]
    speakers = [speaker_key(s, g) for s, g in zip(frame["speaker"], frame["speaker_group"])]
    names = [_fold_name(s) if isinstance(s, str) else "" for s in frame["speaker"]]
    dates = pd.to_datetime(frame["date"], errors="coerce")
    days = ((dates - pd.Timestamp("1970-01-01")).dt.days).to_numpy(dtype=float, na_value=np.nan)
    return _Corpus(frame, texts, speakers, names, list(map(str, frame["article_id"])),
                   list(map(str, frame["type"])), as_int[0][order].tolist(), as_int[1][order].tolist(), days)


def _is_short(text: _Text, options: Options) -> bool:
    return text.n_words <= options.short_words


def _link_long(corpus: _Corpus, uf: _UnionFind, options: Options) -> list[tuple[int, int]]:
    """Link quotations longer than `short_words` by fuzzy similarity; return
    the near misses (pairs in the review band), to flag if left apart."""
    keys = [set() if _is_short(t, options) else _keys(t, s)
            for t, s in zip(corpus.texts, corpus.speakers)]
    near: list[tuple[int, int]] = []
    for i, j in candidate_pairs(keys, options.max_df, options.min_shared, options.min_overlap).tolist():
        same = _same_speaker(corpus.speakers[i], corpus.speakers[j])
        bar = options.cross_speaker if same is False else options.link
        low = options.link if same is False else options.review
        score = similarity(corpus.texts[i], corpus.texts[j], floor=low, enough=bar)
        if score >= bar:
            uf.union(i, j)
        elif score >= low:
            near.append((i, j))
    return near


def _link_continuations(corpus: _Corpus, uf: _UnionFind, options: Options) -> None:
    """A quoted passage that resumes within a few characters, with no
    attribution in between, is one quotation cut by a stray quote mark
    (‘drug networks that ... prison cells.\n\n‘They order killings ...).
    Reported speech is left out: an indirect clause followed by a direct
    quote is two statements."""
    c = corpus
    for i in range(1, len(c.texts)):
        same_article = c.articles[i] == c.articles[i - 1]
        quoted = "indirect" not in (c.kinds[i], c.kinds[i - 1])
        gap = c.starts[i] - c.ends[i - 1]
        if same_article and quoted and c.names[i] == c.names[i - 1] and 0 <= gap <= options.max_gap:
            uf.union(i - 1, i)


def _link_short(corpus: _Corpus, uf: _UnionFind, options: Options) -> None:
    """Join each short fragment ("white tsunami") to its exact duplicates and
    to the one longer quotation by the same named speaker that contains it
    word for word. One parent only, so a common phrase cannot bridge two
    statements. A fragment with a wildcard speaker joins only exact
    duplicates of two content words or more: "unacceptable" from nobody in
    particular proves nothing."""
    postings: dict[str, list[int]] = {}
    for i, text in enumerate(corpus.texts):
        for w in set(text.content):
            postings.setdefault(w, []).append(i)
    groups: dict[tuple[str | None, str], list[int]] = {}
    for i, text in enumerate(corpus.texts):
        if _is_short(text, options) and text.content:
            groups.setdefault((corpus.speakers[i], text.norm), []).append(i)
    for (speaker, norm), members in groups.items():
        first = corpus.texts[members[0]]
        if speaker is None:
            if len(first.content) >= 2:
                _join_duplicates(corpus, uf, members, options)
            continue
        rarest = min(first.content, key=lambda w: len(postings[w]))
        found = [j for j in postings[rarest]
                 if _same_speaker(speaker, corpus.speakers[j])
                 and f" {norm} " in corpus.texts[j].padded
                 and _within_window(corpus, members, j, options)]
        for j in found:
            if corpus.texts[j].norm == norm:
                uf.union(members[0], j)
        parents = [j for j in found if corpus.texts[j].n_words > first.n_words]
        if parents:
            uf.union(members[0], min(parents, key=lambda j: _parent_rank(corpus, members, j)))


def _join_duplicates(corpus: _Corpus, uf: _UnionFind, members: list[int], options: Options) -> None:
    for j in members[1:]:
        if _within_window(corpus, members[:1], j, options):
            uf.union(members[0], j)


def _within_window(corpus: _Corpus, members: list[int], j: int, options: Options) -> bool:
    gaps = np.abs(corpus.days[members] - corpus.days[j])
    return bool(np.isnan(gaps).any() or (gaps <= options.window_days).any())


def _parent_rank(corpus: _Corpus, members: list[int], j: int) -> tuple:
    """Prefer a parent in the same article, then the nearest in time, then
    the longest, then the first in sorted order."""
    articles = {corpus.articles[i] for i in members}
    gap = np.nanmin(np.abs(corpus.days[members] - corpus.days[j]), initial=np.inf)
    gap = 0.0 if np.isnan(gap) else gap
    return (corpus.articles[j] not in articles, gap, -corpus.texts[j].n_words, j)


# --------------------------------------------------------------------------- public API

def assign_statements(quotes: pd.DataFrame, **options: object) -> pd.DataFrame:
    """Give every quotation the id of the statement it renders.

    Returns a copy of `quotes` (columns of QUOTATION_COLUMNS) with
    `statement_id` filled, plus `statement_relation` (one of RELATIONS),
    `statement_similarity` (to the statement's canonical text, 0..1) and
    `statement_review` (a near miss that was not merged). Keyword options
    override the fields of `Options`. Ids derive from the canonical
    quotation's position and text, so they do not depend on row order, hash
    seed or sharding.
    """
    opts = Options(**options)  # type: ignore[arg-type]
    out = quotes.copy()
    for col in QUOTATION_COLUMNS:
        if col not in out.columns:
            out[col] = None
    if out.empty:
        return out.assign(statement_relation=pd.Series(dtype=object),
                          statement_similarity=pd.Series(dtype=float),
                          statement_review=pd.Series(dtype=bool))
    corpus = _sorted_corpus(out, opts)
    uf = _UnionFind(len(corpus.texts))
    near = _link_long(corpus, uf, opts)
    _link_continuations(corpus, uf, opts)
    _link_short(corpus, uf, opts)
    result = _describe(corpus, uf, near, opts)
    result.index = corpus.frame.index
    for col in ("statement_id", *STATEMENT_COLUMNS):
        out[col] = result[col].reindex(out.index)
    out["statement_review"] = out["statement_review"].astype(bool)
    return out


def _describe(corpus: _Corpus, uf: _UnionFind, near: list[tuple[int, int]], options: Options) -> pd.DataFrame:
    """Pick each statement's canonical rendering and describe every member."""
    texts = corpus.texts
    members: dict[int, list[int]] = {}
    for i in range(len(texts)):
        members.setdefault(uf.find(i), []).append(i)
    ids, relations, scores = [""] * len(texts), [""] * len(texts), [0.0] * len(texts)
    for group in members.values():
        canon = max(group, key=lambda i: (corpus.kinds[i] == "direct", texts[i].n_words, -i))
        sid = _statement_id(corpus, canon)
        for i in group:
            ids[i] = sid
            scores[i] = 1.0 if i == canon else similarity(texts[i], texts[canon])
            relations[i] = _relation(i, canon, corpus, options)
    flagged = {k for i, j in near if uf.find(i) != uf.find(j) for k in (i, j)}
    review = [i in flagged for i in range(len(texts))]
    return pd.DataFrame({"statement_id": ids, "statement_relation": relations,
                         "statement_similarity": scores, "statement_review": review})


def _relation(i: int, canon: int, corpus: _Corpus, options: Options) -> str:
    texts = corpus.texts
    if i == canon:
        return "canonical"
    if texts[i].norm != texts[canon].norm and (
            texts[i].norm in texts[canon].padded or _is_short(texts[i], options)):
        return "fragment"
    if corpus.kinds[i] == "indirect":
        return "paraphrase"
    return "translation variant"


def _statement_id(corpus: _Corpus, canon: int) -> str:
    text = corpus.texts[canon].raw
    key = "\x1f".join(map(str, (corpus.articles[canon], corpus.starts[canon], corpus.ends[canon], text)))
    return "st-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def statements_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per statement: who said it, its canonical text, and where it
    was quoted. Accepts the output of `assign_statements` (or assigns first)."""
    if "statement_relation" not in quotes.columns:
        quotes = assign_statements(quotes)
    groups: dict[str, list[dict]] = {}
    for r in quotes[list(_TABLE_INPUT)].to_dict("records"):  # plain records: per-group pandas is slow
        groups.setdefault(r["statement_id"], []).append(r)
    rows = [_table_row(sid, groups[sid]) for sid in sorted(groups)]
    return pd.DataFrame(rows, columns=list(TABLE_COLUMNS))


_TABLE_INPUT = ("statement_id", "statement_relation", "statement_review", "speaker", "speaker_group",
                "text", "source", "date", "article_id", "start")


def _table_row(sid: str, group: list[dict]) -> dict:
    canon = next((r for r in group if r["statement_relation"] == "canonical"),
                 max(group, key=lambda r: len(str(r["text"]))))
    named = [r for r in group if speaker_key(r["speaker"], r["speaker_group"]) is not None]
    speaker_row = canon if speaker_key(canon["speaker"], canon["speaker_group"]) or not named \
        else min(named, key=reading_order)
    sources = sorted({s for s in (r["source"] for r in group) if isinstance(s, str) and s})
    dates = [d for d in (r["date"] for r in group) if isinstance(d, str) and d]
    return {"statement_id": sid, "speaker": speaker_row["speaker"],
            "speaker_group": speaker_row["speaker_group"], "canonical_text": canon["text"],
            "n_quotations": len(group), "n_articles": len({r["article_id"] for r in group}),
            "n_sources": len(sources), "sources": "; ".join(sources),
            "first_date": min(dates) if dates else None,
            "has_review": any(bool(r["statement_review"]) for r in group if not pd.isna(r["statement_review"]))}


def reading_order(r: dict) -> tuple:
    """Sort key for quotation records: (date, article, offset), undated last,
    as sort_values would. Dates may be ISO strings or Timestamps, as long as
    one list holds one kind."""
    date = r["date"]
    undated = pd.isna(date)
    return (undated, "" if undated else date, str(r["article_id"]), int(r["start"]))
