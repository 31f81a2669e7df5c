from __future__ import annotations

import csv
import json
import os
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest

from quotes.corpus import (
    iter_articles,
    normalise_date,
    parse_header,
    summary_line,
    write_skipped_csv,
)
from quotes.model import Article, CorpusLog


def read(*paths: Path | str) -> tuple[list[Article], CorpusLog]:
    log = CorpusLog()
    articles = list(iter_articles(list(paths), log))
    return articles, log


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def reasons(log: CorpusLog) -> list[str]:
    return [s.reason for s in log.skipped]


# --- well-formed inputs -------------------------------------------------------

def test_seed_jsonl_is_read_as_given(seed_jsonl, seed_articles):
    articles, log = read(seed_jsonl)
    assert [a.id for a in articles] == [s["id"] for s in seed_articles]
    for article, seed in zip(articles, seed_articles):
        assert article.text == seed["text"]
        assert (article.source, article.date, article.url, article.title) == (
            seed["source"], seed["date"], seed["url"], seed["title"])
        assert article.origin.startswith(f"{seed_jsonl}:")
    assert log.read == len(seed_articles) and log.skipped == []


def test_iteration_is_lazy(tmp_path, seed_articles):
    path = write_jsonl(tmp_path / "a.jsonl", seed_articles)
    log = CorpusLog()
    articles = iter_articles([path], log)
    first = next(articles)
    assert first.id == seed_articles[0]["id"] and log.read == 1


def test_txt_date_line_sets_date_and_body_start(tmp_path, seed_articles):
    text = seed_articles[0]["text"]  # " date 2025-04-19 France's national ..."
    (tmp_path / "guardian.txt").write_text(text, "utf-8")
    [article], log = read(tmp_path / "guardian.txt")
    assert article.id == "guardian" and article.source is None
    assert article.date == "2025-04-19"
    assert article.text == text
    assert article.text[article.body_start:].startswith("France's national terrorism office")


def test_header_lines_fill_metadata(tmp_path):
    text = ("date 2025-04-16\nsource: Le Monde\nurl https://www.lemonde.fr/a.html\n"
            "title: Prisons attacked\n\nThe justice minister said he would not yield.\n")
    (tmp_path / "lemonde.txt").write_text(text, "utf-8")
    [article], _ = read(tmp_path / "lemonde.txt")
    assert (article.date, article.source, article.url, article.title) == (
        "2025-04-16", "Le Monde", "https://www.lemonde.fr/a.html", "Prisons attacked")
    assert article.text[article.body_start:] == "The justice minister said he would not yield.\n"


@pytest.mark.parametrize("text", [
    "Source close to the investigation said the gunmen fled.\nMore text.",
    "Title deeds were found in the car, police said.\n",
    "The date 2025-04-19 was chosen by the ministry.",
])
def test_body_that_looks_like_metadata_is_body(text):
    assert parse_header(text) == ({}, 0)


def test_date_line_disagreeing_with_date_field_is_noted(seed_jsonl, seed_articles):
    _, log = read(seed_jsonl)
    noted = {n.article_id for n in log.notices if "'date' line" in n.message}
    disagree = {s["id"] for s in seed_articles
                if parse_header(s["text"])[0].get("date") not in (None, s["date"])}
    assert noted == disagree and disagree  # article 000: field 2025-04-15, text 2025-04-19


def test_folder_is_read_recursively_in_sorted_order(tmp_path, seed_articles):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(seed_articles[2]["text"], "utf-8")
    write_jsonl(tmp_path / "a.jsonl", seed_articles[:2])
    write_csv(tmp_path / "c.csv", [["id", "text"], ["c1", seed_articles[3]["text"]]])
    articles, _ = read(tmp_path)
    assert [a.id for a in articles] == [seed_articles[0]["id"], seed_articles[1]["id"], "z", "c1"]


def test_json_list_of_articles(tmp_path, seed_articles):
    (tmp_path / "list.json").write_text(json.dumps(seed_articles[:3] + [7]), "utf-8")
    articles, log = read(tmp_path / "list.json")
    assert [a.text for a in articles] == [s["text"] for s in seed_articles[:3]]
    assert reasons(log) == ["item 4: expected an article object, found a number"]


def test_semicolon_csv(tmp_path, seed_articles):
    write_csv(tmp_path / "fr.csv", [["id", "source", "text"], ["s1", "Le Monde", seed_articles[1]["text"]]],
              delimiter=";")
    [article], _ = read(tmp_path / "fr.csv")
    assert (article.id, article.source, article.text) == ("s1", "Le Monde", seed_articles[1]["text"])


# --- faults -----------------------------------------------------------------------

def test_nonexistent_path_is_skipped(tmp_path, seed_jsonl):
    missing = tmp_path / "nope.jsonl"
    articles, log = read(missing, seed_jsonl)
    assert len(articles) == log.read > 0
    assert [(s.file, s.reason) for s in log.skipped] == [(str(missing), "no such file or directory")]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_skipped(tmp_path, seed_articles):
    path = write_jsonl(tmp_path / "locked.jsonl", seed_articles[:1])
    path.chmod(0)
    try:
        articles, log = read(path)
    finally:
        path.chmod(0o644)
    assert articles == [] and reasons(log) == ["cannot read: permission denied"]


def test_file_that_cannot_be_opened_is_skipped(tmp_path, seed_articles, monkeypatch):
    """The same fault where chmod cannot cause it (running as root): the OS refuses the open."""
    locked = write_jsonl(tmp_path / "locked.jsonl", seed_articles[:1])
    real_open = Path.open

    def refusing_open(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    write_jsonl(tmp_path / "ok.jsonl", seed_articles[1:2])
    articles, log = read(tmp_path)
    assert [a.id for a in articles] == [seed_articles[1]["id"]]
    assert [(s.file, s.reason) for s in log.skipped] == [(str(locked), "cannot read: permission denied")]


def test_binary_file_is_skipped(tmp_path, seed_articles):
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary" * 50)
    write_jsonl(tmp_path / "ok.jsonl", seed_articles[:1])
    articles, log = read(tmp_path)
    assert len(articles) == 1
    assert [(Path(s.file).name, s.reason) for s in log.skipped] == [
        ("scan.txt", "not a text file (contains NUL bytes)")]


def test_windows_1252_file_is_decoded_with_a_notice(tmp_path):
    text = "Le ministre a d\u00e9nonc\u00e9 \u201cune attaque\u201d.\n\u00ab Nous ne c\u00e9derons pas \u00bb\n"
    (tmp_path / "lemonde.txt").write_bytes(text.encode("cp1252"))
    [article], log = read(tmp_path / "lemonde.txt")
    assert article.text == text
    [notice] = log.notices
    assert (notice.file, notice.line) == (str(tmp_path / "lemonde.txt"), 1)
    assert "decoded as Windows-1252" in notice.message


def test_bad_utf8_line_is_located(tmp_path, seed_articles):
    lines = [json.dumps({"id": f"a{i}", "text": s["text"]}) for i, s in enumerate(seed_articles)]
    lines[3] = json.dumps({"id": "a3", "text": "Darmanin a d\u00e9clar\u00e9"}, ensure_ascii=False)
    (tmp_path / "mixed.jsonl").write_bytes("\n".join(lines).encode("utf-8").replace(
        "\u00e9".encode("utf-8"), "\u00e9".encode("cp1252")))
    articles, log = read(tmp_path / "mixed.jsonl")
    assert articles[3].text == "Darmanin a d\u00e9clar\u00e9"
    assert [n.line for n in log.notices] == [4]


def test_latin1_is_the_last_resort(tmp_path):
    # 0x81 is undefined in Windows-1252, so only Latin-1 decodes this file.
    data = "Caf\u00e9 owners said the attack was \u00abshocking\u00bb.".encode("latin-1") + b" \x81"
    (tmp_path / "old.txt").write_bytes(data)
    [article], log = read(tmp_path / "old.txt")
    assert article.text == data.decode("latin-1")
    assert "decoded as Latin-1" in log.notices[0].message


def test_utf8_bom_is_stripped(tmp_path, seed_articles):
    body = json.dumps({"id": "bom-1", "text": seed_articles[1]["text"]}) + "\n"
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + seed_articles[1]["text"].encode("utf-8"))
    articles, log = read(tmp_path / "bom.jsonl", tmp_path / "bom.txt")
    assert [a.text for a in articles] == [seed_articles[1]["text"]] * 2
    assert articles[1].date == "2025-04-15" and log.skipped == []


def test_utf16_with_bom_is_decoded(tmp_path, seed_articles):
    (tmp_path / "unicode.txt").write_bytes(seed_articles[4]["text"].encode("utf-16"))
    [article], _ = read(tmp_path / "unicode.txt")
    assert article.text == seed_articles[4]["text"]


@pytest.mark.parametrize("name, content, reason", [
    ("empty.jsonl", b"", "empty file"),
    ("blank.jsonl", b"\n  \n\n", "no articles in file (only blank lines)"),
    ("blank.txt", b"  \n", "empty text"),
])
def test_empty_inputs_are_skipped(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    articles, log = read(tmp_path / name)
    assert articles == [] and reasons(log) == [reason]


def test_bad_jsonl_lines_are_skipped_and_the_rest_read(tmp_path, seed_articles):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "w1", "text": seed_articles[0]["text"]}),
        json.dumps({"id": "w2", "text": "  \t "}),
        '{"id": "w3", "text": "The minister said \\"we will',
        json.dumps([1, 2]),
        json.dumps({"id": "w5", "body": "no text field"}),
        json.dumps({"id": "w6", "text": {"en": "nested"}}),
        json.dumps({"id": "w7", "text": seed_articles[1]["text"]}),
    ]), "utf-8")
    articles, log = read(path)
    assert [a.id for a in articles] == ["w1", "w7"]
    assert [(s.line, s.article_id, s.reason) for s in log.skipped] == [
        (2, "w2", "empty text"),
        (3, None, "malformed JSON: Unterminated string starting at column 22"),
        (4, None, "expected an article object, found a list"),
        (5, "w5", "no 'text' field"),
        (6, "w6", "'text' is an object, not a string"),
    ]
    assert all(s.file == str(path) for s in log.skipped)


def test_pathological_json_lines_are_skipped(tmp_path, seed_articles):
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(["[" * 100_000, '{"id": 1' + "0" * 5000 + ', "text": "x"}',
                               json.dumps({"id": "ok", "text": seed_articles[1]["text"]})]), "utf-8")
    articles, log = read(path)
    assert [a.id for a in articles] == ["ok"]
    assert [(s.line, s.reason.split(":")[0]) for s in log.skipped] == [(1, "malformed JSON"), (2, "malformed JSON")]


def test_missing_id_is_derived_with_a_notice(tmp_path, seed_articles):
    path = write_jsonl(tmp_path / "wire.jsonl", [{"text": seed_articles[0]["text"]},
                                                 {"id": "", "text": seed_articles[1]["text"]}])
    articles, log = read(path)
    assert [a.id for a in articles] == ["wire-1", "wire-2"]
    assert [(n.line, n.message) for n in log.notices] == [
        (1, "no id; using 'wire-1'"), (2, "no id; using 'wire-2'")]


def test_csv_without_text_column_is_skipped(tmp_path, seed_articles):
    path = write_csv(tmp_path / "export.csv", [["id", "body"], ["e1", seed_articles[0]["text"]]])
    articles, log = read(path)
    assert articles == []
    assert [(s.file, s.line, s.reason) for s in log.skipped] == [
        (str(path), 1, "no 'text' column in the header (columns: id, body)")]


def test_ragged_csv_row_is_skipped_with_its_line(tmp_path, seed_articles):
    path = write_csv(tmp_path / "export.csv", [
        ["id", "date", "text"],
        ["r1", "2025-04-15", "Line one.\nLine two.\nLine three."],  # lines 2-4
        ["r2", seed_articles[0]["text"][:100]],                      # line 5: a column short
        ["r3", "2025-04-16", seed_articles[1]["text"]],
    ])
    articles, log = read(path)
    assert [(a.id, a.origin) for a in articles] == [("r1", f"{path}:2"), ("r3", f"{path}:6")]
    assert [(s.line, s.reason) for s in log.skipped] == [(5, "row has 2 fields but the header has 3")]


def test_csv_field_larger_than_the_default_limit(tmp_path, seed_articles):
    text = "\n\n".join(s["text"] for s in seed_articles) * 100  # ~1.7 MB, limit is 128 KB
    path = write_csv(tmp_path / "big.csv", [["id", "text"], ["big", text]])
    [article], log = read(path)
    assert article.text == text and log.skipped == []


def test_duplicate_ids_are_kept_apart(tmp_path, seed_articles):
    first = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": seed_articles[0]["text"]},
                                               {"id": "x", "text": seed_articles[1]["text"]}])
    second = write_jsonl(tmp_path / "b.jsonl", [{"id": "x", "text": seed_articles[2]["text"]},
                                                {"id": "x~2", "text": seed_articles[3]["text"]}])
    articles, log = read(first, second)
    assert [a.id for a in articles] == ["x", "x~2", "x~3", "x~2~2"]
    assert [a.text for a in articles] == [s["text"] for s in seed_articles[:4]]
    assert [(Path(n.file).name, n.line, n.article_id) for n in log.notices] == [
        ("a.jsonl", 2, "x~2"), ("b.jsonl", 1, "x~3"), ("b.jsonl", 2, "x~2~2")]


def test_unsupported_hidden_and_configuration_files(tmp_path, seed_articles):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "README").write_text("notes", "utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / ".git").mkdir()
    write_jsonl(tmp_path / ".git" / "x.jsonl", seed_articles[1:2])
    (tmp_path / "speakers.toml").write_text("[speakers]\n", "utf-8")
    write_jsonl(tmp_path / "a.jsonl", seed_articles[1:2])
    articles, log = read(tmp_path)
    assert [a.origin for a in articles] == [f"{tmp_path / 'a.jsonl'}:1"]
    assert sorted((Path(s.file).name, s.reason) for s in log.skipped) == [
        ("README", "unsupported file type (no extension)"),
        ("photo.png", "unsupported file type .png")]
    assert log.notices == []


def test_non_string_fields_are_coerced(tmp_path, seed_articles):
    path = write_jsonl(tmp_path / "n.jsonl", [
        {"id": 42, "title": 2025, "date": 20250419, "source": None, "text": seed_articles[0]["text"]},
        {"id": 7.0, "source": ["AFP", "Reuters"], "text": 1234},
    ])
    articles, log = read(path)
    assert [(a.id, a.title, a.date, a.source) for a in articles] == [
        ("42", "2025", "2025-04-19", None), ("7", None, None, None)]
    assert articles[1].text == "1234"
    assert [n.message for n in log.notices] == ["'source' is a list; ignored"]


@pytest.mark.parametrize("given, expected", [
    ("2025-04-19", "2025-04-19"),
    ("2025-04-19T23:30:00-05:00", "2025-04-19"),
    ("2025-04-19T08:00:00Z", "2025-04-19"),
    ("2025/04/19", "2025-04-19"),
    ("19 April 2025", "2025-04-19"),
    ("April 19, 2025", "2025-04-19"),
    ("Sat, 19 Apr 2025 08:30:00 +0200", "2025-04-19"),
    ("04/05/2025", None),  # April 5th or 4 May: not guessed
    ("mid-April", None),
    ("2025-13-45", None),
])
def test_normalise_date(given, expected):
    assert normalise_date(given) == expected


def test_unrecognised_date_is_kept_with_a_notice(tmp_path, seed_articles):
    path = write_jsonl(tmp_path / "d.jsonl", [{"id": "d", "date": "mid-April", "text": seed_articles[0]["text"][20:]}])
    [article], log = read(path)
    assert article.date == "mid-April"
    assert [(n.line, n.article_id) for n in log.notices] == [(1, "d")]


def test_invisible_and_control_characters_pass_through(tmp_path):
    text = ("\u200fThe prosecutor\u200b said \u201cthe\u2060 inquiry is \u202aongoing\u202c\u201d"
            " and\u0000 declined\u2028further\x07 comment\r\n\x0b.")
    write_jsonl(tmp_path / "i.jsonl", [{"id": "from-jsonl", "text": text}])
    (tmp_path / "i.txt").write_text(text.replace("\u0000", ""), "utf-8", newline="")
    articles, log = read(tmp_path / "i.jsonl", tmp_path / "i.txt")
    assert [a.text for a in articles] == [text, text.replace("\u0000", "")]
    assert log.skipped == [] and log.notices == []


# --- the whole faulty corpus ------------------------------------------------------

# What reading must do with each fault tests/faults.py plants.
EXPECTED = {
    "seed": "read", "binary": "skipped", "unsupported_type": "skipped", "hidden_file": "ignored",
    "speaker_registry": "ignored", "empty_file": "skipped", "cp1252": "noted", "utf8_bom": "read",
    "empty_text": "skipped", "whitespace_text": "skipped", "malformed_line": "skipped",
    "not_an_object": "skipped", "missing_text": "skipped", "missing_id": "noted",
    "unparseable_date": "noted", "numeric_fields": "read", "duplicate_id": "noted",
    "csv_missing_text_column": "skipped", "csv_ragged_row": "skipped", "csv_multiline_field": "read",
    "huge_article": "read", "quote_marks": "read", "control_characters": "read",
    "bidi_and_zero_width": "read", "nested_folder": "read",
}


@pytest.fixture(scope="module")
def faulty_read(faulty_corpus):
    folder, faults = faulty_corpus
    articles, log = read(folder)
    return folder, faults, articles, log


def test_every_fault_is_expected(faulty_read):
    _, faults, _, _ = faulty_read
    assert set(faults) == set(EXPECTED)


@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_fault_is_accounted_for(faulty_read, fault):
    folder, faults, articles, log = faulty_read
    name, _, line_text = faults[fault].partition(":")
    file, line = str(folder / name), int(line_text) if line_text else None

    def at(f: str, ln: int | None) -> bool:
        return f == file and (line is None or ln == line)

    read_here = [a for a in articles if a.origin.rpartition(":")[0] == file
                 and (line is None or a.origin.endswith(f":{line}"))]
    skipped_here = [s for s in log.skipped if at(s.file, s.line)]
    noted_here = [n for n in log.notices if at(n.file, n.line)]
    outcome = EXPECTED[fault]
    assert bool(read_here) == (outcome in ("read", "noted"))
    assert bool(skipped_here) == (outcome == "skipped")
    if outcome == "noted":
        assert noted_here
    if outcome == "ignored":
        assert not any(Path(r.file).name == name for r in [*log.skipped, *log.notices])


def test_seed_articles_survive_the_faulty_corpus(faulty_read, seed_articles):
    folder, _, articles, _ = faulty_read
    from_seed = [a for a in articles if a.origin.startswith(f"{folder / 'articles.jsonl'}:")]
    assert [(a.id, a.text) for a in from_seed] == [(s["id"], s["text"]) for s in seed_articles]


def test_nothing_is_lost_in_the_faulty_corpus(faulty_read):
    """Per file: the articles in it == articles yielded from it + its skip rows."""
    folder, faults, articles, log = faulty_read
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        if file.name.startswith(".") or file.name == "speakers.toml":
            continue
        yielded = sum(a.origin.rpartition(":")[0] == str(file) for a in articles)
        skipped = sum(s.file == str(file) for s in log.skipped)
        assert yielded + skipped == _articles_in(file), file.name
    assert log.read == len(articles)


def _articles_in(file: Path) -> int:
    """How many articles a file holds, counted independently of the reader
    (a file that is unusable as a whole counts as one)."""
    if file.suffix == ".jsonl":
        return max(1, sum(1 for line in file.read_bytes().splitlines() if line.strip()))
    if file.suffix == ".csv":
        with file.open(newline="", encoding="utf-8-sig") as fh:
            rows = [r for r in csv.reader(fh) if r]
        return len(rows) - 1 if "text" in rows[0] else 1
    return 1


def test_faulty_corpus_details(faulty_read):
    folder, faults, articles, log = faulty_read
    by_id = {a.id: a for a in articles}
    assert len(by_id["huge-1"].text) >= 10_000_000
    cp1252 = by_id["lemonde_cp1252"]
    assert "\u201cune tentative d\u2019intimidation de l\u2019\u00c9tat\u201d" in cp1252.text
    assert (cp1252.date, cp1252.source) == ("2025-04-16", "Le Monde (traduction)")
    assert by_id["excel-1"].source == "Al Jazeera"  # the BOM did not stick to the header
    assert by_id["followup"].date == "2025-04-17"
    assert "\x1b[1mtwice" in by_id["control"].text
    assert "\u200fThe prosecutor\u200b said" in by_id["invisible-1"].text


# --- outputs of reading -----------------------------------------------------------

def test_write_skipped_csv(tmp_path, faulty_read):
    _, _, _, log = faulty_read
    write_skipped_csv(log, tmp_path / "skipped.csv")
    frame = pd.read_csv(tmp_path / "skipped.csv", dtype={"line": "Int64"})
    assert list(frame.columns) == ["file", "line", "article_id", "reason"]
    assert len(frame) == len(log.skipped)
    assert frame["line"].tolist() == [s.line if s.line is not None else pd.NA for s in log.skipped]
    assert [p.name for p in tmp_path.iterdir()] == ["skipped.csv"]


def test_summary_line(faulty_read):
    _, _, articles, log = faulty_read
    assert summary_line(log).startswith(f"{len(articles):,} articles read, {len(log.skipped)} inputs skipped")


@pytest.mark.slow
def test_memory_stays_flat_on_a_large_jsonl(tmp_path, seed_articles):
    """Reading streams: peak memory while reading ~40 MB is a small multiple of one article."""
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(3000):
            for seed in seed_articles:
                fh.write(json.dumps({**seed, "id": f"{seed['id']}-{i}"}) + "\n")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        log = CorpusLog()
        count = sum(1 for _ in iter_articles([path], log))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 15_000 == log.read
    assert peak < size / 10  # the ids seen so far are kept, for duplicate detection


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_is_read_once(tmp_path, seed_articles):
    write_jsonl(tmp_path / "a.jsonl", seed_articles[1:3])
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    articles, log = read(tmp_path)
    assert [a.id for a in articles] == [s["id"] for s in seed_articles[1:3]]
    assert [(Path(s.file).name, s.reason) for s in log.skipped] == [("gone.txt", "cannot read: no such file or directory")]


def test_reading_speed(benchmark, tmp_path, seed_articles):
    """Throughput of the reading layer on ~5 MB of JSONL (pytest-benchmark)."""
    path = write_jsonl(tmp_path / "bench.jsonl", [{**s, "id": f"{s['id']}-{i}"}
                                                  for i in range(400) for s in seed_articles])
    count = benchmark.pedantic(lambda: sum(1 for _ in iter_articles([path], CorpusLog())), rounds=3)
    assert count == 2000
