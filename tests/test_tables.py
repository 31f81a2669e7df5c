"""Tidy tables and matrices: dtypes, agreement with the quotes table, parquet
round trip, determinism."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from quotes import tables
from quotes.analysis import analyze, from_quotes

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "articles.jsonl"

# Real sentences of the seed articles, attributed by hand. A2 Televizion
# (article 002) is deliberately left unquoted: its column must still appear.
SEED_QUOTES = [
    ("000", "The French Republic is facing up to the problem of drug trafficking and taking measures "
            "that will massively disrupt the criminal networks", "direct", "Gérald Darmanin", "government", "republic"),
    ("000", "The Republic is confronted with drug trafficking and is taking measures that will deeply "
            "disturb criminal networks.", "direct", "Gérald Darmanin", "government", "republic"),
    ("000", "burnt vehicles had been found in prison car parks for several days in the runup to what "
            "appeared to be Monday night's coordinated assault", "indirect", "Staff unions", "union", "burnt"),
    ("000", "unacceptable", "partial", "Bruno Retailleau", "government", "unacceptable"),
    ("001", "The French Republic is facing up to the problem of drug trafficking and is taking measures "
            "that will massively disrupt the criminal networks", "direct", "Gérald Darmanin", "government", "republic"),
    ("001", "Kalashnikov-type", "partial", "FO Justice", "union", "kalashnikov"),
    ("001", "he had instructed authorities to step up the protection of staff and prisons immediately",
     "indirect", "Bruno Retailleau", "government", "protection"),
    ("003", "Clearly people are trying to destabilise the state by intimidating it", "direct",
     "Gérald Darmanin", "government", "destabilise"),
    ("004", "unacceptable", "partial", "Bruno Retailleau", "government", "unacceptable"),
    ("004", "Those who attack prisons and officers deserve to be locked up in those prisons and monitored "
            "by those officers", "direct", "Bruno Retailleau", "government", "locked-up"),
    ("004", "It might also be because we hit them where it hurts", "direct", "Gérald Darmanin", "government", "hurts"),
]


def seed_article_frame() -> pd.DataFrame:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return pd.DataFrame(rows).rename(columns={"id": "article_id"})


def seed_quotes() -> pd.DataFrame:
    """The hand-attributed quotations above, with offsets found in the articles."""
    articles = seed_article_frame().set_index("article_id")
    rows = []
    for prefix, text, kind, speaker, group, statement in SEED_QUOTES:
        article_id = next(a for a in articles.index if a.startswith(prefix))
        article = articles.loc[article_id]
        start = article["text"].index(text)
        rows.append({"article_id": article_id, "start": start, "end": start + len(text), "text": text,
                     "type": kind, "speaker": speaker, "speaker_group": group, "source": article["source"],
                     "date": article["date"], "statement_id": statement})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def seed():
    return from_quotes(seed_quotes(), seed_article_frame())


def test_quotes_dtypes(seed):
    q = seed.quotes
    for col in ("speaker", "source", "type", "speaker_group"):
        assert isinstance(q[col].dtype, pd.CategoricalDtype), col
    assert q["start"].dtype == "Int64" and q["end"].dtype == "Int64"
    assert q["date"].dtype == "datetime64[ns]"
    assert q["text"].dtype == "string"
    assert list(q["type"].cat.categories) == list(tables.TYPE_ORDER)
    assert list(q.columns[: len(tables.QUOTE_COLUMNS)]) == list(tables.QUOTE_COLUMNS)


def test_tidy_is_idempotent(seed):
    pd.testing.assert_frame_equal(tables.tidy_quotes(seed.quotes), seed.quotes)
    pd.testing.assert_frame_equal(tables.tidy_articles(seed.articles), seed.articles)


def test_offsets_point_into_articles(seed):
    texts = seed.articles.set_index("article_id")["text"]
    for _, row in seed.quotes.iterrows():
        assert texts[row["article_id"]][row["start"]:row["end"]] == row["text"]


def test_speaker_matrix_agrees_with_quotes(seed):
    q, m = seed.quotes, seed.speaker_matrix
    for (group, speaker), row in m.iterrows():
        rows = q if group == tables.MARGIN else q[q["speaker_group"] == group]
        if speaker != tables.MARGIN:
            rows = rows[rows["speaker"] == speaker]
        for source in m["quotations"].columns:
            cell = rows if source == tables.MARGIN else rows[rows["source"] == source]
            assert row[("quotations", source)] == len(cell), (group, speaker, source)
            assert row[("statements", source)] == cell["statement_id"].nunique(), (group, speaker, source)


def test_statement_counted_once_across_outlets(seed):
    darmanin = seed.speaker_matrix.loc[("government", "Gérald Darmanin")]
    # "republic" is quoted twice by the Guardian and once by Al Jazeera.
    assert darmanin[("statements", "The Guardian (via sott.net)")] == 1
    assert darmanin[("quotations", "The Guardian (via sott.net)")] == 2
    assert darmanin[("statements", "All")] == 3  # republic, destabilise, hurts
    assert darmanin[("quotations", "All")] == 5


def test_outlet_without_quotations_has_a_zero_column(seed):
    m = seed.speaker_matrix
    assert "A2 Televizion" in m["quotations"].columns
    assert (m[("quotations", "A2 Televizion")] == 0).all()
    assert seed.statement_matrix["A2 Televizion"].isna().all()


def test_speaker_matrix_order(seed):
    index = list(seed.speaker_matrix.index)
    assert index == [
        ("government", "Gérald Darmanin"), ("government", "Bruno Retailleau"), ("government", "All"),
        ("union", "FO Justice"), ("union", "Staff unions"), ("union", "All"), ("All", "All"),
    ]
    assert all(dtype == "Int64" for dtype in seed.speaker_matrix.dtypes)


def test_statement_matrix_shows_each_outlets_wording(seed):
    sm = seed.statement_matrix
    guardian = sm.loc["republic", "The Guardian (via sott.net)"].split("\n")
    assert guardian == [SEED_QUOTES[0][1], SEED_QUOTES[1][1]]
    assert sm.loc["republic", "Al Jazeera"] == SEED_QUOTES[4][1]
    assert pd.isna(sm.loc["republic", "SOFX"])
    assert sm.loc["republic", "canonical_text"] == SEED_QUOTES[4][1]  # the longest rendering
    assert list(sm.index[:3]) == ["republic", "destabilise", "hurts"]  # Darmanin first, most quoted first


def test_statement_matrix_agrees_with_quotes(seed):
    sm, q = seed.statement_matrix, seed.quotes
    outlets = [c for c in sm.columns if c not in ("speaker", "speaker_group", "canonical_text")]
    for sid, row in sm.iterrows():
        for source in outlets:
            expected = q[(q["statement_id"] == sid) & (q["source"] == source)]["text"]
            shown = [] if pd.isna(row[source]) else row[source].split("\n")
            assert sorted(shown) == sorted(set(expected)), (sid, source)


def test_parquet_round_trip_rebuilds_identical_tables(seed, tmp_path):
    seed.write(tmp_path / "out")
    again = from_quotes(pd.read_parquet(tmp_path / "out" / "quotes.parquet"))
    pd.testing.assert_frame_equal(again.quotes, seed.quotes)
    pd.testing.assert_frame_equal(again.speaker_matrix, seed.speaker_matrix)
    pd.testing.assert_frame_equal(again.statement_matrix, seed.statement_matrix)
    pd.testing.assert_frame_equal(again.statements, seed.statements)
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out" / "statements.parquet"), seed.statements)


def test_csv_outputs_match_the_tables(seed, tmp_path):
    out = seed.write(tmp_path / "out")
    quotes_csv = pd.read_csv(out / "quotes.csv")
    assert len(quotes_csv) == len(seed.quotes)
    assert list(quotes_csv["text"]) == list(seed.quotes["text"])
    matrix = pd.read_csv(out / "speaker_matrix.csv", header=[0, 1], index_col=[0, 1])
    assert matrix.to_numpy().tolist() == seed.speaker_matrix.to_numpy().tolist()


def test_output_is_deterministic(seed):
    shuffled = seed_quotes().sample(frac=1, random_state=7)
    again = from_quotes(shuffled, seed_article_frame().iloc[::-1])
    pd.testing.assert_frame_equal(again.speaker_matrix, seed.speaker_matrix)
    pd.testing.assert_frame_equal(again.statement_matrix, seed.statement_matrix)
    assert again.to_markdown() == from_quotes(shuffled, seed_article_frame().iloc[::-1]).to_markdown()


def test_missing_speaker_and_source_get_visible_labels():
    q = seed_quotes()
    q.loc[0, ["speaker", "speaker_group", "source"]] = None
    m = from_quotes(q, seed_article_frame()).speaker_matrix
    assert m.loc[(tables.NO_GROUP, tables.UNATTRIBUTED), ("quotations", tables.UNKNOWN_SOURCE)] == 1
    assert list(m.index)[-2:] == [(tables.NO_GROUP, "All"), ("All", "All")]


def test_seed_corpus_matrices_agree_with_quotes_parquet(tmp_path):
    """End to end through the extraction engine, whatever it finds."""
    result = analyze(CORPUS)
    out = result.write(tmp_path / "seed")
    q = pd.read_parquet(out / "quotes.parquet")
    m = result.speaker_matrix
    assert m.loc[("All", "All"), ("quotations", "All")] == len(q)
    assert m.loc[("All", "All"), ("statements", "All")] == q["statement_id"].nunique()
    per_source = q.groupby("source", observed=True).size()
    for source, n in per_source.items():
        assert m.loc[("All", "All"), ("quotations", source)] == n
    assert len(m["quotations"].columns) == 1 + seed_article_frame()["source"].nunique()
    pd.testing.assert_frame_equal(from_quotes(q).speaker_matrix, m)
