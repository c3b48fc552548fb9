"""Synthetic consultation responses: realistic raw inputs with the clean values they encode.

Real responses are confidential, so every demo, test and benchmark runs on data made here. Each
synthetic respondent is drawn once as *clean truth* (the values a perfect analyst would record) and
then *rendered* the way people really fill forms: variant labels ("Local Authority", "Yorks &
Humber"), numbers as "approx 2 FTE", "3-4", "£10k", "unknown", blanks, resubmissions and a small
campaign of near-identical texts. The renderings go out through three channels:

- an online-form export (``write_online_export``), in any of the layout families seen in the wild
  (``LAYOUTS``), as CSV (several encodings) or Excel;
- filled copies of the Word response form (``write_word_forms``);
- free-form letters and emails (``write_letters``).

A truth folder (``_truth/``, skipped by ingest) holds the clean values keyed by source file and row,
so tests can check ingest field by field. Generation is streamed row by row from one
``random.Random(seed)``: the same seed gives byte-identical files, and a million rows need no more
memory than ten.

The realism parameters (sector and region mix, option preferences by sector, roles by sector) live
in ``data/synth_profile.yaml`` and the text banks in ``data/synth_text.yaml``, both keyed by the
questionnaire's labels and checked against the spec when loaded.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import random
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from svanalysis.core.checks import check_choice
from svanalysis.core.io import atomic_path, write_bytes, write_text
from svanalysis.core.paths import PACKAGE_DATA, POSTCODE_AREAS_PATH
from svanalysis.core.spec import Question, Spec, load_spec
from svanalysis.synth.form import fill_form
from svanalysis.synth.letters import compose_letter
from svanalysis.synth.respondent import Respondent

__all__ = [
    "LAYOUTS",
    "Respondent",
    "export_rows",
    "generate",
    "theme_frame_yaml",
    "truth_themes",
    "write_example",
    "write_letters",
    "write_online_export",
    "write_word_forms",
]

LAYOUTS = (
    "single",
    "blank_row",
    "surveymonkey",
    "qualtrics",
    "component",
    "two_tier",
    "surveymonkey_contact",
    "qualtrics_explain",
    "smartsurvey",
)
# The platform conventions a layout adds to the family it is built on:
# - surveymonkey_contact: the About-you fields as SurveyMonkey's "Contact Information" question (a
#   header in the survey's own words over Name, Company, Address, Address 2, City/Town,
#   State/Province, ZIP/Postal Code, Country, Email Address, Phone Number), timestamps
#   MM/DD/YYYY hh:mm:ss AM;
# - qualtrics_explain: every explanation box a question of its own, with its own export tag
#   ("Q9b", "Q11_2") and text ("If not, please explain why");
# - smartsurvey: UserID, Name, Email, IP Address, Unique ID, Started, Ended; numbered questions;
#   explanation boxes as their own unnumbered questions after the closed one; DD/MM/YYYY hh:mm:ss.
_BASE_LAYOUT = {"surveymonkey_contact": "surveymonkey", "qualtrics_explain": "qualtrics", "smartsurvey": "single"}
_CONTACT_BLOCK = [
    ("full_name", "Name"),
    ("organisation", "Company"),
    ("_addr1", "Address"),
    ("_addr2", "Address 2"),
    ("_town", "City/Town"),
    ("_state", "State/Province"),
    ("postcode", "ZIP/Postal Code"),
    ("_country", "Country"),
    ("email", "Email Address"),
    ("phone", "Phone Number"),
]
_TIME_FORMAT = {"surveymonkey_contact": "%m/%d/%Y %I:%M:%S %p", "smartsurvey": "%d/%m/%Y %H:%M:%S"}

NAN = float("nan")


# ---------------------------------------------------------------------------- profile
@functools.lru_cache(maxsize=1)
def _profile() -> dict[str, Any]:
    spec = load_spec()
    prof = yaml.safe_load((PACKAGE_DATA / "synth_profile.yaml").read_text(encoding="utf-8"))
    text = yaml.safe_load((PACKAGE_DATA / "synth_text.yaml").read_text(encoding="utf-8"))
    sectors, regions, roles = set(spec.sectors), set(spec.regions), set(spec.roles)
    for key in ("sector_weights", "preferred_option", "fte_median", "current_fte_median", "roles_by_sector"):
        bad = [k for k in prof[key] if not k.startswith("_") and k not in sectors]
        if bad:
            raise ValueError(f"synth_profile.yaml: {key} names unknown sectors {bad}")
    bad = [k for k in prof["region_weights"] if k not in regions]
    if bad:
        raise ValueError(f"synth_profile.yaml: region_weights names unknown regions {bad}")
    for sector, rs in prof["roles_by_sector"].items():
        bad = [r for r in rs if r not in roles]
        if bad:
            raise ValueError(f"synth_profile.yaml: roles_by_sector[{sector}] names unknown roles {bad}")
    fields = {col for q in spec.answerable for col in q.columns.values()}
    for field, th in (text.get("themes") or {}).items():
        if field not in fields:
            raise ValueError(f"synth_text.yaml: themes names an unknown field {field!r}")
        ids = [t["id"] for t in th["frame"]]
        bad = sorted({x for v in th["sentences"].values() for x in v} - set(ids))
        if bad:
            raise ValueError(f"synth_text.yaml: themes.{field} gives sentences themes its frame lacks: {bad}")
    for qid, bank in text["open_text"].items():
        known = (text.get("themes") or {}).get(f"{qid}_text", {}).get("sentences", {})
        missing = [x for x in bank if x not in known]
        if known and missing:
            raise ValueError(f"synth_text.yaml: open_text.{qid} sentences without their themes: {missing[:3]}")
    postcodes: dict[str, list[str]] = {}
    with open(POSTCODE_AREAS_PATH, encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            if not row["caveat"]:
                postcodes.setdefault(row["region"], []).append(row["area"])
    return {"profile": prof, "text": text, "postcodes": postcodes}


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _fmt(v: float) -> str:
    return f"{v:g}"


def _money_str(v: float, rng: random.Random) -> str:
    style = rng.random()
    if style < 0.45:
        return f"£{v:,.0f}"
    if style < 0.7 and v >= 1000 and v % 1000 == 0 and v < 1_000_000:
        return f"£{v / 1000:g}{rng.choice(['k', 'K'])}"
    if style < 0.8 and v >= 1_000_000:
        return f"£{v / 1_000_000:g}m"
    if style < 0.9:
        return f"{v:.0f}"
    return f"£{v:.0f}"


# ---------------------------------------------------------------------------- respondent
class _Generator:
    """Draws respondents one at a time from a seeded stream."""

    def __init__(self, seed: int, spec: Spec | None = None):
        self.rng = random.Random(seed)
        self.spec = spec or load_spec()
        loaded = _profile()
        self.p = loaded["profile"]
        self.t = loaded["text"]
        self.postcodes = loaded["postcodes"]
        self.serial = 0
        self.identities: set[tuple[str, str, str]] = set()

    # ------------------------------------------------------------------ numbers
    def fte_text(self, value: float) -> tuple[str, float, float, float]:
        """Render an FTE the way people write it; return (text, value, low, high)."""
        r, rng = self.rng.random(), self.rng
        if r < 0.08:
            return rng.choice(["unknown", "N/A", "-", "tbc", "don't know", "Unknown at this stage"]), NAN, NAN, NAN
        if r < 0.13:
            return rng.choice(["nil", "none", "0", "no additional", "None"]), 0.0, 0.0, 0.0
        if r < 0.23 and value >= 1:
            lo, hi = value - 0.5, value + 0.5
            sep = rng.choice(["-", " - ", " to ", "–"])
            return f"{_fmt(lo)}{sep}{_fmt(hi)}{rng.choice(['', ' FTE'])}", value, lo, hi
        words = {
            0.5: ["half a post", "1/2", "half"],
            1.0: ["one", "One FTE"],
            2.0: ["two", "Two posts"],
            3.0: ["three"],
        }
        if r < 0.3 and value in words:
            return rng.choice(words[value]), value, value, value
        if r < 0.42:
            pre = rng.choice(["approx ", "approx. ", "c. ", "around ", "~", "Approximately ", "about "])
            return f"{pre}{_fmt(value)}{rng.choice(['', ' FTE', ' fte'])}", value, value, value
        if r < 0.55:
            return f"{_fmt(value)} {rng.choice(['FTE', 'fte', 'FTEs', 'posts'])}", value, value, value
        return _fmt(value), value, value, value

    def money_text(self, amount: float) -> tuple[str, float, float, float]:
        r, rng = self.rng.random(), self.rng
        if r < 0.12 and amount >= 2000:
            lo = round(amount * 0.5 / 500) * 500 or 500.0
            hi = 2 * amount - lo
            return f"£{lo / 1000:g}k-£{hi / 1000:g}k", (lo + hi) / 2, lo, hi
        ctx = rng.choice(self.t["costs"]["money_contexts"])
        s = _money_str(amount, rng)
        if r < 0.3:
            return f"{rng.choice(['Approximately', 'Around', 'About', 'Roughly'])} {s} {ctx}.", amount, amount, amount
        if r < 0.4:
            return f"c.{s}", amount, amount, amount
        if r < 0.5:
            return f"approx {s} per annum", amount, amount, amount
        if r < 0.58:
            return f"{s} one-off {ctx}", amount, amount, amount
        return s, amount, amount, amount

    def lognormal(self, median: float, sigma: float = 0.8, step: float = 0.5) -> float:
        v = self.rng.lognormvariate(0, sigma) * median
        v = max(step, round(v / step) * step)
        return float(v)

    # ------------------------------------------------------------------ labels
    def label_variant(self, label: str, variants: dict[str, list[str]], share: float = 0.15) -> str:
        if self.rng.random() < share and variants.get(label):
            return self.rng.choice(variants[label])
        return label

    def yes_no_variant(self, label: str) -> str:
        if self.rng.random() >= 0.1:
            return label
        key = {"Yes": "yes_variants", "No": "no_variants", "Don't know": "dont_know_variants"}[label]
        return self.rng.choice(self.t[key])

    # ------------------------------------------------------------------ people
    def person(self, org_type: bool, sector: str | None, region: str | None) -> dict[str, str]:
        rng = self.rng
        for _ in range(8):  # two different respondents never share a name and organisation
            first, last = rng.choice(self.t["first_names"]), rng.choice(self.t["surnames"])
            place = rng.choice(self.t["places"])
            org = ""
            if org_type and sector:
                org = rng.choice(self.t["org_patterns"][sector]).format(place=place)
            if (first, last, org) not in self.identities:
                break
        if len(self.identities) < 200_000:
            self.identities.add((first, last, org))
        slug = (org or f"{first}{last}").lower().replace(" ", "").replace("'", "")[:60]
        domain = f"{slug}.example" if org else rng.choice(["mailbox.example", "inbox.example", "post.example"])
        handle = f"{first.lower()}.{last.lower().replace(chr(39), '')}"
        email = f"{handle}@{domain}" if org else f"{handle}{rng.randint(1, 999)}@{domain}"
        areas = self.postcodes.get(region or "", None) or ["LS", "M", "B", "E"]
        area = rng.choice(areas)
        postcode = f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        phone = rng.choice(
            [
                f"07700 900{rng.randint(0, 999):03d}",
                f"01632 960{rng.randint(0, 999):03d}",
                f"020 7946 0{rng.randint(0, 999):03d}",
            ]
        )
        ip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
        job = rng.choice(self.t["job_titles"]["_org" if org_type else "_individual"])
        return {
            "full_name": f"{first} {last}",
            "first_name": first,
            "last_name": last,
            "job_title": job,
            "organisation": org,
            "address": f"{rng.randint(1, 120)} {rng.choice(['High Street', 'Station Road', 'Church Lane', 'Mill Road', 'Market Place'])}, {place}",
            "postcode": postcode,
            "email": email,
            "phone": phone,
            "ip_address": ip,
            "place": place,
        }

    # ------------------------------------------------------------------ one respondent
    def respondent(self) -> Respondent:
        rng, p, t, spec = self.rng, self.p, self.t, self.spec
        R = Respondent()
        T, S = R.truth, R.slots
        self.serial += 1

        is_org = rng.random() < p["organisation_share"]
        T["respondent_type"] = "Organisation" if is_org else "Individual"
        S["respondent_type"] = self.label_variant(
            T["respondent_type"],
            {
                "Organisation": ["On behalf of an organisation", "organisation"],
                "Individual": ["As an individual", "individual"],
            },
            0.2,
        )

        # Q1 sector
        sector = _weighted(rng, p["sector_weights"])
        if not is_org and rng.random() < p["individual_sector_blank"]:
            sector = None
        T["q1_sector"], T["q1_sector_other"] = sector, None
        S["q1"] = ""
        if sector == "Other":
            other = rng.choice(t["sector_other"])
            T["q1_sector_other"] = other["text"]
            T["q1_sector"] = other.get("recode", "Other")
            S["q1"] = self.label_variant("Other", t["sector_variants"], 0.3)
            S["q1.other"] = other["text"]
        elif sector:
            S["q1"] = self.label_variant(sector, t["sector_variants"])
        profile_sector = T["q1_sector"] if T["q1_sector"] in p["fte_median"] else (sector or "Other")

        # Q3 region
        region = None if rng.random() < p["region_blank"] else _weighted(rng, p["region_weights"])
        T["q3_region"] = region
        S["q3"] = self.label_variant(region, t["region_variants"]) if region else ""
        # personal data (postcode consistent with the region; with no region the postcode decides)
        true_region = region or _weighted(rng, p["region_weights"])
        R.pii = self.person(is_org, sector if sector != "Other" else "Other", true_region)
        if region is None:
            T["q3_region_inferred"] = true_region
        for key in ("full_name", "job_title", "organisation", "address", "postcode", "email", "phone"):
            S[key] = R.pii[key] if (key != "organisation" or is_org) else ""
        if rng.random() < 0.1:
            S["address"] = ""
        S["acknowledge"] = rng.choice(["Yes", "", ""])
        S["_ip_address"] = R.pii["ip_address"]

        # Q2
        if is_org or rng.random() < 0.3:
            yes = rng.random() < p["partnership_yes"]
            T["q2_partnership"] = "Yes" if yes else "No"
            S["q2"] = self.yes_no_variant(T["q2_partnership"])
            if yes and rng.random() < 0.7:
                T["q2_partnership_detail"] = S["q2.text"] = self._vary(rng.choice(t["q2_detail"]))
        else:
            T["q2_partnership"] = None

        # Q4
        if is_org and rng.random() < 0.9:
            labels = spec.question("q4").labels
            if rng.random() < 0.03:
                picked = [labels[-1]]
            else:
                picked = sorted(rng.sample(range(len(labels) - 2), rng.randint(2, 5)))
                picked = [labels[i] for i in picked]
                if rng.random() < 0.08:
                    picked.append("Other")
            for lab in picked:
                other = "Fire and rescue service" if lab == "Other" else None
                R.choices.append({"question": "q4", "choice": lab, "other_text": other, "detail_text": None})
            if any(c["choice"] == "Other" for c in R.choices):
                S["q4.other"] = "Fire and rescue service"

        skip_part2 = not is_org and rng.random() < p["individual_part2_blank"]
        # Q5 - Q7
        T["q5_current_activity"] = None
        if not skip_part2:
            yes = rng.random() < p["current_activity_yes"]
            T["q5_current_activity"] = "Yes" if yes else "No"
            S["q5"] = self.yes_no_variant(T["q5_current_activity"])
            if yes:
                opts = spec.question("q6_1").options
                for i in sorted(rng.sample(range(len(opts) - 1), rng.randint(1, 3))):
                    detail = rng.choice(t["activity_detail"]) if rng.random() < 0.6 else None
                    R.choices.append(
                        {"question": "q6_1", "choice": opts[i].label, "other_text": None, "detail_text": detail}
                    )
                    if detail:
                        S[f"q6_1.detail.{i}"] = detail
                if rng.random() < 0.1:
                    other = rng.choice(t["activity_other"])
                    R.choices.append({"question": "q6_1", "choice": "Other", "other_text": other, "detail_text": None})
                    S["q6_1.other"] = other
                cur = p["current_fte_median"].get(profile_sector, 2)
                self._time_resource("q6_2", cur, profile_sector, R, current=True)
                self._roles("q6_3", R, profile_sector)
                self._costs("q6_4", R, 20000)
            else:
                T["q7_text"] = S["q7"] = self._open_text("q7", 1, 2)

        # Q8 - Q13 stances
        pref_w = p["preferred_option"].get(
            sector if is_org and sector else "_individual", p["preferred_option"]["_individual"]
        )
        pref = rng.choices([1, 2, 3, None], weights=pref_w)[0]
        R.preferred = pref
        for q in spec.stance_questions:
            if q.about_option:
                if pref is None:
                    w = p["option_answer"]["no_preference"]
                elif q.about_option == pref:
                    w = p["option_answer"]["preferred"]
                else:
                    w = p["option_answer"]["not_preferred"]
            else:
                w = p["stance_answer"][q.id]
            closed = rng.choices(["Yes", "No", "Don't know", None], weights=w)[0]
            self._stance(q, closed, R)

        if rng.random() < 0.55:
            T["q14_text"] = S["q14"] = self._open_text("q14", 1, 3)

        # Part 4
        if not skip_part2:
            for k, opt in enumerate(spec.option_numbers):
                if not is_org or rng.random() > p["part4_answered"][k]:
                    continue
                med = p["fte_median"][profile_sector][k]
                self._time_resource(spec.option_question(opt, "time_resource").id, med, profile_sector, R)
                self._roles(spec.option_question(opt, "role_grid").id, R, profile_sector)
                self._costs(spec.option_question(opt, "costs").id, R, 15000 if opt != 3 else 5000)
                favour = pref == opt
                self._multi(spec.option_question(opt, "benefits"), R, 3 if favour else 1)
                self._multi(spec.option_question(opt, "disadvantages"), R, 1 if favour else 3)

        if rng.random() < 0.5:
            T["q30_text"] = S["q30"] = self._open_text("q30", 1, 2)
        if rng.random() < 0.45:
            T["q31_text"] = S["q31"] = self._open_text("q31", 1, 2)

        T["consent_publish"] = rng.choice(["Yes", "Yes", "No"])
        S["consent_publish"] = T["consent_publish"]
        return R

    # ------------------------------------------------------------------ pieces
    def _open_text(self, qid: str, lo: int, hi: int) -> str:
        """An answer to an open question: a few of its bank's sentences, now and then one that says nothing."""
        if self.rng.random() < 0.06:
            return self.rng.choice(self.t["empty_answers"])
        return self._sentences(self.t["open_text"][qid], lo, hi)

    def _sentences(self, bank: list[str], lo: int, hi: int, context: bool = False) -> str:
        k = min(len(bank), self.rng.randint(lo, hi))
        parts = [self._vary(x) for x in self.rng.sample(bank, k)]
        if context and self.rng.random() < 0.75:
            # people set their point in their own circumstances
            parts.insert(self.rng.randint(0, len(parts)), self.rng.choice(self.t["context"]))
        return " ".join(parts)

    def _vary(self, sentence: str) -> str:
        """Give a bank sentence an opener and a local detail now and then (no stance in either)."""
        rng, t = self.rng, self.t
        fill = {
            "place": rng.choice(t["places"]),
            "org_kind": rng.choice(t["org_kinds"]),
            "group": rng.choice(t["groups"]),
            "region_word": rng.choice(t["region_words"]),
            "month": rng.choice(t["months"]),
            "year": str(rng.randint(2012, 2018)),
        }
        out = sentence
        if rng.random() < 0.85:
            opener = rng.choice(t["openers"]).format(**fill)
            keep_case = out.startswith(("Option", "Schedule", "CSP", "Community Safety", "Education", "Youth"))
            out = opener + (out if keep_case else out[0].lower() + out[1:])
        if rng.random() < 0.85:
            out = out + rng.choice(t["details"]).format(**fill)
        return out

    def _stance(self, q: Question, closed: str | None, R: Respondent) -> None:
        rng, T, S = self.rng, R.truth, R.slots
        col, tcol, mcol = q.columns["value"], q.columns["text"], q.columns["method"]
        T[col] = T[tcol] = T[mcol] = None
        if closed is None:
            return
        bank = self.t["stance_text"][q.id]
        if rng.random() < self.p["text_only_stance"] and closed != "Don't know":
            stance = "Mixed" if rng.random() < 0.15 else closed
            text = self._vary(rng.choice(bank[stance]))
            if rng.random() < 0.6:
                text = text + " " + rng.choice(self.t["context"])
            T[col], T[tcol], T[mcol] = stance, text, "rule"
            S[f"{q.id}.text"] = text
            return
        T[col] = self.spec.stance_closed_map[closed]
        T[mcol] = "closed"
        S[q.id] = self.yes_no_variant(closed)
        if rng.random() < self.p["explained"]:
            text = self._sentences(bank[closed], 1, 2, context=True)
            T[tcol] = S[f"{q.id}.text"] = text

    def _time_resource(self, qid: str, median: float, sector: str, R: Respondent, current: bool = False) -> None:
        rng, T, S = self.rng, R.truth, R.slots
        cols = self.spec.question(qid).columns
        fte_col, vol_col = cols["fte"], cols["volunteer_hours_per_year"]
        T[fte_col] = T[f"{fte_col}_low"] = T[f"{fte_col}_high"] = NAN
        T[vol_col] = NAN
        if rng.random() < 0.85:
            value = self.lognormal(median)
            text, v, lo, hi = self.fte_text(value)
            T[fte_col], T[f"{fte_col}_low"], T[f"{fte_col}_high"] = v, lo, hi
            S[f"{qid}.fte"] = text
        share = self.p["volunteer_share"].get(sector, self.p["volunteer_share"]["_default"])
        if rng.random() < share:
            week = float(rng.choice([2, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40]))
            mode = rng.random()
            if mode < 0.4:
                S[f"{qid}.week"], T[vol_col] = _fmt(week), week * 52
            elif mode < 0.6:
                S[f"{qid}.month"], T[vol_col] = _fmt(week * 4), week * 4 * 12
            elif mode < 0.8:
                S[f"{qid}.year"], T[vol_col] = _fmt(week * 50), week * 50
            elif mode < 0.92:  # two periods that agree (within 10%): the per-year figure wins
                S[f"{qid}.week"], S[f"{qid}.year"], T[vol_col] = _fmt(week), _fmt(week * 50), week * 50
            else:  # two periods that disagree: still the per-year figure, with a log line
                S[f"{qid}.week"], S[f"{qid}.year"], T[vol_col] = _fmt(week), _fmt(week * 20), week * 20

    def _roles(self, qid: str, R: Respondent, sector: str) -> None:
        rng = self.rng
        if rng.random() < 0.35:
            return
        options = self.spec.question(qid).options
        labels = [o.label for o in options]
        pool = self.p["roles_by_sector"].get(sector, ["Other"])
        for lab in rng.sample(pool, rng.randint(1, min(3, len(pool)))):
            value = self.lognormal(1.0, 0.7)
            text = _fmt(value) if rng.random() < 0.8 else f"{_fmt(value)} FTE"
            i = labels.index(lab)
            other = None
            if options[i].other:
                other = rng.choice(["Analyst", "Outreach worker", "Coordinator", "Mentor"])
                R.slots[f"{qid}.other"] = other
            R.slots[f"{qid}.role.{i}"] = text
            R.roles.append({"question": qid, "role": lab, "fte": value, "other_text": other})

    def _costs(self, qid: str, R: Respondent, median: float) -> None:
        rng, T, S = self.rng, R.truth, R.slots
        cols = self.spec.question(qid).columns
        vcol, tcol = cols["value"], cols["text"]
        T[vcol] = T[f"{vcol}_low"] = T[f"{vcol}_high"] = NAN
        T[tcol] = None
        r = rng.random()
        if r < 0.35:
            return
        if r < 0.45:
            text = rng.choice(self.t["costs"]["missing_texts"])
            S[qid], T[tcol] = text, text
            return
        if r < 0.52:
            text = rng.choice(self.t["costs"]["zero_texts"])
            S[qid], T[tcol] = text, text
            T[vcol] = T[f"{vcol}_low"] = T[f"{vcol}_high"] = 0.0
            return
        amount = max(500.0, round(rng.lognormvariate(0, 1.0) * median / 500) * 500)
        text, v, lo, hi = self.money_text(amount)
        S[qid], T[tcol] = text, text
        T[vcol], T[f"{vcol}_low"], T[f"{vcol}_high"] = v, lo, hi

    def _multi(self, q: Question, R: Respondent, k: int) -> None:
        rng = self.rng
        if rng.random() < 0.15:
            return
        labels = [o.label for o in q.options if not o.other]
        picked = sorted(rng.sample(range(len(labels)), max(1, min(len(labels), k + rng.randint(-1, 1)))))
        for i in picked:
            R.choices.append({"question": q.id, "choice": labels[i], "other_text": None, "detail_text": None})
        if rng.random() < 0.05:
            other = rng.choice(["Better use of data", "Clearer accountability", "Confusion over roles"])
            R.choices.append({"question": q.id, "choice": "Other", "other_text": other, "detail_text": None})
            R.slots[f"{q.id}.other"] = other

    # ------------------------------------------------------------------ variations
    def resubmission(self, original: Respondent) -> Respondent:
        """A later submission by the same person, with one answer changed."""
        R = Respondent(
            truth=dict(original.truth),
            slots=dict(original.slots),
            choices=[dict(c) for c in original.choices],
            roles=[dict(r) for r in original.roles],
            pii=dict(original.pii),
            preferred=original.preferred,
        )
        bank = self.t["open_text"]["q30"]
        extra = self._vary(self.rng.choice(bank))
        R.truth["q30_text"] = R.slots["q30"] = ((R.slots.get("q30") or "") + " " + extra).strip()
        R.campaign = original.campaign
        return R

    def campaign_member(self, R: Respondent) -> None:
        """Turn ``R`` into a member of the organised campaign (near-identical free text)."""
        rng, camp = self.rng, self.t["campaign"]
        text = camp["q31"]
        if rng.random() < 0.5:  # near-identical: at most one edit to the template
            a, b = rng.choice(camp["swaps"])
            text = text.replace(a, b, 1)
        elif rng.random() < 0.5:
            text += f" {rng.choice(['Thank you.', 'Yours,', 'Please act now.'])}"
        R.truth["q31_text"] = R.slots["q31"] = text
        q13 = self.spec.question("q13")
        R.truth[q13.columns["value"]] = "Yes"
        R.truth[q13.columns["method"]] = "closed"
        R.truth[q13.columns["text"]] = R.slots[f"{q13.id}.text"] = camp["q13"]
        R.slots[q13.id] = "Yes"
        R.campaign = True


# ---------------------------------------------------------------------------- streams
def generate(n: int, seed: int, spec: Spec | None = None) -> Iterator[Respondent]:
    """Yield ``n`` submissions in submission order, duplicates and empties included.

    Older submissions of a respondent who submitted again carry ``duplicate_of`` = the index (in
    this stream) of the later submission that is kept. Timestamps rise through the stream.

    Examples
    --------
    >>> rs = list(generate(5, seed=1))
    >>> len(rs), all(r.truth["respondent_type"] in ("Organisation", "Individual") for r in rs)
    (5, True)
    """
    if n < 0:
        raise ValueError(f"n must be zero or more; got {n}")
    gen = _Generator(seed, spec)
    p = gen.p
    pending: list[tuple[int, int]] = []  # (emit at index, index of original)
    by_index: dict[int, Respondent] = {}
    n_empty = min(p["empty_rows"], max(0, n // 50))
    empty_at = set(gen.rng.sample(range(n), n_empty)) if n_empty else set()
    start = dt.datetime(2019, 4, 1, 9, 0, 0)
    span = (dt.datetime(2019, 5, 28, 23, 0, 0) - start).total_seconds()
    for i in range(n):
        due = [pq for pq in pending if pq[0] <= i]
        if i in empty_at:
            R = Respondent(empty=True)
        elif due:
            _, orig = due[0]
            pending.remove(due[0])
            R = gen.resubmission(by_index[orig])
            by_index[orig].duplicate_of = i
        else:
            R = gen.respondent()
            if R.truth["respondent_type"] == "Individual" and gen.rng.random() < p["campaign_share"] / 0.2:
                gen.campaign_member(R)
            if gen.rng.random() < p["duplicate_share"] and i + 3 < n:
                pending.append((i + gen.rng.randint(2, 40), i))
        ts = start + dt.timedelta(seconds=span * (i + gen.rng.random() * 0.5) / max(n, 1))
        R.truth["submitted_at"] = ts.strftime("%Y-%m-%d %H:%M:%S")
        R.truth["source_id"] = f"ANON-{seed % 10000:04d}-{i + 1:06d}"
        partial = not R.empty and gen.rng.random() < p["partial_share"]
        R.truth["status"] = "Partial" if partial else "Complete"
        if partial:
            _make_partial(R, gen.spec)
        by_index[i] = R
        # keep memory bounded: only recent originals can be resubmitted
        for old in [k for k in by_index if k < i - 60]:
            del by_index[old]
        yield R
    # resubmissions that fell beyond the end are simply not made


def _make_partial(R: Respondent, spec: Spec) -> None:
    """A partial response: the respondent stopped after Part 1."""
    keep_q = {"q1", "q2", "q3", "q4"}
    for s in spec.slots:
        if s.kind in ("personal", "meta") or s.qid in ("respondent_type", "consent_publish"):
            continue
        if s.qid not in keep_q:
            R.slots.pop(s.name, None)
    for q in spec.answerable:
        if q.id in keep_q:
            continue
        for kind, col in q.columns.items():
            if kind == "table":
                continue
            R.truth[col] = NAN if kind in ("fte", "volunteer_hours_per_year") or col.endswith("_gbp") else None
            for suffix in ("_low", "_high"):
                if col + suffix in R.truth:
                    R.truth[col + suffix] = NAN
    R.choices = [c for c in R.choices if c["question"] in keep_q]
    R.roles = []
    R.campaign = False  # the campaign text was in the part not answered


# ---------------------------------------------------------------------------- export layouts
def _header_texts(spec: Spec) -> dict[str, dict[str, str]]:
    """For every slot: the question text, the sub-label, and a short export tag."""
    out: dict[str, dict[str, str]] = {}
    for s in spec.slots:
        if s.kind in ("meta", "combined"):
            continue
        q = spec.question(s.qid)
        num = q.number
        tag = f"Q{num.replace('.', '_')}" if num else s.qid.upper()
        qtext = q.text
        if s.kind == "personal":
            out[s.name] = {"q": q.text, "sub": "Response", "tag": s.qid}
        elif s.kind in ("value", "list"):
            out[s.name] = {"q": qtext, "sub": "Response", "tag": tag}
        elif s.kind == "other":
            out[s.name] = {"q": qtext, "sub": "Other (please specify)", "tag": f"{tag}_other_TEXT"}
        elif s.kind == "text":
            sub = q.text_prompt or "Open-Ended Response"
            out[s.name] = {"q": qtext, "sub": sub, "tag": f"{tag}_TEXT" if q.type != "open_text" else tag}
        elif s.kind == "detail":
            out[s.name] = {"q": qtext, "sub": f"{s.label} - description", "tag": f"{tag}_{s.index + 1}_TEXT"}
        elif s.kind == "component":
            out[s.name] = {"q": qtext, "sub": s.label, "tag": f"{tag}_{s.key.upper()}"}
        elif s.kind == "role":
            out[s.name] = {"q": qtext, "sub": s.label, "tag": f"{tag}_{s.index + 1}"}
    return out


_META_HEADERS = {
    "single": [("_source_id", "Response ID"), ("_submitted_at", "Submitted"), ("_status", "Status")],
    "surveymonkey": [
        ("_source_id", "Respondent ID"),
        ("_collector", "Collector ID"),
        ("_started_at", "Start Date"),
        ("_submitted_at", "End Date"),
        ("_ip_address", "IP Address"),
        ("email", "Email Address"),
        ("_first_name", "First Name"),
        ("_last_name", "Last Name"),
        ("_custom", "Custom Data 1"),
    ],
    "smartsurvey": [
        ("_source_id", "UserID"),
        ("full_name", "Name"),
        ("email", "Email"),
        ("_ip_address", "IP Address"),
        ("_unique", "Unique ID"),
        ("_started_at", "Started"),
        ("_submitted_at", "Ended"),
    ],
    "qualtrics": [
        ("_started_at", "StartDate"),
        ("_submitted_at", "EndDate"),
        ("_status", "Status"),
        ("_ip_address", "IPAddress"),
        ("_progress", "Progress"),
        ("_duration", "Duration (in seconds)"),
        ("_finished", "Finished"),
        ("_recorded", "RecordedDate"),
        ("_source_id", "ResponseId"),
        ("_last_name", "RecipientLastName"),
        ("_first_name", "RecipientFirstName"),
        ("email", "RecipientEmail"),
        ("_extref", "ExternalReference"),
        ("_lat", "LocationLatitude"),
        ("_lon", "LocationLongitude"),
        ("_channel", "DistributionChannel"),
        ("_lang", "UserLanguage"),
    ],
}


@dataclass
class _Column:
    slot: str  # slot name, or "_multi:<qid>:<index>" for one-column-per-option
    headers: list[str]


def _columns(spec: Spec, layout: str, multi_as_columns: bool) -> list[_Column]:
    if layout in _BASE_LAYOUT:
        return _platform_columns(spec, layout, multi_as_columns)
    texts = _header_texts(spec)
    cols: list[_Column] = []
    meta = _META_HEADERS.get(layout, _META_HEADERS["single"])
    depth = {"single": 1, "blank_row": 1, "component": 1, "surveymonkey": 2, "qualtrics": 3, "two_tier": 2}[layout]
    for slot, name in meta:
        if layout == "qualtrics":
            cols.append(_Column(slot, [name, name, json.dumps({"ImportId": name.lower()})]))
        elif layout == "two_tier":
            cols.append(_Column(slot, [name.replace(" ", "_").lower(), name]))
        else:
            cols.append(_Column(slot, [name] + [""] * (depth - 1)))
    last_q = None
    for s in spec.slots:
        if s.kind in ("meta", "combined") or s.name in [m[0] for m in meta]:
            continue
        h = texts[s.name]
        q = spec.question(s.qid)
        num = q.number
        if s.kind == "list" and multi_as_columns:
            subs = [(f"_multi:{q.id}:{i}", o.label) for i, o in enumerate(q.options)]
        else:
            subs = [(s.name, h["sub"])]
        for slot, sub in subs:
            first_of_q = q.id != last_q
            last_q = q.id
            if layout in ("single", "blank_row"):
                if s.kind == "personal":
                    head = h["q"]
                elif s.kind in ("value", "list") and not slot.startswith("_multi"):
                    head = f"Q{num}. {h['q']}"
                elif q.type == "open_text":
                    head = f"Q{num}. {h['q']}"
                else:
                    head = f"Q{num}. {h['q']} - {sub}"
                cols.append(_Column(slot, [head]))
            elif layout == "component":
                short = q.short or q.text
                if s.kind == "personal":
                    head = q.text
                elif s.kind in ("value", "list") and not slot.startswith("_multi"):
                    head = f"Q{num} - {short}"
                else:
                    head = f"Q{num} - {short} - {sub}"
                cols.append(_Column(slot, [head]))
            elif layout == "surveymonkey":
                top = (f"{num}. {h['q']}" if num else h["q"]) if first_of_q else ""
                if slot.startswith("_multi"):
                    sub2 = sub
                elif s.kind in ("value", "list"):
                    sub2 = "Response"
                elif s.kind == "text" and q.type == "open_text":
                    sub2 = "Open-Ended Response"
                elif s.kind == "personal":
                    sub2 = "Open-Ended Response"
                else:
                    sub2 = sub
                cols.append(_Column(slot, [top, sub2]))
            elif layout == "qualtrics":
                qtext = h["q"]
                if s.kind in ("value", "list"):
                    full = f"{qtext} - Selected Choice"
                elif s.kind == "other":
                    full = f"{qtext} - Other, please specify: - Text"
                elif s.kind in ("component", "role", "detail"):
                    full = f"{qtext} - {sub}"
                elif s.kind == "text" and q.type != "open_text":
                    full = f"{qtext} - {sub} - Text"
                else:
                    full = qtext
                tag = h["tag"]
                cols.append(_Column(slot, [tag, full, json.dumps({"ImportId": f"QID{abs(hash_str(tag)) % 100000}"})]))
            elif layout == "two_tier":
                tag = h["tag"] if not slot.startswith("_multi") else f"{h['tag']}_{slot.rsplit(':', 1)[1]}"
                full = h["q"] if s.kind in ("value", "list", "personal") else f"{h['q']} [{sub}]"
                if slot.startswith("_multi"):
                    full = f"{h['q']} [{sub}]"
                cols.append(_Column(slot, [tag, full]))
    return cols


def _platform_columns(spec: Spec, layout: str, multi_as_columns: bool) -> list[_Column]:
    """The columns of a layout that adds a platform's conventions to its family (``_BASE_LAYOUT``)."""
    if layout == "smartsurvey":
        meta = [_Column(slot, [name]) for slot, name in _META_HEADERS["smartsurvey"]]
        taken = {slot for slot, _ in _META_HEADERS["smartsurvey"]}
        cols = [
            c for c in _columns(spec, "single", multi_as_columns) if not c.slot.startswith("_") and c.slot not in taken
        ]
        out = meta
        for c in cols:
            s = spec.slot(c.slot) if not c.slot.startswith("_") else None
            q = spec.question(s.qid) if s else None
            if s is not None and s.kind == "text" and q is not None and q.type == "yes_no_explain":
                prompt = q.text_prompt or "Please explain"
                out.append(
                    _Column(c.slot, ["If not, please explain why" if prompt == "Please explain why" else prompt])
                )
            else:
                out.append(c)
        return out
    base = _columns(spec, _BASE_LAYOUT[layout], multi_as_columns)
    if layout == "qualtrics_explain":
        out = []
        for c in base:
            s = spec.slot(c.slot) if not c.slot.startswith("_") else None
            q = spec.question(s.qid) if s else None
            if s is not None and s.kind == "text" and q is not None and q.type == "yes_no_explain":
                tag = f"Q{q.number}b" if int(q.number) % 2 == 0 else f"Q{q.number}_2"
                text = (
                    "If not, please explain why"
                    if q.text_prompt == "Please explain why"
                    else (q.text_prompt or "Please explain")
                )
                out.append(_Column(c.slot, [tag, text, json.dumps({"ImportId": f"QID{q.number}_explain"})]))
            else:
                out.append(c)
        return out
    # surveymonkey_contact: the About-you fields move into one Contact Information block
    contact = {slot for slot, _ in _CONTACT_BLOCK}
    meta = [c for c in base if c.slot.startswith("_") or c.slot == "email"]
    rest = [c for c in base if c not in meta and c.slot not in contact]
    block = [
        _Column(f"_contact:{slot}", ["About you" if k == 0 else "", sub])
        for k, (slot, sub) in enumerate(_CONTACT_BLOCK)
    ]
    return meta + block + rest


def _contact_value(field: str, R: Respondent) -> str:
    """A respondent's answer to one line of SurveyMonkey's Contact Information question."""
    street, _, town = (R.slots.get("address") or "").partition(", ")
    return {
        "_addr1": street,
        "_addr2": "",
        "_town": town,
        "_state": "",
        "_country": "United Kingdom" if R.slots.get("address") else "",
    }.get(field, R.slots.get(field, "") or "")


def hash_str(s: str) -> int:
    """A stable (not randomised) string hash."""
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 2_147_483_647
    return h


def _meta_value(slot: str, R: Respondent, layout: str) -> str:
    T = R.truth
    if slot in ("_submitted_at", "_started_at", "_recorded") and layout in _TIME_FORMAT and T.get("submitted_at"):
        when = dt.datetime.strptime(T["submitted_at"], "%Y-%m-%d %H:%M:%S")
        return when.strftime(_TIME_FORMAT[layout])
    if slot == "email" and layout == "surveymonkey_contact":
        return ""  # a web-link collector leaves SurveyMonkey's own Email Address blank
    return {
        "_source_id": T.get("source_id", ""),
        "_submitted_at": T.get("submitted_at", ""),
        "_started_at": T.get("submitted_at", ""),
        "_recorded": T.get("submitted_at", ""),
        "_status": {"single": T.get("status", "")}.get(
            layout, "IP Address" if T.get("status") == "Complete" else "Partial"
        ),
        "_progress": "100" if T.get("status") == "Complete" else "35",
        "_finished": "True" if T.get("status") == "Complete" else "False",
        "_duration": "1204",
        "_ip_address": R.pii.get("ip_address", ""),
        "_first_name": R.pii.get("first_name", ""),
        "_last_name": R.pii.get("last_name", ""),
        "_collector": "239874521",
        "_custom": "",
        "_extref": "",
        "_lat": "51.5",
        "_lon": "-0.12",
        "_channel": "anonymous",
        "_lang": "EN",
    }.get(slot, "")


_TICKS = ["{label}", "1", "Yes", "X", "TRUE"]


def export_rows(
    respondents: list[Respondent] | Iterator[Respondent],
    layout: str = "single",
    multi: str = "list",
    separator: str = "; ",
    tick: str = "{label}",
    spec: Spec | None = None,
) -> Iterator[list[str]]:
    """Yield the rows (header rows first) of an online export of ``respondents``.

    Parameters
    ----------
    layout : one of LAYOUTS
    multi : "list" (one cell listing labels) or "columns" (one column per option)
    separator : between labels in a list cell
    tick : what a ticked option column holds; "{label}" for the option label
    """
    spec = spec or load_spec()
    check_choice("layout", layout, LAYOUTS)
    if layout in ("surveymonkey", "surveymonkey_contact"):
        multi = "columns"
    cols = _columns(spec, layout, multi == "columns")
    depth = len(cols[0].headers)
    for d in range(depth):
        yield [c.headers[d] for c in cols]
    if layout == "blank_row":
        yield [""] * len(cols)
    # what each column holds, worked out once: ("multi", qid, label), ("meta",), ("list", qid) or ("slot",)
    plan: list[tuple[str, ...]] = []
    for c in cols:
        if c.slot.startswith("_multi:"):
            _, qid, idx = c.slot.split(":")
            plan.append(("multi", qid, spec.question(qid).options[int(idx)].label))
        elif c.slot.startswith("_contact:"):
            plan.append(("contact", c.slot.split(":", 1)[1]))
        elif c.slot.startswith("_"):
            plan.append(("meta",))
        elif spec.slot(c.slot).kind == "list":
            plan.append(("list", spec.slot(c.slot).qid))
        else:
            plan.append(("slot",))
    for R in respondents:
        row = []
        chosen: dict[str, list[str]] = {}
        for ch in R.choices:
            chosen.setdefault(ch["question"], []).append(ch["choice"])
        for c, how in zip(cols, plan, strict=True):
            kind = how[0]
            if kind == "contact":
                row.append("" if R.empty else _contact_value(how[1], R))
            elif kind == "multi":
                row.append(tick.format(label=how[2]) if how[2] in chosen.get(how[1], []) else "")
            elif kind == "meta" and c.slot not in R.slots:
                keep = not R.empty or c.slot in ("_source_id", "_submitted_at")
                row.append(_meta_value(c.slot, R, layout) if keep else "")
            elif R.empty:
                row.append("")
            elif kind == "list":
                row.append(separator.join(chosen.get(how[1], [])))
            else:
                row.append(R.slots.get(c.slot, "") or "")
        yield row


def write_online_export(
    path: str | Path,
    n: int,
    seed: int,
    layout: str = "single",
    encoding: str = "utf-8-sig",
    multi: str = "list",
    truth_dir: str | Path | None = None,
) -> Path:
    """Write a synthetic online-form export of ``n`` submissions (CSV, or Excel for ``.xlsx``).

    The truth (clean values) is written to ``truth_dir`` when given. Returns the export's path.
    """
    path = Path(path)
    spec = load_spec()
    truth = _TruthWriter(path.name) if truth_dir else None

    def stream() -> Iterator[Respondent]:
        for R in generate(n, seed, spec):
            if truth is not None:
                truth.add(R)
            yield R

    rows = export_rows(stream(), layout=layout, multi=multi, spec=spec)
    if encoding.lower().replace("_", "-") in ("latin-1", "latin1", "iso-8859-1"):
        # Latin-1 has no curly quotes or dashes: a file saved in it holds their plain forms
        plain = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "..."})
        rows = ([c.translate(plain) for c in row] for row in rows)
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, list(rows))
    else:
        with atomic_path(path) as tmp, open(tmp, "w", encoding=encoding, newline="", errors="replace") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            for row in rows:
                w.writerow(row)
    if truth is not None and truth_dir is not None:
        truth.write(Path(truth_dir))
    return path


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    info = wb.active
    info.title = "Summary"
    info.append(["Consultation export"])
    info.append(["Generated by svanalysis synth (synthetic data)"])
    ws = wb.create_sheet("Responses")
    for row in rows:
        ws.append([_num_or_text(v) for v in row])
    with atomic_path(path) as tmp:
        wb.save(tmp)
    _normalise_zip(path)


def _num_or_text(v: str) -> Any:
    try:
        if v and v.strip() == v and not v.startswith("0") and "e" not in v.lower():
            return int(v) if v.isdigit() else float(v)
    except ValueError:
        pass
    return v


def _normalise_zip(path: Path, when: tuple[int, ...] = (2019, 5, 28, 12, 0, 0)) -> None:
    """Rewrite an Office zip with fixed timestamps so the same seed gives the same bytes."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    src.close()
    write_bytes(buf.getvalue(), path)


# ---------------------------------------------------------------------------- truth
def truth_themes(field: str, text: str) -> list[str]:
    """The themes a synthetic answer makes, from the sentences it was built of (in frame order).

    Each sentence of the field's bank (``themes.<field>.sentences`` in ``data/synth_text.yaml``)
    found in the text, case-insensitively, adds its themes; openers and local details around a
    sentence make no point of their own.

    Examples
    --------
    >>> truth_themes("q7_text", "From our work in Kelby, youth clubs and detached youth work in the evenings. "
    ...              "More police won't help, it just moves the problem on.")
    ['youth_activities']
    >>> truth_themes("q14_text", "N/A")
    []
    """
    th = _profile()["text"]["themes"][field]
    low = " ".join(str(text).split()).casefold()
    found = {t for sentence, ids in th["sentences"].items() if sentence.casefold() in low for t in ids}
    return [t["id"] for t in th["frame"] if t["id"] in found]


def theme_frame_yaml() -> str:
    """The code frame of the synthetic example's free text, as the YAML an analyst signs off."""
    frames = {field: th["frame"] for field, th in _profile()["text"]["themes"].items()}
    head = (
        "# The signed-off code frame of the synthetic example's free text (svanalysis synth writes it).\n"
        "# Top-level keys are processed text fields; `svanalysis run` assigns these themes to the example's\n"
        "# answers. For real data, keep your own frame in data/manual/theme_frame.yaml.\n"
    )
    return head + yaml.safe_dump(frames, sort_keys=False, allow_unicode=True, width=100)


class _TruthWriter:
    """Collects the clean values of a channel's respondents, keyed by source file and row."""

    def __init__(self, source_file: str, channel: str = "online"):
        self.source_file = source_file
        self.channel = channel
        self.rows: list[dict[str, Any]] = []
        self.choices: list[dict[str, Any]] = []
        self.roles: list[dict[str, Any]] = []
        self.row = 0
        self.respondents: list[Respondent] = []

    def add(self, R: Respondent, source_file: str | None = None, source_row: int | None = None) -> None:
        self.row += 1
        key = {
            "source_file": source_file or self.source_file,
            "source_row": source_row or self.row,
            "channel": self.channel,
        }
        self.respondents.append(R)
        rec = {**key, "empty": R.empty, "campaign": R.campaign, **{k: v for k, v in R.truth.items()}}
        for field in _profile()["text"].get("themes", {}):
            text = R.truth.get(field)
            rec[f"{field}_themes"] = ";".join(truth_themes(field, text)) if isinstance(text, str) and text else None
        rec["_index"] = len(self.respondents) - 1
        self.rows.append(rec)
        for c in R.choices:
            self.choices.append({**key, **c})
        for r in R.roles:
            self.roles.append({**key, **r})

    def write(self, folder: Path) -> None:
        import pandas as pd

        # duplicate_of: the (file, row) of the submission kept
        idx_to_key = {rec["_index"]: (rec["source_file"], rec["source_row"]) for rec in self.rows}
        index_of = {id(R): i for i, R in enumerate(self.respondents)}
        for rec, R in zip(self.rows, self.respondents, strict=True):
            rec["duplicate_of_row"] = None
            if R.duplicate_of is not None:
                # R.duplicate_of is a stream index; the stream index equals the row order here
                rec["duplicate_of_row"] = idx_to_key.get(R.duplicate_of, (None, None))[1]
            rec.pop("_index", None)
        del index_of
        folder.mkdir(parents=True, exist_ok=True)
        stem = Path(self.source_file).stem
        for name, rows in (("responses", self.rows), ("choices", self.choices), ("role_fte", self.roles)):
            df = pd.DataFrame(rows)
            buf = io.StringIO()
            df.to_csv(buf, index=False, lineterminator="\n")
            write_text(buf.getvalue(), folder / f"{stem}.{name}.csv")


# ---------------------------------------------------------------------------- Word forms and letters
def write_word_forms(out_dir: str | Path, k: int, seed: int, truth_dir: str | Path | None = None) -> list[Path]:
    """Write ``k`` filled copies of the Word response form, in the variants respondents produce."""
    out_dir = Path(out_dir)
    gen = _Generator(seed)
    styles = ["tick", "check", "bracket", "delete", "paras", "x"]
    paths = []
    truth = _TruthWriter("word_forms", channel="word_form")
    for i in range(k):
        R = gen.respondent()
        R.truth["submitted_at"] = None
        R.truth["source_id"] = None
        R.truth["status"] = "Complete"
        name = f"response_form_{i + 1:02d}.docx"
        style = styles[i % len(styles)]
        data = fill_form(R, style=style, seed=seed + i)
        path = out_dir / name
        write_bytes(data, path)
        _normalise_zip(path)
        truth.add(R, source_file=name, source_row=1)
        paths.append(path)
    if truth_dir:
        truth.source_file = "word_forms"
        truth.write(Path(truth_dir))
    return paths


def write_letters(out_dir: str | Path, k: int, seed: int, truth_dir: str | Path | None = None) -> list[Path]:
    """Write ``k`` free-form letters and emails answering the consultation."""
    out_dir = Path(out_dir)
    gen = _Generator(seed)
    styles = ["numbered", "headings", "unstructured", "email", "numbered_md", "unstructured"]
    truth = _TruthWriter("letters", channel="letter")
    paths = []
    for i in range(k):
        R = gen.respondent()
        style = styles[i % len(styles)]
        name, text = compose_letter(R, style, gen.rng, gen.spec, gen.t, index=i + 1)
        R.truth["submitted_at"] = None
        R.truth["source_id"] = None
        R.truth["status"] = "Complete"
        path = out_dir / name
        write_text(text, path)
        truth.add(R, source_file=name, source_row=1)
        paths.append(path)
    if truth_dir:
        truth.write(Path(truth_dir))
    return paths


def write_example(
    out_dir: str | Path, n: int = 400, seed: int = 2019, n_forms: int = 6, n_letters: int = 6
) -> dict[str, Any]:
    """Write the complete synthetic example: online export, Word forms, letters and truth.

    Returns a summary of what was written.
    """
    out_dir = Path(out_dir)
    truth_dir = out_dir / "_truth"
    out_dir.mkdir(parents=True, exist_ok=True)
    online = write_online_export(out_dir / "online_export.csv", n, seed, layout="single", truth_dir=truth_dir)
    forms = write_word_forms(out_dir, n_forms, seed + 1, truth_dir=truth_dir)
    letters = write_letters(out_dir, n_letters, seed + 2, truth_dir=truth_dir)
    readme = (
        "# Synthetic example responses\n\n"
        f"Made by `svanalysis synth --n {n} --seed {seed}`. Every person, organisation,\n"
        "address, email address and phone number is invented (emails use the reserved `.example` domain,\n"
        "phone numbers Ofcom's drama ranges, IP addresses the documentation ranges).\n\n"
        "- `online_export.csv`: the online form's export (one header row, UTF-8 with BOM)\n"
        "- `response_form_*.docx`: filled copies of the Word response form\n"
        "- `letter_*`: free-form letters and emails\n"
        "- `_truth/`: the clean values each file encodes, keyed by source file and row, with the themes\n"
        "  each free-text answer makes (`<field>_themes`) (ingest skips folders whose names start with `_`)\n"
        "- `_manual/theme_frame.yaml`: the signed-off code frame of the example's free text, the decision\n"
        "  an analyst would keep in `data/manual/`; it travels with the example so that `svanalysis run`\n"
        "  on this folder assigns themes out of the box\n"
    )
    write_text(readme, out_dir / "README.md")
    frame = write_text(theme_frame_yaml(), out_dir / "_manual" / "theme_frame.yaml")
    return {"online": online, "forms": forms, "letters": letters, "truth": truth_dir, "frame": frame}
