"""Quote-mark pairing, and rewrites of detection rules made for speed giving the answers of the rules they replaced."""
from __future__ import annotations

import re

import pytest

from quotes.detect import ends_like_sentence, find_quotes, paragraphs

CAPTION_PATTERN = re.compile(r"[.!?…:;][\"”’'»)\]]*\s*$|[\"”’»]\s*$")


@pytest.mark.parametrize("body", ["", "He said so.", "He said so.”", 'It was "fine"', "A title", "Ends: ",
                                  "Why?)]", "x ’", "odd;'  ", "no stop »", "stop …\u00a0", "3 p.m", "tail ']",
                                  ".", "»", ")", "a.\n", "a)\n "])
def test_ends_like_sentence_is_the_caption_pattern(body: str):
    """is_caption reads a paragraph's ending from the end, not by a search over the paragraph."""
    assert ends_like_sentence(body) == bool(CAPTION_PATTERN.search(body))


def test_paragraphs_answers_again_for_the_same_text_without_sharing_its_list():
    text = "One.\n\n  Two.  \nThree"
    first = paragraphs(text)
    first.append((0, 0))
    assert paragraphs(text) == [(0, 4), (8, 12), (15, 20)]
    assert paragraphs("Other") == [(0, 5)]


def test_straight_closing_mark_glued_to_the_next_word_still_closes():
    text = '"The budget is a fantasy,"Anna Berg said at the hearing. "Nobody believes these numbers."'
    quotes = find_quotes(text, paragraphs(text))
    assert [text[q.start:q.end].rstrip(",.") for q in quotes] == ["The budget is a fantasy", "Nobody believes these numbers"]
