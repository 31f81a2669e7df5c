"""A corpus folder with one instance of every fault a real corpus has.

Used by the reading tests and the end-to-end CLI tests: the folder holds the
seed articles plus broken, oddly encoded and oversized inputs, and
`build_faulty_corpus` says which fault lives where, so a test can check that
each one was read, noted or skipped, and never silently lost.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

# Invented wire-style sentences (not taken from any corpus) for the ~10 MB
# article: ordinary news prose with straight and curly quotes.
NEWS_SENTENCES = (
    'The prison officers\' union said the attacks were "a declaration of war against the State" '
    "and called for armed escorts for staff.",
    '"We will not give in to intimidation," the justice minister told reporters outside the '
    "prison gates on Tuesday.",
    "According to the anti-terrorism prosecutor, investigators are examining whether the attacks "
    "were coordinated through encrypted messaging applications.",
    "\u201cThis is an organised response to our measures against drug trafficking,\u201d a senior "
    "police official said, speaking on condition of anonymity.",
    "Residents described hearing \u201cseveral bursts of automatic gunfire\u201d shortly before dawn.",
    "The interior minister said the government would \u201cnot step back by a single centimetre\u201d "
    "and promised reinforcements for guards.",
    "A union representative at the prison said staff were \u201cexhausted and afraid\u201d after a "
    "week of arson attacks on their cars.",
    "Prosecutors said on Wednesday that 21 people had been detained in connection with the attacks.",
)

HUGE_ARTICLE_CHARS = 10_000_000
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def build_faulty_corpus(folder: Path, seed_jsonl: Path) -> dict[str, str]:
    """Write the faulty corpus into `folder`; return fault name -> where it is.

    The location is a path relative to `folder`, followed by ":LINE" when the
    fault is one line (or CSV row) of a file that also holds good articles.
    """
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [json.loads(line) for line in seed_jsonl.read_text("utf-8").splitlines() if line.strip()]
    shutil.copyfile(seed_jsonl, folder / "articles.jsonl")
    faults = {"seed": "articles.jsonl"}
    faults |= _binary_and_ignored(folder)
    faults |= _encodings(folder, seeds)
    faults |= _broken_jsonl(folder, seeds)
    faults |= _broken_csv(folder, seeds)
    faults |= _odd_text(folder, seeds)
    return faults


def _binary_and_ignored(folder: Path) -> dict[str, str]:
    (folder / "attachment.txt").write_bytes(PNG_BYTES * 4)
    (folder / "figure.png").write_bytes(PNG_BYTES)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(64))
    (folder / "speakers.toml").write_text('[speakers."Gerald Darmanin"]\ngroup = "government"\n', "utf-8")
    (folder / "empty.jsonl").write_bytes(b"")
    return {"binary": "attachment.txt", "unsupported_type": "figure.png",
            "hidden_file": ".DS_Store", "speaker_registry": "speakers.toml",
            "empty_file": "empty.jsonl"}


def _encodings(folder: Path, seeds: list[dict]) -> dict[str, str]:
    cp1252 = ("date 2025-04-16\nSource: Le Monde (traduction)\n\n"
              "Le ministre a d\u00e9nonc\u00e9 \u201cune tentative d\u2019intimidation de l\u2019\u00c9tat\u201d. "
              "\u00ab Nous ne c\u00e9derons pas \u00bb, a d\u00e9clar\u00e9 G\u00e9rald Darmanin.\n")
    (folder / "lemonde_cp1252.txt").write_bytes(cp1252.encode("cp1252"))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "source", "date", "text"])
    writer.writerow(["excel-1", seeds[1]["source"], seeds[1]["date"], seeds[1]["text"]])
    (folder / "excel_export.csv").write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return {"cp1252": "lemonde_cp1252.txt", "utf8_bom": "excel_export.csv:2"}


def _broken_jsonl(folder: Path, seeds: list[dict]) -> dict[str, str]:
    good = seeds[2]
    lines = [
        json.dumps({"id": "wire-1", "source": "Wire", "text": good["text"]}),
        json.dumps({"id": "wire-2", "source": "Wire", "text": ""}),
        json.dumps({"id": "wire-3", "source": "Wire", "text": " \n\t "}),
        '{"id": "wire-4", "source": "Wire", "text": "The minister said \\"we will',
        json.dumps(["wire-5", good["text"][:200]]),
        json.dumps({"id": "wire-6", "source": "Wire", "body": good["text"][:200]}),
        json.dumps({"source": "Wire", "text": seeds[3]["text"]}),
        json.dumps({"id": "wire-8", "date": "mid-April 2025", "text": seeds[4]["text"]}),
        json.dumps({"id": 20250417, "date": 20250417, "title": 2025, "text": seeds[0]["text"][:500]}),
    ]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n\n", "utf-8")
    duplicate = {**seeds[0], "text": "Follow-up: " + seeds[0]["text"]}
    (folder / "duplicates.jsonl").write_text(json.dumps(duplicate) + "\n", "utf-8")
    return {"empty_text": "wire.jsonl:2", "whitespace_text": "wire.jsonl:3",
            "malformed_line": "wire.jsonl:4", "not_an_object": "wire.jsonl:5",
            "missing_text": "wire.jsonl:6", "missing_id": "wire.jsonl:7",
            "unparseable_date": "wire.jsonl:8", "numeric_fields": "wire.jsonl:9",
            "duplicate_id": "duplicates.jsonl:1"}


def _broken_csv(folder: Path, seeds: list[dict]) -> dict[str, str]:
    with (folder / "no_text_column.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["id", "source", "body"], ["nt-1", "AFP", seeds[3]["text"]]])
    with (folder / "ragged.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "source", "date", "text"])
        writer.writerow(["rag-1", "AFP", "2025-04-15", "First paragraph.\nSecond paragraph."])
        writer.writerow(["rag-2", "AFP", seeds[4]["text"][:300]])  # a column is missing
        writer.writerow(["rag-3", "AFP", "2025-04-16", seeds[3]["text"][:300]])
    huge = _huge_text()
    with (folder / "huge.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["id", "source", "date", "text"], ["huge-1", "Wire", "2025-04-17", huge]])
    return {"csv_missing_text_column": "no_text_column.csv", "csv_ragged_row": "ragged.csv:4",
            "csv_multiline_field": "ragged.csv:2", "huge_article": "huge.csv:2"}


def _huge_text() -> str:
    paragraph = " ".join(NEWS_SENTENCES)
    return "\n\n".join([paragraph] * (HUGE_ARTICLE_CHARS // (len(paragraph) + 2) + 1))


def _odd_text(folder: Path, seeds: list[dict]) -> dict[str, str]:
    (folder / "quote_marks.txt").write_text(
        'The minister said "we will restore order and then left the podium without questions.\n'
        "\"He told me 'they will pay for this' before hanging up,\" the guard said.\n"
        "\u201cThe State will not bow,\" a spokesperson said, adding that \u00abthe response will be "
        "firm\u00bb and that \u201eevery network\u201c would be dismantled.\n"
        "``We are at war,'' one officer wrote. 'It's\u2019 not over\u201d, said another.\n", "utf-8")
    control = "Guards said\x07 the alarm\x0b rang \x1b[1mtwice\x1b[0m before the\x0c fire spread.\n"
    (folder / "control.txt").write_text(control * 3, "utf-8")
    invisible = {
        "id": "invisible-1", "source": "Wire",
        "text": "\u200fThe prosecutor\u200b said \u201cthe\u2060 investigation\u00ad is \u202aongoing\u202c\u201d"
                " and\u0000 declined\u2028further comment. \u05d4\u05e9\u05e8 said nothing.",
    }
    (folder / "invisible.jsonl").write_text(json.dumps(invisible) + "\n", "utf-8")
    nested = folder / "more" / "2025-04-17"
    nested.mkdir(parents=True, exist_ok=True)
    (nested / "followup.txt").write_text(f" date 2025-04-17 {seeds[4]['text'][:400]}", "utf-8")
    return {"quote_marks": "quote_marks.txt", "control_characters": "control.txt",
            "bidi_and_zero_width": "invisible.jsonl:1", "nested_folder": "more/2025-04-17/followup.txt"}
