"""Grammatical gender, so that a pronoun skips a person it cannot mean.

News names several people in a row ("Clinton attacked Trump on trade. He
said …"), and the last person named is often not the one a pronoun means.
English marks gender on "he" and "she", and names, honorifics and some role
nouns carry it too (`Hillary`, `Mrs.`, `spokeswoman`: lists in gender.toml).
A mention's gender is decided only by that evidence; an undecided mention
agrees with every pronoun, so the check can skip a candidate that
contradicts the pronoun but never invents one.
"""
from __future__ import annotations

from collections.abc import Iterable

from quotes import lexicon


def of_pronoun(word: str) -> str | None:
    """"female" for she/her, "male" for he/his, None for they, it, I …"""
    low = word.lower()
    for name, g in lexicon.genders().items():
        if low in g.pronouns:
            return name
    return None


def of_words(words: Iterable[str], first_name: str | None = None) -> str | None:
    """The gender that a mention's folded words show: an honorific or
    gendered noun among `words`, else its `first_name`. None when they show
    none, or both ("Mr. Trump's wife")."""
    genders = lexicon.genders()
    words = set(words)
    found = {name for name, g in genders.items() if words & g.words}
    if not found and first_name:
        found = {name for name, g in genders.items() if first_name in g.first_names}
    return found.pop() if len(found) == 1 else None


def by_key(pairs: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """key -> gender from (key, gender) pairs, keeping only keys seen with
    one gender: a surname shown both ways (Bill and Hillary Clinton in one
    article) stays undecided."""
    seen: dict[str, set[str]] = {}
    for key, g in pairs:
        if g is not None:
            seen.setdefault(key, set()).add(g)
    return {key: gs.pop() for key, gs in seen.items() if len(gs) == 1}
