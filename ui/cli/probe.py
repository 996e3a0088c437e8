"""``ftaudit probe DATA...`` and the ``--probes/--no-probes`` flags: the CLI adapter for
:mod:`ftaudit.probe`.  Results go to stdout (Markdown or JSON), progress to stderr."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ftaudit.ui.cli.terminal import clean


def add_probe_flags(p: argparse.ArgumentParser) -> None:
    """``--probes/--no-probes`` and ``--probe-budget N`` on an audit-like command."""
    p.add_argument("--probes", action=argparse.BooleanOptionalAction, default=None,
                   help="run quick experiments on the attached data (default: on when the data is at most 256 MB)")
    p.add_argument("--probe-budget", type=int, default=None, metavar="N",
                   help="model calls the prompt baseline may make (default 50; needs --llm)")


class _Progress:
    """One stderr line per probe step of a tenth."""

    def __init__(self) -> None:
        self.shown: dict[str, int] = {}

    def __call__(self, probe: str, share: float) -> None:
        tenth = int(share * 10)
        if self.shown.get(probe, -1) < tenth:
            self.shown[probe] = tenth
            print(f"  {probe}: {share:4.0%}", file=sys.stderr, flush=True)


def progress_printer() -> Any:
    """A progress callback for the probes that writes to stderr."""
    return _Progress()


def cmd_probe(args: argparse.Namespace) -> int:
    from ftaudit.errors import InputError
    from ftaudit.facts import Fact, UseCase
    from ftaudit.probe import DEFAULT_BUDGET, probe_paths
    from ftaudit.ui.cli.llm_flags import assistant_from

    for path in args.data:
        if not path.exists():
            raise InputError("data file does not exist; check the path", str(path))
    case = None
    if args.target is not None:
        case = UseCase(facts={"accuracy_target": Fact(field="accuracy_target", value=args.target, source="answer",
                                                      quote=f"--target {args.target:g}")})
    _, report = probe_paths(args.data, case=case, assistant=assistant_from(args),
                            budget=DEFAULT_BUDGET if args.probe_budget is None else args.probe_budget,
                            progress=progress_printer(), announce=lambda m: print(clean(m), file=sys.stderr, flush=True))
    text = json.dumps(report.model_dump(mode="json"), indent=2) if args.format == "json" else report.to_markdown()
    sys.stdout.write(text + "\n")
    return 0


def add_parser(subparsers: Any, llm_flags: Any) -> None:
    """Register ``probe`` on an argparse subparsers object."""
    p = subparsers.add_parser("probe", help="run the quick experiments on data files and print the results")
    p.add_argument("data", nargs="+", type=Path, help="labelled examples, example questions, documents (files or folders)")
    p.add_argument("--format", choices=["md", "json"], default="md", help="output format (default md)")
    p.add_argument("--probe-budget", type=int, default=None, metavar="N",
                   help="model calls the prompt baseline may make (default 50; needs --llm)")
    p.add_argument("--target", type=float, default=None, metavar="PCT", help="the accuracy you need, in percent")
    llm_flags(p)
    p.set_defaults(func=cmd_probe)
