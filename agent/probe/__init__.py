"""Probes: quick experiments on the user's own data whose results become facts.

Public API::

    from ftaudit.probe import probe_paths
    data, probes = probe_paths(["tickets.csv", "docs/"])
    probes.learnability.macro_f1, probes.retrievability.grounded_at_3
    print(probes.to_markdown())
"""

from ftaudit.probe.baseline import DEFAULT_BUDGET, probe_prompt_baseline
from ftaudit.probe.consistency import probe_consistency
from ftaudit.probe.facts_out import probe_facts
from ftaudit.probe.learnability import probe_learnability
from ftaudit.probe.models import (
    ConsistencyResult,
    CurvePoint,
    LearnabilityResult,
    ProbeReport,
    PromptBaselineResult,
    RetrievabilityResult,
)
from ftaudit.probe.retrievability import probe_retrievability
from ftaudit.probe.run import probe_paths, run_probes, small_enough
from ftaudit.probe.samples import Sample, Samples, inspect_and_collect

__all__ = [
    "DEFAULT_BUDGET",
    "ConsistencyResult",
    "CurvePoint",
    "LearnabilityResult",
    "ProbeReport",
    "PromptBaselineResult",
    "RetrievabilityResult",
    "Sample",
    "Samples",
    "inspect_and_collect",
    "probe_consistency",
    "probe_facts",
    "probe_learnability",
    "probe_paths",
    "probe_prompt_baseline",
    "probe_retrievability",
    "run_probes",
    "small_enough",
]
