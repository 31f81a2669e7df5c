"""One canonical speaker per person or body, within and across articles.

Inside an article, a pronoun ("he told reporters", "According to him")
refers to the last person named before it, a role ("the justice minister")
to the person who holds it there, and a surname to the full name used
elsewhere in the article. Across articles, every spelling of one name
(Gérald / Gerald Darmanin, Darmanin) folds into the commonest full form,
and a registry file (corpus/speakers.toml) can fix names, aliases, roles and
groups for the speakers a study cares about.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from quotes import gender, lexicon
from quotes.mentions import Mention

REGISTRY_NAME = "speakers.toml"


#: Words that start what follows a title's head: "senator from Texas", "minister of justice".
ROLE_POSTMODIFIERS = frozenset({"of", "for", "from", "at", "in", "to", "on", "with"})


@lru_cache(maxsize=1 << 16)
def fold(text: str | None) -> str:
    """Compare names the way a reader does: no accents, case, possessives
    or hyphens ("France’s anti-terrorism" = "frances antiterrorism")."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"(?<=\w)[-‐‑](?=\w)", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as resolved inside one article."""

    name: str
    kind: str  # person, org, group, anonymous, role
    role: str | None = None


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    name: str
    group: str | None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass
class Registry:
    """Known speakers: canonical names, aliases, roles and groups."""

    entries: list[RegistryEntry] = field(default_factory=list)
    path: Path | None = None
    _by_alias: dict[str, RegistryEntry] = field(default_factory=dict)
    _by_role: dict[str, RegistryEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in self.entries:
            for alias in (e.name, *e.aliases):
                self._by_alias.setdefault(fold(alias), e)
            for role in e.roles:
                self._by_role.setdefault(fold(_strip_det(role)), e)

    @classmethod
    def load(cls, path: Path | None) -> "Registry":
        if path is None:
            return cls()
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        entries = [RegistryEntry(name=s["name"], group=s.get("group"), aliases=tuple(s.get("aliases", ())),
                                 roles=tuple(s.get("roles", ()))) for s in data.get("speaker", [])]
        return cls(entries, path)

    def lookup(self, text: str | None, *, roles: bool = False) -> RegistryEntry | None:
        """Match a name or description, also without leading words
        ("France's national antiterrorism prosecutor's office")."""
        words = fold(text).split()
        table = self._by_role if roles else self._by_alias
        for i in range(len(words)):
            hit = table.get(" ".join(words[i:]))
            if hit is not None:
                return hit
            if not roles:
                break  # names match whole; descriptions may drop a leading "France's"
        return None

    def lookup_description(self, text: str | None, *, roles: bool = True) -> RegistryEntry | None:
        """A description names a known speaker when it ends with one of its
        aliases or roles ("France's national antiterrorism prosecutor's
        office"), or holds a several-word alias ("the UFAP-UNSa Justice union")."""
        words = fold(text).split()
        for i in range(len(words)):
            key = " ".join(words[i:])
            hit = self._by_alias.get(key) or (self._by_role.get(key) if roles else None)
            if hit is not None:
                return hit
        for size in range(len(words) - 1, 1, -1):
            for i in range(len(words) - size + 1):
                hit = self._by_alias.get(" ".join(words[i:i + size]))
                if hit is not None:
                    return hit
        return None


def find_registry(inputs: list[Path], explicit: Path | None = None) -> Path | None:
    """--speakers, else speakers.toml beside the corpus, else ./corpus/speakers.toml."""
    if explicit is not None:
        return explicit
    for p in inputs:
        folder = p if p.is_dir() else p.parent
        if (folder / REGISTRY_NAME).is_file():
            return folder / REGISTRY_NAME
    local = Path("corpus") / REGISTRY_NAME
    return local if local.is_file() else None


# --- inside one article --------------------------------------------------------

@dataclass(frozen=True)
class Salience:
    """Which timeline mentions a reader takes as a sentence's subject, and
    each mention's sentence: a pronoun prefers the subject of the sentence
    it finds its antecedent in ("Gene Sperling … hired Ms. Brainard … under
    Bill Clinton. He said …" means Sperling)."""

    sentence_of: dict[int, int]  # a mention's start -> its sentence's start
    subjects: frozenset[int]  # starts of mentions that open their sentence or speak in it


def salience(text: str, breaks: list[int], timeline: list[Mention], speakers: list[Mention]) -> Salience:
    """The Salience of an article's timeline (`breaks`: where its sentences
    start): the first mention of a sentence is its subject when only a
    title, an article or a fronted phrase stands before it; a quotation's
    speaker is always salient."""
    sentence_of: dict[int, int] = {}
    subjects = {m.start for m in speakers}
    opened: set[int] = set()  # sentences whose first mention has been seen
    asking = lexicon.mentions().asking_verbs
    for m in timeline:
        start = breaks[max(bisect_right(breaks, m.start) - 1, 0)]
        sentence_of[m.start] = start
        if start not in opened:
            opened.add(start)
            if _subject_prefix(text[start:m.start]):
                subjects.add(m.start)
        if _word_before(text, start, m.start) in asking:
            subjects.add(m.start)  # "Conroy asked Sanders whether …": the one asked answers next
    return Salience(sentence_of, frozenset(subjects))


def _word_before(text: str, start: int, at: int) -> str:
    """The word before offset `at`, lower-cased, within the sentence that begins at `start`."""
    words = text[max(start, at - 20):at].split()
    return words[-1].lower() if words else ""


def _subject_prefix(prefix: str) -> bool:
    """May `prefix`, the words of a sentence before its first mention,
    stand before the sentence's subject? Titles, capitalised words and
    articles may ("Former President", "The", "Democratic presidential
    candidate"), after a fronted phrase closed by a comma ("Last month,
    reporter …"); a clause opener or a preposition ("When Mr. Trump tried
    …", "After meeting Obama") makes the mention no subject."""
    head, comma, rest = prefix.rpartition(",")
    fronted = bool(comma) and len(head) <= 80 and "\n" not in head
    words = (rest if fronted else prefix).strip(" \"“‘'\n").split()
    lex = lexicon.mentions()
    if words and not fronted and (words[0].lower() in lex.clause_openers or words[0].lower() in lex.name_preceders):
        return False
    return all(w[:1].isupper() or w.lower() in lex.titles or w.lower() in {"the", "a", "an"} for w in words)


def resolve_article(mentions: list[Mention | None], timeline: list[Mention],
                    inherited: list[int | None], salient: Salience | None = None) -> list[Speaker | None]:
    """Resolve each quotation's mention to a speaker of the article.

    `timeline` holds every mention of a possible speaker in text order
    (outside quotations); pronouns look back along it, preferring the
    subject of a sentence (`salient`) to the last person named.
    """
    everyone = timeline + [m for m in mentions if m]
    full_names = _full_names(everyone)
    roles = _roles(everyone)
    gendered = any(m is not None and m.kind == "pronoun" and gender.of_pronoun(m.text) for m in mentions)
    surnames = gender.by_key((_surname(m), _gender(m)) for m in everyone
                             if m.kind == "person" and m.name) if gendered else {}
    out: list[Speaker | None] = []
    for i, m in enumerate(mentions):
        if m is None:
            j = inherited[i]
            out.append(out[j] if j is not None and j < len(out) else None)
            continue
        if m.kind == "pronoun":
            m = _antecedent(m, timeline, surnames, salient)
        out.append(_resolve(m, timeline, full_names, roles, surnames) if m is not None else None)
    return out


def _resolve(m: Mention, timeline: list[Mention], full_names: dict[str, str],
             roles: list[tuple[str, Mention]], surnames: dict[str, str]) -> Speaker | None:
    if m.kind == "person" and m.name:
        full = full_names.get(fold(m.name.split()[-1]), m.name) if len(m.name.split()) == 1 else m.name
        return Speaker(full if _may_be(m.role, full) else m.name, "person", m.role)
    if m.kind == "org" and m.name:
        return Speaker(m.name, "org", m.role)
    if m.kind == "role":
        holder = _role_holder(m, roles)
        if holder is not None:
            return _resolve(holder, timeline, full_names, roles, surnames)
        return Speaker(_plain(m.role or m.text), "role", m.role)
    if m.kind in ("group", "anonymous"):
        return Speaker(_plain(m.role or m.text), m.kind, m.role)
    return None


def _antecedent(m: Mention, timeline: list[Mention], surnames: dict[str, str],
                salient: Salience | None = None) -> Mention | None:
    """The last mention before the pronoun that it can refer to: "he"
    passes over "Hillary Clinton" and "Mrs. Clinton" (`surnames` gives a
    bare surname the gender its fuller mentions show), and over a person
    named later in a sentence whose subject it can refer to (`salient`)."""
    want_person = not m.plural and m.text.lower() not in {"it", "which"}
    want_gender = gender.of_pronoun(m.text)
    before = bisect_right(timeline, m.start, key=lambda t: t.start)
    last: Mention | None = None  # the last person named that the pronoun agrees with
    for i in range(before - 1, -1, -1):
        cand = timeline[i]
        if cand.end > m.start:
            continue
        if cand.kind == "pronoun":
            continue
        if want_person and cand.kind in ("person", "role"):
            if want_gender is not None and _gender(cand, surnames) not in (None, want_gender) \
                    or cand.kind == "person" and _surname(cand) in _group_words():
                continue  # "he" is not Hillary Clinton, nor "Tea Party Republicans"
            if salient is None:
                return cand
            if last is not None and salient.sentence_of.get(cand.start) != salient.sentence_of.get(last.start):
                return last  # no subject before it in its sentence
            if cand.start in salient.subjects:
                return cand
            last = last or cand
            continue
        if last is not None:
            continue
        if not want_person and (cand.plural or cand.kind in ("org", "group")) and m.text.lower() != "it":
            return cand
        if m.text.lower() == "it" and cand.kind == "org":
            return cand
    return last


def _surname(m: Mention) -> str:
    return fold(m.name.split()[-1]) if m.name else ""


def _gender(m: Mention, surnames: dict[str, str] | None = None) -> str | None:
    """The gender a mention shows by its honorific, role noun or first name
    ("Mrs. Clinton", "the spokeswoman", "Hillary Clinton"), else, for a
    bare surname, the one `surnames` gives it in this article (but
    "Rakeyia Scott" is no man because "Keith Scott" is)."""
    words = m.role if m.role else m.text if m.kind == "role" else ""
    names = m.name.split() if m.kind == "person" and m.name else []
    found = _shown_gender(words, names[0] if len(names) > 1 else "")
    if found is None and len(names) == 1 and surnames:
        return surnames.get(_surname(m))
    return found


@lru_cache(maxsize=1 << 14)
def _shown_gender(words: str, first_name: str) -> str | None:
    """gender.of_words on a mention's words and first name, folded; kept
    per spelling, since a pronoun's search meets the same mentions again."""
    return gender.of_words(map(fold, words.split()), fold(first_name) or None)


def _may_be(role: str | None, full_name: str) -> bool:
    """May a surname with this role ("Mr.", "spokeswoman") be short for
    `full_name`? Not when the two show different genders: "Mr. Kaplan" is
    not Roberta Kaplan."""
    names = full_name.split()
    if not role or len(names) < 2:
        return True
    shown = _shown_gender(role, "")
    return shown is None or _shown_gender("", names[0]) in (None, shown)


def _full_names(mentions: list[Mention]) -> dict[str, str]:
    """Surname -> the longest full name with it in the article."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind == "person" and m.name and len(m.name.split()) > 1:
            key = fold(m.name.split()[-1])
            if len(m.name) > len(out.get(key, "")):
                out[key] = m.name
    return out


def _roles(mentions: list[Mention]) -> list[tuple[str, Mention]]:
    return [(fold(_strip_det(m.role)), m) for m in mentions if m.kind == "person" and m.role]


def _role_holder(m: Mention, roles: list[tuple[str, Mention]]) -> Mention | None:
    """"the justice minister" -> the person introduced as Justice Minister;
    "the minister" -> the last person with a minister's title."""
    want = fold(_strip_det(m.role or m.text)).split()
    if not want:
        return None
    best = None
    for role, holder in roles:
        have = role.split()
        if have[-len(want):] == want or (len(want) == 1 and _heads(want[0], have)):
            if holder.start < m.start or best is None:
                best = holder
    return best


def _heads(word: str, role: list[str]) -> bool:
    """`minister` heads "justice minister" and `senator` heads "senator from
    Texas", but `campaign` does not head "campaign adviser": a modifier in
    someone's title does not make them "the campaign"."""
    if word not in role:
        return False
    rest = role[role.index(word) + 1:]
    return not rest or rest[0] in ROLE_POSTMODIFIERS


def _strip_det(text: str | None) -> str:
    words = (text or "").split()
    dets = lexicon.mentions().determiners | {"another"}
    keep = {"in", "of", "who", "that"} | lexicon.mentions().poll_participles
    while len(words) > 1 and words[0].lower() in dets and words[1].lower() not in keep:
        words = words[1:]  # but "three in 10", "one of the officers", "those who …" keep their first word
    return " ".join(words)


def _plain(text: str) -> str:
    """Descriptions fold a sentence-initial capital so "Staff unions" =
    "staff unions"; names inside them keep their case (UFAP-UNSa, and
    "Ivana Trump's brief", whose first word begins a name)."""
    words = _strip_det(text).split() or text.split()  # "Some believe": the quantifier is the speaker
    named = len(words) > 1 and words[1][:1].isupper() or \
        len(words) > 2 and words[1] in {"of", "for"} and words[2][:1].isupper()  # "Department of Justice"
    possessor = words and words[0].endswith(("'s", "’s"))  # "Trump's lawyer": a name owns the role
    if words and words[0][:1].isupper() and words[0][1:].islower() and not named and not possessor:
        words[0] = words[0].lower()
    return " ".join(words)


# --- across the corpus ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Canonical:
    name: str
    group: str


def canonicalise(speakers: list[Speaker | None], registry: Registry) -> list[Canonical | None]:
    """Fold every article's speakers into corpus-wide canonical names and groups."""
    person_names = _person_canon([s for s in speakers if s and s.kind == "person"])
    # A registry role ("prosecutors", "the minister") stands for its speaker only
    # in a corpus that names that speaker: run on other news, the seed study's
    # registry must not turn "former prosecutors" into the French prosecutor's office.
    by_name = [_named_entry(s, registry, person_names) if s is not None else None for s in speakers]
    named = {e.name for e in by_name if e is not None}
    out: list[Canonical | None] = []
    for s, entry in zip(speakers, by_name):
        if s is None:
            out.append(None)
            continue
        if entry is None and s.kind != "person":
            entry = registry.lookup_description(s.name)
            entry = entry if entry is not None and entry.name in named else None
        if entry is not None:
            out.append(Canonical(entry.name, entry.group or default_group(s)))
            continue
        name = person_names.get(fold(s.name), s.name) if s.kind == "person" else s.name
        out.append(Canonical(name if _may_be(s.role, name) else s.name, default_group(s)))
    return _one_group_per_speaker(out)


def _named_entry(s: Speaker, registry: Registry, person_names: dict[str, str]) -> RegistryEntry | None:
    """The registry entry a speaker names by its name or an alias."""
    if s.kind in ("person", "org"):
        entry = registry.lookup(s.name)
        if entry is None and s.kind == "person":
            entry = registry.lookup(person_names.get(fold(s.name), s.name))
        if entry is not None or s.kind == "person":
            return entry
    return registry.lookup_description(s.name, roles=False)


def _one_group_per_speaker(found: list[Canonical | None]) -> list[Canonical | None]:
    """A speaker's group is the one its titles gave most often: "Justice
    Minister Darmanin" in one article makes plain "Darmanin" government too."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in found:
        if c is not None and c.group != "other":
            votes[c.name][c.group] += 1
    order = {g: i for i, g in enumerate(lexicon.groups().order)}
    best = {name: min(v, key=lambda g: (-v[g], order.get(g, 99), g)) for name, v in votes.items()}
    return [Canonical(c.name, best.get(c.name, c.group)) if c is not None else None for c in found]


def _person_canon(persons: list[Speaker]) -> dict[str, str]:
    """folded name -> canonical spelling, folding surnames onto full names."""
    counts = Counter(p.name for p in persons)
    by_fold: dict[str, Counter] = defaultdict(Counter)
    for name, n in counts.items():
        by_fold[fold(name)][name] += n
    spelling = {k: max(c, key=lambda v: (c[v], sum(ord(ch) > 127 for ch in v), v)) for k, c in by_fold.items()}
    by_surname: dict[str, Counter] = defaultdict(Counter)
    for k in spelling:
        if len(k.split()) > 1 and k.split()[0] not in NOT_GIVEN_NAMES:
            by_surname[k.split()[-1]][k] += sum(by_fold[k].values())
    out = dict(spelling)
    groups = _group_words()
    for k in spelling:
        if len(k.split()) == 1 and k in by_surname and k not in groups:
            full = by_surname[k].most_common(1)[0][0]
            out[k] = spelling[full]
    return out


#: First words of a misread "full name" that no surname is folded onto ("For Democrats", "In Iowa Trump").
NOT_GIVEN_NAMES = frozenset({"for", "in", "with", "on", "at", "by", "from", "of", "to", "and", "the", "a", "an",
                             "as", "after", "before", "when", "while", "if", "but"})


@cache
def _group_words() -> frozenset[str]:
    """Words that name a group ("Republicans", "Democrats"): never a surname
    to fold onto a person ("Establishment Republicans")."""
    return frozenset(fold(k) for words in lexicon.groups().keywords.values() for k in words if " " not in k)


def default_group(s: Speaker) -> str:
    """The first group whose keywords appear in the speaker's name or role."""
    if s.kind == "anonymous":
        return "anonymous"
    haystack = f" {fold(s.name)} {fold(s.role)} "
    g = lexicon.groups()
    for group in g.order:
        if any(f" {fold(k)} " in haystack for k in g.keywords.get(group, ())):
            return group
    return "other"
