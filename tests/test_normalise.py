"""Cleaning text must never move an offset the user sees."""
from __future__ import annotations

import pytest

from quotes.normalise import normalise


@pytest.mark.parametrize("text", [
    "criminal networks,\" Darmanin wrote on X.He added: \"The Republic",
    "zero\u200bwidth and \u200eright-to-left\u200f marks, prisoners.The end",
    "a\u00a0no-break space\u0007 a bell and a BOM\ufeff here",
    "U.S. officials and pic.twitter.com/x stay as they are.",
])
def test_every_clean_character_maps_back_to_the_same_character(text: str):
    norm = normalise(text)
    for i, ch in enumerate(norm.text):
        if not ch.isspace():
            assert text[norm.to_original(i)] == ch


def test_glued_sentences_get_a_space_and_invisible_characters_go():
    norm = normalise("wrote on X.He added\u200b it")
    assert norm.text == "wrote on X. He added it"
    start = norm.text.index("He")
    assert norm.span_to_original(start, start + 2) == (11, 13)


def test_metadata_prefix_is_blanked_without_moving_offsets():
    text = " date 2025-04-19 France's office said it would act."
    norm = normalise(text, body_start=17)
    assert norm.text[:17].strip() == ""
    assert norm.text[17:] == text[17:]


def test_doubled_apostrophes_become_one_double_mark_and_offsets_hold():
    text = "Mr. King said, ''They pay us a lot of money.'' And ``this'' too, it''s odd'''"
    norm = normalise(text)
    assert norm.text.startswith('Mr. King said, "They pay us a lot of money." And "this" too')
    start = norm.text.index("They")
    end = norm.text.index('money.') + len("money.")
    s, e = norm.span_to_original(start, end)
    assert text[s:e] == "They pay us a lot of money."
    # a run of three closing a single quotation inside a double one: a single, then a double mark
    assert norm.text.endswith("odd'\"")
    assert norm.to_original(len(norm.text) - 2) == len(text) - 3  # the single mark is the first of three
    assert norm.to_original(len(norm.text) - 1) == len(text) - 2  # the double mark is the pair after it
    assert text[norm.to_original(norm.text.index('"'))] == "'"


def test_three_apostrophes_opening_a_quotation_open_the_double_mark_first():
    text = "He said: '''Yeah' was all she said,'' he added."
    norm = normalise(text)
    assert norm.text == "He said: \"'Yeah' was all she said,\" he added."
    yeah = norm.text.index("Yeah")
    assert text[norm.to_original(yeah):norm.to_original(yeah) + 4] == "Yeah"
    assert text[norm.to_original(yeah - 1)] == "'"


def test_doubled_apostrophe_quotations_are_found():
    from tests.test_attribute import extract

    text = "''We need money to pay our producers,'' Mr. Schultz said. He said it was ''a shock.''"
    rows = extract(text)
    assert (rows[0]["text"], rows[0]["type"]) == ("We need money to pay our producers", "direct")
    assert any(r["text"] == "a shock." and r["type"] == "partial" for r in rows)


@pytest.mark.parametrize("text, kept", [
    ('Ferry news: <tweet id="17" author="@ferrycorp" datetime="2016-03-01">Sailings resume</tweet> today.',
     "Ferry news: Sailings resume today."),
    ("A <a href='https://example.org/x'>link</a> and a break<br/> and <p>a paragraph.</p>",
     "A link and a break and a paragraph."),
    ("If a < b and c > d, the harbour <3 stays as it is.", "If a < b and c > d, the harbour <3 stays as it is."),
])
def test_markup_tags_are_blanked_and_offsets_hold(text: str, kept: str):
    norm = normalise(text)
    assert " ".join(norm.text.split()) == kept
    for i, ch in enumerate(norm.text):
        if not ch.isspace():
            assert text[norm.to_original(i)] == ch


def test_quote_marks_inside_markup_are_neither_quotations_nor_speakers():
    from tests.test_attribute import extract

    text = ('The ferry company posted an update. <tweet author="@ferrycorp" datetime="March 1, 2016">'
            'Harbour boss Ada Okafor says the sailings will resume on Monday</tweet>.')
    rows = extract(text)
    assert all('"' not in r["text"] and "=" not in r["text"] for r in rows)
    hits = [r for r in rows if "sailings" in r["text"]]
    assert len(hits) == 1 and hits[0]["speaker"] == "Ada Okafor"


def test_odd_space_class_is_every_other_space_and_control_character():
    """ODD_SPACE is spelled out as a plain class for speed; it must match
    exactly what the rule says: whitespace other than newline and space,
    and the C0/C1 controls, U+2028 and U+2029."""
    import re

    from quotes.normalise import ODD_SPACE

    rule = re.compile("[^\\S\n ]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
    assert [i for i in range(0x110000) if rule.match(chr(i))] == \
        [i for i in range(0x110000) if ODD_SPACE.match(chr(i))]


@pytest.mark.parametrize("text", [
    "a.B ab.Cd x A.Bc ab.”The ab”The A.Bcd  X.Yz .Ab ab?Cd ab!Cd’ aa.’A e.g.The U.S.Army",
    "wrote on X.He added\u200b it, then prisoners.The end",
    "He said ''we act.''The end came.A ``quoted'' word",
])
def test_glued_sentences_found_from_candidates_as_by_a_full_scan(text: str):
    from quotes.normalise import EDITS, _edits

    assert [m.span() for m in _edits(text)] == [m.span() for m in EDITS.finditer(text)]
