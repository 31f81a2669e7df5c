"""Detection and attribution on real sentences: every kind of quotation the
core issue names, each with its speaker."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from quotes.extract import run
from quotes.model import Article


NO_REGISTRY = Path(tempfile.mkdtemp()) / "speakers.toml"
NO_REGISTRY.write_text("")  # names as the text gives them, not as corpus/speakers.toml folds them


def extract(text: str, source: str = "Test", scope: str = "statements") -> list[dict]:
    quotes = run([Article(id="a", text=text, source=source)], speakers=NO_REGISTRY, statements=False,
                 scope=scope).quotes
    rows = quotes.to_dict("records")
    for r in rows:  # offsets always point into the text as given
        assert text[r["start"]:r["end"]] == r["text"]
    return rows


def only(rows: list[dict], fragment: str) -> dict:
    hits = [r for r in rows if fragment in r["text"]]
    assert len(hits) == 1, (fragment, rows)
    return hits[0]


def test_direct_quote_with_missing_opening_mark_and_glued_sentences():
    text = ("Darmanin said he was determined to stamp out drug kingpins' capacity to operate from behind "
            "bars.The French Republic is facing up to the problem of drug trafficking and taking measures "
            "that will massively disrupt the criminal networks,\" Darmanin wrote on X.He added: \"The Republic "
            "is confronted with drug trafficking. It is being challenged and will be firm and courageous.\"")
    rows = extract(text)
    first = only(rows, "facing up to the problem")
    assert first["text"].startswith("The French Republic")
    assert first["type"] == "direct" and first["speaker"] == "Darmanin"
    second = only(rows, "confronted with")
    assert second["text"].endswith("firm and courageous.")  # multi-sentence, marks outside
    assert second["speaker"] == "Darmanin" and second["speaker_mention"] == "He"
    indirect = only(rows, "determined to stamp out")
    assert indirect["type"] == "indirect" and indirect["text"].startswith("he was determined")


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»")])
def test_every_quote_style(open_: str, close: str):
    text = f"{open_}Those who attack prisons deserve to be locked up in those prisons,{close} Bruno Retailleau said."
    row = only(extract(text), "Those who attack")
    assert row["type"] == "direct" and row["speaker"] == "Bruno Retailleau"
    assert not row["text"].endswith(",")


def test_apostrophes_are_not_quote_marks():
    text = ("France’s justice minister said the prisoners’ rights group was wrong. "
            "‘They order killings, launder money. They threaten prison guards’ families,’ he said.")
    rows = extract(text)
    row = only(rows, "They order killings")
    assert row["text"].endswith("prison guards’ families")


def test_quote_split_by_its_attribution():
    text = ("“It might also be because we hit them where it hurts,” Darmanin said during a visit to the "
            "Toulon facility on Tuesday. “And for the first time in decades, France is taking extremely "
            "serious measures against drug trafficking.”")
    rows = extract(text)
    assert [r["speaker"] for r in rows] == ["Darmanin", "Darmanin"]
    assert all(r["type"] == "direct" for r in rows)


def test_partial_quotes_are_the_fragment():
    text = ("Interior Minister Bruno Retailleau condemned the violence as “unacceptable” and announced "
            "increased security measures. In February, Retailleau said France had been hit by a "
            "\"white tsunami\" that had rewritten the rules of the criminal landscape.")
    rows = extract(text)
    assert [(r["text"], r["type"], r["speaker"]) for r in rows] == [
        ("unacceptable", "partial", "Bruno Retailleau"),
        ("white tsunami", "partial", "Bruno Retailleau"),
    ]


def test_scare_quotes_graffiti_tags_and_captions_are_not_statements():
    text = ("So far, no group has claimed responsibility, but graffiti with the initials DDPF – “French "
            "Prisoners’ Rights” – have been found at some of the attack sites.\n\n"
            "While no group has claimed responsibility, the letters ‘DDPF’, meaning ‘French prisoners’ "
            "rights’, were seen at others.\n\n"
            "A prison officer shows letters \"DDFM\" spray-painted on a door of the prison\n\n"
            "A prison officer shows letters \"DDFM\" spray-painted on a door of the prison")
    assert extract(text) == []


def test_apposition_and_organisations():
    text = ("Wilfried Fonck, national secretary for the UFAP UNSa Justice union, said the prison system did "
            "not have enough staff to secure prison perimeters “24/7”. Fifteen bullet impacts were found on "
            "the gate following an attack with a “Kalashnikov-type” assault weapon, prison staff union FO "
            "Justice said.")
    rows = extract(text)
    assert only(rows, "24/7")["speaker"] == "Wilfried Fonck"
    fo = only(rows, "Kalashnikov-type")
    assert fo["speaker"] == "FO Justice" and fo["type"] == "partial"


@pytest.mark.parametrize("mention, name", [
    ("Harbour Master of Leith Ann McDonald", "Ann McDonald"),
    ("Chief of Staff Ann McDonald", "Ann McDonald"),
    ("Director of Port Operations Ann McDonald", "Ann McDonald"),
    ("Secretary of the Treasury Ann McDonald", "Ann McDonald"),
    ("Ann McDonald of the Harbour Trust", "Ann McDonald"),
    ("The chairman of the Harbour Trust", "chairman of the Harbour Trust"),
    # a title word that opens an organisation's name is part of it, not a role
    ("The State Department", "State Department"),
    ("The National Maritime Board", "National Maritime Board"),
])
def test_titles_and_affiliations_around_a_name(mention: str, name: str):
    row = only(extract(f"{mention} said the ferry would run all winter."), "ferry")
    assert row["speaker"] == name and row["speaker_mention"].lower() == mention.lower().removeprefix("the ")


def test_relative_clause_between_speaker_and_cue():
    text = ("Justice Minister Gerald Darmanin, who has led efforts to toughen prison security, said, "
            "“Attempts have been made to intimidate staff in several prisons.”")
    row = only(extract(text), "Attempts have been made")
    assert row["speaker"] == "Gerald Darmanin" and row["type"] == "direct"


def test_pronouns_resolve_across_paragraphs():
    text = ("On Tuesday, French Justice Minister Darmanin visited Toulon's La Farlede prison.\n"
            "\"I am pleased that the prosecutor's office has taken action because this is extremely "
            "serious,\" he told reporters.\n"
            "According to him, \"acts of intimidation against prison employees\" were linked to the "
            "government's efforts to combat drug crime.")
    rows = extract(text)
    assert [r["speaker"] for r in rows] == ["Darmanin", "Darmanin"]
    assert only(rows, "acts of intimidation")["type"] == "partial"


def test_anonymous_sources_and_reported_speech_after_the_clause():
    text = ("An unnamed source told the AFP news agency that the series of attacks “appeared to have been "
            "coordinated”. Three vehicles were set on fire in the car park of the Villepinte prison, a "
            "police source told AFP.")
    rows = extract(text)
    assert only(rows, "appeared to have been coordinated")["speaker_group"] == "anonymous"
    cars = only(rows, "Three vehicles")
    assert cars["type"] == "indirect" and cars["speaker"] == "police source"
    assert cars["speaker_group"] == "anonymous"
    assert not cars["text"].endswith(",")


def test_according_to_and_said_on_a_day():
    text = ("Attacks also occurred in Marseille and Valence, according to French Justice Minister Gérald "
            "Darmanin. France’s national antiterrorism prosecutor’s office said on Tuesday it has taken "
            "charge of the investigation.")
    rows = extract(text)
    assert only(rows, "Attacks also occurred")["speaker"] == "Gérald Darmanin"
    pnat = only(rows, "taken charge")
    assert pnat["text"].startswith("it has taken charge")
    assert pnat["speaker_group"] == "prosecutor"


def test_noun_phrases_after_announce_are_not_reported_speech():
    text = ("In February, the interior ministry announced a record number of cocaine seizures. "
            "Prison guards' unions have called for immediate intervention to protect staff.")
    assert extract(text) == []


def test_embedded_social_media_post_is_a_quote_by_its_author():
    text = ("Officials said nothing.\n"
            "Critical gangs across France launched attacks at 7 prisons last night pic.twitter.com/abc\n"
            "— Jane Roe – The Watch (@janeroe1) April 15, 2025\n"
            "More follows.")
    row = only(extract(text), "Critical gangs")
    assert row["speaker"] == "Jane Roe" and row["type"] == "direct"


def test_multi_paragraph_quote_left_open():
    text = ("Darmanin said he was seeking to crack down on ‘drug networks that continue to operate from "
            "prison cells.\n\n‘They order killings, launder money,’ he said.")
    rows = extract(text)
    assert only(rows, "drug networks")["speaker"] == "Darmanin"
    assert only(rows, "They order killings")["speaker"] == "Darmanin"


def test_participle_after_the_attribution_keeps_the_speaker():
    text = ("The attacks were \"terrorist attacks\", Justice Minister Gérald Darmanin said on Tuesday, "
            "promising that the perpetrators would receive \"extremely severe sentences\".")
    rows = extract(text)
    assert [r["speaker"] for r in rows] == ["Gérald Darmanin", "Gérald Darmanin"]
    assert all("Tuesday" not in (r["speaker_mention"] or "") for r in rows)


def test_pronoun_skips_outlets_and_places():
    text = ("\"It's a declaration of war,\" said Dominique Simonnot, the prisons inspector, on France Inter. "
            "She warned that overcrowding was fuelling violence.")
    rows = extract(text)
    assert only(rows, "overcrowding")["speaker"] == "Dominique Simonnot"


def test_pronoun_skips_a_name_that_modifies_a_noun():
    text = ("Ann McDonald, a Kirkcaldy Harbour lawyer, has helped ferry owners adapt to the new rules. "
            "The timetable, she said, would change in spring.")
    assert only(extract(text), "spring")["speaker"] == "Ann McDonald"


@pytest.mark.parametrize("text, speaker", [
    # a first name: "he" passes over the last person named, a woman
    ("Harbour master Tom Reid met Mayor Ann Foley at the quay. He said the ferry would run late.", "Tom Reid"),
    ("Mayor Ann Foley met harbour master Tom Reid at the quay. She said the ferry would run late.", "Ann Foley"),
    # an honorific, and a bare surname that takes the gender of its fuller mentions
    ("Mr. Reid thanked Mrs. Foley for the new timetable. He said the ferry would run late.", "Reid"),
    ("Ann Foley and Tom Reid opened the quay. Later Foley thanked Reid for the timetable. "
     "She said the ferry would run late.", "Ann Foley"),
    # a gendered role noun
    ("“Fares will rise,” the ferry company's spokeswoman said. Tom Reid, the harbour master, disagreed. "
     "She said the timetable would change.", "ferry company's spokeswoman"),
    # nothing shows a gender: the last person named, as before
    ("Harbour master Reid met Mayor Foley at the quay. He said the ferry would run late.", "Foley"),
    # a named place, or a place credited with a quotation, is no one a pronoun means
    ("Harbour master Tom Reid toured Ohio and North Carolina. He said the ferry would run late.", "Tom Reid"),
    ("Harbour master Tom Reid met the strikers. “The quay is closed,” Scotland said. "
     "He said the ferry would run late.", "Tom Reid"),
    # a capitalised preposition at a sentence's start is no part of the name after it
    ("Harbour master Tom Reid met the mayor. In Nevada, ferries are rare. He said the ferry would run late.",
     "Tom Reid"),
    ("With Tom Reid at the quay, the ferry was late. He said the timetable would change.", "Tom Reid"),
    # a run ending in a place's head noun, or in a group word, is no one "he" means
    ("Harbour master Tom Reid walked down Harbour Street. He said the ferry would run late.", "Tom Reid"),
    ("Harbour master Tom Reid spoke after Establishment Republicans met. He said the ferry would run late.",
     "Tom Reid"),
    # the subject of the sentence the antecedent is found in, not the last person it names
    ("Gene Sperling, who advises the mayor, hired Ann Foley under Bill Reid in 1995. "
     "He said the ferry would run late.", "Gene Sperling"),
    ("Last month, reporter Tom Reid met Bill Foley at the quay. “Sure it is,” he said.", "Tom Reid"),
    ("When Mr. Reid tried to defend the plan, Mr. Khan forcefully differed. He said the ferry would run late.",
     "Khan"),
    # but the one asked answers, and a later sentence's person is nearer than an earlier subject
    ("Last month, reporter Tom Reid asked Bill Foley whether the ferry was late. “Sure it is,” he said.",
     "Bill Foley"),
    ("Tom Reid met the mayor. Later, Bill Foley arrived at the quay. He said the ferry would run late.",
     "Bill Foley"),
])
def test_the_person_a_pronoun_means(text: str, speaker: str):
    rows = extract(text)
    row = only(rows, "would") if any("would" in r["text"] for r in rows) else only(rows, "Sure it is")
    assert row["speaker"] == speaker


def test_a_title_case_line_names_no_one_a_surname_can_stand_for():
    text = ("Why Harbour Fishermen Across Scotland Now Back Tom Reid.\n\n"
            "Harbour master Tom Reid met the fishermen on Monday. “The quay is closed,” Reid said.")
    assert only(extract(text), "quay")["speaker"] == "Tom Reid"


@pytest.mark.parametrize("name", ["Ann McDonald", "Ron DeSantis", "Paul LePage"])
def test_a_surname_with_a_capital_inside_folds_into_the_full_name(name: str):
    surname = name.split()[-1]
    text = f"Governor {name} toured the harbour on Monday. “The ferry is late,” {surname} said."
    assert only(extract(text), "ferry")["speaker"] == name


def test_unnamed_sources_described_after_their_noun():
    text = ("The attacks were \"very serious\", a source close to the investigation told Reuters, speaking "
            "on condition of anonymity. Vehicles were torched outside the jail, people familiar with the "
            "matter said.")
    rows = extract(text)
    assert only(rows, "very serious")["speaker_group"] == "anonymous"
    assert only(rows, "Vehicles were torched")["speaker_group"] == "anonymous"


def test_organisation_names_keep_their_case_in_descriptions():
    text = "The UFAP-UNSa Justice union said in a statement that prison officers were \"being hunted\"."
    row = only(extract(text), "being hunted")
    assert row["speaker"] == "UFAP-UNSa Justice union" and row["speaker_group"] == "union"
