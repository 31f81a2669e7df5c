"""Fixtures shared across the test modules: the seed corpus and a corpus
folder holding every fault `tests/faults.py` knows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults import build_faulty_corpus

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seed_jsonl() -> Path:
    return REPO / "corpus" / "articles.jsonl"


@pytest.fixture(scope="session")
def seed_articles(seed_jsonl: Path) -> list[dict]:
    return [json.loads(line) for line in seed_jsonl.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def faulty_corpus(tmp_path_factory: pytest.TempPathFactory, seed_jsonl: Path) -> tuple[Path, dict[str, str]]:
    """(folder, fault name -> "file[:line]"), built once per session (it holds a 10 MB article)."""
    folder = tmp_path_factory.mktemp("faulty_corpus")
    return folder, build_faulty_corpus(folder, seed_jsonl)
