"""Costs and benefits per option, on hand-built frames with every figure worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from svanalysis.analysis.costs import (
    choices_by_option,
    cost_benefit_table,
    cost_sensitivity,
    grouped_choices_by_option,
    grouped_cost_benefit_table,
    load_unit_costs,
    option_values,
    role_summary,
    summarise,
)
from svanalysis.analysis.support import ALL_GROUP, filter_responses


@pytest.fixture
def unit_costs(tmp_path, spec):
    rows = ["item,kind,value,unit,source,confidence,caveat"]
    for role in spec.roles:
        pay = {"Nurse": 30000, "Other": 20000}.get(role, 25000)
        rows.append(f'"{role}",annual_pay,{pay},GBP per year,test,V,')
    rows += ["on_cost_uplift,uplift,0.2,share,test,U,", "volunteer_hour,hourly_value,10,GBP per hour,test,U,"]
    p = tmp_path / "costs.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return load_unit_costs(p, spec)


def _responses(spec):
    n = 5
    df = pd.DataFrame(
        {
            "respondent_id": pd.array([f"R{i}" for i in range(n)], dtype="string"),
            "duplicate_of": pd.array([None] * n, dtype="string"),
            "campaign_id": pd.array([None] * n, dtype="string"),
            "q1_sector": pd.Categorical(
                ["Police", "Police", "Local government", "Local government", "Police"],
                categories=spec.sectors,
                ordered=True,
            ),
        }
    )
    for q in spec.of_type("time_resource"):
        df[q.columns["fte"]] = np.nan
        df[q.columns["volunteer_hours_per_year"]] = np.nan
        df[f"{q.columns['fte']}_implausible"] = False
        df[f"{q.columns['volunteer_hours_per_year']}_implausible"] = False
    for q in spec.answerable:
        if q.parse == "money":
            df[q.columns["value"]] = np.nan
            df[f"{q.columns['value']}_implausible"] = False
    # Option One (Q15, Q16, Q17)
    df["q15_fte"] = [3.0, 2.0, np.nan, np.nan, 999.0]
    df["q15_fte_implausible"] = [False, False, False, False, True]
    df["q15_volunteer_hours_per_year"] = [100.0, np.nan, np.nan, np.nan, np.nan]
    df["q17_other_costs_gbp"] = [500.0, np.nan, 1000.0, np.nan, np.nan]
    return df


def _roles():
    return pd.DataFrame(
        {
            "respondent_id": pd.array(["R0"], dtype="string"),
            "question": pd.Categorical(["q16"]),
            "role": pd.Categorical(["Nurse"]),
            "fte": [1.0],
            "fte_low": [1.0],
            "fte_high": [1.0],
            "other_text": pd.array([None], dtype="string"),
            "implausible": [False],
        }
    )


def test_monetised_cost_by_hand(spec, unit_costs):
    v = option_values(_responses(spec), _roles(), 1, unit_costs, spec=spec).set_index("respondent_id")
    # R0: roles given (Nurse 1 FTE) so the total of 3 is not costed: 30,000 x 1.2 + 100 h x £10 + £500
    assert v.loc["R0", "monetised_cost_gbp"] == 30000 * 1.2 + 100 * 10 + 500 == 37500
    # R1: 2 FTE without roles, costed at the Other rate: 2 x 20,000 x 1.2
    assert v.loc["R1", "monetised_cost_gbp"] == 48000 and bool(v.loc["R1", "costed_at_other_rate"])
    assert v.loc["R2", "monetised_cost_gbp"] == 1000  # other costs only
    assert math.isnan(v.loc["R3", "monetised_cost_gbp"])  # gave nothing: not counted
    assert math.isnan(v.loc["R4", "fte"]) and math.isnan(v.loc["R4", "monetised_cost_gbp"])  # implausible FTE left out


def test_cost_table_counts_medians_totals(spec, unit_costs):
    t = cost_benefit_table(_responses(spec), _roles(), unit_costs, breakdowns=(None, "sector"), spec=spec)
    one = t[(t["option"] == 1) & (t["breakdown"] == "overall")].set_index("measure")
    assert list(t.columns[:12]) == [
        "option",
        "breakdown",
        "group",
        "measure",
        "n",
        "median",
        "q1",
        "q3",
        "mean",
        "total",
        "ci_low",
        "ci_high",
    ]
    assert (one.loc["fte", "n"], one.loc["fte", "median"], one.loc["fte", "total"]) == (2, 2.5, 5.0)
    assert one.loc["fte", "n_excluded_implausible"] == 1
    assert (
        one.loc["monetised_cost_gbp", "n"],
        one.loc["monetised_cost_gbp", "median"],
        one.loc["monetised_cost_gbp", "total"],
    ) == (3, 37500.0, 86500.0)
    assert one.loc["monetised_cost_gbp", "n_costed_at_other_rate"] == 1
    assert (one.loc["other_costs_gbp", "n"], one.loc["other_costs_gbp", "mean"]) == (2, 750.0)
    police = t[(t["option"] == 1) & (t["group"] == "Police")].set_index("measure")
    assert (police.loc["monetised_cost_gbp", "n"], police.loc["monetised_cost_gbp", "total"]) == (2, 85500.0)
    empty = t[(t["option"] == 2) & (t["breakdown"] == "overall")].set_index("measure")
    assert (empty["n"] == 0).all() and empty["median"].isna().all() and (empty["total"] == 0).all()


def test_other_columns_of_the_responses_change_nothing(spec, unit_costs):
    r = _responses(spec)
    wide = r.assign(q14_text=pd.array(["An answer."] * len(r), dtype="string"), q9_option_one="Yes")
    t = cost_benefit_table(wide, _roles(), unit_costs, breakdowns=(None, "sector"), spec=spec)
    assert_frame_equal(t, cost_benefit_table(r, _roles(), unit_costs, breakdowns=(None, "sector"), spec=spec))
    police = t[(t["option"] == 1) & (t["group"] == "Police")].set_index("measure")
    # R0 37,500 and R1 48,000 (R4's implausible FTE left out): as in the hand count above
    assert (police.loc["monetised_cost_gbp", "n"], police.loc["monetised_cost_gbp", "total"]) == (2, 85500.0)
    v = option_values(wide, _roles(), 1, unit_costs, spec=spec)
    assert v["monetised_cost_gbp"].tolist()[:3] == [37500.0, 48000.0, 1000.0]
    assert v.attrs["excluded"] == {"fte": 1, "volunteer_hours": 0, "other_costs_gbp": 0}
    with pytest.raises(ValueError, match=r"responses has no column\(s\) \['q3_region'\]"):
        cost_benefit_table(r, _roles(), unit_costs, breakdowns=("region",), spec=spec)


def test_sensitivity_uplift_and_implausible(spec, unit_costs):
    s = cost_sensitivity(_responses(spec), _roles(), unit_costs, spec=spec)
    s = s[(s["option"] == 1)].set_index(["scenario", "measure"])
    assert s.loc[("main", "monetised_cost_gbp"), "total"] == 86500.0
    # 30% uplift: R0 30,000 x 1.3 + 1,000 + 500 = 40,500; R1 2 x 20,000 x 1.3 = 52,000; R2 1,000
    assert s.loc[("on-cost uplift 30%", "monetised_cost_gbp"), "total"] == 93500.0
    # implausible in: R4's 999 FTE costed at Other: 999 x 20,000 x 1.2
    assert s.loc[("implausible figures included", "fte"), "n"] == 3
    assert s.loc[("implausible figures included", "monetised_cost_gbp"), "total"] == 86500.0 + 999 * 20000 * 1.2


def _many_roles():
    """Role rows for R0, R1 and R2, out of order and repeated, with a role the unit costs lack."""
    ids = ["R2", "R0", "R2", "R1", "R0", "R9"]
    return pd.DataFrame(
        {
            "respondent_id": pd.array(ids, dtype="string"),
            "question": pd.Categorical(["q16"] * 5 + ["q16"]),
            "role": pd.Categorical(["Nurse", "Other", "Other", "Astronaut", "Nurse", "Nurse"]),
            "fte": [0.5, 1.0, 2.0, 1.0, 0.25, 3.0],
            "fte_low": np.nan,
            "fte_high": np.nan,
            "other_text": pd.array([None] * 6, dtype="string"),
            "implausible": [False, False, False, False, True, False],
        }
    )


def test_role_costs_by_hand(spec, unit_costs):
    r = _responses(spec)
    v = option_values(r, _many_roles(), 1, unit_costs, spec=spec).set_index("respondent_id")
    # R0: Other 1 FTE (its Nurse 0.25 is implausible, left out) 20,000 x 1.2, + 100 h x £10 + £500
    assert v.loc["R0", "monetised_cost_gbp"] == 20000 * 1.2 + 1000 + 500 == 25500
    # R1 gave a role with no pay: it has roles (its 2 FTE are not costed at the Other rate), worth nothing
    assert v.loc["R1", "monetised_cost_gbp"] == 0.0 and not v.loc["R1", "costed_at_other_rate"]
    # R2: Nurse 0.5 (30,000) + Other 2 (20,000), uplifted, + £1,000; R9 is no respondent of the frame
    assert v.loc["R2", "monetised_cost_gbp"] == (0.5 * 30000 + 2 * 20000) * 1.2 + 1000 == 67000
    assert math.isnan(v.loc["R3", "monetised_cost_gbp"])
    inc = option_values(r, _many_roles(), 1, unit_costs, spec=spec, include_implausible=True)
    assert inc.set_index("respondent_id").loc["R0", "monetised_cost_gbp"] == (20000 + 0.25 * 30000) * 1.2 + 1500
    # a respondent listed twice takes its roles in both rows, as a match by id does
    twice = pd.concat([r, r.iloc[[2]]], ignore_index=True)
    w = option_values(twice, _many_roles(), 1, unit_costs, spec=spec, duplicates="include")
    assert w["monetised_cost_gbp"].tolist()[-1] == w["monetised_cost_gbp"].tolist()[2] == 67000


def test_role_cost_sums_are_those_of_grouping_by_id():
    """The role costs are summed as grouping by the id strings sums them, to the bit. pandas adds a
    group's values in order (``np.add.reduceat``) when the rows come sorted by group, else with
    compensation, and the two differ in the last bit for these three figures; whether the rows
    are sorted depends on how groups are numbered (the ids' sorted order, not their positions)."""
    from svanalysis.analysis.costs import _role_costs

    three = [93507.31, 81585.54, 274.85]
    for ids, who in ((["a", "a", "a", "b"], ["b", "a"]), (["b", "b", "b", "a"], ["b", "a"])):
        roles = pd.DataFrame(
            {
                "respondent_id": pd.array(ids, dtype="string"),
                "question": pd.Categorical(["q16"] * 4),
                "role": pd.Categorical(["Nurse"] * 4),
                "fte": [*three, 5.0],
                "implausible": False,
            }
        )
        has, cost = _role_costs(pd.Series([*who, "c"], dtype="string"), roles, "q16", {"Nurse": 1.0}, 0.0, False)
        expected = roles["fte"].groupby(roles["respondent_id"].to_numpy()).sum()
        assert has.tolist() == [True, True, False] and math.isnan(cost[2])
        assert (cost[0], cost[1]) == (expected["b"], expected["a"])
        assert expected[ids[0]] == (175367.7 if ids[0] == "a" else 175367.69999999998)


def test_values_passed_on_give_the_same_tables(spec, unit_costs):
    r = _responses(spec)
    roles = _many_roles()
    given = {n: option_values(r, roles, n, unit_costs, spec=spec) for n in spec.option_numbers}
    for kw in ({"breakdowns": (None, "sector")}, {"breakdowns": (None,), "measures": ("monetised_cost_gbp",)}):
        direct = cost_benefit_table(r, roles, unit_costs, spec=spec, **kw)
        assert_frame_equal(cost_benefit_table(r, roles, unit_costs, spec=spec, values=given, **kw), direct)
        # an option not given is worked out
        assert_frame_equal(cost_benefit_table(r, roles, unit_costs, spec=spec, values={1: given[1]}, **kw), direct)
    s = cost_sensitivity(r, roles, unit_costs, spec=spec)
    assert_frame_equal(cost_sensitivity(r, roles, unit_costs, spec=spec, values=given), s)
    # only the main scenario is taken from what is given: figures doubled show in it alone
    doubled = {1: given[1].assign(monetised_cost_gbp=given[1]["monetised_cost_gbp"] * 2)}
    d = cost_sensitivity(r, roles, unit_costs, spec=spec, options=[1], values=doubled)
    s1 = s[s["option"] == 1].reset_index(drop=True)
    main = (d["scenario"] == "main") & (d["measure"] == "monetised_cost_gbp")
    assert (
        d.loc[main, "total"].item() == 2 * s1.loc[main, "total"].item() == 2 * (25500 + 0 + 67000)
    )  # R0, R1 (a role with no pay), R2
    assert_frame_equal(d[d["scenario"] != "main"], s1[s1["scenario"] != "main"])


def test_values_of_other_rows_are_refused(spec, unit_costs):
    r = _responses(spec)
    r.loc[1, "duplicate_of"] = "R0"
    roles = _roles()
    each = {1: option_values(r, roles, 1, unit_costs, spec=spec, duplicates="include")}
    with pytest.raises(ValueError, match="values for option 1 are not of these responses' analysis frame"):
        cost_benefit_table(r, roles, unit_costs, breakdowns=(None,), spec=spec, values=each)
    with pytest.raises(ValueError, match="values for option 1"):
        cost_sensitivity(r, roles, unit_costs, spec=spec, values=each)
    kw = {"breakdowns": (None,), "spec": spec, "duplicates": "include"}
    ok = cost_benefit_table(r, roles, unit_costs, values=each, **kw)
    assert_frame_equal(ok, cost_benefit_table(r, roles, unit_costs, **kw))


def test_summaries_by_hand():
    s = summarise([1.0, 2.0, 3.0, 10.0], reps=500, seed=3)
    assert (s["n"], s["median"], s["q1"], s["q3"], s["mean"], s["total"]) == (4, 2.5, 1.75, 4.75, 4.0, 16.0)
    assert 1.0 <= s["ci_low"] <= 2.5 <= s["ci_high"] <= 10.0
    assert s == summarise([1.0, 2.0, 3.0, 10.0], reps=500, seed=3)  # seeded: reproducible
    one = summarise([7.0])
    assert (one["n"], one["median"], one["ci_low"], one["ci_high"]) == (1, 7.0, 7.0, 7.0)
    big = summarise(np.arange(1, 10_002, dtype=float))
    assert big["ci_method"].startswith("large sample") and big["ci_low"] < 5001 < big["ci_high"]


def test_roles_summed_and_per_respondent(spec):
    roles = pd.DataFrame(
        {
            "respondent_id": pd.array(["R0", "R1", "R1"], dtype="string"),
            "question": pd.Categorical(["q21", "q21", "q21"]),
            "role": pd.Categorical(["Nurse", "Nurse", "Social worker"]),
            "fte": [1.0, 3.0, 0.5],
            "implausible": [False] * 3,
        }
    )
    r = pd.DataFrame(
        {
            "respondent_id": pd.array(["R0", "R1"], dtype="string"),
            "duplicate_of": [None, None],
            "campaign_id": [None, None],
        }
    )
    t = role_summary(r, roles, spec=spec).set_index(["question", "role"])
    assert (
        t.loc[("q21", "Nurse"), "respondents"],
        t.loc[("q21", "Nurse"), "total_fte"],
        t.loc[("q21", "Nurse"), "mean_fte_per_respondent"],
    ) == (2, 4.0, 2.0)
    assert t.loc[("q21", "Social worker"), "total_fte"] == 0.5


def test_unit_cost_file_errors_name_the_problem(tmp_path, spec):
    p = tmp_path / "u.csv"
    p.write_text("item,kind,value\nNurse,annual_pay,lots\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"u\.csv, row 2, column value: 'lots' is not a non-negative number"):
        load_unit_costs(p, spec)
    p.write_text(
        "item,kind,value\nNurse,annual_pay,30000\non_cost_uplift,uplift,0.2\nvolunteer_hour,hourly_value,10\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="no annual_pay row for role"):
        load_unit_costs(p, spec)


def test_shipped_unit_costs_cover_every_role_with_sources(spec):
    u = load_unit_costs(spec=spec)
    assert set(spec.roles) <= set(u.pay)
    assert u.pay["Police officer (sergeant and below)"] == 42234 and u.pay["Other"] == 31285
    assert (u.uplift, u.volunteer_hour) == (0.22, 13.87)
    assert u.table["source"].notna().all() and set(u.table["confidence"]) <= {"V", "V-3p", "U"}


def test_grouped_cost_table_by_hand(spec, unit_costs):
    r = _responses(spec)  # Police: R0, R1, R4; Local government: R2, R3
    g = grouped_cost_benefit_table(r, _roles(), "sector", unit_costs, spec=spec)
    assert list(g) == spec.sectors
    police = g["Police"][g["Police"]["option"] == 1].set_index("measure")
    assert (police["breakdown"] == "overall").all() and (police["group"] == ALL_GROUP).all()
    # FTE: R0 3, R1 2, R4's 999 left out as implausible
    assert (police.loc["fte", "n"], police.loc["fte", "median"], police.loc["fte", "total"]) == (2, 2.5, 5.0)
    assert police.loc["fte", "n_excluded_implausible"] == 1
    # monetised: R0 37,500 and R1 48,000 (at the Other rate); R4 gave nothing else
    assert (police.loc["monetised_cost_gbp", "n"], police.loc["monetised_cost_gbp", "total"]) == (2, 85500.0)
    assert police.loc["monetised_cost_gbp", "n_costed_at_other_rate"] == 1
    local = g["Local government"][g["Local government"]["option"] == 1].set_index("measure")
    assert local.loc["fte", "n"] == 0 and local.loc["fte", "n_excluded_implausible"] == 0
    # R2's other costs of 1,000 are its whole monetised cost
    assert (local.loc["monetised_cost_gbp", "n"], local.loc["monetised_cost_gbp", "median"]) == (1, 1000.0)
    nobody = g["Health and social care"]
    assert (nobody["n"] == 0).all() and (nobody["total"] == 0).all()
    for label, t in g.items():
        one = filter_responses(r, sector=label)
        assert_frame_equal(t, cost_benefit_table(one, _roles(), unit_costs, breakdowns=(None,), spec=spec))


def test_grouped_choices_equal_the_slices(spec):
    r = _responses(spec)
    choices = pd.DataFrame(
        {
            "respondent_id": ["R0", "R2", "R4"],
            "question": ["q18", "q18", "q23"],
            "choice": ["Improved outcomes for victims"] * 3,
        }
    )
    g = grouped_choices_by_option(r, choices, "sector", "benefits", spec=spec)
    police = g["Police"].set_index(["option", "choice"])
    # Police: R0 chose it for Option One, R4 for Option Two
    assert police.loc[(1, "Improved outcomes for victims"), "count"] == 1
    assert police.loc[(1, "Improved outcomes for victims"), "base"] == 1
    assert police.loc[(2, "Improved outcomes for victims"), "count"] == 1
    for label, t in g.items():
        assert_frame_equal(t, choices_by_option(filter_responses(r, sector=label), choices, "benefits", spec=spec))
