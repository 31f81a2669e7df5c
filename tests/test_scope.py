"""The two scopes of what counts as a quotation, on sentences written for
these tests. "statements" (the default) reports what was said, a quoted
fragment as quoted; "attributions" reports every attribution relation as
PARC and PolNeAR annotate them: intentions, commitments, stances and the
writer's hedges too, and a quoted fragment with its whole clause."""
from __future__ import annotations

import pytest

from quotes import lexicon
from tests.test_attribute import extract, only
from tests.test_cli import quotes_cli


def test_a_commitment_is_an_attribution_but_not_a_statement():
    text = "The minister vowed to tackle drug trafficking across the country."
    assert extract(text) == []
    row = only(extract(text, scope="attributions"), "tackle")
    assert row["text"] == "to tackle drug trafficking across the country"
    assert row["type"] == "indirect" and row["speaker"] == "minister"


def test_a_demand_reports_its_object_only_as_an_attribution():
    text = "Protesters called for the resignation of the police chief."
    assert extract(text) == []
    row = only(extract(text, scope="attributions"), "resignation")
    assert row["text"] == "the resignation of the police chief"
    assert "protesters" in row["speaker"].lower()


@pytest.mark.parametrize("text, report, speaker", [
    ("Ada Okafor, the mayor's chief of staff, urged a strong stand on the ferry levy.",
     "a strong stand on the ferry levy", "Ada Okafor"),
    ("The island councillors are furious and want their ferry subsidy back.", "their ferry subsidy back",
     "island councillors"),
    ("Even the harbour master does not expect a deal before the spring.", "a deal before the spring",
     "harbour master"),
    ("A district judge ordered the release of the harbour board's emails.", "the release of the harbour board's emails",
     "district judge"),
    ("Last month the coroner ordered the ferry company to publish its logs.",
     "the ferry company to publish its logs", "coroner"),
])
def test_urging_wanting_ordering_or_expecting_a_thing_is_an_attribution_but_not_a_statement(text: str, report: str, speaker: str):
    assert extract(text) == []
    row = only(extract(text, scope="attributions"), report.split()[-1])
    assert row["text"] == report and row["speaker"] == speaker


def test_a_quoted_fragment_is_reported_with_its_clause_as_an_attribution():
    text = 'The mayor said the plan was "a disaster for everyone" and should be dropped.'
    statement = only(extract(text), "disaster")
    assert statement["text"] == "a disaster for everyone" and statement["type"] == "partial"
    attribution = only(extract(text, scope="attributions"), "disaster")
    assert attribution["text"] == 'the plan was "a disaster for everyone" and should be dropped'
    assert attribution["type"] == "partial" and attribution["speaker"] == "mayor"


def test_fragments_sharing_a_clause_make_one_attribution():
    text = 'The mayor said the plan was "costly" and "a disaster" for the town.'
    assert [r["text"] for r in extract(text)] == ["costly", "a disaster"]
    rows = extract(text, scope="attributions")
    assert [r["text"] for r in rows] == ['the plan was "costly" and "a disaster" for the town']


@pytest.mark.parametrize("text, report", [
    # the writer's hedges
    ("The senator seemed to soften her stance on trade after the vote.", "to soften her stance on trade after the vote"),
    ("The Senate is expected to vote on the bill next week.", "to vote on the bill next week"),
    ("Every few minutes the crowd seemed to grow louder and angrier.", "to grow louder and angrier"),
    # passives whose agent goes unnamed
    ("The peacekeepers have been accused of hurting the civilians they were sent to protect.",
     "hurting the civilians they were sent to protect"),
    ("Asked about his paid speeches, the senator smiled and walked away.", "his paid speeches"),
    ("The agency was widely criticized for its slow response to the floods.", "its slow response to the floods"),
    ("She was credited with saving the bill from defeat.", "saving the bill from defeat"),
    ("The senator is widely seen as the favourite to win the nomination.", "the favourite to win the nomination"),
    # hearsay
    ("The agency is reportedly making arrangements to interview the former governor.",
     "making arrangements to interview the former governor"),
    ("Several delegates allegedly tore up their credentials on the floor.", "tore up their credentials on the floor"),
])
def test_an_attribution_whose_source_goes_unnamed(text, report):
    assert extract(text) == []
    row = only(extract(text, scope="attributions"), report)
    assert row["text"] == report and row["speaker"] is None


@pytest.mark.parametrize("text", [
    "Clinton appeared on Fox News on Sunday.",
    "The results were expected by midnight.",
    "The governor appeared to the crowd after the speech.",
    "The group was charged with beautifying the downtown area.",
    "The accused appeared in court on Monday.",
    "The credit for the win went to the coach.",
    "Reportedly, the talks collapsed late on Friday night.",
])
def test_look_alikes_of_unsourced_attributions_report_nothing(text):
    assert extract(text, scope="attributions") == []


@pytest.mark.parametrize("text, subject", [
    ("The senator seemed to soften her stance on trade.", "The senator"),
    ("It seemed to soften the stance of the senator on trade.", None),
])
def test_a_hedge_marks_what_it_is_about_unless_its_subject_is_empty(text, subject):
    rows = extract(text, scope="attributions")
    assert [r["text"] for r in rows if not r["text"].startswith("to ")] == ([subject] if subject else [])


def test_a_short_object_counts_only_as_an_attribution():
    text = "The union endorsed Clinton."
    assert extract(text) == []
    assert [(r["text"], r["speaker"]) for r in extract(text, scope="attributions")] == [("Clinton", "union")]


def test_the_progressive_of_refer_reports_its_object():
    rows = extract("Trump was referring to the attack in Orlando last week.")
    assert [(r["text"], r["speaker"]) for r in rows] == [("the attack in Orlando", "Trump")]


def test_an_unknown_scope_is_refused():
    with pytest.raises(ValueError, match="unknown scope"):
        with lexicon.scope("everything"):
            pass


def test_the_command_line_takes_a_scope(tmp_path):
    article = tmp_path / "a.jsonl"
    article.write_text('{"id": "a", "text": "The minister vowed to tackle drug trafficking."}\n', "utf-8")
    out = tmp_path / "q.jsonl"
    assert quotes_cli("extract", article, "-o", out, "--scope", "attributions").returncode == 0
    assert "to tackle drug trafficking" in out.read_text("utf-8")
    bad = quotes_cli("extract", article, "-o", out, "--scope", "everything")
    assert bad.returncode == 1 and "unknown scope 'everything'" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("text, attribution", [
    ('Graham called both Trump and Clinton "crazy" and said the party would lose.',
     'both Trump and Clinton "crazy"'),
    ('Lopez promises to "end" the Common Core.', 'to "end" the Common Core'),
    ('Clinton, though, would have to "go more to center," Cuban said.',
     'Clinton, though, would have to "go more to center'),
])
def test_a_fragment_takes_what_its_cue_governs(text, attribution):
    """The object of a verb of judging, a to-infinitive, the words before a
    parenthetical cue: each is the clause a fragment belongs to."""
    row = only(extract(text, scope="attributions"), attribution)
    assert row["text"] == attribution and row["type"] == "partial"


@pytest.mark.parametrize("text, quotation", [
    ('At the rally a man yelled "You lie!" at the senator.', "You lie!"),
    ('Asked about the race, Sanders said, "We will see" and left the stage.', "We will see"),
])
def test_a_quotation_right_after_its_cue_is_not_widened(text, quotation):
    rows = [r["text"] for r in extract(text, scope="attributions")]
    assert quotation in rows


def test_a_demand_named_by_a_noun_is_an_attribution():
    text = "Senator Jane Roe repeated her call for a full recount of the ballots."
    assert extract(text) == []
    rows = extract(text, scope="attributions")
    assert [(r["text"], r["speaker"]) for r in rows] == [("a full recount of the ballots", "Jane Roe")]


def test_concerns_nobody_is_named_as_having_are_attributed_to_no_source():
    text = "Amid growing concerns about the economy, the bank raised rates."
    assert extract(text) == []
    assert [(r["text"], r["speaker"]) for r in extract(text, scope="attributions")] == [("the economy", None)]


@pytest.mark.parametrize("text, report, speaker", [
    ("Cruz voted against the budget deal in the Senate.", "the budget deal in the Senate", "Cruz"),
    ("The union president railed against the new contract.", "the new contract", "union president"),
    ("Rubio attacked the front-runner's record on immigration.", "the front-runner's record on immigration", "Rubio"),
    ("The governor offered a deal to the striking teachers.", "a deal to the striking teachers", "governor"),
])
def test_stances_taken_in_a_vote_or_a_speech_are_attributions(text, report, speaker):
    assert extract(text) == []
    assert [(r["text"], r["speaker"]) for r in extract(text, scope="attributions")] == [(report, speaker)]


def test_a_participle_after_a_closing_mark_ends_the_clause_it_follows():
    text = 'Trump told reporters that Romney "had a crazy policy of self-deportation," adding that he lost the Latino vote.'
    rows = extract(text, scope="attributions")
    assert [(r["text"], r["type"]) for r in rows] == [
        ('that Romney "had a crazy policy of self-deportation', "partial"), ("that he lost the Latino vote", "indirect")]


def test_a_second_verb_reports_its_object_with_the_shared_subject():
    text = "The senator criticized the court’s ruling and vowed a swift appeal to the Supreme Court."
    assert [r["text"] for r in extract(text)] == ["the court’s ruling"]
    rows = extract(text, scope="attributions")
    assert [r["text"] for r in rows] == ["the court’s ruling", "a swift appeal to the Supreme Court"]
    assert {r["speaker"] for r in rows} == {"senator"}


def test_a_second_verb_urging_someone_shares_the_subject_in_both_scopes():
    text = "Beijing condemned the missile test and warned Pyongyang to refrain from further provocations."
    for scope in lexicon.SCOPES:
        row = only(extract(text, scope=scope), "refrain")
        assert row["text"] == "Pyongyang to refrain from further provocations"
        assert row["speaker"] == "Beijing"


def test_an_adjunct_ends_a_one_word_object():
    text = "The rancor is so blatant that the candidates were asked about them during the debate on Thursday."
    row = only(extract(text, scope="attributions"), "them")
    assert row["text"] == "them" and row["speaker"] is None


def test_a_fragment_after_a_verb_inside_a_report_belongs_to_the_report():
    text = "The senator said that her campaign would continue “to break barriers” across the nation."
    row = only(extract(text, scope="attributions"), "barriers")
    assert row["text"] == "that her campaign would continue “to break barriers” across the nation"
    assert row["type"] == "partial"
    assert only(extract(text), "barriers")["speaker"] == "senator"


def test_a_fragment_after_a_phrase_cue_takes_its_clause():
    text = "The senator made it clear that she has “serious concerns” about several provisions."
    assert only(extract(text), "concerns")["text"] == "serious concerns"
    row = only(extract(text, scope="attributions"), "concerns")
    assert row["text"] == "that she has “serious concerns” about several provisions"


@pytest.mark.parametrize("text, attribution", [
    ('On MSNBC, the governor said "local forces" must lead the way.', 'local forces" must lead the way'),
    ('The mayor said, "we have three weeks" left before the vote.', 'we have three weeks" left before the vote'),
])
def test_a_fragment_the_reporters_clause_goes_on_from_takes_the_clause(text, attribution):
    fragment = attribution.split('"')[0]
    assert only(extract(text), fragment)["text"] == fragment
    assert only(extract(text, scope="attributions"), fragment)["text"] == attribution


@pytest.mark.parametrize("text, quotation", [
    ('Protesters gathered outside, chanting "no contract, no peace" after the talks failed.', "no contract, no peace"),
    ('The aide wrote "the beginning of a new era" in his 1969 book.', "the beginning of a new era"),
])
def test_a_fragment_followed_by_the_reporters_adjunct_stays_as_quoted(text, quotation):
    assert only(extract(text, scope="attributions"), quotation)["text"] == quotation


def test_a_bid_for_office_is_a_campaign_not_an_attribution():
    text = "The governor's bid for the White House collapsed after a string of primary losses."
    assert extract(text, scope="attributions") == []


@pytest.mark.parametrize("text, report, speaker", [
    ("The senator went out of her way to praise the governor’s handling of the floods.",
     "the governor’s handling of the floods", "senator"),
    ("Biden was arranging calls with both candidates to discuss the state of the race.",
     "the state of the race", "Biden"),
    ("Democratic voters are slightly more likely to say that the governor shares their values.",
     "that the governor shares their values", "democratic voters"),
])
def test_a_cue_after_to_reports_with_the_sentences_subject(text, report, speaker):
    assert not any(r["text"] == report for r in extract(text))
    row = only(extract(text, scope="attributions"), report)
    assert row["text"] == report and row["speaker"] == speaker


def test_an_expressed_feeling_is_an_attribution():
    text = "Several Republican senators expressed cautious optimism about the trade deal."
    assert extract(text) == []
    row = only(extract(text, scope="attributions"), "optimism")
    assert row["text"] == "cautious optimism about the trade deal" and "senators" in row["speaker"]


@pytest.mark.parametrize("text, report, speaker", [
    ("The effects of the levy are difficult to predict, many economists say.",
     "The effects of the levy are difficult to predict", "economists"),
    ("The levy is hard to explain to voters who pay it, aides said.",
     "The levy is hard to explain to voters who pay it", "aides"),
])
def test_a_cue_after_an_adjective_of_difficulty_has_no_speaker(text: str, report: str, speaker: str):
    rows = extract(text, scope="attributions")
    assert [(r["text"], r["speaker"]) for r in rows] == [(report, speaker)]



@pytest.mark.parametrize("text, attribution", [
    ("The mayor said that the ferry would run again in March.", "that the ferry would run again in March"),
    ('The mayor said that the ferry was "a lifeline" for the island.', 'that the ferry was "a lifeline" for the island'),
    ("The mayor warned the council that the ferry would stop.", "that the ferry would stop"),
    ("The mayor said that, in March, the ferry would run again.", "that, in March, the ferry would run again"),
])
def test_an_attribution_starts_at_its_complementizer(text: str, attribution: str):
    assert only(extract(text, scope="attributions"), "ferry")["text"] == attribution
    assert not any(r["text"].startswith("that") for r in extract(text))  # the default scope reports the clause


@pytest.mark.parametrize("text", [
    "It was said that the ferry would run again in March.",
    "It has been reported that the ferry would run again in March.",
    "Locally, it is widely believed that the ferry would run again in March.",
])
def test_an_impersonal_passive_reports_its_clause_without_a_speaker(text: str):
    row = only(extract(text, scope="attributions"), "ferry")
    assert row["text"] == "that the ferry would run again in March"
    assert row["speaker"] is None


def test_it_should_be_noted_is_the_writers_aside():
    assert extract("It should be noted that the ferry would run again in March.", scope="attributions") == []


def test_what_someone_was_asked_to_do_is_an_attribution():
    row = only(extract("The mayor was asked to name a date for the new ferry.", scope="attributions"), "ferry")
    assert row["text"] == "to name a date for the new ferry"


@pytest.mark.parametrize("text, report", [
    ("The harbour master is said to be planning a new pier.", "to be planning a new pier"),
    ("The ferry was once thought to be a lifeline for the island.", "to be a lifeline for the island"),
])
def test_a_passive_with_an_infinitive_is_hearsay_without_a_speaker(text: str, report: str):
    row = only(extract(text, scope="attributions"), report.split()[-1])
    assert row["text"] == report and row["speaker"] is None


def test_a_second_verb_with_a_to_infinitive_shares_the_subject():
    rows = extract("The mayor said she regretted the delay and promised to reopen the ferry in March.", scope="attributions")
    assert [r["text"] for r in rows] == ["she regretted the delay", "to reopen the ferry in March"]
    assert rows[1]["speaker"] == "mayor"


def test_a_report_keeps_the_quoted_words_of_another_speaker_inside_it():
    text = ("The mayor told the harbour board on Monday that she would keep the ferry running "
            "while her rival wants to \"sell it off\" by spring.")
    assert only(extract(text), "sell")["text"] == "sell it off"
    row = only(extract(text, scope="attributions"), "ferry")
    assert row["text"] == "that she would keep the ferry running while her rival wants to \"sell it off\" by spring"
    assert row["speaker"] == "mayor"


def test_a_fragment_its_own_cue_introduces_keeps_its_speaker():
    text = "The mayor said the ferry would run until a heckler shouted \"Never again!\" from the back."
    rows = extract(text, scope="attributions")
    assert any(r["text"] == "Never again!" for r in rows)  # the report around it is kept as well (see below)


@pytest.mark.parametrize("text, question", [
    ("Asked on Monday whether the ferry would run in winter, the mayor shook her head.",
     "whether the ferry would run in winter"),
    ("When asked which issue mattered most, a third of the voters chose housing.", "which issue mattered most"),
])
def test_a_question_put_to_someone_is_an_attribution_without_a_speaker(text: str, question: str):
    row = only(extract(text, scope="attributions"), question.split()[1])
    assert row["text"] == question and not isinstance(row["speaker"], str)


def test_a_question_put_by_a_named_asker_is_the_askers():
    text = "Asked by Dana Lee why the harbour had closed, the mayor blamed the storms."
    row = only(extract(text, scope="attributions"), "harbour")
    assert row["text"] == "why the harbour had closed" and row["speaker"] == "Dana Lee"


def test_what_someone_was_asked_about_after_the_hearer_is_an_attribution():
    text = "A radio host asked the mayor about the closed harbour."
    row = only(extract(text, scope="attributions"), "harbour")
    assert row["text"] == "the closed harbour" and "radio host" in row["speaker"]


@pytest.mark.parametrize("text, hedge", [
    ("The mayor is not expected to attend the launch.", "to attend the launch"),
    ("Other ports are also expected to cut their fees next year.", "to cut their fees next year"),
    ("The mayor isn’t expected to attend the launch.", "to attend the launch"),
])
def test_an_expectation_with_an_adverb_or_a_negation_is_hedged(text: str, hedge: str):
    rows = extract(text, scope="attributions")
    assert only(rows, hedge.split()[1])["text"] == hedge
    assert all(r["text"] not in {"isn’t", "n’t"} for r in rows)


def test_an_expectation_inside_a_fronted_clause_ends_with_it():
    text = "While the ferry is expected to resume in May, the bridge will stay shut."
    assert only(extract(text, scope="attributions"), "resume")["text"] == "to resume in May"


def test_a_report_around_a_fragment_its_own_cue_introduces_is_kept_with_it():
    text = ("The mayor said on Monday that she had called the skipper to thank him for what she called "
            "“a heroic crossing.”")
    rows = extract(text, scope="attributions")
    report = only(rows, "skipper")
    assert report["text"].startswith("that she had called the skipper") and report["text"].endswith("crossing.”")
    assert report["speaker"] == "mayor"
    assert any(r["text"].startswith("a heroic crossing") and r["type"] == "partial" for r in rows)


@pytest.mark.parametrize("text, head, tail", [
    ("Patience, the harbour master added, was running out among the crews.", "Patience", "was running out"),
    ("Ferries docked late all week. But, the captain said, the crews never complained.", "But",
     "the crews never complained"),
    ("And yet, Ms. Okafor says, the quay stays open at night.", "And yet", "the quay stays open"),
])
def test_every_piece_around_a_parenthetical_cue_is_an_attribution(text: str, head: str, tail: str):
    """PARC splits content that a cue interrupts into pieces and keeps each,
    however short; a statement keeps only what makes a clause."""
    rows = extract(text, scope="attributions")
    assert only(rows, tail)["text"].startswith(tail)
    assert [r["text"] for r in rows if r["end"] <= text.index(tail)] == [head]
    assert [r["text"] for r in extract(text) if r["end"] <= text.index(tail)] == []


def test_what_is_expected_ends_at_a_comma():
    text = "The harbour board is expected to sign the measure, potentially teeing up a new levy by the spring."
    rows = extract(text, scope="attributions")
    assert only(rows, "measure")["text"] == "to sign the measure"
    assert not any("teeing" in r["text"] for r in rows)


def test_the_words_before_a_parenthetical_according_to_are_a_piece_of_the_attribution():
    text = "Since last November, according to Harbour Watch, the police have arrested dozens of ferry workers."
    rows = extract(text, scope="attributions")
    assert only(rows, "November")["text"] == "Since last November"
    assert only(rows, "arrested")["speaker"] == only(rows, "November")["speaker"] == "Harbour Watch"
    assert not any("November" in r["text"] for r in extract(text))
