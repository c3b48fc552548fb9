"""Where svanalysis reads and writes, in one place.

Two kinds of location, found in two ways:

- **What ships with the package** (the questionnaire, default settings, unit costs, postcode areas,
  the report grid, the report notebooks and the HTML template) is found from the package's own
  location, so it is there whether svanalysis runs from a source checkout or from an installed
  (non-editable) wheel. The report notebooks have one source of truth, ``notebooks/`` at the top of
  the checkout, which researchers open in JupyterLab; a wheel carries them as
  ``svanalysis/notebooks/`` (``pyproject.toml`` maps the folder in).
- **The project's folders** (raw inputs, processed tables, a person's decisions, publication
  tables, figures, reports) sit under a *project root*: the checkout when svanalysis runs from one,
  otherwise the current directory, or ``SVANALYSIS_HOME`` when set. An installed package therefore
  never writes into ``site-packages``. Every command also takes an output root (``--out DIR``):
  :func:`output_paths` lays out the folders of one run under it, so a run leaves nothing elsewhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

__all__ = [
    "EXAMPLE_DIR",
    "FIGURES_DIR",
    "MANUAL_DIR",
    "NOTEBOOKS_DIR",
    "PACKAGE_DATA",
    "PACKAGE_DIR",
    "POSTCODE_AREAS_PATH",
    "PROCESSED_DIR",
    "PROJECT_ROOT",
    "RAW_DIR",
    "REPORTS_DIR",
    "REPORT_GRID_PATH",
    "SETTINGS_PATH",
    "SPEC_PATH",
    "TABLES_DIR",
    "TEMPLATE_DIR",
    "UNIT_COSTS_PATH",
    "OutputPaths",
    "notebooks_dir",
    "output_paths",
    "project_root",
]

PACKAGE_DIR = Path(__file__).resolve().parents[1]
PACKAGE_DATA = PACKAGE_DIR / "data"
TEMPLATE_DIR = PACKAGE_DIR / "publish" / "templates"

SPEC_PATH = PACKAGE_DATA / "questionnaire.yaml"
SETTINGS_PATH = PACKAGE_DATA / "settings.yaml"
UNIT_COSTS_PATH = PACKAGE_DATA / "unit_costs.csv"
POSTCODE_AREAS_PATH = PACKAGE_DATA / "postcode_areas.csv"
REPORT_GRID_PATH = PACKAGE_DATA / "report_grid.yaml"


def _checkout() -> Path | None:
    """The source checkout svanalysis runs from, if it runs from one (an editable install)."""
    top = PACKAGE_DIR.parent
    if (top / "pyproject.toml").is_file() and (top / "notebooks").is_dir():
        return top
    return None


def project_root() -> Path:
    """The project's root folder: ``SVANALYSIS_HOME``, else the checkout, else the current directory.

    Examples
    --------
    >>> project_root().is_absolute()
    True
    """
    home = os.environ.get("SVANALYSIS_HOME")
    if home:
        return Path(home).expanduser().resolve()
    return _checkout() or Path.cwd().resolve()


def notebooks_dir() -> Path:
    """The folder of the report notebooks (Jupytext ``py:percent`` files).

    In a checkout, the top-level ``notebooks/`` researchers open; in an installed wheel, the copy
    the wheel carries inside the package.
    """
    packaged = PACKAGE_DIR / "notebooks"
    if packaged.is_dir():
        return packaged
    checkout = _checkout()
    if checkout is None:  # pragma: no cover - a broken install
        raise FileNotFoundError(f"{packaged}: the report notebooks are missing from this installation")
    return checkout / "notebooks"


@dataclass(frozen=True)
class OutputPaths:
    """The folders one run reads its decisions from and writes its outputs to."""

    root: Path
    processed: Path
    tables: Path
    figures: Path
    reports: Path
    manual: Path

    def with_(self, **changes: str | Path | None) -> OutputPaths:
        """A copy with some folders replaced (``None`` keeps the folder)."""
        return replace(self, **{k: Path(v).resolve() for k, v in changes.items() if v is not None})


def output_paths(root: str | Path | None = None) -> OutputPaths:
    """The folders of a run under ``root``, or the project's own folders when ``root`` is None.

    Under an output root every output has its own folder (``processed/``, ``tables/``,
    ``figures/``, ``reports/``); the project's layout keeps the processed tables in
    ``data/processed`` and a person's decisions in ``data/manual``. Paths are absolute, resolved
    before anything changes directory.

    Examples
    --------
    >>> p = output_paths("/tmp/run")
    >>> [x.name for x in (p.processed, p.tables, p.figures, p.reports)]
    ['processed', 'tables', 'figures', 'reports']
    >>> output_paths().processed.parts[-2:]
    ('data', 'processed')
    """
    project = project_root()
    if root is None:
        return OutputPaths(
            root=project,
            processed=project / "data" / "processed",
            tables=project / "tables",
            figures=project / "figures",
            reports=project / "reports",
            manual=project / "data" / "manual",
        )
    r = Path(root).expanduser().resolve()
    return OutputPaths(
        root=r,
        processed=r / "processed",
        tables=r / "tables",
        figures=r / "figures",
        reports=r / "reports",
        manual=project / "data" / "manual",
    )


# The project's folders as constants, for notebooks and the command line's defaults.
PROJECT_ROOT = project_root()
RAW_DIR = PROJECT_ROOT / "data" / "raw"
EXAMPLE_DIR = RAW_DIR / "example"
PROCESSED_DIR = PROJECT_ROOT / "data" / "processed"
MANUAL_DIR = PROJECT_ROOT / "data" / "manual"
TABLES_DIR = PROJECT_ROOT / "tables"
FIGURES_DIR = PROJECT_ROOT / "figures"
REPORTS_DIR = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR = notebooks_dir()
