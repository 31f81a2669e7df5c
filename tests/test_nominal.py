"""Nominal attributions: the cue is a noun or an adjective (`his claim that
…`, `was critical of …`). One sentence per construction, written for these
tests, with the span found and the speaker it goes to; and the phrases of
acting, demanding and alarm that must stay non-statements."""
from __future__ import annotations

import pytest

from tests.test_attribute import extract, only


def test_possessive_noun_with_a_that_clause():
    text = "Governor Alan Marsh repeated his claim that the ballots in Dade County were counted twice."
    row = only(extract(text), "ballots")
    assert row["text"] == "the ballots in Dade County were counted twice"
    assert row["type"] == "indirect" and row["speaker"] == "Alan Marsh"


def test_named_possessor_with_an_about_phrase():
    text = "Voters in the suburbs were unmoved by Senator Kay Brennan's comments about the new pipeline."
    row = only(extract(text), "pipeline")
    assert row["text"] == "the new pipeline"
    assert row["speaker"] == "Kay Brennan"


def test_criticism_of_ends_before_the_time_adjunct():
    text = "The mayor's criticism of the transit budget during the hearing surprised the council."
    row = only(extract(text), "transit")
    assert row["text"] == "the transit budget"
    assert "mayor" in row["speaker"].lower()


def test_light_verb_subject_owns_the_noun():
    text = "Civil liberties groups have expressed deep concern about the new surveillance rules."
    row = only(extract(text), "surveillance")
    assert row["text"] == "the new surveillance rules"
    assert "groups" in row["speaker"].lower()


def test_raised_questions_about_a_whether_clause():
    text = "Senator Ruth Alvarez raised questions about whether the contract had been tendered fairly."
    row = only(extract(text), "tendered")
    assert row["text"] == "whether the contract had been tendered fairly"
    assert row["speaker"] == "Ruth Alvarez"


def test_possessive_pronoun_resolves_to_the_person_named_before():
    text = ("Mayor Dana Pruitt spoke for an hour on Tuesday. Her attacks on the developer, "
            "however, drew loud applause from the audience.")
    row = only(extract(text), "developer")
    assert row["text"] == "the developer"
    assert row["speaker"] == "Dana Pruitt"


def test_adjective_after_a_copula():
    text = "Mr. Okafor has been sharply critical of the trade agreement."
    row = only(extract(text), "trade agreement")
    assert row["text"] == "the trade agreement"
    assert row["speaker"] == "Okafor"


def test_adjective_with_a_that_clause():
    text = "The union leaders remain confident that the strike will end before the holidays."
    row = only(extract(text), "strike")
    assert row["text"] == "the strike will end before the holidays"
    assert "leaders" in row["speaker"].lower()


def test_clause_complement_ends_at_the_comma_that_closes_the_noun_phrase():
    text = ("Despite the coach's insistence that the team was ready, the club lost its first four games "
            "of the season.")
    row = only(extract(text), "team was ready")
    assert row["text"] == "the team was ready"
    assert "coach" in row["speaker"].lower()


def test_nouns_without_an_owner_are_the_reporters_own_words():
    text = "There are questions about the health of the fishing industry in the region."
    assert extract(text) == []


def test_actions_demands_and_alarm_are_not_statements():
    text = ("The ministry announced new measures for the port. The guards' union raised the alarm about "
            "staffing at the jail. The governor's call for a ban on fireworks was approved, and her "
            "plan for the harbour was shelved.")
    assert extract(text) == []


def test_a_report_already_found_is_not_reported_again():
    text = "The senator said his claim that the vote was rigged had been proven in court."
    rows = extract(text)
    assert len(rows) == 1 and rows[0]["text"] == "his claim that the vote was rigged had been proven in court"
    assert "senator" in rows[0]["speaker"].lower()


def test_an_unlisted_adjective_before_the_noun_and_a_relative_subject():
    text = "The governor, who has made favorable comments about the merger, met the board on Friday."
    row = only(extract(text), "merger")
    assert row["text"] == "the merger"
    assert "governor" in row["speaker"].lower()


def test_an_adjective_of_indignation_with_a_that_clause():
    row = only(extract("The dockers were incensed that the ferry would stop running in March."), "ferry")
    assert row["text"] == "the ferry would stop running in March"
    assert row["speaker"].lower() == "dockers"


@pytest.mark.parametrize("text, content", [
    ("The dockers were shocked that the ferry would stop running in March.", "the ferry would stop running in March"),
    ("The dockers were troubled by the plan to stop the ferry in March.", "the plan to stop the ferry in March"),
    ("The dockers seemed satisfied with the new ferry timetable.", "the new ferry timetable"),
])
def test_adjectives_of_surprise_unease_and_satisfaction(text: str, content: str):
    row = only(extract(text), "ferry")
    assert row["text"] == content
    assert row["speaker"].lower() == "dockers"
