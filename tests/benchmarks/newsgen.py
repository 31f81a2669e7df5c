"""A synthetic news corpus whose vocabulary behaves like real news.

The benchmark divides extraction time by tokenizer time, so the corpus must
give spaCy's tokenizer the work real news gives it. spaCy caches the split
of every whitespace-separated chunk it has seen; a corpus that recombines a
few hundred sentences is answered from that cache at several million words
a second, which no real corpus is. Real news has a long tail: names,
numbers, dates, hyphenated compounds, punctuation glued to words.

This generator draws words from a Zipf-shaped vocabulary (s = 1: real
English function words at the top ranks, generated words below them), adds
per-article casts of generated people and organisations, numbers, money,
percentages, dates and times, possessives, contractions, hyphenated words
and punctuation glued to words, and writes articles of about 700 words in
short paragraphs with quotations of every shape the extractor handles:
direct (cue after, before, inverted, split by its attribution, several
sentences long, single or double, curly or straight marks), partial,
indirect ("X said (that) ...", "..., a source told ...") and "according
to". It is deterministic for a given seed.

Calibration against PolNeAR train (real 2016 US news, read only through
QUOTES_BENCH_CORPUS; see docs/performance.md): distinct whitespace chunks
per word, the share of the commonest words, capitalised/digit/punctuated
chunk shares, tokens per word, quotation density and tokenizer words/s.
"""
from __future__ import annotations

import itertools
import random
from bisect import bisect_right

from quotes.model import Article

#: English words by rough news frequency (top ranks of the Zipf table).
COMMON = (
    "the of to and a in that for is on was with he it as at by said his from be have has "
    "an are not but this had who they were would will been their more i about which we or "
    "after one also its new out up than two there when if all into can over last year people "
    "what could first time years some other so just no only like most state campaign against "
    "before because president because many even now during former while three million our "
    "percent back where since being may should any told those them make how then much well "
    "including called just still under between such week made government both through these "
    "according off going get says did down re her she told day way very too around public "
    "long high part right use group officials political support law party national house"
).split()
OPENERS = ("the", "the", "the", "he", "she", "but", "in", "it", "a", "that", "they", "this", "and",
           "on", "we", "at", "i", "if", "as", "for", "when", "there", "after", "one", "some")
SYLLABLES = ("ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go gu ha he hi ho "
             "ja jo ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu "
             "ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo wa we wi ya yo za ze zo "
             "bar ber cor dan del fen gar han ker lan mar mon nor par por ran ren sal sen tar "
             "ter ton val ver wen").split()
ENDINGS = ("", "", "", "", "", "", "s", "s", "ed", "ing", "er", "ly", "al", "ic")
FORENAME_ENDINGS = ("", "a", "o", "an", "el", "ie", "y", "us", "ine")
SURNAME_ENDINGS = ("", "son", "er", "man", "ez", "ski", "ton", "ley", "ard", "ini", "berg", "ov")
ROLES = ("senator", "spokesman", "spokeswoman", "governor", "mayor", "campaign manager",
         "minister", "lawmaker", "official", "adviser", "chairman", "director", "lawyer")
ORG_HEADS = ("Party", "Committee", "Institute", "Agency", "Department", "Council", "Foundation",
             "Association", "Times", "Post", "University", "Ministry")
ANONYMOUS = ("a source close to the campaign", "a senior official", "people familiar with the talks",
             "an aide who asked not to be named", "a police source", "two officials")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CUES_AFTER = ("said", "said", "said", "says", "told reporters", "added", "wrote", "warned",
              "explained", "insisted", "told CNN", "said in a statement", "said on Twitter")
CUES_THAT = ("said", "said", "told reporters", "argued", "claimed", "warned", "insisted", "announced",
             "noted", "believes", "suggested", "acknowledged")
#: (open, close) pairs an outlet may use; the inner quote takes the other family.
STYLES = (("“", "”", "‘", "’"), ('"', '"', "'", "'"), ("“", "”", "‘", "’"), ("«", "»", "“", "”"))


def _words(rng: random.Random, n: int, min_syl: int, max_syl: int, endings, banned: set[str]) -> list[str]:
    out: dict[str, None] = {}
    while len(out) < n:
        w = "".join(rng.choices(SYLLABLES, k=rng.randint(min_syl, max_syl))) + rng.choice(endings)
        if w not in banned:
            out[w] = None
    return list(out)


class NewsGenerator:
    """Draws news-like sentences; one instance per corpus (seeded)."""

    def __init__(self, seed: int = 0, vocabulary: int = 16_000, exponent: float = 1.0) -> None:
        from quotes import lexicon

        rng = self.rng = random.Random(seed)
        lex = lexicon.mentions()
        banned = set(COMMON) | set(lexicon.cues().by_form)
        for name in ("honorifics", "titles", "speaker_nouns", "pronouns", "relatives", "determiners",
                     "boundaries", "between_subject_and_cue", "place_prepositions", "place_nouns"):
            banned |= set(getattr(lex, name))
        self.vocab = list(dict.fromkeys(COMMON)) + _words(rng, vocabulary, 1, 3, ENDINGS, banned)
        self.cum = list(itertools.accumulate(1.0 / (r + 1) ** exponent for r in range(len(self.vocab))))
        forenames = [w.capitalize() for w in _words(rng, 2_000, 1, 3, FORENAME_ENDINGS, banned)]
        surnames = [w.capitalize() for w in _words(rng, 10_000, 1, 3, SURNAME_ENDINGS, banned)]
        self.forenames, self.surnames = forenames, surnames
        self.fore_cum = list(itertools.accumulate(1.0 / (r + 1) ** 0.8 for r in range(len(forenames))))
        self.sur_cum = list(itertools.accumulate(1.0 / (r + 1) ** 0.7 for r in range(len(surnames))))
        self.places = [w.capitalize() for w in _words(rng, 2_000, 2, 3, ("", "ia", "ville", "burg", "a"), banned)]

    # --- vocabulary -------------------------------------------------------

    def word(self) -> str:
        return self.vocab[bisect_right(self.cum, self.rng.random() * self.cum[-1])]

    def person(self) -> tuple[str, str]:
        rng = self.rng
        first = self.forenames[bisect_right(self.fore_cum, rng.random() * self.fore_cum[-1])]
        last = self.surnames[bisect_right(self.sur_cum, rng.random() * self.sur_cum[-1])]
        if rng.random() < 0.1:
            first += f" {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        return first, last

    def number(self) -> str:
        rng = self.rng
        kind = rng.randrange(10)
        if kind == 0:
            return f"{rng.randint(1, 999):,}" if rng.random() < 0.5 else f"{rng.randint(1000, 999_999):,}"
        if kind == 1:
            return f"${rng.randint(1, 999)}.{rng.randint(0, 9)} {rng.choice(('million', 'billion'))}"
        if kind == 2:
            return f"{rng.randint(1, 99)}{rng.choice(('%', ' percent', '.5%'))}"
        if kind == 3:
            return str(rng.randint(1950, 2017))
        if kind == 4:
            return f"{rng.choice(MONTHS)} {rng.randint(1, 31)}"
        if kind == 5:
            return f"{rng.choice(MONTHS)} {rng.randint(1, 31)}, {rng.randint(1990, 2016)}"
        if kind == 6:
            return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('a.m.', 'p.m.'))}"
        if kind == 7:
            return f"{rng.randint(2, 60)}-year-old"
        if kind == 8:
            return rng.choice(WEEKDAYS)
        return str(rng.randint(2, 99))

    def clause(self, n: int, cast: list[tuple[str, str]]) -> str:
        """`n` words of reporter prose, lower-case start, no final stop."""
        rng = self.rng
        out: list[str] = []
        while len(out) < n:
            r = rng.random()
            if r < 0.016:
                out.append(self.number())
            elif r < 0.056:
                first, last = rng.choice(cast)
                out.append(rng.choice((f"{first} {last}", last, last, f"{last}'s", f"{last}’s")))
            elif r < 0.08:
                out.append(rng.choice(self.places) if rng.random() < 0.6 else
                           f"{rng.choice(self.places)} {rng.choice(ORG_HEADS)}")
            elif r < 0.087:
                out.append(f"{self.word()}-{self.word()}")
            elif r < 0.094:
                out.append(rng.choice(("didn't", "don't", "it's", "won't", "can't", "isn't", "we're")))
            elif r < 0.097 and len(out) + 3 < n:
                out.append(f"({self.word()} {self.word()})")
            else:
                out.append(self.word())
            if rng.random() < 0.045 and len(out) < n:
                out[-1] += rng.choice((",", ",", ",", ";", ":", " --", " —"))
        return " ".join(out)

    def sentence(self, cast, lo: int = 10, hi: int = 34) -> str:
        text = self.clause(self.rng.randint(lo, hi), cast)
        if self.rng.random() < 0.5:  # news sentences mostly open with a common word
            text = f"{self.rng.choice(OPENERS)} {text}"
        return text[0].upper() + text[1:] + self.rng.choice((".", ".", ".", ".", ".", "?"))

    # --- quotations -------------------------------------------------------

    def speaker(self, cast, org: str) -> tuple[str, str]:
        """(full mention, short mention) of someone in the article's cast."""
        rng = self.rng
        first, last = rng.choice(cast)
        r = rng.random()
        if r < 0.3:
            return f"{first} {last}", last
        if r < 0.5:
            return f"{first} {last}, the {org} {rng.choice(ROLES)},", last
        if r < 0.65:
            return f"{rng.choice(ROLES).capitalize()} {first} {last}", rng.choice(("he", "she"))
        if r < 0.8:
            return f"the {rng.choice(ROLES)}", rng.choice(("he", "she"))
        return last, rng.choice(("he", "she", last))

    def quotation(self, cast, org: str, style) -> str:
        rng = self.rng
        o, c, io, ic = style
        full, short = self.speaker(cast, org)
        cue = rng.choice(CUES_AFTER)
        inner = self.sentence(cast, 6, 22)
        body = inner[:-1]
        if rng.random() < 0.1:  # a nested quote
            words = body.split()
            k = rng.randrange(1, max(2, len(words) - 3))
            body = " ".join(words[:k] + [io + " ".join(words[k:k + 3]) + ic] + words[k + 3:])
        kind = rng.randrange(14)
        if kind <= 1:  # "…," X said.
            return f"{o}{body},{c} {full} {cue}."
        if kind == 2:  # "…," said X.
            return f"{o}{body},{c} {cue} {full}."
        if kind == 3:  # X said: "…"
            return f"{full[0].upper() + full[1:]} {cue}: {o}{inner}{c}"
        if kind == 4:  # split by the attribution
            return f"{o}{body},{c} {short} {cue}. {o}{self.sentence(cast, 6, 20)}{c}"
        if kind == 5:  # several sentences, then the cue
            return f"{o}{inner} {self.sentence(cast, 6, 18)[:-1]},{c} {full} {cue}."
        if kind <= 7:  # partial
            frag = self.clause(rng.randint(2, 6), cast)
            return (f"{full[0].upper() + full[1:]} {rng.choice(('called it', 'described the plan as', 'said it was'))} "
                    f"{o}{frag}{c} and {self.clause(rng.randint(4, 10), cast)}.")
        if kind <= 10:  # X said (that) …
            that = rng.choice(("that ", ""))
            return (f"{full[0].upper() + full[1:]} {rng.choice(CUES_THAT)} {that}"
                    f"{rng.choice(('the', 'his', 'her', 'they', 'it'))} {self.clause(rng.randint(5, 14), cast)} "
                    f"{rng.choice(('was', 'would', 'had', 'is', 'will'))} {self.clause(rng.randint(3, 10), cast)}.")
        if kind == 11:  # …, a source told …
            return (f"{self.sentence(cast, 8, 20)[:-1]}, {rng.choice(ANONYMOUS)} "
                    f"{rng.choice(('told Reuters', 'said', 'told the Post', 'told reporters'))}.")
        if kind == 12:  # According to X, …
            return f"According to {full.rstrip(',')}, the {self.clause(rng.randint(6, 16), cast)}."
        return f"The {self.clause(rng.randint(6, 16), cast)}, according to {rng.choice(ANONYMOUS)}."

    def article(self, n_words: int) -> str:
        rng = self.rng
        cast = [self.person() for _ in range(rng.randint(2, 5))]
        org = f"{rng.choice(self.places)} {rng.choice(ORG_HEADS)}"
        style = rng.choice(STYLES)
        paras: list[str] = []
        words = 0
        while words < n_words:
            sents = [self.quotation(cast, org, style) if rng.random() < 0.42 else self.sentence(cast)
                     for _ in range(rng.choice((1, 1, 2, 2, 2, 3)))]
            para = " ".join(sents)
            paras.append(para)
            words += len(para.split())
        return "\n\n".join(paras)


def news_articles(n_words: int, seed: int = 0, **calibration) -> list[Article]:
    """About `n_words` words of articles of 300 to 1,200 words each."""
    gen = NewsGenerator(seed, **calibration)
    articles: list[Article] = []
    words = 0
    while words < n_words:
        text = gen.article(gen.rng.randint(300, 1_200))
        n = len(articles)
        articles.append(Article(id=f"news{n:06d}", text=text, source=f"Outlet {n % 7}",
                                date=f"2016-10-{1 + n % 28:02d}"))
        words += len(text.split())
    return articles
