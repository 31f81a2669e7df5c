"""The word lists behind detection and attribution, loaded from data files.

Rules a journalist may want to extend (cue verbs, titles, group keywords)
live in `quotes/data/*.toml`; this module turns them into the frozen sets
and maps the rules use, once per process.
"""
from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

CUE_CLASSES = ("clause", "that", "quote", "as")

#: What counts as a quotation. "statements" (the default) is what a speaker
#: said, with a quoted fragment as quoted: the seed corpus's annotation.
#: "attributions" is every attribution relation in the sense of PARC and
#: PolNeAR: intentions, commitments and stances too ("vowed to …", "called
#: for …"), and a quoted fragment reported with its whole clause.
SCOPES = ("statements", "attributions")

_SCOPE: ContextVar[str] = ContextVar("quotes_scope", default="statements")


def check_scope(name: str) -> str:
    """`name` if it is a scope, else a ValueError that lists the scopes."""
    if name not in SCOPES:
        raise ValueError(f"unknown scope {name!r}: use one of {', '.join(SCOPES)}")
    return name


@contextmanager
def scope(name: str) -> Iterator[None]:
    """Run the rules inside under scope `name`: the pipeline's components
    set it around their work, so the rules read `cues()` without passing
    the scope through every call."""
    token = _SCOPE.set(check_scope(name))
    try:
        yield
    finally:
        _SCOPE.reset(token)


def _load(name: str) -> dict:
    with resources.files("quotes.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


def inflect(lemma: str) -> set[str]:
    """Regular English verb forms: say -> say, says, sayed, saying.

    Irregular and doubled forms are listed in cues.toml instead, so a wrong
    regular guess ("sayed") is harmless: it never occurs in text.
    """
    forms = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms.update({lemma + "d", lemma[:-1] + "ing"})
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.update({lemma[:-1] + "ied", lemma + "ing"})
    else:
        forms.update({lemma + "ed", lemma + "ing"})
    return forms


@dataclass(frozen=True)
class Cues:
    """Cue word forms by class, and the collocations that are not speech."""

    by_form: dict[str, frozenset[str]]  # form -> classes it belongs to
    lemma_of: dict[str, str]  # form -> lemma
    source_after: tuple[str, ...]  # "according to": the speaker follows
    phrases: tuple[str, ...]  # multi-word cues that behave like "said"
    not_speech_after: dict[str, frozenset[str]]  # lemma -> next words that cancel it
    noun_homographs: frozenset[str]  # lemmas whose base and -s forms are also nouns ("plans")
    mostly_nouns: frozenset[str]  # the homographs whose base and -s forms are verbs only before a report
    verb_openers: frozenset[str]  # words after such a form that open the report
    objects: dict[str, frozenset[str]]  # lemma -> words linking it to the object it reports ("" = none)
    objects_to: dict[str, frozenset[str]]  # the same, for verbs whose object needs a to-infinitive after it
    as_verbs: frozenset[str]  # object verbs that report only with "as": "sees Cruz as a uniter"
    document_verbs: frozenset[str]  # object verbs only documents and polls report with ("the poll showed …")
    irregular_past: frozenset[str]  # came, went, took: past tenses that do not end in -ed
    noun_objects: frozenset[str]  # clause lemmas whose bare noun-phrase object is no report ("maintained a lead")
    object_forms: dict[str, str]  # form -> lemma, for the verbs in `objects` (kept apart: "attacks"
    #                               is more often a noun, so these forms never end a speaker's phrase)
    to_infinitive: frozenset[str]  # lemmas whose to-infinitive is the report ("plans to …")
    whole_clauses: bool  # a quoted fragment is reported with its whole clause (scope "attributions")
    with_complementizer: bool  # a reported clause starts at its "that" (scope "attributions")
    evidential: frozenset[str]  # forms of verbs of appearing whose complement the writer hedges ("seemed …")
    expectations: frozenset[str]  # participles that hedge after a be-form ("is expected to …")
    hearsay: frozenset[str]  # adverbs that pass on an unsourced report ("is reportedly planning …")
    shortest_report: int  # characters a reported clause or object needs ("to …" may be two fewer)
    ownerless_nominals: bool  # "concerns about X" is reported even when nobody is named as having them
    passives: dict[str, frozenset[str]]  # lemma -> words after its agentless passive that open the report
    writer_asides: frozenset[str]  # lemmas of "it should be noted that …": the writer's aside, not a report
    fronted_lead: frozenset[str]  # words before a sentence-opening subordinator ("A few weeks after …")
    fronted_openers: frozenset[str]  # openers that act as subordinators ("Having announced that …, X …")
    infinitive_cues: bool  # "more likely to say …", "tended to support …": a cue after "to" reports too
    coordinated_objects: bool  # "criticized X and vowed Y": a second verb's object is reported without a clause

    def classes(self, form: str) -> frozenset[str]:
        return self.by_form.get(form.lower(), frozenset())

    def participle(self, word: str) -> bool:
        """A past participle, read off its spelling (asked, seen, shown) or
        listed as an irregular past (told, said)."""
        return word.endswith(("ed", "en", "wn")) or word in self.irregular_past

    def past_tense(self, word: str) -> bool:
        """A past-tense verb, read off its spelling: regular -ed (longer than
        "bed") or an irregular form."""
        return (len(word) > 4 and word.endswith("ed")) or word in self.irregular_past


def current_scope() -> str:
    """The scope in force: what the rules are finding (see `scope`)."""
    return _SCOPE.get()


def cues() -> Cues:
    """The cue lexicon of the scope in force (see `scope`)."""
    return _cues(_SCOPE.get())


@cache
def _cues(scope_name: str) -> Cues:
    data = _load("cues.toml")
    wider = data.get("attributions", {}) if scope_name == "attributions" else {}
    for table in ("object", "object_to", "not_speech_after"):
        data[table] = {**data.get(table, {}), **wider.get(table, {})}
    to_infinitive = set(data.get("to_infinitive", {}).get("verbs", [])) | set(wider.get("to_infinitive", []))
    irregular = {k: set(v) for k, v in data.get("irregular", {}).items()}
    by_form: dict[str, set[str]] = {}
    lemma_of: dict[str, str] = {}
    for cls in CUE_CLASSES:
        for lemma in data["verbs"].get(cls, []):
            for form in inflect(lemma) | irregular.get(lemma, set()):
                by_form.setdefault(form, set()).add(cls)
                lemma_of.setdefault(form, lemma)
    objects = {k: frozenset(v) for k, v in data.get("object", {}).items()}
    document_verbs = frozenset(data.get("object_of_documents", {}).get("verbs", []))
    as_verbs = frozenset(data.get("object_as", {}).get("verbs", []))
    objects.update({lemma: frozenset({""}) for lemma in document_verbs | as_verbs})
    objects_to = {k: frozenset(v) for k, v in data.get("object_to", {}).items()}
    object_forms: dict[str, str] = {}
    for lemma in objects.keys() | objects_to.keys():
        for form in inflect(lemma) | irregular.get(lemma, set()):
            object_forms[form] = lemma
    passives = {k: frozenset(v) for k, v in wider.get("passive", {}).items()}
    for lemma in passives:  # only the participle: "the credit" and "faults" stay nouns
        for form in inflect(lemma) | irregular.get(lemma, set()):
            if form.endswith(("ed", "en", "wn")):
                object_forms.setdefault(form, lemma)
    phrases = data["phrases"]
    return Cues(
        by_form={k: frozenset(v) for k, v in by_form.items()},
        lemma_of=lemma_of,
        source_after=tuple(phrases["source_after"]),
        phrases=tuple(phrases["clause"]),
        not_speech_after={k: frozenset(v) for k, v in data["not_speech_after"].items()},
        noun_homographs=frozenset(data.get("noun_homographs", {}).get("lemmas", [])),
        mostly_nouns=frozenset(data.get("noun_homographs", {}).get("mostly_nouns", [])),
        verb_openers=frozenset(data.get("noun_homographs", {}).get("verb_openers", [])),
        objects=objects,
        objects_to=objects_to,
        object_forms=object_forms,
        document_verbs=document_verbs,
        as_verbs=as_verbs,
        irregular_past=frozenset(data.get("english", {}).get("irregular_past", [])),
        noun_objects=frozenset(data.get("noun_objects", {}).get("lemmas", [])),
        to_infinitive=frozenset(to_infinitive),
        whole_clauses=bool(wider.get("whole_clauses", False)),
        with_complementizer=bool(wider.get("with_complementizer", False)),
        evidential=frozenset(form for lemma in wider.get("evidential", []) for form in inflect(lemma)),
        expectations=frozenset(wider.get("expectations", [])),
        hearsay=frozenset(wider.get("hearsay", [])),
        shortest_report=int(wider.get("shortest_report", data["shortest_report"])),
        ownerless_nominals=bool(wider.get("ownerless_nominals", False)),
        coordinated_objects=bool(wider.get("coordinated_objects", False)),
        infinitive_cues=bool(wider.get("infinitive_cues", False)),
        passives=passives,
        writer_asides=frozenset(data.get("impersonal_passive", {}).get("writer_asides", [])),
        fronted_lead=frozenset(data.get("fronted_clause", {}).get("lead_words", [])),
        fronted_openers=frozenset(data.get("fronted_clause", {}).get("openers", [])),
    )


@dataclass(frozen=True)
class Mentions:
    honorifics: frozenset[str]
    titles: frozenset[str]
    title_domains: frozenset[str]
    paired_modifiers: frozenset[str]
    organisation_words: frozenset[str]
    speaker_nouns: frozenset[str]
    pronouns_person: frozenset[str]
    pronouns_plural: frozenset[str]
    pronouns_thing: frozenset[str]
    relatives: frozenset[str]
    determiners: frozenset[str]
    boundaries: frozenset[str]
    between_subject_and_cue: frozenset[str]
    set_off_adverbs: frozenset[str]
    ly_nouns: frozenset[str]
    be_forms: frozenset[str]
    subject_openers: frozenset[str]
    subject_postmodifiers: frozenset[str]
    quantifier_subjects: frozenset[str]
    floating_quantifiers: frozenset[str]
    verbs_before_to: frozenset[str]
    adjectives_before_to: frozenset[str]
    adjectives_without_speaker: frozenset[str]
    causatives_before_to: frozenset[str]
    document_nouns: frozenset[str]
    anonymous_markers: tuple[str, ...]
    postmodified_heads: frozenset[str]
    postmodifiers: frozenset[str]
    poll_participles: frozenset[str]
    place_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    person_cue_homographs: frozenset[str]
    time_names: frozenset[str]
    clause_openers: frozenset[str]
    name_preceders: frozenset[str]
    place_name_heads: frozenset[str]
    asking_verbs: frozenset[str]
    issued_documents: frozenset[str]
    sending_verbs: frozenset[str]
    quoting_verbs: frozenset[str]

    @cached_property  # asked for on nearly every token the attributor looks at
    def pronouns(self) -> frozenset[str]:
        return self.pronouns_person | self.pronouns_plural | self.pronouns_thing


@cache
def mentions() -> Mentions:
    data = _load("mentions.toml")
    return Mentions(**{k: (tuple(v) if k == "anonymous_markers" else frozenset(w.lower() for w in v))
                       for k, v in data.items()})


@dataclass(frozen=True)
class Groups:
    order: tuple[str, ...]
    keywords: dict[str, tuple[str, ...]]


@cache
def groups() -> Groups:
    data = _load("groups.toml")
    return Groups(order=tuple(data["order"]),
                  keywords={k: tuple(v) for k, v in data["keywords"].items()})


@cache
def context_words() -> dict[str, frozenset[str]]:
    """Words around a quoted string that make it a name, tag or gloss rather
    than a statement (detect.py uses them to drop scare quotes)."""
    return {k: frozenset(v) for k, v in _load("not_quotes.toml").items() if isinstance(v, list)}


@cache
def short_tag_words() -> int:
    """Up to how many words a string after a sign or a letter is a tag, not a statement."""
    return int(_load("not_quotes.toml")["short_words"])


def headline_cues() -> frozenset[str]:
    """Cue verbs as headlines spell them (headlines.toml), with the scope's
    wider cues in scope "attributions" ("Sanders Backs …")."""
    return _headline_cues(_SCOPE.get())


@cache
def _headline_cues(scope_name: str) -> frozenset[str]:
    data = _load("headlines.toml")
    wider = data.get("attributions", {}).get("cues", []) if scope_name == "attributions" else []
    return frozenset(w.lower() for w in [*data["cues"], *wider])


@cache
def headline_speaker_heads() -> frozenset[str]:
    """Lower-case words that end a headline's speaker label ("Clinton camp:")."""
    return frozenset(w.lower() for w in _load("headlines.toml")["speaker_heads"])


@cache
def headline_labels() -> frozenset[str]:
    """Section labels that are not speakers ("The Latest:")."""
    return frozenset(w.lower() for w in _load("headlines.toml")["labels"])


@cache
def headline_label_heads() -> frozenset[str]:
    """Last words of a series' or column's name ("Delegate Update:", "Monday's Morning Email:")."""
    return frozenset(w.lower() for w in _load("headlines.toml")["label_heads"])


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of a one-per-line data file (`name` in quotes/data),
    without its `#` comments and blank lines."""
    text = resources.files("quotes.data").joinpath(name).read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def place_names() -> frozenset[str]:
    """Folded names of countries, states, regions and cities (places.txt)."""
    return word_list("places.txt")


@dataclass(frozen=True)
class Gender:
    """One grammatical gender's pronouns, gendered words and first names (gender.toml)."""

    pronouns: frozenset[str]
    words: frozenset[str]
    first_names: frozenset[str]


@cache
def genders() -> dict[str, Gender]:
    """"female" and "male" -> their word lists, for pronoun agreement."""
    return {g: Gender(**{k: frozenset(w.lower() for w in v) for k, v in lists.items()})
            for g, lists in _load("gender.toml").items()}
