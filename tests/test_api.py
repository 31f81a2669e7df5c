"""The Python API takes a corpus in whatever shape a notebook has it."""
from __future__ import annotations

import pandas as pd
import pytest

import quotes

TEXT = "“We will rebuild the bridge by June,” the mayor said on Tuesday."


def test_find_quotations_takes_dicts_and_dataframes():
    from_dicts = quotes.find_quotations([{"id": "a1", "text": TEXT, "source": "Herald"}])
    from_frame = quotes.find_quotations(pd.DataFrame({"id": ["a1"], "text": [TEXT], "source": ["Herald"]}))
    for frame in (from_dicts, from_frame):
        assert frame["text"].tolist() == ["We will rebuild the bridge by June"]
        assert frame["source"].tolist() == ["Herald"]


def test_find_quotations_names_a_missing_column():
    with pytest.raises(ValueError, match="'text'"):
        quotes.find_quotations(pd.DataFrame({"id": ["a1"], "body": [TEXT]}))
