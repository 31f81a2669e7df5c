"""Layouts that carry their own attribution: interview transcripts
(`CLINTON: …`), embedded social-media posts signed `— Name (@handle)`, and
photo captions and title lines, where nothing is a statement unless it
names its speaker."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes import lexicon
from quotes.detect import ends_like_sentence
from quotes.mentions import Mention
from quotes.sentence import Found, text_of


#: A speaker's name in capitals, one to three words: `CLINTON`, `MR. TRUMP`.
LABEL_NAME = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}"
#: A transcript paragraph's speaker (`CLINTON: …`, `Q: …`).
TURN_LABEL = re.compile(rf"(?P<name>Q|A|{LABEL_NAME}):\s+(?=\S)")
#: The same label opening a quotation (`"PENCE: Well, …"`).
SPEAKER_LABEL = re.compile(rf"(?P<name>{LABEL_NAME}):\s+")

#: A longer word in lower case: a line with one is no title-case line.
LOWER_LONG_WORD = re.compile(r"(?:^|\s)[‘’'\"“”(]*[a-z][^\s‘’'\"“”()]{3}")

EMBED_SIGNATURE = re.compile(r"[—–-]\s*(?P<name>[^(@\n]+?)\s*(?:[–—-][^(\n]*)?\(@(?P<handle>\w+)\)")


def is_caption(text: str, paras: list[tuple[int, int]], n: int) -> bool:
    """Photo captions and headlines: a paragraph repeated next to itself, or
    one that does not end like a sentence."""
    s, e = paras[n]
    body = text[s:e]
    for m in (n - 1, n + 1):
        if 0 <= m < len(paras) and text[paras[m][0]:paras[m][1]].strip() == body.strip():
            return True
    return not ends_like_sentence(body)


def is_title_line(body: str) -> bool:
    """`A Meaningful Exchange Happened Between Rubio And Paul At The Debate.`:
    five or more longer words, all capitalised, even if it ends with a full
    stop. A sentence of names ("Sens. Rand Paul and Marco Rubio debated …")
    has lower-case verbs. Its capitalised runs name no one ("Exchange
    Actually Happened"), though a quotation in it may still be attributed."""
    if LOWER_LONG_WORD.search(body):
        return False  # the common case, found without splitting the paragraph
    words = [w.strip("‘’'\"“”()") for w in body.split()]
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len(long) >= 5 and all(w[0].isupper() for w in long)


def transcript_turns(doc: Doc, paras: list[tuple[int, int]]) -> dict[int, Found]:
    """An interview or debate transcript: a paragraph opening with its
    speaker's label in capitals (`CLINTON: Honestly, …`, `Q: How did …`).
    The rest of the paragraph is that speaker's words. A lone label in the
    article's first two paragraphs is its dateline (`WASHINGTON: …`), not a
    turn of a conversation."""
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
    if len(out) == 1 and min(out) <= 1:
        return {}
    return out


def embedded_posts(doc: Doc, paras: list[tuple[int, int]]) -> dict[int, Found]:
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
