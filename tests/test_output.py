from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from quotes.output import (
    MARKER,
    OutputDirError,
    atomic_path,
    atomic_write_bytes,
    atomic_write_text,
    prepare_output_dir,
)

REPO = Path(__file__).resolve().parent.parent


def test_atomic_write_text_writes_exact_bytes(tmp_path, seed_articles):
    text = seed_articles[4]["text"] + "\r\nline two\n"
    atomic_write_text(tmp_path / "report.md", text)
    assert (tmp_path / "report.md").read_bytes() == text.encode("utf-8")
    assert os.listdir(tmp_path) == ["report.md"]


def test_atomic_write_replaces_an_existing_file(tmp_path):
    atomic_write_bytes(tmp_path / "a.bin", b"old")
    atomic_write_bytes(tmp_path / "a.bin", b"new")
    assert (tmp_path / "a.bin").read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["a.bin"]


def test_written_file_has_ordinary_permissions(tmp_path):
    """The temporary file is private (0600); the final one must not be."""
    atomic_write_text(tmp_path / "report.html", "<p>ok</p>")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "report.html").stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("error", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_failed_write_keeps_the_old_file_and_no_temporary(tmp_path, error):
    target = tmp_path / "quotes.csv"
    target.write_text("old contents\n", "utf-8")
    with pytest.raises(type(error)):
        with atomic_path(target) as tmp:
            tmp.write_text("half of the new con", "utf-8")
            raise error
    assert target.read_text("utf-8") == "old contents\n"
    assert os.listdir(tmp_path) == ["quotes.csv"]


def test_failed_first_write_leaves_no_file(tmp_path):
    with pytest.raises(ValueError):
        with atomic_path(tmp_path / "new.parquet"):
            raise ValueError("serialisation failed")
    assert os.listdir(tmp_path) == []


def test_atomic_path_with_pandas_writers(tmp_path, seed_articles):
    frame = pd.DataFrame(seed_articles)
    with atomic_path(tmp_path / "articles.parquet") as tmp:
        frame.to_parquet(tmp)
    with atomic_path(tmp_path / "articles.csv.gz") as tmp:
        assert tmp.name.endswith(".csv.gz") and tmp.name.startswith(".")
        frame.to_csv(tmp, index=False)  # compression inferred from the suffix
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "articles.parquet"), frame)
    assert (tmp_path / "articles.csv.gz").read_bytes()[:2] == b"\x1f\x8b"  # gzip
    assert pd.read_csv(tmp_path / "articles.csv.gz")["text"].tolist() == frame["text"].tolist()
    assert sorted(os.listdir(tmp_path)) == ["articles.csv.gz", "articles.parquet"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_process_killed_mid_write_leaves_the_old_file(tmp_path):
    """A crash (SIGKILL: no cleanup runs) while writing never tears the final file."""
    target = tmp_path / "statements.csv"
    target.write_text("old contents\n", "utf-8")
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from quotes.output import atomic_path
        with atomic_path(Path({str(target)!r})) as tmp:
            with tmp.open("w") as fh:
                fh.write("statement_id,text\\n" * 1000)
                fh.flush()
                print("writing", flush=True)
                time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "writing"
    finally:
        child.kill()
        child.wait()
    assert target.read_text("utf-8") == "old contents\n"
    leftovers = [p.name for p in tmp_path.iterdir() if p != target]
    assert all(name.startswith(".statements.tmp-") for name in leftovers)


def test_prepare_creates_a_missing_directory_with_a_marker(tmp_path):
    out = prepare_output_dir(tmp_path / "runs" / "april")
    assert out.is_dir() and (out / MARKER).is_file()


def test_prepare_reuses_an_empty_or_earlier_output_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    prepare_output_dir(tmp_path / "empty")
    out = prepare_output_dir(tmp_path / "run")
    (out / "quotes.csv").write_text("earlier run\n", "utf-8")
    assert prepare_output_dir(out) == out
    assert (out / "quotes.csv").read_text("utf-8") == "earlier run\n"


def test_prepare_refuses_a_foreign_non_empty_directory(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"the user's own work")
    with pytest.raises(OutputDirError, match="--force"):
        prepare_output_dir(tmp_path)
    assert not (tmp_path / MARKER).exists()
    assert os.listdir(tmp_path) == ["notes.docx"]


def test_prepare_with_force_keeps_existing_files(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"the user's own work")
    prepare_output_dir(tmp_path, force=True)
    assert (tmp_path / "notes.docx").read_bytes() == b"the user's own work"
    assert (tmp_path / MARKER).is_file()
    prepare_output_dir(tmp_path)  # now marked: no --force needed


def test_prepare_refuses_a_file(tmp_path):
    (tmp_path / "out").write_text("not a directory", "utf-8")
    with pytest.raises(OutputDirError, match="not a directory"):
        prepare_output_dir(tmp_path / "out", force=True)
