"""``ftaudit export``: cleaned training data per platform, starter evals, a prompt scaffold, a RAG plan."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> None:
    """Register the ``export`` command."""
    from ftaudit.export import EVAL_KINDS, PLATFORMS

    p = subparsers.add_parser("export", help="turn sample data into the next step: training files, evals, a prompt, "
                              "a RAG plan")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="sample data: examples and/or documents")
    p.add_argument("--out", required=True, help="output folder (one subfolder per output)")
    p.add_argument("--to", action="append", choices=PLATFORMS, default=[],
                   help="fine-tuning platform format for train.jsonl and validation.jsonl (repeatable)")
    p.add_argument("--evals", action="append", choices=EVAL_KINDS, default=[],
                   help="a starter evaluation set from the held-out split (repeatable)")
    p.add_argument("--prompt", action="store_true", help="a prompt scaffold with few-shot examples from the data")
    p.add_argument("--rag-plan", action="store_true", help="a chunking and indexing plan for the documents")
    p.add_argument("--next", metavar="CASE", default=None,
                   help="audit this case file and export what its verdict needs (fine-tune: --to openai and evals; "
                        "prompt: --prompt and evals; RAG: --rag-plan)")
    p.add_argument("--mask-pii", action="store_true", help="replace personal data with [EMAIL], [PHONE], ...")
    p.add_argument("--val-fraction", type=float, default=0.2, metavar="F",
                   help="share of prompts held out for validation and evals (default 0.2)")
    p.add_argument("--format", choices=["text", "json"], default="text", help="what goes to stdout (default text)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ftaudit.export import export
    from ftaudit.ui.cli.output import print_json

    to, evals, prompt, rag = list(args.to), list(args.evals), args.prompt, args.rag_plan
    verdict = None
    if args.next:
        from ftaudit.app.api import audit

        report = audit(Path(args.next), data=[Path(p) for p in args.paths])
        verdict = report.approach
        if verdict == "fine_tune":
            to, evals = to or ["openai"], evals or ["promptfoo"]
        elif verdict == "prompt":
            prompt, evals = True, evals or ["promptfoo"]
        rag = rag or verdict == "rag" or "rag" in report.also
    result = export(args.paths, args.out, to=to, evals=evals, prompt=prompt, rag_plan=rag, mask_pii=args.mask_pii,
                    val_fraction=args.val_fraction)
    if verdict:
        result["verdict"] = verdict
    if args.format == "json":
        print_json(result)
    else:
        import sys

        head = f"verdict {verdict}: " if verdict else ""
        counts = f"{result['train']:,} training and {result['held_out']:,} held-out examples; " if "train" in result else ""
        print(f"{head}{counts}wrote {len(result['files'])} files under {result['out']}", file=sys.stderr)
        for f in result["files"]:
            print(f)
    return 0
