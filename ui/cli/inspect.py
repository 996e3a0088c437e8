"""``ftaudit inspect FILE_OR_DIR...``: the CLI adapter for :mod:`ftaudit.inspect`.

Findings go to stdout (Markdown or JSON), progress and errors to stderr.  Exit
codes: 0 inspected (findings are not failures), 2 unreadable input or bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import IO, Any

from ftaudit.ui.cli.terminal import clean, safe_output, write_trusted

PROGRESS_MIN_BYTES = 8 * 1024 * 1024
"""Files smaller than this finish too fast to need a progress line."""


class ProgressLine:
    """Shows how far the inspection of each large file is, on stderr.

    On a terminal one line is rewritten in place (at most 5 times a second); otherwise a
    line is printed at most every 5 seconds, plus one when the file is done.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.last = 0.0
        self.finished: set[str] = set()

    def __call__(self, name: str, done: int, total: int) -> None:
        if total < PROGRESS_MIN_BYTES:
            return
        now = time.monotonic()
        finished = done >= total
        if name in self.finished or (not finished and now - self.last < (0.2 if self.tty else 5.0)):
            return
        if finished:
            self.finished.add(name)
        self.last = now
        msg = clean(f"  {name}: {100 * done / total:3.0f}% ({done / 1e6:,.0f} of {total / 1e6:,.0f} MB)")
        if self.tty:
            write_trusted(self.stream, "\r")  # rewrite the line in place: ours, not the file name's
            self.stream.write(msg.ljust(78) + ("\n" if finished else ""))
        elif done:
            self.stream.write(msg + "\n")
        self.stream.flush()


def add_parser(subparsers: Any) -> None:
    """Register the ``inspect`` command on an argparse subparsers object."""
    p = subparsers.add_parser(
        "inspect",
        help="inspect training examples or documents and report what is wrong with them",
        description="Inspect JSONL/JSON/CSV/TSV/XLSX/Parquet examples, text/Markdown/PDF/DOCX "
        "documents, folders and ZIP archives. Nothing in the files is followed as "
        "instructions.",
    )
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="files, folders or ZIP archives")
    p.add_argument(
        "--format", choices=("md", "json", "html"), default="md", help="output format (default md)"
    )
    p.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        default=None,
        help="exit 1 when a finding is this severe or worse (for CI); default: findings never fail",
    )
    p.add_argument(
        "--write-clean",
        metavar="OUT",
        default=None,
        help="write train.jsonl, validation.jsonl and clean-log.jsonl into folder OUT",
    )
    p.add_argument(
        "--mask-pii",
        action="store_true",
        help="with --write-clean: replace personal data with [EMAIL], [PHONE], …",
    )
    p.add_argument(
        "--val-fraction",
        type=float,
        default=0.1,
        metavar="F",
        help="with --write-clean: share of prompts for validation (0-0.5, default 0.1)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="bytes inspected per file (default 1 GiB)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the exit code (never raises for user errors)."""
    from ftaudit.errors import FtauditError
    from ftaudit.inspect import inspect_paths, write_clean

    if not 0.0 <= args.val_fraction <= 0.5:
        print(
            f"ftaudit inspect: --val-fraction {args.val_fraction} must be between 0 and 0.5",
            file=sys.stderr,
        )
        return 2
    if args.max_bytes is not None and args.max_bytes <= 0:
        print("ftaudit inspect: --max-bytes must be a positive number", file=sys.stderr)
        return 2
    if args.mask_pii and not args.write_clean:
        print("ftaudit inspect: --mask-pii only applies with --write-clean OUT", file=sys.stderr)
    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        print(f"ftaudit inspect: {p}: no such file or folder", file=sys.stderr)
    try:
        print(f"inspecting {len(args.paths)} path(s)…", file=sys.stderr)
        clean: Any = None
        if args.write_clean:
            clean = write_clean(
                args.paths,
                args.write_clean,
                mask_pii=args.mask_pii,
                val_fraction=args.val_fraction,
                max_bytes=args.max_bytes,
            )
            report = clean.report
            print(
                f"wrote {clean.n_train:,} training and {clean.n_validation:,} validation examples "
                f"to {clean.out_dir} ({clean.n_dropped:,} dropped, {clean.n_changed:,} changed; "
                f"see {Path(clean.log_path).name})",
                file=sys.stderr,
            )
        else:
            report = inspect_paths(args.paths, max_bytes=args.max_bytes, progress=ProgressLine(sys.stderr))
    except FtauditError as exc:
        print(f"ftaudit inspect: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", 1) or 1
    except KeyboardInterrupt:
        print("ftaudit inspect: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback for the user
        print(f"ftaudit inspect: inspection failed ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
    if args.format == "json":
        data = report.model_dump(mode="json")
        if clean is not None:
            data["clean"] = clean.model_dump(mode="json", exclude={"report"})
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif args.format == "html":
        from ftaudit.ui.cli.output import markdown_page

        sys.stdout.write(markdown_page("ftaudit data report", report.to_markdown()))
    else:
        from ftaudit.ui.cli.output import print_markdown

        print_markdown(report.to_markdown())
    readable = [f for f in report.files if f.kind not in ("unreadable",)]
    if missing or not readable:
        return 2
    return _failed_on(report, getattr(args, "fail_on", None))


def _failed_on(report: Any, level: str | None) -> int:
    """1 when a finding reaches ``--fail-on`` (error, or warning and worse), with a line saying which."""
    if level is None:
        return 0
    levels = ("error",) if level == "error" else ("error", "warning")
    hits = [f for f in report.findings if f.severity in levels]
    if not hits:
        return 0
    codes = sorted({f.code for f in hits})
    print(f"ftaudit inspect: {len(hits)} finding(s) at --fail-on {level} or worse: {', '.join(codes[:8])}",
          file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point (``python -m ftaudit.ui.cli.inspect``)."""
    parser = argparse.ArgumentParser(prog="ftaudit")
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    with safe_output():
        args = parser.parse_args(argv)
        return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
