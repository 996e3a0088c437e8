"""What ``batch`` and ``eval`` print besides their progress: JSON summaries, JUnit XML, job summaries."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from ftaudit.ui.cli.ci import Outcome, append_github_summary, job_summary, write_junit


def _progress(message: str) -> None:
    import sys

    print(message, file=sys.stderr, flush=True)


def batch_outputs(args: argparse.Namespace, results: list[Any], seconds: float) -> None:
    """``batch --format json``, ``--junit FILE`` and ``--github-summary``."""
    failed = [r for r in results if r.status == "error"]
    if args.format == "json":
        from ftaudit.ui.cli.output import print_json

        print_json({"total": len(results), "ok": len(results) - len(failed), "failed": len(failed),
                    "cached": sum(r.cached for r in results), "seconds": round(seconds, 3), "out": str(args.out),
                    "cases": [asdict(r) for r in results]})
    outcomes = [Outcome(r.case, f"{r.approach}{'+' + r.also if r.also else ''} ({(r.confidence or 0):.0%})",
                        error=r.error if r.status == "error" else "") for r in results]
    if args.junit:
        write_junit(args.junit, "batch", outcomes)
        _progress(f"wrote {args.junit}")
    if args.github_summary:
        rows = [(r.case, r.status, r.approach + ("+" + r.also if r.also else ""),
                 f"{(r.confidence or 0):.0%}" if r.status == "ok" else "", r.error) for r in results]
        append_github_summary(job_summary("ftaudit batch", f"{len(results) - len(failed)} audited, "
                                          f"{len(failed)} failed", rows,
                                          ("case", "status", "approach", "confidence", "error")))


def eval_markdown(result: Any) -> str:
    """The evaluation as Markdown: accuracy, the confusion matrix and the misses."""
    lines = ["# ftaudit eval", "", f"**Accuracy:** {result.correct}/{len(result.rows)} = {result.accuracy:.1%}", ""]
    confusion = result.confusion()
    approaches = sorted({p for row in confusion.values() for p in row} | set(confusion))
    lines += ["| expected \\ predicted | " + " | ".join(approaches) + " |", "|---|" + "---:|" * len(approaches)]
    lines += [f"| {e} | " + " | ".join(str(confusion.get(e, {}).get(p, 0)) for p in approaches) + " |"
              for e in approaches]
    misses = [r for r in result.rows if not r[3]]
    if misses:
        lines += ["", "## Misses", "", "| case | expected | predicted |", "|---|---|---|"]
        lines += [f"| {c.replace('|', '/')} | {e} | {p} |" for c, e, p, _ in misses]
    return "\n".join(lines) + "\n"


def eval_outputs(args: argparse.Namespace, result: Any) -> None:
    """``eval --junit FILE`` and ``--github-summary``: a miss is a failed test case."""
    outcomes = [Outcome(case, f"expected {expected}, predicted {predicted}",
                        failure="" if ok else f"expected {expected}, predicted {predicted}")
                for case, expected, predicted, ok in result.rows]
    if args.junit:
        write_junit(args.junit, "eval", outcomes)
        _progress(f"wrote {args.junit}")
    if args.github_summary:
        append_github_summary(eval_markdown(result).replace("# ftaudit eval", "## ftaudit eval", 1))
