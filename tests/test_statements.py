"""Grouping renderings of one statement, on quotations from the seed corpus."""
from __future__ import annotations

import pandas as pd
import pytest

from quotes.model import QUOTATION_COLUMNS
from quotes.statements import (
    RELATIONS,
    assign_statements,
    candidate_pairs,
    normalise,
    speaker_key,
    statements_table,
)

DARMANIN, RETAILLEAU = "Gérald Darmanin", "Bruno Retailleau"

# (article prefix, quoted text as it appears in the article, speaker, type)
SEED_QUOTES = [
    ("000", "The French Republic is facing up to the problem of drug trafficking and taking measures "
            "that will massively disrupt the criminal networks", DARMANIN, "direct"),
    ("000", "The Republic is confronted with drug trafficking and is taking measures that will deeply "
            "disturb criminal networks. It is being challenged and will be firm and courageous.",
     DARMANIN, "direct"),
    ("000", "unacceptable", RETAILLEAU, "partial"),
    ("000", "white tsunami", RETAILLEAU, "partial"),
    ("001", "Attempts have been made to intimidate staff in several prisons.", DARMANIN, "direct"),
    ("002", "I am pleased that the national counter-terrorism prosecutor's office has taken action "
            "because this is extremely serious. These are terrorist attacks. Significant means are being "
            "used to find the perpetrators and they will receive extremely severe sentences", DARMANIN, "direct"),
    ("002", "acts of intimidation against prison employees", DARMANIN, "partial"),
    ("002", "It could also be because we have hit them where it hurts and for the first time in decades, "
            "France is taking extremely serious measures against drug trafficking", DARMANIN, "direct"),
    ("002", "Those who attack prisons and officers deserve to be locked up in those prisons and monitored "
            "by those officers", RETAILLEAU, "direct"),
    ("002", "white tsunami", RETAILLEAU, "partial"),
    ("003", "significant means", DARMANIN, "partial"),
    ("003", "extremely severe sentences.", DARMANIN, "partial"),
    ("003", "I am delighted that the national anti-terrorism prosecutor’s office has taken action because "
            "this is extremely serious. These are terrorist attacks", DARMANIN, "direct"),
    ("003", "Clearly people are trying to destabilise the state by intimidating it", DARMANIN, "direct"),
    ("003", "They are doing it because we are taking measures against the permissiveness that existed "
            "until now in jails", DARMANIN, "direct"),
    ("004", "It might also be because we hit them where it hurts", DARMANIN, "direct"),
    ("004", "will not give in to acts of intimidation", DARMANIN, "partial"),
    ("004", "unacceptable", RETAILLEAU, "partial"),
    ("004", "Those who attack prisons and officers deserve to be locked up in those prisons and monitored "
            "by those officers", RETAILLEAU, "direct"),
]


def _quotes(seed_articles: list[dict], rows=SEED_QUOTES) -> pd.DataFrame:
    """Quotations located in the real articles, as the extractor would give them."""
    by_prefix = {a["id"][:3]: a for a in seed_articles}
    records = []
    for prefix, text, speaker, kind in rows:
        article = by_prefix[prefix]
        start = article["text"].index(text)
        records.append(dict(article_id=article["id"], start=start, end=start + len(text), text=text,
                            type=kind, speaker=speaker, speaker_group="government",
                            source=article["source"], date=article["date"]))
    return pd.DataFrame(records, columns=list(QUOTATION_COLUMNS))


@pytest.fixture(scope="module")
def seed_quotes(seed_articles: list[dict]) -> pd.DataFrame:
    return _quotes(seed_articles)


@pytest.fixture(scope="module")
def assigned(seed_quotes: pd.DataFrame) -> pd.DataFrame:
    return assign_statements(seed_quotes)


def _id(frame: pd.DataFrame, text_start: str, prefix: str | None = None) -> str:
    rows = frame[frame["text"].str.startswith(text_start)]
    if prefix is not None:
        rows = rows[rows["article_id"].str.startswith(prefix)]
    assert len(rows) == 1, (text_start, prefix, len(rows))
    return rows["statement_id"].iloc[0]


def test_every_row_gets_a_statement(assigned: pd.DataFrame, seed_quotes: pd.DataFrame) -> None:
    assert len(assigned) == len(seed_quotes)
    assert assigned["statement_id"].notna().all()
    assert set(assigned["statement_relation"]) <= set(RELATIONS)
    assert assigned["statement_similarity"].between(0, 1).all()
    assert (assigned.groupby("statement_id")["statement_relation"]
            .apply(lambda r: (r == "canonical").sum()) == 1).all()


def test_two_translations_in_one_article_join(assigned: pd.DataFrame) -> None:
    assert _id(assigned, "The French Republic") == _id(assigned, "The Republic is confronted")


def test_translation_variants_across_outlets_join(assigned: pd.DataFrame) -> None:
    assert _id(assigned, "I am pleased") == _id(assigned, "I am delighted")
    assert _id(assigned, "It could also be") == _id(assigned, "It might also be")


def test_fragments_join_their_statement(assigned: pd.DataFrame) -> None:
    pleased = _id(assigned, "I am pleased")
    assert _id(assigned, "significant means") == pleased
    assert _id(assigned, "extremely severe sentences") == pleased
    fragments = assigned[assigned["text"].isin(["significant means", "extremely severe sentences."])]
    assert (fragments["statement_relation"] == "fragment").all()


def test_short_fragments_join_across_articles(assigned: pd.DataFrame) -> None:
    assert _id(assigned, "white tsunami", "000") == _id(assigned, "white tsunami", "002")
    assert _id(assigned, "unacceptable", "000") == _id(assigned, "unacceptable", "004")
    assert _id(assigned, "white tsunami", "000") != _id(assigned, "unacceptable", "000")


def test_different_statements_by_one_speaker_stay_apart(assigned: pd.DataFrame) -> None:
    darmanin = ["The French Republic", "Attempts have been made", "I am pleased", "It could also be",
                "Clearly people", "They are doing it"]
    assert len({_id(assigned, t) for t in darmanin}) == len(darmanin)


def test_hard_near_miss_stays_apart_and_is_flagged(assigned: pd.DataFrame) -> None:
    near = assigned[assigned["text"].isin(["acts of intimidation against prison employees",
                                           "will not give in to acts of intimidation"])]
    assert near["statement_id"].nunique() == 2
    assert near["statement_review"].all()


def test_misattributed_rendering_still_joins(seed_quotes: pd.DataFrame) -> None:
    quotes = seed_quotes.copy()
    delighted = quotes["text"].str.startswith("I am delighted")
    quotes.loc[delighted, "speaker"] = RETAILLEAU
    out = assign_statements(quotes)
    assert _id(out, "I am delighted") == _id(out, "I am pleased")


def test_misattributed_short_fragment_does_not_join(seed_quotes: pd.DataFrame) -> None:
    """Two words are too little evidence to overrule the speaker."""
    quotes = seed_quotes.copy()
    quotes.loc[quotes["text"] == "significant means", "speaker"] = RETAILLEAU
    out = assign_statements(quotes)
    assert _id(out, "significant means") != _id(out, "I am pleased")


def test_vague_speaker_is_a_wildcard(seed_quotes: pd.DataFrame) -> None:
    quotes = seed_quotes.copy()
    quotes.loc[quotes["text"].str.startswith("The Republic is confronted"), "speaker"] = "authorities"
    quotes.loc[quotes["text"].str.startswith("It might also be"), "speaker"] = None
    out = assign_statements(quotes)
    assert _id(out, "The Republic is confronted") == _id(out, "The French Republic")
    assert _id(out, "It might also be") == _id(out, "It could also be")


def test_ids_do_not_depend_on_row_order(seed_quotes: pd.DataFrame, assigned: pd.DataFrame) -> None:
    shuffled = seed_quotes.sample(frac=1, random_state=7).reset_index(drop=True)
    again = assign_statements(shuffled)
    key = ["article_id", "start", "end"]
    merged = assigned.merge(again, on=key, suffixes=("", "_again"))
    assert len(merged) == len(assigned)
    assert (merged["statement_id"] == merged["statement_id_again"]).all()
    assert (merged["statement_relation"] == merged["statement_relation_again"]).all()


def test_input_index_and_rows_are_kept(seed_quotes: pd.DataFrame) -> None:
    quotes = seed_quotes.set_axis([f"row{i}" for i in range(len(seed_quotes))])
    out = assign_statements(quotes)
    assert list(out.index) == list(quotes.index)
    assert (out["text"] == quotes["text"]).all()
    assert quotes["statement_id"].isna().all()  # a copy, not an edit


def test_statements_table_agrees_with_quotes(assigned: pd.DataFrame) -> None:
    table = statements_table(assigned)
    assert table["statement_id"].is_unique
    assert set(table["statement_id"]) == set(assigned["statement_id"])
    assert table["n_quotations"].sum() == len(assigned)
    for row in table.itertuples():
        members = assigned[assigned["statement_id"] == row.statement_id]
        assert row.n_articles == members["article_id"].nunique()
        assert row.sources.split("; ") == sorted(members["source"].unique())
        assert row.first_date == members["date"].min()
        assert row.has_review == members["statement_review"].any()
        assert row.canonical_text in set(members["text"])
    pleased = table[table["canonical_text"].str.startswith("I am pleased")].iloc[0]
    assert (pleased.speaker, pleased.n_quotations, pleased.n_sources) == (DARMANIN, 4, 2)


def test_empty_input() -> None:
    out = assign_statements(pd.DataFrame(columns=list(QUOTATION_COLUMNS)))
    assert out.empty and "statement_relation" in out.columns
    assert statements_table(out).empty


def test_normalise_folds_what_outlets_vary() -> None:
    assert normalise("prosecutor’s office") == normalise("Prosecutor's office")
    assert normalise("destabilise the State") == normalise("destabilize the state")
    assert normalise("Gérald  Darmanin") == "gerald darmanin"


def test_vague_speakers_are_wildcards() -> None:
    assert speaker_key(None) is None
    assert speaker_key("a police source") is None
    assert speaker_key("government officials") is None
    assert speaker_key("Someone", "anonymous") is None
    assert speaker_key("Gérald Darmanin") == "gerald darmanin"


def test_candidate_pairs_block_on_shared_rare_keys() -> None:
    keys = [{"republic", "drug", "trafficking"}, {"republic", "trafficking", "networks"},
            {"prison", "guards"}, {"prison", "unions"}]
    assert candidate_pairs(keys, max_df=100, min_shared=2).tolist() == [[0, 1]]
    # a key held by more quotations than max_df is not blocked on
    assert candidate_pairs(keys, max_df=1, min_shared=1).tolist() == []
