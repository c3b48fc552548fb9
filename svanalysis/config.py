"""Paths and user settings, in one place.

Paths are derived from the package's own location (``Path(__file__).resolve()``), never from the
current directory, so a notebook started anywhere, a cron job and the test suite all find the same
folders. ``SVANALYSIS_HOME`` moves the project root (for an installed, non-editable package).

Settings a user may change (thresholds, bounds, suppression rules, the report grid, unit costs) live
in small YAML/CSV files shipped in ``svanalysis/data/``; ``load_settings`` merges a user's own YAML
file over the shipped defaults, so a user file needs to hold only what it changes.
"""

from __future__ import annotations

import copy
import functools
import os
from pathlib import Path
from typing import Any

import yaml

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
    "UNIT_COSTS_PATH",
    "load_settings",
]

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE_DIR / "data"
PROJECT_ROOT = Path(os.environ.get("SVANALYSIS_HOME", PACKAGE_DIR.parent)).resolve()

RAW_DIR = PROJECT_ROOT / "data" / "raw"
EXAMPLE_DIR = RAW_DIR / "example"
PROCESSED_DIR = PROJECT_ROOT / "data" / "processed"
MANUAL_DIR = PROJECT_ROOT / "data" / "manual"
FIGURES_DIR = PROJECT_ROOT / "figures"
REPORTS_DIR = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"

SPEC_PATH = PACKAGE_DATA / "questionnaire.yaml"
SETTINGS_PATH = PACKAGE_DATA / "settings.yaml"
UNIT_COSTS_PATH = PACKAGE_DATA / "unit_costs.csv"
POSTCODE_AREAS_PATH = PACKAGE_DATA / "postcode_areas.csv"
REPORT_GRID_PATH = PACKAGE_DATA / "report_grid.yaml"


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@functools.lru_cache(maxsize=1)
def _default_settings() -> dict[str, Any]:
    return yaml.safe_load(SETTINGS_PATH.read_text(encoding="utf-8"))


def _defaults() -> dict[str, Any]:
    return copy.deepcopy(_default_settings())


def load_settings(path: str | Path | None = None) -> dict[str, Any]:
    """Return the settings: shipped defaults, overlaid by a user's YAML file if given.

    Parameters
    ----------
    path : str or Path, optional
        A YAML file holding only the settings to change.

    Raises
    ------
    ValueError
        If the file is missing, is not YAML, or names a setting that does not exist.

    Examples
    --------
    >>> load_settings()["suppression"]["min_base"]
    10
    """
    defaults = _defaults()
    if path is None:
        return defaults
    p = Path(path)
    try:
        user = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ValueError(f"{p}: settings file not found") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{p}: settings file is not valid YAML ({exc})") from None
    if not isinstance(user, dict):
        raise ValueError(f"{p}: settings file must hold a mapping of setting: value")
    unknown = _unknown_keys(defaults, user)
    if unknown:
        raise ValueError(f"{p}: unknown settings {unknown}; see {SETTINGS_PATH} for the names")
    return _merge(defaults, user)


def _unknown_keys(base: dict[str, Any], over: dict[str, Any], prefix: str = "") -> list[str]:
    out = []
    for key, value in over.items():
        if key not in base:
            out.append(prefix + str(key))
        elif isinstance(value, dict) and isinstance(base[key], dict):
            out += _unknown_keys(base[key], value, prefix + str(key) + ".")
    return out
