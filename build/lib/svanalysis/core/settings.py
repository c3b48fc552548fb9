"""User settings: the shipped defaults, overlaid by a user's own YAML file.

Settings a user may change (thresholds, bounds, suppression rules, the bootstrap) live in
``data/settings.yaml``. A user's file holds only what it changes; ``load_settings`` merges it over
the defaults and refuses names that do not exist, so a typo is an error, not a silent default.

Settings travel as an argument: the command line loads them once (``--settings FILE``) and passes
the resulting mapping down to every function that uses them. ``resolve_settings`` is how a
function accepts its ``settings`` argument: a mapping is used as given, a path is loaded, and
``None`` means the shipped defaults (what a researcher calling a function in a notebook expects);
a partial mapping is laid over the defaults.
No function below the command line reads a user's file on its own.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from svanalysis.core.paths import SETTINGS_PATH

__all__ = ["Settings", "load_settings", "resolve_settings"]

Settings = dict[str, Any]


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@functools.lru_cache(maxsize=1)
def _default_settings() -> dict[str, Any]:
    return yaml.safe_load(SETTINGS_PATH.read_text(encoding="utf-8"))


def load_settings(path: str | Path | None = None) -> Settings:
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
    defaults = copy.deepcopy(_default_settings())
    if path is None:
        return defaults
    p = Path(path)
    if p.is_dir():
        raise ValueError(f"{p}: is a folder; --settings takes a YAML file")
    try:
        user = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ValueError(f"{p}: settings file not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ValueError(f"{p}: settings file is not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(user, dict):
        raise ValueError(f"{p}: settings file must hold a mapping of setting: value")
    unknown = _unknown_keys(defaults, user)
    if unknown:
        raise ValueError(f"{p}: unknown settings {unknown}; see {SETTINGS_PATH} for the names")
    return _merge(defaults, user)


def resolve_settings(settings: Mapping[str, Any] | str | Path | None = None) -> Settings:
    """The settings a function should use, from whatever its caller passed.

    Examples
    --------
    >>> resolve_settings()["suppression"]["min_count"]
    3
    >>> resolve_settings({"suppression": {"min_count": 5}})["suppression"]["min_count"]
    5
    """
    if settings is None:
        return load_settings()
    if isinstance(settings, (str, Path)):
        return load_settings(settings)
    defaults = _default_settings()
    unknown = _unknown_keys(defaults, dict(settings))
    if unknown:
        raise ValueError(f"unknown settings {unknown}; see {SETTINGS_PATH} for the names")
    return _merge(defaults, settings)


def _unknown_keys(base: dict[str, Any], over: dict[str, Any], prefix: str = "") -> list[str]:
    out = []
    for key, value in over.items():
        if key not in base:
            out.append(prefix + str(key))
        elif isinstance(value, dict) and isinstance(base[key], dict):
            out += _unknown_keys(base[key], value, prefix + str(key) + ".")
    return out
