"""Canonical speakers across articles, the registry and default groups."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes import gender, lexicon
from quotes.extract import run
from quotes.model import Article
from quotes.speakers import Registry, Speaker, default_group, fold

ROOT = Path(__file__).resolve().parents[1]


def _without_registry(articles: list[Article], tmp_path: Path):
    """The quotations of `articles` with an empty speaker registry: only the corpus folds names."""
    empty = tmp_path / "speakers.toml"
    empty.write_text("")
    return run(articles, speakers=empty, statements=False).quotes


def test_fold_ignores_accents_case_possessives_and_hyphens():
    assert fold("Gérald Darmanin") == fold("GERALD DARMANIN")
    assert fold("France’s anti-terrorism office") == "france antiterrorism office"


def test_name_variants_fold_across_articles_without_a_registry(tmp_path: Path):
    articles = [
        Article("a", "“We will be firm,” Justice Minister Gérald Darmanin said.", source="A"),
        Article("b", "“We will be firm and courageous,” Gerald Darmanin said.", source="B"),
        Article("c", "“The state is challenged,” Darmanin said.", source="C"),
        Article("d", "“We hear you,” Darmanin said. Gérald Darmanin left.", source="D"),
    ]
    quotes = _without_registry(articles, tmp_path)
    assert set(quotes["speaker"]) == {"Gérald Darmanin"}
    assert set(quotes["speaker_group"]) == {"government"}  # from the title "Justice Minister"


def test_an_honorific_keeps_a_surname_from_a_full_name_of_the_other_gender(tmp_path: Path):
    articles = [
        Article("a", "“Fares will rise,” harbour master Mary Kaplan said. "
                     "“The ferry is late,” Mr. Kaplan, her husband, said.", source="A"),
        Article("b", "“The quay is closed,” Mr. Kaplan said.", source="B"),
        Article("c", "“The quay is open,” Ms. Kaplan said.", source="C"),
    ]
    quotes = _without_registry(articles, tmp_path).set_index("text")["speaker"]
    assert quotes["Fares will rise"] == "Mary Kaplan"
    assert quotes["The ferry is late"] == "Kaplan"  # in the same article
    assert quotes["The quay is closed"] == "Kaplan"  # across articles
    assert quotes["The quay is open"] == "Mary Kaplan"


def test_registry_maps_descriptions_and_roles(tmp_path: Path):
    registry = Registry.load(ROOT / "corpus" / "speakers.toml")
    assert registry.lookup_description("France’s national antiterrorism prosecutor’s office").name == "PNAT"
    assert registry.lookup_description("the prosecutor").name == "PNAT"
    assert registry.lookup("Gerald Darmanin").group == "government"


def test_default_groups_from_keywords():
    assert default_group(Speaker("police source", "anonymous")) == "anonymous"
    assert default_group(Speaker("staff unions", "group")) == "union"
    assert default_group(Speaker("Wilfried Fonck", "person", "national secretary for the UFAP union")) == "union"
    assert default_group(Speaker("Interior Minister", "role")) == "government"
    assert default_group(Speaker("Babak Taghvaee", "person")) == "other"


def test_the_seed_corpus_speakers(tmp_path: Path):
    quotes = run([ROOT / "corpus" / "articles.jsonl"], statements=False).quotes
    speakers = set(quotes["speaker"].dropna())
    assert {"Gérald Darmanin", "Bruno Retailleau", "FO Justice", "Wilfried Fonck", "PNAT"} <= speakers
    assert not speakers & {"he", "she", "they", "him", "He"}
    groups = dict(zip(quotes["speaker"], quotes["speaker_group"]))
    assert groups["FO Justice"] == "union" and groups["PNAT"] == "prosecutor"


def test_a_registry_role_stands_for_its_speaker_only_where_the_corpus_names_it(tmp_path: Path):
    """The seed study's registry maps "prosecutors" to the French antiterrorism
    prosecutor's office; run on unrelated news, it must not."""
    registry = ROOT / "corpus" / "speakers.toml"
    other = [Article("us", "Former prosecutors said the investigators were feeling the pressure of time.")]
    assert set(run(other, speakers=registry, statements=False).quotes["speaker"]) == {"former prosecutors"}
    named = other + [Article("fr", "“The attacks are terrorist acts,” the national antiterrorism prosecutor's "
                                   "office said in a statement.")]
    speakers = set(run(named, speakers=registry, statements=False).quotes["speaker"])
    assert speakers == {"PNAT"}


def test_a_group_word_or_a_misread_phrase_is_no_full_name_to_fold_a_surname_onto(tmp_path: Path):
    articles = [
        Article("a", "“We will hold the line on spending,” Establishment Republicans said.", source="A"),
        Article("b", "“The budget is a disgrace,” Republicans said.", source="B"),
        Article("c", "“We need a vote now,” Maria Okafor said.", source="C"),
        Article("d", "“Nobody asked us,” Okafor said.", source="D"),
    ]
    quotes = _without_registry(articles, tmp_path).set_index("article_id")
    assert quotes.loc["b", "speaker"] == "Republicans"
    assert quotes.loc["b", "speaker_group"] == "party"
    assert quotes.loc["d", "speaker"] == "Maria Okafor"  # a surname still folds onto its full name


def test_a_headline_participle_is_not_part_of_a_name():
    from tests.test_attribute import extract
    text = ("Railing Against Okafor, Mayor Vows To Reopen the Pier.\n\n"
            "Ada Okafor said the pier was unsafe. \"We cannot take the risk,\" Okafor said.")
    speakers = {r["speaker"] for r in extract(text)}
    assert "Ada Okafor" in speakers and not any("Railing" in (s or "") or "Against" in (s or "") for s in speakers)


def test_gender_lists_are_folded_and_name_no_one_twice():
    """A word or first name listed under both genders would make every
    mention of it undecided without anyone noticing; an unfolded one
    (`Mrs.`, `Ségolène`) would never match, since mentions are folded."""
    female, male = lexicon.genders()["female"], lexicon.genders()["male"]
    for field in ("pronouns", "words", "first_names"):
        assert not getattr(female, field) & getattr(male, field), field
        for word in getattr(female, field) | getattr(male, field):
            assert fold(word) == word, word


@pytest.mark.parametrize("words, first, expected", [
    (["mrs"], None, "female"), (["spokesman"], None, "male"), ([], "hillary", "female"),
    ([], "bernie", "male"), ([], "chris", None), (["mr", "wife"], None, None), (["ms"], "john", "female"),
])
def test_gender_of_a_mention_words_first_and_undecided_when_mixed(words, first, expected):
    assert gender.of_words(words, first) == expected
