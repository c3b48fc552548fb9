"""Tables that many reports of one build read, computed once per build and kept in a store.

Why it is shaped this way: the default report grid has a page per sector and per region (two
notebooks each, 38 reports), and each counted its own slice of the responses again: the same
support, option, pattern, choice and cost tables, several of them twice (a sector's support
report and its profile read the same ones). A build now makes them once, before any notebook
runs, with the grouped functions (``grouped_support_table`` and the others: one pass over the data
for every sector, one for every region), and each notebook reads its segment's tables from the
store. The frames are exactly those the per-slice calls give, so the reports do not change.

The store holds **exact tables** (small counts before the disclosure gate): it is written in the
processed folder's restricted area, never among the published reports or figures, and the build
removes it when it ends. Every table a notebook shows still goes through the gate.

A store is keyed by the content of the processed tables it was made from, the code that made
them (``code_version`` of the ground and the analysis) and the settings. A notebook given a store
compares that key with its own data and settings, and uses the store only if they are the same;
otherwise, or without a store (a researcher running the notebook by hand), it computes each table
as before. :class:`SharedTables` is what a notebook holds: its methods take the same arguments as
the analysis functions and return the stored frame when the call is one the store answers (the
very responses, choices and role tables the notebook was given, the build's settings, the shipped
questionnaire and unit costs), else the function's own result.

The files are pickles: the frames must come back exactly (types, index, column order) and are
written and read by the same build on the same machine, inside the restricted area, and deleted
when it ends; a store's key is checked before anything in it is read.
"""

from __future__ import annotations

import inspect
import json
import pickle
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.analysis.costs import (
    choices_by_option,
    cost_benefit_table,
    grouped_choices_by_option,
    grouped_cost_benefit_table,
)
from svanalysis.analysis.support import (
    SEGMENTS,
    grouped_option_comparison,
    grouped_support_patterns,
    grouped_support_table,
    option_comparison,
    support_patterns,
    support_table,
)
from svanalysis.core.cache import code_version, digest, file_digest
from svanalysis.core.io import write_bytes, write_text
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import load_spec

__all__ = [
    "NO_STORE",
    "SHARED_CALLS",
    "STORE_MANIFEST",
    "SharedTables",
    "shared_tables",
    "store_key",
    "write_shared_results",
]

STORE_MANIFEST = "store.json"
_INPUTS = ("responses", "choices", "role_fte")  # the processed tables the stored results are made from

# The calls the shipped segment notebooks (``segment_profile``, ``option_support`` for one sector or
# region) make on their slice, as (function, keyword arguments, the segments they are made for):
# a sector's reports break down by region and a region's by sector (and both by region in the
# heatmap). A call not listed is computed by the notebook, as it would be without a store.
SHARED_CALLS: tuple[tuple[str, dict[str, Any], tuple[str, ...]], ...] = (
    *(("support_table", {"question": q}, SEGMENTS) for q in ("respondent_type", "q5", "q8", "q10", "q12")),
    ("support_table", {"question": "q3"}, ("sector",)),
    ("support_table", {"question": "q1"}, ("region",)),
    ("option_comparison", {}, SEGMENTS),
    ("option_comparison", {"campaign": "once"}, SEGMENTS),
    *(("option_comparison", {"by": by}, SEGMENTS) for by in ("region", "respondent_type")),
    ("option_comparison", {"by": "sector"}, ("region",)),
    ("support_patterns", {}, SEGMENTS),
    ("cost_benefit_table", {"breakdowns": (None,)}, SEGMENTS),
    *(("choices_by_option", {"what": what}, SEGMENTS) for what in ("benefits", "disadvantages")),
)

# function name -> (the per-slice function, its grouped version, the data tables it takes)
_FUNCTIONS: dict[str, tuple[Callable[..., pd.DataFrame], Callable[..., dict[str, pd.DataFrame]], tuple[str, ...]]] = {
    "support_table": (support_table, grouped_support_table, ("choices",)),
    "option_comparison": (option_comparison, grouped_option_comparison, ()),
    "support_patterns": (support_patterns, grouped_support_patterns, ()),
    "cost_benefit_table": (cost_benefit_table, grouped_cost_benefit_table, ("role_fte",)),
    "choices_by_option": (choices_by_option, grouped_choices_by_option, ("choices",)),
}
# arguments that are data or context, not part of a call's key (checked by identity instead)
_CONTEXT = {"responses", "choices", "role_fte", "costs", "spec", "settings"}


def store_key(processed: str | Path, settings: Any = None) -> str:
    """The key of results made from ``processed`` with ``settings`` by this code.

    It changes when any table the results are made from changes (its bytes), when the code of the
    ground or the analysis changes (or the questionnaire, unit costs and other data shipped with
    it), and when any setting changes.
    """
    folder = Path(processed)
    files = {name: _digest(folder / f"{name}.parquet") for name in _INPUTS}
    return digest(
        "svanalysis shared results 1",
        files,
        code_version("svanalysis.core", "svanalysis.analysis"),
        resolve_settings(settings),
    )


# The digests of files hashed in this process, by file, inode, size and modification time: a
# build's kernel checks the store's key for every notebook it runs, and the responses table is
# tens of MB at 100,000 responses. A file rewritten has another inode, size or time (as the
# processed tables' reader, ``load_processed``, also assumes).
_DIGESTS: dict[tuple[object, ...], str] = {}


def _digest(path: Path) -> str:
    st = path.stat()
    key = (str(path.resolve()), st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _DIGESTS:
        if len(_DIGESTS) >= 16:
            _DIGESTS.clear()
        _DIGESTS[key] = file_digest(path)
    return _DIGESTS[key]


def _call_key(name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> str:
    """A call's arguments, defaults filled in and the data left out, as text (the key in a store)."""
    bound = inspect.signature(_FUNCTIONS[name][0]).bind(*args, **kwargs)
    bound.apply_defaults()
    named = {k: v for k, v in bound.arguments.items() if k not in _CONTEXT}
    return json.dumps([name, named], sort_keys=True, default=str)


def _segment_file(segment: str, k: int) -> str:
    return f"{segment}-{k:03d}.pkl"


def write_shared_results(processed: str | Path, folder: str | Path, settings: Any = None) -> Path:
    """Make the calls of ``SHARED_CALLS`` for every sector and region, and write them to ``folder``.

    One file per segment, each written atomically, then the manifest (``store.json``, with the
    store's key): a store without its manifest is never read.

    Parameters
    ----------
    processed : the processed folder the results are made from
    folder : the store, a new folder in a restricted area (exact tables: never publish it)
    settings : the settings the reports use

    Returns
    -------
    Path
        The manifest.
    """
    from svanalysis.core.processed import load_processed

    settings = resolve_settings(settings)
    # the key before the data: a table replaced meanwhile gives a stale key, never a wrong store
    key = store_key(processed, settings)
    data = load_processed(processed, text=False)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    spec = load_spec()
    files: dict[str, dict[str, str]] = {}
    for segment in SEGMENTS:
        labels = [str(v) for v in spec.breakdown_question(segment).labels]
        entries: dict[str, dict[str, pd.DataFrame]] = {label: {} for label in labels}
        for name, kwargs, made_for in SHARED_CALLS:
            if segment not in made_for:
                continue
            _, grouped, tables = _FUNCTIONS[name]
            extra = {t: data[t] for t in tables}
            per_segment = grouped(data["responses"], segment=segment, settings=settings, **extra, **kwargs)
            call = _call_key(name, (None,), {**{t: None for t in tables}, **kwargs})
            for label, frame in per_segment.items():
                entries[label][call] = frame
        files[segment] = {}
        for k, label in enumerate(labels):
            write_bytes(
                pickle.dumps(entries[label], protocol=pickle.HIGHEST_PROTOCOL), folder / _segment_file(segment, k)
            )
            files[segment][label] = _segment_file(segment, k)
    manifest = folder / STORE_MANIFEST
    write_text(json.dumps({"key": key, "files": files}, indent=1, ensure_ascii=False), manifest)
    return manifest


class SharedTables:
    """The analysis tables of one report's responses: from a build's store where it holds them,
    else computed (see the module's docstring).

    Each method takes the arguments of the analysis function of the same name and returns the
    same frame.
    """

    def __init__(
        self,
        responses: pd.DataFrame,
        data: Mapping[str, pd.DataFrame] | None = None,
        settings: Any = None,
        entries: Mapping[str, pd.DataFrame] | None = None,
    ):
        self.responses = responses
        self.data = dict(data or {})
        self.settings = settings
        self.entries = dict(entries or {})

    @property
    def stored(self) -> bool:
        """Whether this report's tables come from a store."""
        return bool(self.entries)

    def _get(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> pd.DataFrame:
        func, _, tables = _FUNCTIONS[name]
        if self.entries:
            bound = inspect.signature(func).bind(*args, **kwargs)
            a = bound.arguments
            same = (
                a.get("responses") is self.responses
                and a.get("settings") is self.settings
                and (a.get("spec") is None or a.get("spec") is load_spec())
                and a.get("costs") is None
                and all(a.get(t) is self.data.get(t) for t in tables)
            )
            if same:
                frame = self.entries.get(_call_key(name, args, kwargs))
                if frame is not None:
                    return frame.copy()
        return func(*args, **kwargs)

    def support_table(self, *args: Any, **kwargs: Any) -> pd.DataFrame:
        """:func:`svanalysis.analysis.support.support_table`."""
        return self._get("support_table", args, kwargs)

    def option_comparison(self, *args: Any, **kwargs: Any) -> pd.DataFrame:
        """:func:`svanalysis.analysis.support.option_comparison`."""
        return self._get("option_comparison", args, kwargs)

    def support_patterns(self, *args: Any, **kwargs: Any) -> pd.DataFrame:
        """:func:`svanalysis.analysis.support.support_patterns`."""
        return self._get("support_patterns", args, kwargs)

    def cost_benefit_table(self, *args: Any, **kwargs: Any) -> pd.DataFrame:
        """:func:`svanalysis.analysis.costs.cost_benefit_table`."""
        return self._get("cost_benefit_table", args, kwargs)

    def choices_by_option(self, *args: Any, **kwargs: Any) -> pd.DataFrame:
        """:func:`svanalysis.analysis.costs.choices_by_option`."""
        return self._get("choices_by_option", args, kwargs)


NO_STORE = SharedTables(pd.DataFrame())  # every method computes (the default of functions that take ``tables``)


def shared_tables(
    store: str | Path,
    processed: str | Path,
    data: Mapping[str, pd.DataFrame],
    responses: pd.DataFrame,
    sector: str = "",
    region: str = "",
    settings: Any = None,
) -> SharedTables:
    """The tables of a report on ``responses`` (one sector, or one region, of ``data``): from the
    store when one is given, its key matches ``processed`` and ``settings``, and it holds the segment;
    else computed.

    Parameters
    ----------
    store : a build's store folder ("" for none)
    processed : the processed folder ``data`` was read from ("" for the project's)
    data : the processed tables (``load_processed``)
    responses : the report's responses: ``filter_responses(data["responses"], sector, region)``

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.DataFrame({"respondent_id": ["a"]})
    >>> shared_tables("", "", {"responses": r}, r).stored
    False
    """
    none = SharedTables(responses, data, settings)
    if not store or bool(sector) == bool(region):
        return none
    segment, label = ("sector", sector) if sector else ("region", region)
    manifest = Path(store) / STORE_MANIFEST
    try:
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        name = meta["files"][segment][label]
    except (OSError, ValueError, KeyError, TypeError):  # no store (removed after its build), or not this segment
        return none
    from svanalysis.core.paths import output_paths
    from svanalysis.core.processed import resolve_processed

    folder = resolve_processed(Path(processed) if processed else output_paths().processed)
    if meta.get("key") != store_key(folder, settings):
        return none  # made from other data, code or settings: never read
    with open(Path(store) / name, "rb") as fh:
        entries = pickle.load(fh)
    return SharedTables(responses, data, settings, entries)
