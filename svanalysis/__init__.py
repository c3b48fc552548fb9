"""svanalysis: analysis toolkit for the Home Office consultation "Serious violence: new legal duty
to support multi-agency action" (England and Wales, 1 April - 28 May 2019).

Data flows one way, through one package per stage:

    data/raw/  --ingest-->  data/processed/  --analysis-->  tables  --publish-->  tables.xlsx, figures/, reports/

- ``svanalysis.core``: the ground every stage stands on (questionnaire spec, settings, paths, safe
  writing, statistics, the processed-data contract and its reader ``load_processed``).
- ``svanalysis.synth``: synthetic responses, letters and the Word response form.
- ``svanalysis.ingest``: files in every channel to the processed tables (readers, labels, numbers,
  personal data, stance, review, duplicates, the batch pipeline).
- ``svanalysis.analysis``: support, costs and benefits, data quality, themes in free text.
- ``svanalysis.publish``: publication tables, charts, report notebooks rendered to HTML.
- ``svanalysis.cli``: the ``svanalysis`` command.

In a notebook::

    import svanalysis as sv
    data = sv.load_processed()                       # responses, choices, role_fte, coding
    sv.support_table(data["responses"], "q9", by="sector")
    sv.plot_option_support(data["responses"])
    sv.theme_table(data["responses"], data["themes"], "q14_text", by="sector")
    sv.answers("q9_option_one_text", stance="No", theme="paper_exercise", sector="Police")

Every public name (``dir(svanalysis)``, ``help(svanalysis)``) is loaded on first use, so
``import svanalysis`` stays quick; ingest is ``sv.ingest.ingest(inputs, out)``.
"""

from __future__ import annotations

import importlib
from typing import Any

from svanalysis.core.version import __version__

# Each public name and the module that defines it. tests/test_layout.py checks this against the
# modules' own ``__all__``, so a new public function cannot be forgotten here.
_API: dict[str, tuple[str, ...]] = {
    "svanalysis.core.spec": ("Spec", "load_spec"),
    "svanalysis.core.settings": ("load_settings",),
    "svanalysis.core.processed": ("load_processed",),
    "svanalysis.core.stats": ("agreement", "cohen_kappa", "wilson"),
    "svanalysis.core.disclosure": ("disclosure_rules", "publishable", "redact_places"),
    "svanalysis.analysis.support": (
        "ALL_GROUP",
        "BREAKDOWNS",
        "NOT_STATED",
        "analysis_frame",
        "breakdown_column",
        "filter_responses",
        "group_masks",
        "ids_in",
        "option_comparison",
        "support_patterns",
        "support_table",
    ),
    "svanalysis.analysis.costs": (
        "MEASURES",
        "MEASURE_LABELS",
        "UnitCosts",
        "baseline_table",
        "baseline_values",
        "choices_by_option",
        "comparison_table",
        "cost_benefit_table",
        "cost_sensitivity",
        "load_unit_costs",
        "option_values",
        "other_texts",
        "role_summary",
        "summarise",
    ),
    "svanalysis.analysis.quality": ("load_quality",),
    "svanalysis.analysis.themes.frame": ("load_frame",),
    "svanalysis.analysis.themes.suggest": ("draft_frame", "suggest"),
    "svanalysis.analysis.themes.assign": ("assign_themes",),
    "svanalysis.analysis.themes.codes": ("load_codes",),
    "svanalysis.analysis.themes.agreement": ("theme_agreement",),
    "svanalysis.analysis.themes.counts": ("answers", "theme_quotes", "theme_table"),
    "svanalysis.analysis.campaigns": ("campaign_summary",),
    "svanalysis.publish.charts": (
        "PALETTE",
        "SEQUENTIAL",
        "STANCE_COLOURS",
        "Figure",
        "caption_text",
        "house_style",
        "plot_answers",
        "plot_choices",
        "plot_distribution",
        "plot_monetised_cost",
        "plot_option_support",
        "plot_option_support_by",
        "plot_region_heatmap",
        "plot_support_patterns",
        "save_figure",
    ),
    "svanalysis.publish.tables": ("build_tables", "display_table", "publication_tables", "write_tables"),
    "svanalysis.publish.document": ("write_document",),
    "svanalysis.publish.reports": ("build_reports", "load_grid"),
    "svanalysis.synth.responses": ("generate", "write_example", "write_online_export"),
    "svanalysis.synth.form": ("write_form",),
}
_WHERE = {name: module for module, names in _API.items() for name in names}

__all__ = ["__version__", *sorted(_WHERE)]


_STAGES = ("analysis", "cli", "core", "ingest", "publish", "synth")


def __getattr__(name: str) -> Any:
    if name in _STAGES:  # sv.ingest.ingest(...), sv.publish.reports, ...
        return importlib.import_module(f"svanalysis.{name}")
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'svanalysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # cache: later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_STAGES})
