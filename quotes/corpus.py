"""Reading a corpus: every input becomes an article or a recorded reason why not.

Journalists' corpora are messy: exports from several tools, Windows-1252
files, a stray image in the folder, a JSONL file with one broken line.
Reading never stops on a bad input. It records a `Skipped` row (the input
was not analysed) or a `Notice` (it was, but something was changed or
guessed) in the `CorpusLog` and carries on, so the user can check that
nothing was silently lost.

Reading is streamed: files are read line by line (a CSV row or a JSONL line
at a time) and articles are yielded one by one, so a corpus of a million
articles is never in memory at once. Only a single .txt or .json file is
read whole.

`Article.text` is the text exactly as decoded: every offset the tool
reports points into it. Control characters, bidirectional marks and
zero-width spaces are kept; normalisation for analysis happens later.
"""
from __future__ import annotations

import codecs
import csv
import itertools
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import astuple, dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any

import pandas as pd

from quotes.model import Article, CorpusLog
from quotes.output import atomic_path

# Names in a corpus folder that are configuration, not articles.
IGNORED_NAMES = frozenset({"speakers.toml"})
# Article fields besides id and text.
META_FIELDS = ("source", "date", "url", "title")
SKIPPED_COLUMNS = ("file", "line", "article_id", "reason")
# Dates given in any of these forms are rewritten as YYYY-MM-DD. Day/month
# orders that are ambiguous (04/05/2025) are deliberately absent.
DATE_FORMATS = ("%Y/%m/%d", "%Y.%m.%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y",
                "%B %d %Y", "%b %d %Y")

_CHUNK = 1 << 20
_SNIFF = 8000  # bytes examined to tell text from binary, as git does
_CP1252_UNDEFINED = tuple(bytes([b]) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
_CONTROL_BYTES = tuple(bytes([b]) for b in range(32) if chr(b) not in "\t\n\v\f\r\x1b")

# Metadata lines at the top of a text ("date 2025-04-19 France's ..."). The
# date and url values have a shape of their own, so the key needs no colon
# and a date may be followed by the body on the same line; "source" and
# "title" need a colon, or a body opening "Source close to ..." would be
# taken for metadata.
_HEADER_PATTERNS = {
    "date": re.compile(r"\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b", re.I),
    "url": re.compile(r"\s*url:?[ \t]+(https?://\S+)(?=\s)", re.I),
    "source": re.compile(r"\s*source:[ \t]*([^\r\n]*\S)[ \t]*(?=[\r\n])", re.I),
    "title": re.compile(r"\s*title:[ \t]*([^\r\n]*\S)[ \t]*(?=[\r\n])", re.I),
}
_SPACE = re.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class _Record:
    """One article-shaped object read from a file, before it is checked."""

    file: str
    line: int | None
    fields: dict[str, Any]
    origin: str
    fallback_id: str  # used, with a notice, when the record has no id


def iter_articles(paths: Sequence[str | Path], log: CorpusLog) -> Iterator[Article]:
    """Yield the articles in `paths` (files or folders), recording in `log`
    every input that is skipped and every change made to one that is not.

    Folders are read recursively in sorted order so that runs are
    reproducible. Duplicate ids are kept apart: the later article becomes
    `ID~2`. The log is complete once the iterator is exhausted.
    """
    ids: dict[str, int] = {}
    for file in itertools.chain.from_iterable(_input_files(Path(p), log) for p in paths):
        before = (log.read, len(log.skipped))
        for record in _records(file, log):
            article = _to_article(record, log, ids)
            if article is not None:
                log.read += 1
                yield article
        if (log.read, len(log.skipped)) == before:
            log.skip(str(file), None, None, "no articles in file (only blank lines)")


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """Read metadata lines at the top of `text`; return them and the offset
    where the body starts (0 when there is no metadata)."""
    found: dict[str, str] = {}
    pos = 0
    while match := _next_header_field(text, pos, found):
        pos = match.end()
    return found, (_SPACE.match(text, pos).end() if found else 0)


def _next_header_field(text: str, pos: int, found: dict[str, str]) -> re.Match | None:
    for key, pattern in _HEADER_PATTERNS.items():
        if key not in found and (match := pattern.match(text, pos)):
            found[key] = match.group(1)
            return match
    return None


def normalise_date(value: str) -> str | None:
    """Return `value` as YYYY-MM-DD if it is a date in a common unambiguous
    form (ISO 8601 with or without time, RFC 2822 as in RSS feeds, "19 April
    2025", "April 19, 2025", ...), else None. A time zone is not applied:
    the date is the one the outlet wrote."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def skipped_frame(log: CorpusLog) -> pd.DataFrame:
    """The skipped inputs as a table (one row per `Skipped`)."""
    frame = pd.DataFrame([astuple(s) for s in log.skipped], columns=list(SKIPPED_COLUMNS))
    return frame.astype({"line": "Int64"})


def write_skipped_csv(log: CorpusLog, path: Path) -> None:
    """Write skipped.csv (file, line, article_id, reason), atomically."""
    with atomic_path(Path(path)) as tmp:
        skipped_frame(log).to_csv(tmp, index=False)


def summary_line(log: CorpusLog) -> str:
    """One line for the terminal: how many articles were read, skipped, noted."""
    return (f"{log.read:,} articles read, {len(log.skipped):,} inputs skipped, "
            f"{len(log.notices):,} notices")


# --- finding the files ------------------------------------------------------

def _input_files(path: Path, log: CorpusLog) -> Iterator[Path]:
    """The files to read under `path`. A file named explicitly is always
    read (or skipped with a reason); inside folders, hidden files and
    configuration files are passed over silently."""
    if path.is_dir():
        yield from _walk(path, log, set())
    elif path.exists():
        yield path
    elif path.is_symlink():
        log.skip(str(path), None, None, "broken symbolic link")
    else:
        log.skip(str(path), None, None, "no such file or directory")


def _walk(folder: Path, log: CorpusLog, seen: set[Path]) -> Iterator[Path]:
    real = folder.resolve()
    if real in seen:  # a symbolic link back to a folder being read
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir())
    except OSError as err:
        log.skip(str(folder), None, None, f"cannot list folder: {_why(err)}")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in IGNORED_NAMES:
            continue
        if entry.is_dir():
            yield from _walk(entry, log, seen)
        else:
            yield entry


# --- reading one file -------------------------------------------------------

def _records(path: Path, log: CorpusLog) -> Iterator[_Record]:
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        log.skip(str(path), None, None, f"unsupported file type {suffix or '(no extension)'}")
        return
    encoding = _choose_encoding(path, log)
    if encoding is None:
        return
    try:
        with path.open(encoding=encoding, newline="") as fh:
            yield from reader(fh, path, log)
    except (OSError, UnicodeError) as err:
        log.skip(str(path), None, None, f"stopped reading: {_why(err)}")


def _choose_encoding(path: Path, log: CorpusLog) -> str | None:
    """UTF-8 if the whole file is valid UTF-8, else Windows-1252, else
    Latin-1 (which decodes anything), with a notice. None, after recording
    a skip, if the file cannot be read or is not text.

    The whole file is checked before any article is yielded, because a
    file found to be Windows-1252 halfway through would otherwise have been
    half read as UTF-8.
    """
    name = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16"  # e.g. Excel's "Unicode text"
            if not head:
                log.skip(name, None, None, "empty file")
                return None
            if problem := _binary_problem(head):
                log.skip(name, None, None, f"not a text file ({problem})")
                return None
            fh.seek(0)
            bad_line, cp1252_ok = _scan_utf8(fh)
    except OSError as err:
        log.skip(name, None, None, f"cannot read: {_why(err)}")
        return None
    if bad_line is None:
        return "utf-8-sig"  # strips a byte-order mark
    encoding, label = ("cp1252", "Windows-1252") if cp1252_ok else ("latin-1", "Latin-1")
    log.note(name, bad_line, None, f"not valid UTF-8 (first bad byte on line {bad_line}); "
                                   f"decoded as {label}")
    return encoding


def _binary_problem(head: bytes) -> str | None:
    if b"\0" in head:
        return "contains NUL bytes"
    controls = sum(head.count(b) for b in _CONTROL_BYTES)
    if controls > len(head) // 10:
        return "mostly control characters"
    return None


def _scan_utf8(fh: IO[bytes]) -> tuple[int | None, bool]:
    """Return the line of the first byte that is not UTF-8 (None if all
    are), and whether the file has no byte Windows-1252 leaves undefined."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    bad_line: int | None = None
    lines_before = 0
    cp1252_ok = True
    while chunk := fh.read(_CHUNK):
        cp1252_ok = cp1252_ok and not any(b in chunk for b in _CP1252_UNDEFINED)
        if bad_line is None:
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as err:
                bad_line = lines_before + chunk[: max(err.start - pending, 0)].count(b"\n") + 1
            lines_before += chunk.count(b"\n")
        elif not cp1252_ok:
            break
    if bad_line is None:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            bad_line = lines_before + 1
    return bad_line, cp1252_ok


def _read_jsonl(fh: IO[str], path: Path, log: CorpusLog) -> Iterator[_Record]:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line.rstrip("\r\n"))
        except (ValueError, RecursionError) as err:
            log.skip(str(path), n, None, _json_error(err))
            continue
        if record := _json_record(obj, path, n, f"{path}:{n}", log):
            yield record


def _read_json(fh: IO[str], path: Path, log: CorpusLog) -> Iterator[_Record]:
    """A .json file holds one article object or a list of them; it is read
    whole, so large corpora belong in JSONL."""
    try:
        data = json.load(fh)
    except (ValueError, RecursionError) as err:
        log.skip(str(path), getattr(err, "lineno", None), None, _json_error(err))
        return
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        log.skip(str(path), None, None, f"expected a list of article objects, found {_json_type(data)}")
        return
    for i, obj in enumerate(data, 1):
        if record := _json_record(obj, path, None, f"{path}[{i}]", log, item=i):
            yield record


def _json_record(obj: Any, path: Path, line: int | None, origin: str, log: CorpusLog,
                 item: int | None = None) -> _Record | None:
    if not isinstance(obj, dict):
        where = f"item {item}: " if item else ""
        log.skip(str(path), line, None, f"{where}expected an article object, found {_json_type(obj)}")
        return None
    return _Record(str(path), line, obj, origin, f"{path.stem}-{line or item}")


def _read_csv(fh: IO[str], path: Path, log: CorpusLog) -> Iterator[_Record]:
    """Rows of a CSV with a header naming at least `text`. Line numbers are
    those of the first line of each row (a quoted field may span lines)."""
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))  # 10 MB articles
    first = fh.readline()
    reader = csv.reader(itertools.chain([first], fh), delimiter=_guess_delimiter(first))
    header = [h.strip().lower() for h in next(reader, [])]
    if "text" not in header:
        log.skip(str(path), 1, None, f"no 'text' column in the header (columns: {', '.join(header)})")
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            log.skip(str(path), start, None, f"CSV error, rest of file not read: {err}")
            return
        if not row:
            continue
        if len(row) != len(header):
            log.skip(str(path), start, None, f"row has {len(row)} fields but the header has {len(header)}")
            continue
        yield _Record(str(path), start, dict(zip(header, row)), f"{path}:{start}", f"{path.stem}-{start}")


def _guess_delimiter(header_line: str) -> str:
    """Comma, or the semicolon or tab that spreadsheets in many locales use."""
    return max(",;\t", key=header_line.count)


def _read_txt(fh: IO[str], path: Path, log: CorpusLog) -> Iterator[_Record]:
    """A whole file is one article, named after the file."""
    yield _Record(str(path), 1, {"id": path.stem, "text": fh.read()}, f"{path}:1", path.stem)


_READERS: dict[str, Callable[[IO[str], Path, CorpusLog], Iterator[_Record]]] = {
    ".jsonl": _read_jsonl, ".ndjson": _read_jsonl, ".json": _read_json,
    ".csv": _read_csv, ".txt": _read_txt,
}


# --- from record to article -------------------------------------------------

def _to_article(record: _Record, log: CorpusLog, ids: dict[str, int]) -> Article | None:
    fields = {str(k).strip().lower(): v for k, v in record.fields.items()}
    given_id = _as_str(fields.get("id"))
    text = fields.get("text")
    if text is None:
        log.skip(record.file, record.line, given_id, "no 'text' field")
        return None
    if isinstance(text, (dict, list)):
        log.skip(record.file, record.line, given_id, f"'text' is {_json_type(text)}, not a string")
        return None
    if not isinstance(text, str):
        text = _as_str(text) or ""
    if not text.strip():
        log.skip(record.file, record.line, given_id, "empty text")
        return None
    article_id = _unique_id(given_id or _derived_id(record, log), ids, record, log)
    meta = {key: _meta_value(fields, key, record, article_id, log) for key in META_FIELDS}
    if meta["date"] is not None:
        meta["date"] = _checked_date(meta["date"], record, article_id, log)
    header, body_start = parse_header(text)
    _merge_header(meta, header, record, article_id, log)
    return Article(id=article_id, text=text, origin=record.origin, body_start=body_start, **meta)


def _derived_id(record: _Record, log: CorpusLog) -> str:
    log.note(record.file, record.line, record.fallback_id, f"no id; using {record.fallback_id!r}")
    return record.fallback_id


def _unique_id(article_id: str, ids: dict[str, int], record: _Record, log: CorpusLog) -> str:
    """Keep both articles when an id repeats: the later one becomes ID~2, ID~3..."""
    if article_id not in ids:
        ids[article_id] = 1
        return article_id
    n = ids[article_id]
    while (renamed := f"{article_id}~{n + 1}") in ids:
        n += 1
    ids[article_id] = n + 1
    ids[renamed] = 1
    log.note(record.file, record.line, renamed,
             f"id {article_id!r} was already used by an earlier article; renamed {renamed!r}")
    return renamed


def _meta_value(fields: dict[str, Any], key: str, record: _Record, article_id: str,
                log: CorpusLog) -> str | None:
    value = fields.get(key)
    if isinstance(value, (dict, list)):
        log.note(record.file, record.line, article_id, f"'{key}' is {_json_type(value)}; ignored")
        return None
    return _as_str(value)


def _merge_header(meta: dict[str, str | None], header: dict[str, str], record: _Record,
                  article_id: str, log: CorpusLog) -> None:
    """Metadata lines in the text fill fields the record leaves empty; when
    both are given the record's field wins, and a disagreement is noted."""
    for key, value in header.items():
        if meta[key] is None:
            meta[key] = value
        elif meta[key] != value:
            log.note(record.file, record.line, article_id,
                     f"the text's '{key}' line says {value!r} but the {key} field says "
                     f"{meta[key]!r}; keeping the field")


def _checked_date(value: str, record: _Record, article_id: str, log: CorpusLog) -> str:
    if (iso := normalise_date(value)) is not None:
        return iso
    log.note(record.file, record.line, article_id,
             f"date {value!r} is not in a recognised format; kept as given")
    return value


def _as_str(value: Any) -> str | None:
    """A field value as a stripped string; None for missing, empty or NaN.
    Integral floats lose their ".0" (an id of 42.0 is "42")."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool):
        value = str(value).lower()
    if isinstance(value, (datetime, date)):
        value = value.isoformat()
    return str(value).strip() or None


def _json_error(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):  # its messages end in "at"
        return f"malformed JSON: {err.msg.removesuffix(' at')} at column {err.colno}"
    if isinstance(err, RecursionError):
        return "malformed JSON: nested too deeply"
    return f"malformed JSON: {err}"  # e.g. an integer with over 4300 digits


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _why(err: Exception) -> str:
    """An OS error as a short phrase ("permission denied"), without the path
    the message already names."""
    if isinstance(err, OSError) and err.strerror:
        return err.strerror[0].lower() + err.strerror[1:]
    return str(err)
