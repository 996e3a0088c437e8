"""The ``ftaudit`` command line: a thin adapter over the :mod:`agent` library.

Exit codes: 0 success, 1 failure, 2 usage error or unreadable input,
3 batch finished but some cases failed, 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ftaudit.settings import ui_port
from ftaudit.ui.cli.llm_flags import add_llm_flags, assistant_from

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

EXAMPLES = """examples:
  ftaudit audit my-use-case.md                 Markdown report on stdout
  ftaudit audit case.yaml --format json -o r.json
  echo "We classify 2M tickets a month..." | ftaudit audit -
  ftaudit batch cases/ --out reports/ --jobs 2
  ftaudit eval cases/ --labels labels.csv
  ftaudit inspect train.jsonl --write-clean clean/
  ftaudit chat                                  interview in the terminal
  ftaudit ui --port 7860                        browser interview
"""


def _err(message: str) -> None:
    print(f"ftaudit: {message}", file=sys.stderr)



def _add_ci_flags(p: argparse.ArgumentParser, *formats: str) -> None:
    p.add_argument("--format", choices=[*formats, "json"], default=formats[0],
                   help=f"what goes to stdout (default {formats[0]}; json: a machine-readable summary)")
    p.add_argument("--junit", metavar="FILE", help="also write a JUnit XML report (one test case per case)")
    p.add_argument("--github-summary", action="store_true",
                   help="also append a Markdown summary to $GITHUB_STEP_SUMMARY (GitHub Actions)")


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_audit(args: argparse.Namespace) -> int:
    from ftaudit.app.api import audit
    from ftaudit.app.cases import CaseInput
    from ftaudit.errors import InputError

    if args.path == "-":
        from ftaudit.app.cases import MAX_CASE_BYTES, case_text

        raw = sys.stdin.buffer.read(MAX_CASE_BYTES + 1)
        if not raw.strip():
            raise InputError("nothing on standard input; pipe the use-case description in")
        case: CaseInput | Path = CaseInput(args.name or "stdin", case_text(raw, "standard input"))
    else:
        case = Path(args.path)  # a path, never text: audit() reads a str as the description
    import logging

    assistant = assistant_from(args)
    logging.getLogger("ftaudit.cli").info("auditing %s with %s", "standard input" if args.path == "-" else args.path,
                                          "a model" if assistant else "the offline engine")
    report = audit(case, data=args.data or (), name=args.name, guidance=args.guidance, assistant=assistant,
                   probes=args.probes, probe_budget=args.probe_budget)
    logging.getLogger("ftaudit.cli").info("verdict %s (%.0f%%) from %d criteria, %d citations", report.approach,
                                          100 * report.confidence, len(report.criteria), len(report.citations))
    from ftaudit.ui.cli.output import print_markdown

    if args.format == "html":
        text = report.to_html()
    else:
        text = report.to_json() if args.format == "json" else report.to_markdown()
    if args.output:
        from ftaudit.files import atomic_write

        atomic_write(Path(args.output), text)
        _progress(f"wrote {args.output}: {report.approach} ({report.confidence:.0%})")
    elif args.format == "md":
        print_markdown(text)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    from ftaudit.app.batch import DEFAULT_CASE_TIMEOUT, CaseResult, run_batch
    from ftaudit.ui.cli.terminal import clean, write_trusted

    started = time.monotonic()
    tty = sys.stderr.isatty() and not args.quiet

    def progress(done: int, total: int, r: CaseResult) -> None:
        if args.quiet:
            return
        what = f"error: {r.error}" if r.status == "error" else f"{r.approach}{'+' + r.also if r.also else ''} ({(r.confidence or 0):.0%}){' cached' if r.cached else ''}"
        line = clean(f"[{done}/{total}] {r.case}: {what}")
        if tty:
            write_trusted(sys.stderr, "\r\033[K")  # our own erase-line, around text cleaned of any escapes
        if tty and r.status == "ok":
            print(line[:150], end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)

    results = run_batch(Path(args.dir), Path(args.out), jobs=args.jobs, force=args.force, progress=progress,
                        assistant=assistant_from(args, rate=args.rate),
                        case_timeout=DEFAULT_CASE_TIMEOUT if args.case_timeout is None else (args.case_timeout or None),
                        probes=args.probes, probe_budget=args.probe_budget)
    failed = [r for r in results if r.status == "error"]
    cached = sum(r.cached for r in results)
    if tty:
        print(file=sys.stderr)
    _progress(f"{len(results) - len(failed)} audited ({cached} unchanged, reused), {len(failed)} failed, "
              f"{time.monotonic() - started:.1f} s; summary in {Path(args.out) / 'summary.csv'}")
    from ftaudit.ui.cli.report_out import batch_outputs

    batch_outputs(args, results, time.monotonic() - started)
    return 3 if failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from ftaudit.app.evaluate import evaluate

    result = evaluate(Path(args.dir), Path(args.labels), jobs=args.jobs,
                      progress=None if args.quiet else _progress)
    if args.format == "json":
        print(json.dumps({"correct": result.correct, "total": len(result.rows), "accuracy": result.accuracy,
                          "confusion": result.confusion(), "missing": result.missing,
                          "rows": [dict(zip(("case", "expected", "predicted", "correct"), r, strict=True))
                                   for r in result.rows]}, indent=2))
    elif args.format in ("md", "html"):
        from ftaudit.ui.cli.report_out import eval_markdown

        text = eval_markdown(result)
        if args.format == "html":
            from ftaudit.ui.cli.output import markdown_page

            sys.stdout.write(markdown_page("ftaudit eval", text))
        else:
            from ftaudit.ui.cli.output import print_markdown

            print_markdown(text)
    else:
        print(result.to_text())
    from ftaudit.ui.cli.report_out import eval_outputs

    eval_outputs(args, result)
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from collections import Counter

    from ftaudit.retrieve.index import open_index

    started = time.monotonic()
    index = open_index(args.guidance, rebuild=args.rebuild, progress=_progress)
    docs = Counter(s.doc for s in index.sections.values())
    if args.format == "json":
        from ftaudit.ui.cli.output import print_json

        hits = index.search(args.query, k=3) if args.query else []
        print_json({"key": index.key, "location": str(index.location), "sections": len(index),
                    "built": index.built, "seconds": round(time.monotonic() - started, 3), "documents": dict(docs),
                    "hits": [{"section_id": h.section_id, "title": h.title, "score": h.score, "text": h.text}
                             for h in hits]})
        return 0
    print(f"guidance index {index.key} at {index.location}")
    print(f"{len(index)} sections ({'built' if index.built else 'already up to date'} in {time.monotonic() - started:.1f} s):")
    for doc, n in sorted(docs.items()):
        print(f"  {doc:28} {n:4} sections")
    if args.query:
        for hit in index.search(args.query, k=3):
            print(f"\n[{hit.section_id}] {hit.title} (score {hit.score:.3f})\n  {hit.text[:200]}...")
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from ftaudit.app.answers import fact_name
    from ftaudit.app.api import load_case
    from ftaudit.app.session import AuditSession
    from ftaudit.errors import FtauditError
    from ftaudit.facts import format_value

    session = AuditSession(name=args.name or "chat", assistant=assistant_from(args))
    if args.path:
        case = load_case(Path(args.path))
        session.answer(case.description)
        for f in case.data:
            session.attach(f)
    interactive = sys.stdin.isatty()
    print("ftaudit interview. Answer in your own words or by number; 'skip' skips a question, 'undo' takes "
          "back your last answer, 'report' ends, 'attach PATH' adds a data file.\n")
    while True:
        question = session.next_question()
        if question is None:
            break
        print(f"\n? {question.text}")
        numbered = question.kind in {"choice", "yes_no"} and bool(question.choices)
        if numbered:
            print("  " + "   ".join(f"{i}) {c.label}" for i, c in enumerate(question.choices, 1)))
        elif question.choices:
            print("  (for example: " + ", ".join(c.label.lower() for c in question.choices) + ")")
        if session.has_facts and question.field != "description":
            print(f"  (leaning: {session.leaning()})")
        try:
            line = input("> " if interactive else "")
        except EOFError:
            break
        line = line.strip()
        if not line:
            continue
        if line.lower() in {"report", "done", "quit", "exit"}:
            break
        if line.lower() == "undo":
            print("  took back your last answer" if session.undo() else "  nothing to undo")
            continue
        if numbered and line.isdigit() and 1 <= int(line) <= len(question.choices):
            line = question.choices[int(line) - 1].label
        try:
            if line.lower().startswith("attach "):
                data = session.attach(line[7:].strip())
                print(f"  attached: {len(data.facts)} facts from the data")
            else:
                facts = session.answer(line)
                changed = {c.field for c in session.changes}
                for change in session.changes:
                    print(f"  changed: {change.text()}")
                for fact in facts:
                    if fact.field not in changed:
                        print(f"  noted: {fact_name(fact.field)} = {format_value(fact.field, fact.value)}")
        except FtauditError as exc:
            print(f"  {exc}")
    print()
    print(session.report().to_markdown())
    return 0


def cmd_ui(args: argparse.Namespace) -> int:
    from ftaudit.errors import require

    require("gradio", "web", "the browser app")
    from ftaudit.ui.web.app import launch

    launch(host=args.host, port=args.port if args.port is not None else ui_port(), assistant=assistant_from(args))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and docs)."""
    from ftaudit import __version__

    parser = argparse.ArgumentParser(
        prog="ftaudit", description="Audit an AI use case: prompt engineering, RAG or fine-tuning, with cited reasons.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"ftaudit {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more detail on stderr (-v: what it does, -vv: debugging)")
    from ftaudit.ui.cli import probe as probe_cmd

    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("audit", help="audit one use case (file, folder or - for stdin)")
    p.add_argument("path", help="case file (.md .txt .yaml .json), case folder, or - for stdin")
    p.add_argument("--format", choices=["md", "json", "html"], default="md", help="report format (default md)")
    p.add_argument("--data", action="append", type=Path, help="sample data file to inspect (repeatable)")
    p.add_argument("--guidance", action="append", type=Path, help="folder of your own guidance to index and cite")
    p.add_argument("--name", help="name shown in the report")
    p.add_argument("-o", "--output", help="write the report to this file instead of stdout")
    add_llm_flags(p)
    probe_cmd.add_probe_flags(p)
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("batch", help="audit every case in a folder")
    p.add_argument("dir", help="folder of case files and case folders")
    p.add_argument("--out", required=True, help="output folder for reports and summaries")
    p.add_argument("--jobs", type=int, default=1, help="cases audited in parallel (default 1)")
    p.add_argument("--force", action="store_true", help="re-audit cases even if unchanged")
    p.add_argument("-q", "--quiet", action="store_true", help="no per-case progress")
    _add_ci_flags(p, "text")
    p.add_argument("--rate", type=float, default=None, help="with a model: at most this many model requests per second")
    p.add_argument("--case-timeout", type=float, default=None, metavar="SECONDS",
                   help="time limit per case; a case over it is recorded as an error and the batch goes on "
                        "(default 300; 0: no limit)")
    add_llm_flags(p)
    probe_cmd.add_probe_flags(p)
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("eval", help="accuracy against a labels CSV (case,expected[,also_acceptable])")
    p.add_argument("dir", help="folder of case files and case folders")
    p.add_argument("--labels", required=True, help="CSV with case,expected[,also_acceptable]")
    p.add_argument("--jobs", type=int, default=1, help="cases audited in parallel (default 1)")
    p.add_argument("-q", "--quiet", action="store_true", help="no per-case progress")
    _add_ci_flags(p, "text", "md", "html")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("index", help="build (if needed) and describe the guidance index")
    p.add_argument("--rebuild", action="store_true", help="rebuild even if the sources did not change")
    p.add_argument("--guidance", action="append", type=Path, help="folder of your own guidance to add")
    p.add_argument("--query", help="also show the top passages for this query")
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format (default text)")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("chat", help="interview in the terminal")
    p.add_argument("path", nargs="?", help="optional case file to start from")
    p.add_argument("--name", help="name shown in the report")
    add_llm_flags(p)
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("ui", help="start the browser app on localhost")
    p.add_argument("--port", type=int, default=None,
                   help="port to listen on (default 7860, or FTAUDIT_PORT)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    add_llm_flags(p)
    p.set_defaults(func=cmd_ui)

    from ftaudit.ui.cli import export as export_cmd
    from ftaudit.ui.cli import inspect as inspect_cmd
    from ftaudit.ui.cli import mcp as mcp_cmd
    from ftaudit.ui.cli import serve as serve_cmd

    inspect_cmd.add_parser(sub)
    serve_cmd.add_parser(sub)
    mcp_cmd.add_parser(sub)
    export_cmd.add_parser(sub)
    probe_cmd.add_parser(sub, add_llm_flags)
    from ftaudit.ui.cli import conventions

    conventions.finish(parser, sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ftaudit`` console script."""
    from ftaudit.ui.cli.terminal import safe_output

    # Everything printed, from argparse's messages to the report, is cleaned of terminal
    # control characters: file names, case text and error messages can carry them.
    with safe_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    from ftaudit.errors import FtauditError
    from ftaudit.ui.cli import conventions

    parser = build_parser()
    if not (sys.argv[1:] if argv is None else list(argv)):
        parser.print_help()
        return 0
    if (unknown := conventions.unknown_command(parser, sys.argv[1:] if argv is None else list(argv))) is not None:
        _err(unknown)
        return 2
    args = parser.parse_args(argv)
    conventions.set_verbosity(getattr(args, "verbose", 0))
    if getattr(args, "jobs", 1) is not None and getattr(args, "jobs", 1) < 1:
        parser.error("--jobs must be at least 1")
    if (getattr(args, "case_timeout", None) or 0) < 0:
        parser.error("--case-timeout must be 0 (no limit) or a number of seconds")
    try:
        return int(args.func(args))
    except FtauditError as exc:
        _err(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except UnicodeError as exc:  # text no file or terminal can hold, e.g. a lone surrogate from a JSON escape
        _err(f"the input holds text that cannot be encoded ({exc}); remove the character and try again")
        return 2
    except OSError as exc:  # disk full, permissions, a path that is a file: one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        _err(f"{where}{exc.strerror or exc}; check the path, permissions and free disk space")
        return 1


if __name__ == "__main__":
    sys.exit(main())
