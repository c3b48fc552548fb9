"""svanalysis: analysis toolkit for the Home Office consultation "Serious violence: new legal duty
to support multi-agency action" (England and Wales, 1 April - 28 May 2019).

Data flows one way:

    data/raw/  --ingest-->  data/processed/  --tables-->  tables/*.csv, tables.xlsx
                                              --report-->  reports/<timestamp>/ (+ figures/)

In a notebook::

    import svanalysis as sv
    data = sv.load_processed()                       # responses, choices, role_fte, coding
    sv.support_table(data["responses"], "q9", by="sector")
    sv.plot_option_support(data["responses"])

Module map: ``spec`` (the questionnaire), ``synth`` (synthetic data), ``form`` (the Word form),
``readers`` (files to slots), ``clean``, ``code`` (stance), ``dedupe``, ``review``, ``schema``,
``ingest`` (the pipeline), ``analyse`` (support), ``costs`` (cost and benefit), ``tables``
(publication tables), ``plots``, ``reports``, ``cli``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("svanalysis")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"

from svanalysis.spec import load_spec

__all__ = ["__version__", "load_processed", "load_spec"]


def __getattr__(name: str):  # lazy: `import svanalysis` stays quick
    if name == "load_processed":
        from svanalysis.ingest import load_processed

        return load_processed
    for module in ("analyse", "costs", "plots"):
        mod = __import__(f"svanalysis.{module}", fromlist=["__all__"])
        if name in getattr(mod, "__all__", []):
            return getattr(mod, name)
    raise AttributeError(f"module 'svanalysis' has no attribute {name!r}")
