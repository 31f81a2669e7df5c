"""Same input, same output: two runs of the CLI give byte-identical files.

Each run is a fresh interpreter with a different PYTHONHASHSEED, so any
order that leaks from a set or dict of strings (speaker folding, statement
grouping, matrix columns) shows up as a difference.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest


def run_cli(command: str, corpus: Path, out: Path, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([sys.executable, "-m", "quotes.cli", command, str(corpus), "-o", str(out)],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def two_analyses(tmp_path_factory, seed_jsonl) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("determinism")
    run_cli("analyze", seed_jsonl, root / "one", "1")
    run_cli("analyze", seed_jsonl, root / "two", "2")
    return root / "one", root / "two"


def test_extract_is_byte_identical_across_hash_seeds(tmp_path, seed_jsonl):
    run_cli("extract", seed_jsonl, tmp_path / "one" / "quotes.jsonl", "1")
    run_cli("extract", seed_jsonl, tmp_path / "two" / "quotes.jsonl", "2")
    one = (tmp_path / "one" / "quotes.jsonl").read_bytes()
    assert one and one == (tmp_path / "two" / "quotes.jsonl").read_bytes()


def test_analyze_writes_the_same_files(two_analyses):
    one, two = two_analyses
    assert sorted(p.name for p in one.iterdir()) == sorted(p.name for p in two.iterdir())


@pytest.mark.parametrize("name", ["report.md", "report.html", "quotes.csv", "speaker_matrix.csv",
                                  "statement_matrix.csv", "skipped.csv"])
def test_text_outputs_are_byte_identical(two_analyses, name):
    one, two = two_analyses
    assert (one / name).read_bytes() == (two / name).read_bytes()


def test_parquet_content_is_identical(two_analyses):
    one, two = two_analyses
    tables = sorted(p.name for p in one.glob("*.parquet"))
    assert tables
    for name in tables:
        pd.testing.assert_frame_equal(pd.read_parquet(one / name), pd.read_parquet(two / name))


def test_parquet_files_are_byte_identical(two_analyses):
    one, two = two_analyses
    for path in sorted(one.glob("*.parquet")):
        assert path.read_bytes() == (two / path.name).read_bytes(), path.name
