"""The theme workflow on a processed folder: the edge where files are read and written.

Each function is one step of the workflow as the command line offers it (``svanalysis themes
...``), so a script or notebook can run the same step. The functions it calls are pure; this module
reads the processed tables (through ``core.processed``), the frame and the codes a person wrote, and
writes what the step produces:

- :func:`suggest_field`: a draft frame for one field (YAML, with sizes and typical answers as
  comments) and ``<draft>.members.csv`` (which candidate each answer fell in, with its text);
- :func:`assign_folder`: ``themes.parquet`` (with the frame in its metadata) and
  ``themes_quality.json`` (coverage, review load, agreement) in the processed folder;
- :func:`export_review` / :func:`import_review`: a spreadsheet of answers to code, and the codes
  read back into the codes file;
- :func:`agreement_folder`: agreement of the engine with the codes, per field and theme.

Where the frame and the codes are: a frame given by the caller; else one that travels with the
inputs (``<input folder>/_manual/theme_frame.yaml``: the shipped synthetic example carries its
signed-off frame so); else the project's ``data/manual/theme_frame.yaml``. The codes are
``theme_codes.csv`` beside the frame unless given (:func:`find_frame`, :func:`codes_beside`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from svanalysis.analysis.themes.assign import score_themes, themes_from_scores
from svanalysis.analysis.themes.codes import load_codes, merge_codes
from svanalysis.analysis.themes.frame import Theme, dump_frame, load_frame, text_fields
from svanalysis.analysis.themes.quality import field_agreement, theme_quality
from svanalysis.analysis.themes.review import coding_sheet, read_review_sheet, review_sample, write_review_sheet
from svanalysis.analysis.themes.suggest import Suggestion, draft_frame, draft_notes, suggest
from svanalysis.core.checks import check_choice
from svanalysis.core.io import write_csv, write_json, write_text
from svanalysis.core.processed import resolve_processed, write_themes
from svanalysis.core.settings import resolve_settings
from svanalysis.core.spec import Spec

__all__ = [
    "CODES_NAME",
    "FRAME_NAME",
    "QUALITY_NAME",
    "ThemeRun",
    "agreement_folder",
    "assign_folder",
    "codes_beside",
    "export_review",
    "find_frame",
    "frame_and_codes",
    "import_review",
    "suggest_field",
]

FRAME_NAME = "theme_frame.yaml"
CODES_NAME = "theme_codes.csv"
QUALITY_NAME = "themes_quality.json"
INPUT_MANUAL = "_manual"  # a folder of inputs may carry its own signed-off frame here (ingest skips "_" names)


def find_frame(inputs: Iterable[str | Path] = (), manual: str | Path | None = None) -> Path | None:
    """The frame a run should use: one travelling with the inputs, else the project's, else None.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> find_frame([d], d / "manual") is None
    True
    >>> (d / "_manual").mkdir(); _ = (d / "_manual" / "theme_frame.yaml").write_text("q7_text: []")
    >>> find_frame([d], d / "manual").relative_to(d).as_posix()
    '_manual/theme_frame.yaml'
    """
    for p in inputs:
        p = Path(p)
        folder = p if p.is_dir() else p.parent
        candidate = folder / INPUT_MANUAL / FRAME_NAME
        if candidate.is_file():
            return candidate
    if manual is not None and (Path(manual) / FRAME_NAME).is_file():
        return Path(manual) / FRAME_NAME
    return None


def codes_beside(frame_path: str | Path) -> Path:
    """Where the codes of a frame live: ``theme_codes.csv`` in the frame's folder.

    >>> codes_beside("data/manual/theme_frame.yaml").as_posix()
    'data/manual/theme_codes.csv'
    """
    return Path(frame_path).parent / CODES_NAME


# what the theme steps read of the responses besides the framed fields: the ids, and the marks of a duplicate or a campaign
_THEME_COLUMNS = ("respondent_id", "duplicate_of", "campaign_id")


def _responses(processed: str | Path, fields: list[str]) -> pd.DataFrame:
    """The responses' ids, duplicate and campaign marks and the given free-text fields (those the table holds).

    Only these columns of ``responses.parquet`` are read: the other tables, and the other columns (most of a large
    consultation's data), are not (at a million responses: 0.9 GB held through the theme step, not 2.5 GB)."""
    import pyarrow.parquet as pq

    path = resolve_processed(processed) / "responses.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found; run `svanalysis ingest` first")
    keep = {*_THEME_COLUMNS, *fields}
    return pd.read_parquet(path, columns=[c for c in pq.read_schema(path).names if c in keep])


def suggest_field(
    processed: str | Path,
    field: str,
    out: str | Path,
    n_themes: int | None = None,
    seed: int | None = None,
    settings: Any = None,
    spec: Spec | None = None,
    use_llm: bool = False,
) -> tuple[Path, Path, Suggestion]:
    """Suggest a draft frame for one field and write it, with the members of each candidate.

    Duplicate submissions are left out; campaign responses count as one voice (ingest's
    ``campaign_id`` and near-identical texts alike). With ``use_llm`` the configured language model
    names and describes the candidates (:func:`~svanalysis.analysis.themes.llm.llm_names`).

    Returns
    -------
    tuple
        The draft's path, the members file's path (``<draft stem>.members.csv``: ``respondent_id``,
        ``theme``, ``text``) and the suggestion.

    Raises
    ------
    ValueError
        If ``field`` is not a free-text field, or no answer says anything to suggest from.
    """
    check_choice("--field", field, text_fields(spec))
    out = Path(out)
    r = _responses(processed, [field])
    r = r[r["duplicate_of"].isna()] if "duplicate_of" in r else r
    text = r[field].astype("string")
    r = r[(text.str.strip().fillna("") != "").to_numpy(dtype=bool)]
    ids = r["respondent_id"].astype("string").tolist()
    campaigns = r["campaign_id"].astype("object").tolist() if "campaign_id" in r else None
    s = suggest(
        r[field].astype("string").tolist(), ids, n_themes=n_themes, seed=seed, settings=settings, groups=campaigns
    )
    if s.themes.empty:
        raise ValueError(f"{field}: too few answers that say something to suggest themes from ({len(ids)} answered)")
    if use_llm:
        from svanalysis.analysis.themes.counts import field_question
        from svanalysis.analysis.themes.llm import llm_names

        s = Suggestion(
            llm_names(s.themes, settings, question=field_question(field, spec).text), s.members, compared=s.compared
        )
    used_seed = resolve_settings(settings)["themes"]["seed"] if seed is None else seed
    header = (
        f"DRAFT code frame for {field}: {len(s.themes)} candidate themes suggested by `svanalysis themes suggest`\n"
        f"from {len(ids)} answers ({_voices_note(s.compared, settings)}), seed {used_seed}.\n"
        "Edit it into a frame: give each theme an id and a name a reader understands, rewrite each description\n"
        "as the point an answer must make to earn it, merge, split or delete candidates, rewrite the examples\n"
        "(they are copied from answers), add `keywords` only where a word alone should earn a theme. Then save it\n"
        "in data/manual/theme_frame.yaml (one file, one top-level key per field) and run `svanalysis themes assign`.\n"
        f"Each candidate's answers, in full: {out.with_suffix('').name}.members.csv"
    )
    write_text(dump_frame(draft_frame(s, field), header=header, notes=draft_notes(s, field)), out)
    by_id = dict(zip(ids, r[field].astype("string").tolist(), strict=True))
    members = s.members.rename(columns={"candidate": "theme"})
    members = members.assign(text=members["respondent_id"].map(by_id))
    members_path = out.with_name(f"{out.with_suffix('').name}.members.csv")
    write_csv(members, members_path)
    return out, members_path, s


def _voices_note(compared: bool, settings: Any) -> str:
    """How the draft counted voices, for its header."""
    if compared:
        return "campaign texts counted once"
    most = resolve_settings(settings)["themes"]["suggest"]["max_compared"]
    return (
        f"campaign texts and identical answers counted once; near-identical wording not compared above {most:,} "
        "answers, themes.suggest.max_compared"
    )


@dataclass(frozen=True)
class ThemeRun:
    """What an assignment wrote and found."""

    themes: Path
    quality: Path
    frame: Path
    codes: Path
    summary: dict[str, Any]


def frame_and_codes(
    frame_path: str | Path, codes_path: str | Path | None, spec: Spec | None = None
) -> tuple[dict[str, tuple[Theme, ...]], Path, pd.DataFrame]:
    """The code frame, where its codes are (``codes_path``, else beside the frame) and the codes, read and checked.

    Raises
    ------
    ValueError
        One line naming the file (and line, row or column) of a bad frame or codes file.
    """
    frame = load_frame(frame_path, spec=spec)
    codes_path = Path(codes_path) if codes_path is not None else codes_beside(frame_path)
    return frame, codes_path, load_codes(codes_path, frame)


def assign_folder(
    processed: str | Path,
    frame_path: str | Path,
    codes_path: str | Path | None = None,
    settings: Any = None,
    spec: Spec | None = None,
    use_llm: bool = False,
) -> ThemeRun:
    """Assign the frame's themes to every answer of a processed folder and write the results there.

    Writes ``themes.parquet`` (one row per answer and theme; the frame's YAML in its metadata) and
    ``themes_quality.json`` (:func:`~svanalysis.analysis.themes.quality.theme_quality`). With
    ``use_llm`` the configured language model assigns instead of the offline engine (method ``llm``;
    see :mod:`~svanalysis.analysis.themes.llm`).

    Raises
    ------
    ValueError
        One line, naming the file (and line, row or column) of a bad frame or codes file, or a framed
        field the processed responses lack.
    FileNotFoundError
        If the processed tables are not there.
    """
    processed = Path(processed)
    frame, codes_path, codes = frame_and_codes(frame_path, codes_path, spec)
    r = _responses(processed, list(frame))
    if use_llm:
        from svanalysis.analysis.themes.llm import llm_scores

        scores = llm_scores(r, frame, codes=codes, settings=settings)
    else:
        scores = score_themes(r, frame, codes=codes, settings=settings)
    themes = themes_from_scores(scores)
    frame_text = dump_frame(frame, header=f"The code frame these themes were assigned with ({Path(frame_path).name}).")
    path = write_themes(themes, frame_text, processed)
    summary = theme_quality(scores, codes, settings) | {"frame": str(frame_path), "codes": str(codes_path)}
    summary["codes_in_file"] = len(codes)
    quality = write_json(summary, processed / QUALITY_NAME)
    return ThemeRun(path, quality, Path(frame_path), codes_path, summary)


def export_review(
    processed: str | Path,
    out: str | Path,
    frame_path: str | Path,
    codes_path: str | Path | None = None,
    n: int | None = None,
    uncertain_share: float | None = None,
    fields: list[str] | None = None,
    settings: Any = None,
    spec: Spec | None = None,
) -> dict[str, int]:
    """Write a spreadsheet of answers for a person to code: a stratified sample plus the least confident.

    Answers already coded and answers that say nothing are never offered. Returns how many answers
    each field's sheet offers.
    """
    s = resolve_settings(settings)["themes"]
    n = s["review"]["sample"] if n is None else n
    share = s["review"]["uncertain_share"] if uncertain_share is None else uncertain_share
    frame, _, codes = frame_and_codes(frame_path, codes_path, spec)
    if fields:
        for f in fields:
            check_choice("--field", f, list(frame))
        frame = {f: frame[f] for f in fields}
    r = _responses(processed, list(frame))
    r = r[r["duplicate_of"].isna()] if "duplicate_of" in r else r
    scores = score_themes(r, frame, codes=codes, settings=settings)
    sheets, counts = {}, {}
    for fld in frame:
        sc = scores[scores["field"] == fld]
        pick = review_sample(sc, n=n, uncertain_share=share, seed=s["seed"])
        texts = pd.Series(r[fld].astype("string").to_numpy(), index=r["respondent_id"].astype("string").to_numpy())
        sheets[fld] = coding_sheet(pick, sc, texts)
        counts[fld] = len(pick)
    write_review_sheet(sheets, frame, out)
    return counts


def import_review(
    review_path: str | Path,
    frame_path: str | Path,
    codes_path: str | Path | None = None,
    spec: Spec | None = None,
) -> tuple[int, Path]:
    """Read a filled review spreadsheet into the codes file (a new code replaces an older one).

    Returns the number of answers read and the codes file's path.
    """
    frame, codes_path, old = frame_and_codes(frame_path, codes_path, spec)
    new = read_review_sheet(review_path, frame)
    write_csv(merge_codes(old, new), codes_path)
    return int(new[["respondent_id", "field"]].drop_duplicates().shape[0]) if len(new) else 0, codes_path


def agreement_folder(
    processed: str | Path,
    frame_path: str | Path,
    codes_path: str | Path | None = None,
    settings: Any = None,
    spec: Spec | None = None,
) -> pd.DataFrame:
    """Agreement of the engine with a person's codes, per field and theme, with 95% intervals.

    Returns an empty table when there are no codes.
    """
    frame, _, codes = frame_and_codes(frame_path, codes_path, spec)
    if codes.empty:
        return pd.DataFrame()
    fields = [f for f in frame if f in set(codes["field"].astype(str))]
    r = _responses(processed, fields)
    scores = score_themes(r, {f: frame[f] for f in fields}, codes=codes, settings=settings)
    parts = [field_agreement(scores, codes, f, settings) for f in fields]
    parts = [p for p in parts if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
