"""Schemas of the processed tables (pandera), built from the questionnaire spec.

Every table ingest writes is validated against these before it is written; a failure raises
``SchemaError`` naming the table, the column and a few offending values, and nothing is written.
Categorical columns must carry exactly the questionnaire's labels in its order, numbers must be
finite and not negative, ids must be unique.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pandera.pandas as pa

from svanalysis.core.processed import numeric_columns, response_columns
from svanalysis.core.spec import Spec, load_spec

__all__ = ["SchemaError", "schemas", "validate"]


class SchemaError(ValueError):
    """A processed table does not meet its schema."""


def _cat(labels: list[str]) -> pa.Column:
    return pa.Column(pd.CategoricalDtype(labels, ordered=True), nullable=True)


def _nonneg() -> pa.Column:
    return pa.Column(
        float,
        [pa.Check.ge(0), pa.Check(lambda s: ~s.isin([float("inf")]), element_wise=False, name="finite")],
        nullable=True,
    )


def schemas(spec: Spec | None = None) -> dict[str, pa.DataFrameSchema]:
    """The schema of each processed table, keyed by table name."""
    spec = spec or load_spec()
    stance = list(spec.stance_labels)
    methods = list(spec.stance_methods)
    cols: dict[str, Any] = {
        "respondent_id": pa.Column("string", unique=True, nullable=False),
        "channel": pa.Column(pd.CategoricalDtype(["online", "word_form", "letter"], ordered=True), nullable=False),
        "source_file": pa.Column("string", nullable=False),
        "source_row": pa.Column("int64", pa.Check.ge(1), nullable=False),
        "source_id": pa.Column("string", nullable=True),
        "respondent_type": _cat(spec.respondent_types),
        "duplicate_of": pa.Column("string", nullable=True),
        "campaign_id": pa.Column("string", nullable=True),
        "campaign_member": _cat(["identical", "varied"]),
        "response_status": _cat(["complete", "partial"]),
        "consent_publish": _cat(spec.question("consent_publish").labels),
    }
    for q in spec.answerable:
        c = q.columns
        if q.stance:
            cols[c["value"]] = _cat(stance)
            cols[c["method"]] = _cat(methods)
            cols[c["text"]] = pa.Column("string", nullable=True)
        elif q.type in ("single_choice", "yes_no_explain") and "value" in c:
            cols[c["value"]] = _cat(q.labels)
    for col in numeric_columns(spec):
        cols[col] = _nonneg()
    responses = pa.DataFrameSchema(cols, strict=False, ordered=False)
    choices = pa.DataFrameSchema(
        {
            "respondent_id": pa.Column("string", nullable=False),
            "question": pa.Column(pd.CategoricalDtype(spec.choice_questions, ordered=True), nullable=False),
            "choice": pa.Column("category", nullable=False),
        },
        strict=False,
        unique=["respondent_id", "question", "choice"],
    )
    role_fte = pa.DataFrameSchema(
        {
            "respondent_id": pa.Column("string", nullable=False),
            "question": pa.Column(pd.CategoricalDtype(spec.role_questions, ordered=True), nullable=False),
            "role": pa.Column(pd.CategoricalDtype(spec.roles, ordered=True), nullable=False),
            "fte": pa.Column(float, pa.Check.ge(0), nullable=False),
        },
        strict=False,
        unique=["respondent_id", "question", "role"],
    )
    pii = pa.DataFrameSchema({"respondent_id": pa.Column("string", unique=True, nullable=False)}, strict=False)
    log = pa.DataFrameSchema(
        {c: pa.Column(nullable=True) for c in ("respondent_id", "field", "raw", "clean", "rule")}, strict=False
    )
    return {"responses": responses, "choices": choices, "role_fte": role_fte, "pii": pii, "cleaning_log": log}


_CACHE: dict[int, tuple[Spec, dict[str, pa.DataFrameSchema]]] = {}


def _schemas_cached(spec: Spec) -> dict[str, pa.DataFrameSchema]:
    """``schemas(spec)``, built once per spec (ingest validates every batch)."""
    got = _CACHE.get(id(spec))
    if got is None or got[0] is not spec:
        got = _CACHE[id(spec)] = (spec, schemas(spec))
    return got[1]


def validate(name: str, df: pd.DataFrame, spec: Spec | None = None) -> pd.DataFrame:
    """Validate table ``name``; raise SchemaError naming the column and offending values.

    Examples
    --------
    >>> import pandas as pd
    >>> bad = pd.DataFrame({"respondent_id": pd.array(["a", "a"], dtype="string")})
    >>> validate("pii", bad)
    Traceback (most recent call last):
    ...
    svanalysis.core.schema.SchemaError: pii: column 'respondent_id' fails field_uniqueness: 'a'
    """
    spec = spec or load_spec()
    schema = _schemas_cached(spec)[name]
    missing = [c for c in (response_columns(spec) if name == "responses" else []) if c not in df.columns]
    if missing:
        raise SchemaError(f"{name}: missing columns {missing[:10]}")
    try:
        return schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        fc = exc.failure_cases
        first = fc.iloc[0]
        col = first.get("column")
        values = fc[fc["column"] == col]["failure_case"].drop_duplicates().head(5).tolist()
        shown = ", ".join(repr(v) for v in values)
        raise SchemaError(f"{name}: column {col!r} fails {first.get('check')}: {shown}") from None
