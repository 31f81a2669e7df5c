"""Attributions in a headline: the three shapes headlines use, and the
title lines that only look like them."""
from __future__ import annotations

import pytest

from tests.test_attribute import extract, only

BODY = "\n\nThe story itself starts here and runs for a while."


@pytest.mark.parametrize("headline, content, speaker", [
    ("Okafor: Port Strike Will Not End Before Christmas.", "Port Strike Will Not End Before Christmas", "Okafor"),
    ("Mayor Says Flood Barrier Will Be Ready by March.", "Flood Barrier Will Be Ready by March", "Mayor"),
    ("Tram Line Will Close for Repairs, Transport Chief Warns.", "Tram Line Will Close for Repairs",
     "Transport Chief"),
    ("Okafor: the port strike will not end before Christmas.", "the port strike will not end before Christmas",
     "Okafor"),
    ("Okafor on the Port Strike: Talks Will Resume in January.", "Talks Will Resume in January", "Okafor"),
    ("Mayor says flood barrier will be ready by March", "flood barrier will be ready by March", "Mayor"),
    ("Dr. Ada Okafor: Port Strike Will Not End Before Christmas.", "Port Strike Will Not End Before Christmas",
     "Ada Okafor"),
    ("Okafor camp: the port strike hurts every trader in town.", "the port strike hurts every trader in town",
     "Okafor camp"),
    ("Okafor to Dockers: Talks Will Resume in January.", "Talks Will Resume in January", "Okafor"),
    ("Okafor at St. Mary's: the strike will end in Jan. at the latest.", "the strike will end in Jan. at the latest",
     "Okafor"),
])
def test_headline_attribution_shapes(headline: str, content: str, speaker: str):
    row = only(extract(headline + BODY), content)
    assert row["text"] == content
    assert speaker.lower() in row["speaker"].lower()
    assert row["start"] == 0 or headline[row["start"] - 2:row["start"]] in (": ", "s ")


@pytest.mark.parametrize("headline", [
    "The Latest: Storm Moves North Toward the Coast.",
    "Stealth Over Health: Ministers Kept the Report Quiet.",
    "Port Strike Enters Its Third Week.",
    "Union Chief Calls For Port Strike Talks",
    "A Curious Plan to Save the Port: Sell the Cranes.",
    "Harbour Update: The Latest Count of Ferry Crossings.",
    "Friday’s Morning Email: The Port Strike Enters Its Third Week.",
])
def test_title_lines_that_attribute_nothing(headline: str):
    assert extract(headline + BODY) == []


def test_a_headline_with_a_fronted_phrase_and_a_promise_to_act():
    headline = "Rallying the Dockers, Okafor Vows To Reopen the Port by Christmas."
    row = only(extract(headline + BODY, scope="attributions"), "Reopen")
    assert row["text"] == "To Reopen the Port by Christmas" and row["speaker"] == "Okafor"


@pytest.mark.parametrize("headline, content, speaker, scope", [
    ("Harbour Board chair dismisses the dockers' overtime dispute.", "the dockers' overtime dispute",
     "Harbour Board chair", "statements"),
    ("Okafor Backs Ferry Subsidy And Denounces Port Levy.", "Ferry Subsidy", "Okafor", "attributions"),
    ("Okafor Backs Ferry Subsidy And Denounces Port Levy.", "Port Levy", "Okafor", "attributions"),
    ("Island Councillors Oppose New Ferry Timetable.", "New Ferry Timetable", "Island Councillors", "attributions"),
    ("Okafor Calls For Port Strike Talks.", "Port Strike Talks", "Okafor", "attributions"),
])
def test_headline_cues_of_stance_and_demand_and_plural_speakers(headline: str, content: str, speaker: str,
                                                                scope: str):
    """Headlines spell stance and demand verbs as they spell "says"; with a
    plural speaker the verb has its base form. Only the attributions scope
    reports a stance or a demand."""
    row = only(extract(headline + BODY, scope=scope), content)
    assert row["text"] == content and row["speaker"] == speaker
    if scope == "attributions":
        assert extract(headline + BODY) == []


def test_a_dateline_in_capitals_is_not_a_speaker():
    text = "LAGOS: the port strike entered its third week on Monday.\n\nDockers met the employers on Friday."
    assert extract(text) == []


def test_a_long_first_paragraph_is_the_lede_not_a_headline():
    lede = ("Okafor: the port strike that began in the first week of November will not end before Christmas, "
            "according to people who have followed the talks between the unions and the employers closely.")
    rows = extract(lede + BODY)
    assert not any(r["cue"] == ":" for r in rows)


def test_a_headline_attribution_does_not_shift_who_a_later_quotation_inherits_from():
    text = ("Mayor Says Flood Barrier Will Be Ready by March.\n\n"
            '"We are ready," said Anna Berg, the city engineer. "The barrier will hold."')
    rows = extract(text)
    assert only(rows, "barrier will hold")["speaker"] == "Anna Berg"
    assert only(rows, "Flood Barrier")["speaker"].lower() == "mayor"
