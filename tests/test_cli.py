"""End to end through the command line, as a user runs it.

The CLI runs in a subprocess (`python -m quotes.cli`), so exit codes,
stderr and the files on disk are exactly what a user sees.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.test_corpus import EXPECTED


def quotes_cli(*args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotes.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def seed_extract(tmp_path_factory, seed_jsonl) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("extract") / "quotes.jsonl"
    return quotes_cli("extract", seed_jsonl, "-o", out), out


def test_extract_seed_corpus_gives_attributed_quotations(seed_extract, seed_articles):
    result, out = seed_extract
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    texts = {a["id"]: a["text"] for a in seed_articles}
    assert {r["article_id"] for r in rows} == set(texts)
    for r in rows:
        assert texts[r["article_id"]][r["start"]:r["end"]] == r["text"]
    attributed = [r for r in rows if r["speaker"]]
    assert len(attributed) >= 0.8 * len(rows)
    assert {r["type"] for r in rows} >= {"direct", "indirect"}
    assert (out.parent / "skipped.csv").exists()


def test_analyze_seed_corpus_writes_reports(tmp_path, seed_jsonl, seed_articles):
    out = tmp_path / "report"
    result = quotes_cli("analyze", seed_jsonl, "-o", out)
    assert result.returncode == 0, result.stderr
    assert {"report.md", "report.html", "quotes.csv", "skipped.csv"} <= {p.name for p in out.iterdir()}
    quotes = pd.read_csv(out / "quotes.csv")
    assert set(quotes["article_id"]) == {a["id"] for a in seed_articles}
    assert quotes["speaker"].notna().any()


@pytest.mark.slow
def test_analyze_faulty_corpus_loses_nothing(tmp_path, faulty_corpus, seed_articles):
    """The issue's acceptance: seeds plus one instance of every fault, one run."""
    folder, faults = faulty_corpus
    out = tmp_path / "report"
    result = quotes_cli("analyze", folder, "-o", out, timeout=300)
    assert result.returncode == 0, result.stderr
    quotes = pd.read_csv(out / "quotes.csv")
    assert {a["id"] for a in seed_articles} <= set(quotes["article_id"])
    skipped = pd.read_csv(out / "skipped.csv", dtype={"line": "Int64"})
    assert skipped["reason"].notna().all() and (skipped["reason"].str.len() > 0).all()
    for fault, outcome in EXPECTED.items():
        name, _, line = faults[fault].partition(":")
        here = skipped[skipped["file"] == str(folder / name)]
        if line:
            here = here[here["line"] == int(line)]
        assert (len(here) > 0) == (outcome == "skipped"), fault
        if outcome == "noted":
            assert f"note: {folder / name}" in result.stderr, fault


def test_nothing_readable_fails_with_one_line(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = quotes_cli("analyze", tmp_path, "-o", tmp_path / "out")
    assert result.returncode != 0
    message = result.stderr.strip()
    assert "nothing could be read" in message and len(message.splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_missing_input_fails_with_one_line(tmp_path):
    result = quotes_cli("extract", tmp_path / "nope.jsonl", "-o", tmp_path / "q.jsonl")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "nope.jsonl" in result.stderr


def test_unwritable_output_fails(tmp_path, seed_jsonl):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", "utf-8")
    result = quotes_cli("analyze", seed_jsonl, "-o", blocker / "report")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    result = quotes_cli("extract", seed_jsonl, "-o", blocker / "quotes.jsonl")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert blocker.read_text("utf-8") == "not a directory"


def test_foreign_directory_is_not_overwritten_without_force(tmp_path, seed_jsonl):
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "chapter1.md").write_text("my work", "utf-8")
    result = quotes_cli("analyze", seed_jsonl, "-o", out)
    assert result.returncode != 0
    assert sorted(p.name for p in out.iterdir()) == ["chapter1.md"]
    assert "--force" in result.stderr
    result = quotes_cli("analyze", seed_jsonl, "-o", out, "--force")
    assert result.returncode == 0, result.stderr
    assert (out / "chapter1.md").read_text("utf-8") == "my work"
    assert (out / "report.md").exists()


def test_own_output_directory_is_rewritten(tmp_path, seed_jsonl):
    out = tmp_path / "report"
    assert quotes_cli("analyze", seed_jsonl, "-o", out).returncode == 0
    result = quotes_cli("analyze", seed_jsonl, "-o", out)
    assert result.returncode == 0, result.stderr


def test_extract_creates_the_output_folder(tmp_path, seed_jsonl):
    out = tmp_path / "new" / "folder" / "quotes.jsonl"
    result = quotes_cli("extract", seed_jsonl, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_text("utf-8").count("\n") > 0 and (out.parent / "skipped.csv").exists()
