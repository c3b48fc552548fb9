"""User settings: the shipped defaults, overlaid by a user's own YAML file.

Settings a user may change (thresholds, bounds, suppression rules, the bootstrap) live in
``data/settings.yaml``. A user's file holds only what it changes; ``load_settings`` merges it over
the defaults and refuses names that do not exist, so a typo is an error, not a silent default.

Every value is checked against a schema (pydantic models, below, one per section of the file): a
value of the wrong type or out of range is refused with one line naming the file, the setting, what
it must be and what was given, so a mistake never reaches the middle of a run.

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
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from svanalysis.core.paths import SETTINGS_PATH
from svanalysis.core.yamlio import safe_load

__all__ = ["Settings", "SettingsSchema", "load_settings", "resolve_settings", "validate_settings"]

Settings = dict[str, Any]


# ============================================================================ the schema
class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class _Matching(_Section):
    fuzzy_threshold: float = Field(ge=0, le=100)
    header_threshold: float = Field(ge=0, le=100)


class _Numbers(_Section):
    fte_max: float = Field(gt=0)
    volunteer_hours_max: float = Field(gt=0)
    money_max: float = Field(gt=0)
    period_disagreement: float = Field(ge=0, le=1)


class _Stance(_Section):
    review_threshold: float = Field(ge=0, le=1)


class _Duplicates(_Section):
    keep: Literal["latest", "first"]


class _Campaigns(_Section):
    similarity: float = Field(gt=0, le=1)
    containment: float = Field(gt=0, le=1)
    template_share: float = Field(gt=0, le=1)
    shingle_words: int = Field(ge=1, le=10)
    min_words: int = Field(ge=1)
    min_size: int = Field(ge=2)
    num_perm: int = Field(ge=8, le=1024)
    policy: Literal["each", "once"]


class _Suppression(_Section):
    min_base: int = Field(ge=0)
    min_count: int = Field(ge=0)
    min_statistic_n: int = Field(ge=1)
    min_quartile_n: int = Field(ge=1)
    money_significant_figures: int = Field(ge=1, le=15)
    merge: list[list[str]]
    place_names: list[str]


class _Publication(_Section):
    title: str
    publisher: str
    date: str
    contact: str
    source: str


class _Analysis(_Section):
    bootstrap_reps: int = Field(ge=1)
    bootstrap_max_n: int = Field(ge=1)
    seed: int = Field(ge=0)
    confidence: float = Field(gt=0, lt=1)
    uplift: float = Field(ge=0)
    uplift_sensitivity: float = Field(ge=0)


class _Ingest(_Section):
    chunk_rows: int = Field(ge=1)
    jobs: int = Field(ge=0)
    cluster_min_mb: float = Field(default=400, ge=0)
    scheduler: str = ""
    cache: bool = True


class _ThemesSuggest(_Section):
    min_themes: int = Field(ge=2, le=50)
    max_themes: int = Field(ge=2, le=50)
    duplicate_similarity: float = Field(gt=0, le=1)
    max_clauses: int = Field(ge=10)
    max_compared: int = Field(ge=2)
    typical: int = Field(ge=1, le=20)


class _ThemesReview(_Section):
    sample: int = Field(ge=1)
    uncertain_share: float = Field(ge=0, le=1)


class _ThemesQuotes(_Section):
    per_theme: int = Field(ge=0, le=50)
    max_words: int = Field(ge=5, le=500)


class _ThemesAgreement(_Section):
    bootstrap_reps: int = Field(ge=0)


class _ThemesLLM(_Section):
    enabled: bool
    url: str
    model: str
    api_key_env: str
    timeout: float = Field(gt=0, le=3600)


class _Themes(_Section):
    threshold: float = Field(ge=-10, le=20)
    margin: float = Field(ge=0, le=10)
    weights: list[float] = Field(min_length=3, max_length=3)
    min_coded: int = Field(ge=2)
    neighbours: int = Field(ge=1, le=1000)
    regularisation: float = Field(gt=0)
    max_reference: int = Field(ge=10)
    seed: int = Field(ge=0)
    review_threshold: float = Field(ge=0.5, le=1)
    suggest: _ThemesSuggest
    review: _ThemesReview
    quotes: _ThemesQuotes
    agreement: _ThemesAgreement
    llm: _ThemesLLM


class SettingsSchema(_Section):
    """Every setting, its type and its range (the shipped ``settings.yaml`` says what each does)."""

    matching: _Matching
    numbers: _Numbers
    stance: _Stance
    duplicates: _Duplicates
    campaigns: _Campaigns
    suppression: _Suppression
    publication: _Publication
    analysis: _Analysis
    ingest: _Ingest
    themes: _Themes


def validate_settings(settings: Mapping[str, Any], source: str | Path = "settings") -> Settings:
    """Check every value of ``settings`` (a complete mapping) against :class:`SettingsSchema`.

    Raises
    ------
    ValueError
        One line: the source, the setting, what it must be and what was given.

    Examples
    --------
    >>> validate_settings(load_settings())["campaigns"]["min_size"]
    3
    >>> bad = load_settings()
    >>> bad["campaigns"]["similarity"] = 1.5
    >>> validate_settings(bad, "my.yaml")
    Traceback (most recent call last):
    ...
    ValueError: my.yaml: setting campaigns.similarity must be less than or equal to 1; got 1.5
    """
    try:
        SettingsSchema.model_validate(dict(settings))
    except ValidationError as exc:
        errs = exc.errors()
        e = errs[0]
        where = ".".join(str(x) for x in e["loc"])
        if e["type"] == "extra_forbidden":
            raise ValueError(f"{source}: unknown setting {where}; see {SETTINGS_PATH} for the names") from None
        what = e["msg"].removeprefix("Input should be ").removeprefix("Value error, ")
        more = f" (and {len(errs) - 1} more)" if len(errs) > 1 else ""
        got = "nothing" if e["type"] == "missing" else repr(e["input"])
        raise ValueError(f"{source}: setting {where} must be {what}; got {got}{more}") from None
    return dict(settings)


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` overlaid by ``over``: a copy of ``base`` (keys in its order, then ``over``'s new
    keys), a mapping merged into a mapping, any other value of ``over`` taking the place of
    ``base``'s. Only what ``over`` leaves as it is is copied from ``base`` (resolving settings that
    are already whole, as every table and gate of a report does, copies nothing).

    >>> _merge({"a": {"x": 1, "y": [2]}, "b": 3}, {"a": {"y": [4]}, "c": 5})
    {'a': {'x': 1, 'y': [4]}, 'b': 3, 'c': 5}
    """
    out = {}
    for key, value in base.items():
        if key not in over:
            out[key] = copy.deepcopy(value)
        elif isinstance(over[key], Mapping) and isinstance(value, dict):
            out[key] = _merge(value, over[key])
        else:
            out[key] = over[key]
    for key, value in over.items():
        if key not in base:
            out[key] = value
    return out


@functools.lru_cache(maxsize=1)
def _default_settings() -> dict[str, Any]:
    return safe_load(SETTINGS_PATH.read_text(encoding="utf-8"))


def load_settings(path: str | Path | None = None) -> Settings:
    """Return the settings: shipped defaults, overlaid by a user's YAML file if given.

    Parameters
    ----------
    path : str or Path, optional
        A YAML file holding only the settings to change.

    Raises
    ------
    ValueError
        If the file is missing, is not YAML, names a setting that does not exist, or gives a value
        of the wrong type or out of range.

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
        user = safe_load(p.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ValueError(f"{p}: settings file not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ValueError(f"{p}: settings file is not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(user, dict):
        raise ValueError(f"{p}: settings file must hold a mapping of setting: value")
    unknown = _unknown_keys(defaults, user)
    if unknown:
        raise ValueError(f"{p}: unknown settings {unknown}; see {SETTINGS_PATH} for the names")
    return validate_settings(_merge(defaults, user), p)


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
    return validate_settings(_merge(defaults, settings))


def _unknown_keys(base: dict[str, Any], over: dict[str, Any], prefix: str = "") -> list[str]:
    out = []
    for key, value in over.items():
        if key not in base:
            out.append(prefix + str(key))
        elif isinstance(value, dict) and isinstance(base[key], dict):
            out += _unknown_keys(base[key], value, prefix + str(key) + ".")
    return out
