"""The `quotes` command line: `quotes extract` and `quotes analyze`.

Both print a one-screen summary (read, analysed, skipped, quotations) and
account for every input in skipped.csv. Exit status: 0 when something was
analysed, even if some input was skipped; 1 with a one-line message when
nothing could be read or the output cannot be written.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Find, attribute and compare quotations across a corpus of news articles.")
err = Console(stderr=True, soft_wrap=True)  # one message, one line: never wrap at 80 columns

Inputs = Annotated[list[Path], typer.Argument(help="Articles: .jsonl, .csv, .txt files or folders of them.")]
Model = Annotated[Optional[str], typer.Option(help="A trained spaCy pipeline (name or path); default: blank English + rules.")]
Speakers = Annotated[Optional[Path], typer.Option(help="Speaker registry (TOML); default: speakers.toml beside the corpus, else ./corpus/speakers.toml.")]
Engine = Annotated[str, typer.Option(help="local, or dask to run on a dask.distributed cluster.")]
Scheduler = Annotated[Optional[str], typer.Option(help="Dask scheduler address; default: a LocalCluster.")]
Scope = Annotated[str, typer.Option(help="statements: what was said, quoted fragments as quoted (default). "
                                         "attributions: every attribution, PARC/PolNeAR-style: also intentions, "
                                         "commitments and stances, and a quoted fragment with its whole clause.")]


def _fail(message: str) -> None:
    err.print(f"[bold red]quotes:[/] {message}", highlight=False)
    raise typer.Exit(1)


def _summary(extraction, out: Path) -> None:
    log = extraction.log
    analysed = len(extraction.articles)
    err.print(f"analysed {analysed} articles · skipped {len(log.skipped)} · notes {len(log.notices)} · "
              f"quotations {len(extraction.quotes)} → {out}", highlight=False)
    for n in log.notices:
        err.print(f"  note: {n.file}{':' + str(n.line) if n.line else ''}: {n.message}", highlight=False)
    for s in log.skipped:
        err.print(f"  skipped: {s.file}{':' + str(s.line) if s.line else ''}: {s.reason}", highlight=False)


def _check_scope(scope: str) -> None:
    from quotes.lexicon import check_scope

    try:
        check_scope(scope)
    except ValueError as exc:
        _fail(str(exc))


def _run(inputs: list[Path], model: str | None, speakers: Path | None, engine: str, scheduler: str | None,
         scope: str):
    from quotes.extract import run

    _check_scope(scope)
    if engine == "dask":
        from quotes.distributed import run_dask
        return run_dask(inputs, model=model, speakers=speakers, scheduler=scheduler, scope=scope)
    if engine != "local":
        _fail(f"unknown engine {engine!r}: use local or dask")
    return run(inputs, model=model, speakers=speakers, scope=scope)


@app.command()
def extract(inputs: Inputs,
            output: Annotated[Path, typer.Option("-o", "--output", help="Quotations, one JSON object per line.")],
            model: Model = None, speakers: Speakers = None, engine: Engine = "local", scheduler: Scheduler = None,
            scope: Scope = "statements") -> None:
    """Write every quotation of a corpus as JSONL (the shape score.py reads)."""
    from quotes.corpus import write_skipped_csv
    from quotes.output import atomic_write_text

    extraction = _run(inputs, model, speakers, engine, scheduler, scope)
    if extraction.articles.empty:
        _fail("nothing could be read: " + "; ".join(f"{s.file}: {s.reason}" for s in extraction.log.skipped[:3]))
    try:
        output.parent.mkdir(parents=True, exist_ok=True)  # `-o out/quotes.jsonl` in a fresh folder
        atomic_write_text(output, to_jsonl(extraction.quotes))
        write_skipped_csv(extraction.log, output.parent / "skipped.csv")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    _summary(extraction, output)


@app.command()
def analyze(inputs: Inputs,
            output: Annotated[Path, typer.Option("-o", "--output", help="Report directory.")],
            model: Model = None, speakers: Speakers = None, engine: Engine = "local", scheduler: Scheduler = None,
            force: Annotated[bool, typer.Option(help="Write into a non-empty directory quotes did not create.")] = False,
            scope: Scope = "statements") -> None:
    """Run everything and write reports (Markdown, HTML) and tables (parquet, CSV)."""
    from quotes.analysis import analyze as build_analysis
    from quotes.output import OutputDirError

    _check_scope(scope)
    extraction = build_analysis(inputs, model=model, speakers=speakers, scope=scope)
    if extraction.articles.empty:
        _fail("nothing could be read: " + "; ".join(f"{s.file}: {s.reason}" for s in extraction.log.skipped[:3]))
    try:
        extraction.write(output, force=force)
    except OutputDirError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    _summary(extraction, output)


def to_jsonl(quotes) -> str:
    """One quotation per line, nulls as null (not NaN), keys in column order."""
    frame = quotes.astype(object).where(quotes.notna(), None)
    lines = [json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False)
             for row in frame.to_dict("records")]
    return "".join(line + "\n" for line in lines)


def _plain(value):
    if hasattr(value, "item"):
        return value.item()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def main() -> None:
    app(prog_name="quotes")


if __name__ == "__main__":
    sys.exit(main())
