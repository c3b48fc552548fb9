"""Key findings in sentences, with their bases: what each report, the index and the Word document
lead with.

Every number in a sentence comes from a table that has passed the disclosure gate, and every
comparison from :func:`svanalysis.publish.compare.compare`: a sentence never names a winner the
intervals do not support, never quotes a withheld cell (it says "withheld" instead), and a count
below the threshold reads "fewer than 3".
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from svanalysis.analysis.shared import NO_STORE, SharedTables
from svanalysis.analysis.support import analysis_frame
from svanalysis.core.disclosure import disclosure_rules, is_symbol, publishable, round_half_up
from svanalysis.core.spec import Spec, load_spec
from svanalysis.publish.compare import Estimate, and_list, compare

__all__ = [
    "campaign_differs_safely",
    "campaign_findings",
    "campaign_how",
    "cost_findings",
    "count_text",
    "quality_findings",
    "support_findings",
    "who_responded",
]


def count_text(k: int, settings: Any = None) -> str:
    """A count for a sentence: "1,234", or "fewer than 3" where the count itself is too small.

    >>> count_text(1234), count_text(2), count_text(0)
    ('1,234', 'fewer than 3', '0')
    """
    r = disclosure_rules(settings)
    return f"fewer than {r.min_count}" if 0 < k < r.min_count else f"{k:,}"


def campaign_how(row: Any, settings: Any = None) -> str:
    """How a campaign's members sent its text: identical and varied members counted apart, without
    a small count (or one worked out by subtraction from the total) appearing.

    >>> campaign_how({"responses": 18, "identical_members": 18, "varied_members": 0})
    'every member sent the text unchanged'
    >>> campaign_how({"responses": 18, "identical_members": 12, "varied_members": 6})
    '12 sent the text unchanged and 6 varied it'
    >>> campaign_how({"responses": 18, "identical_members": 17, "varied_members": 1})
    'most sent the text unchanged and a few varied it'
    """
    r = disclosure_rules(settings)
    same, varied = int(row.get("identical_members", 0) or 0), int(row.get("varied_members", 0) or 0)
    if varied == 0:
        return "every member sent the text unchanged"
    if same == 0:
        return "every member varied the text"
    if min(same, varied) < r.min_count:
        return (
            "most sent the text unchanged and a few varied it"
            if same > varied
            else "most varied the text and a few sent it unchanged"
        )
    return f"{same:,} sent the text unchanged and {varied:,} varied it"


def _withheld_or(v: Any) -> str:
    return "a withheld number" if is_symbol(v) else f"{int(v):,}"


def _whole(v: Any) -> str:
    return str(v) if is_symbol(v) else f"{int(v):,}"


def _pct(row: Any) -> str:
    """A published share as a whole percentage, from its published count and base (so 11 of 31 reads
    35%, not the 36% that rounding the table's 35.5 again would give)."""
    if is_symbol(row["percent"]):
        return "withheld"
    if not is_symbol(row["count"]) and not is_symbol(row["base"]) and int(row["base"]):
        return f"{round_half_up(100 * int(row['count']) / int(row['base'])):.0f}%"
    return f"{round_half_up(float(row['percent'])):.0f}%"


def who_responded(
    responses: pd.DataFrame,
    label: str = "",
    settings: Any = None,
    spec: Spec | None = None,
    tables: SharedTables | None = None,
) -> list[str]:
    """How many responses were received and analysed, and from whom (organisations, individuals).

    ``tables``: where a report takes its analysis tables from (a build's store,
    ``svanalysis.analysis.shared``); by default they are computed.
    """
    spec = spec or load_spec()
    tables = tables or NO_STORE
    received = len(responses)
    df = analysis_frame(responses, columns=["respondent_type"])
    dups = received - len(df)
    who = f" from {label}" if label else ""
    first = f"{count_text(len(df), settings)} responses{who} were analysed"
    if dups >= disclosure_rules(settings).min_count:
        first += f" ({count_text(received, settings)} received; {dups:,} earlier submissions by respondents who responded again were left out)"
    elif dups:  # received beside analysed would give the small number left out away
        first += (
            f", after leaving out {count_text(dups, settings)} earlier submissions by respondents who responded again"
        )
    out = [first + "."]
    if "respondent_type" in df and len(df):
        # the responses analysed (duplicates left out, campaigns counted each) are those of ``df``
        t = publishable(tables.support_table(responses, "respondent_type", spec=spec, settings=settings), settings)
        if t["count"].map(is_symbol).any():
            out.append("How many were organisations and how many individuals is withheld: the numbers are small.")
        else:
            parts = [
                f"{count_text(int(r['count']), settings)} from {str(r['answer']).lower()}s" for _, r in t.iterrows()
            ]
            out.append(f"Of these, {and_list(parts)}.")
    out.append("Results describe those who responded, not the public, and are not weighted.")
    return out


def support_findings(
    responses: pd.DataFrame,
    campaign: str = "each",
    settings: Any = None,
    spec: Spec | None = None,
    tables: SharedTables | None = None,
) -> list[str]:
    """Support for the three options: each Yes share with its base, whether one clearly leads, and
    how support falls across the options (``tables``: as :func:`who_responded`)."""
    spec = spec or load_spec()
    tables = tables or NO_STORE
    g = publishable(tables.option_comparison(responses, campaign=campaign, spec=spec, settings=settings), settings)
    yes = g[g["answer"] == spec.support_label]
    if yes["percent"].map(is_symbol).all():
        r = disclosure_rules(settings)
        return [
            f"Support for the options is withheld: fewer than {r.min_base} respondents answered, or the counts are too small to publish."
        ]
    parts = [f"{_pct(r)} for {r['option_name']} (base {_whole(r['base'])})" for _, r in yes.iterrows()]
    out = [
        f"Asked whether each option would best achieve the consultation's vision, those answering said Yes: {and_list(parts)}."
    ]
    comp = compare(
        Estimate(str(r["option_name"]), float(r["percent"]), float(r["ci_low"]), float(r["ci_high"]))
        for _, r in yes.iterrows()
        if not is_symbol(r["percent"]) and not is_symbol(r["ci_low"])
    )
    if comp.clear:
        out.append(f"{comp.leader.name} had clearly the most support: its 95% interval lies above the other options'.")
    elif len(comp.similar) >= 2:
        out.append(
            f"Support was similar for {and_list([e.name for e in comp.similar])}: their 95% intervals overlap, so none can be said to lead."
        )
    p = publishable(
        tables.support_patterns(responses, campaign=campaign, spec=spec, settings=settings), settings
    ).set_index("answer")
    if not p["percent"].map(is_symbol).all():
        base = p["base"].iloc[0]
        several, none_ = p.iloc[3], p.iloc[4]
        out.append(
            f"Of the {_whole(base)} who answered at least one of the three, "
            f"{_pct(several)} said Yes to more than one option and {_pct(none_)} to none."
        )
    return out


def campaign_differs_safely(responses: pd.DataFrame, settings: Any = None) -> bool:
    """Whether figures with each campaign counted once may be shown beside those counting every
    response: the two differ by the campaign responses left out, and if those are fewer than
    ``min_count`` the difference would give them (and their answers) away."""
    df = analysis_frame(responses, columns=["campaign_id"])
    if "campaign_id" not in df:
        return True
    camp = df["campaign_id"].dropna()
    left_out = len(camp) - camp.nunique()
    return left_out == 0 or left_out >= disclosure_rules(settings).min_count


def campaign_findings(
    responses: pd.DataFrame, settings: Any = None, spec: Spec | None = None, tables: SharedTables | None = None
) -> list[str]:
    """How many responses came through organised campaigns, and what counting each campaign once
    does (``tables``: as :func:`who_responded`)."""
    spec = spec or load_spec()
    tables = tables or NO_STORE
    df = analysis_frame(responses, columns=["campaign_id"])
    camp = df["campaign_id"].dropna() if "campaign_id" in df else pd.Series(dtype=object)
    if camp.empty:
        return ["No organised campaign was found among the responses."]
    k = camp.nunique()
    small = len(camp) < disclosure_rules(settings).min_count
    share = (
        "" if small else f" ({round_half_up(100 * len(camp) / len(df)):.0f}% of those analysed)"
    )  # a share would give a small count away
    out = [
        f"{count_text(len(camp), settings)} responses{share} came through "
        f"{k} organised campaign{'s' if k != 1 else ''} sending near-identical text; tables count them individually unless they say otherwise."
    ]
    if not campaign_differs_safely(responses, settings):
        return out
    once = publishable(tables.option_comparison(responses, campaign="once", spec=spec, settings=settings), settings)
    yes = once[once["answer"] == spec.support_label]
    if not yes["percent"].map(is_symbol).all():
        out.append(
            "Counting each campaign once, the Yes shares are "
            + and_list([f"{_pct(r)} for {r['option_name']}" for _, r in yes.iterrows()])
            + "."
        )
    return out


def cost_findings(table: pd.DataFrame, option: int, spec: Spec | None = None) -> list[str]:
    """Medians of what respondents expect an option to need, from a gated cost table."""
    spec = spec or load_spec()
    t = table[(table["option"] == option) & (table["breakdown"] == "overall")].set_index("measure")
    name = spec.option_name(option)
    out = []
    words = {
        "fte": ("additional staff time", "full-time equivalents a year", "{:,.1f}"),
        "volunteer_hours": ("volunteer time", "hours a year", "{:,.0f}"),
        "other_costs_gbp": ("other costs", "", "£{:,.0f}"),
        "monetised_cost_gbp": ("a monetised annual cost", "a year", "£{:,.0f}"),
    }
    for m, (what, unit, fmt) in words.items():
        if m not in t.index:
            continue
        r = t.loc[m]
        n = r["n"]
        if is_symbol(r["median"]):
            if not is_symbol(n) and int(n) == 0:
                out.append(f"No respondent gave a figure for {what} under {name}.")
            continue
        median = " ".join(x for x in (fmt.format(float(r["median"])), unit) if x)
        ci = (
            ""
            if is_symbol(r["ci_low"])
            else f" (95% interval {fmt.format(float(r['ci_low']))} to {fmt.format(float(r['ci_high']))})"
        )
        out.append(
            f"The {_whole(n)} respondents who gave a figure expect {name} to need {what} of {median} at the median{ci}."
        )
    return out[:4] or [f"Too few respondents gave figures for {name} to publish any."]


def quality_findings(q: Any, settings: Any = None) -> list[str]:
    """What arrived and what was done to it, in sentences (from ``analysis.quality.load_quality``)."""
    from svanalysis.analysis.quality import intake_summary, reject_reasons

    phrases = {"online": "online form", "word_form": "Word response form", "letter": "letter or email"}

    t = q.ledger.get("totals", {})
    intake = publishable(intake_summary(q), settings, count_columns=["responses"])  # channels add up to the total
    by = [f"{_withheld_or(r['responses'])} by {phrases.get(r['channel'], r['channel'])}" for _, r in intake.iterrows()]
    out = [
        f"{count_text(int(t.get('responses', 0)), settings)} responses were received in {int(t.get('files', 0)):,} files: {and_list(by)}."
    ]
    reasons = reject_reasons(q)
    rejected = int(t.get("rejected", 0))
    if rejected:
        out.append(
            f"{count_text(rejected, settings)} rows were set aside as not being responses ("
            + "; ".join(str(r) for r in reasons["reason"])
            + ")."
        )
    dups = int(t.get("duplicates", 0))
    left = (
        f", leaving {count_text(int(t.get('analysed', 0)), settings)} responses to analyse"
        if dups == 0 or dups >= disclosure_rules(settings).min_count
        else ""  # received and analysed side by side would give a small number away
    )
    out.append(
        f"{count_text(dups, settings)} earlier submissions by respondents who responded again were left out{left}."
    )
    camps = int(t.get("campaigns", 0))
    if camps:
        out.append(
            f"{count_text(int(t.get('campaign_responses', 0)), settings)} responses came through {camps} organised campaign{'s' if camps != 1 else ''}."
        )
    coded = int(t.get("stances_coded_from_text", 0))
    out.append(
        f"{count_text(coded, settings)} answers to Q8 to Q13 were coded from what respondents wrote, "
        f"{count_text(int(t.get('stances_needing_review', 0)), settings)} of them awaiting a person's review."
    )
    possible = int(t.get("stances_possible_views", 0))
    if possible:
        # (worded alike whatever the count: a singular would disclose a count of one that count_text suppresses)
        out.append(f"Possible views in letters left uncoded for a person to check: {count_text(possible, settings)}.")
    return out
