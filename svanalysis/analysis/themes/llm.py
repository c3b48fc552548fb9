"""An optional assigner and namer backed by a large language model the user's department approves.

Off by default, and never needed: the offline engine is the product. When a department has an
approved model behind an OpenAI-compatible address, an analyst may switch it on in their settings
(``themes.llm``: ``enabled``, ``url``, ``model``, ``api_key_env``, ``timeout``) and then

- :func:`llm_names`: name and describe suggested candidates from their typical answers
  (``svanalysis themes suggest --llm``), so a draft starts closer to a frame;
- :func:`llm_assign`: give answers their themes by asking the model (``svanalysis themes assign
  --llm``; method ``llm``); a person's codes still win, and agreement is measured the same way.

The protocol is the chat completions call every such service offers: ``POST <url>/chat/completions``
with ``{"model", "messages", "temperature": 0}`` and, where a key is needed, ``Authorization:
Bearer <key>`` read from the environment variable the settings name (never from the settings
file). The model is asked for JSON; what comes back is checked (theme ids against the frame,
answer numbers against those sent) and anything else is dropped, so a model cannot add a theme the
frame lacks. Answers are sent in batches; respondent text leaves the machine only when this is
switched on, which is why it is off unless a user says otherwise.

Written on the standard library's ``urllib`` (one POST, JSON in and out) rather than a client
library, so switching it on adds no dependency.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from svanalysis.analysis.themes._text import is_empty_answer
from svanalysis.analysis.themes.assign import ASSIGNMENT_COLUMNS
from svanalysis.analysis.themes.frame import Theme, as_themes
from svanalysis.core.checks import check_range, check_same_length
from svanalysis.core.settings import resolve_settings

__all__ = ["LLMConfig", "chat", "llm_assign", "llm_names", "llm_scores"]


@dataclass(frozen=True)
class LLMConfig:
    """Where the model is and how to reach it (``themes.llm`` of the settings)."""

    url: str
    model: str
    api_key_env: str = ""
    timeout: float = 60.0

    @classmethod
    def from_settings(cls, settings: Any = None) -> LLMConfig:
        """The configuration, if the settings switch the model on.

        Raises
        ------
        ValueError
            If it is off, or on without an address or a model.

        Examples
        --------
        >>> LLMConfig.from_settings()
        Traceback (most recent call last):
        ...
        ValueError: the language model is off: set themes.llm.enabled, url and model in your settings file to use it
        >>> LLMConfig.from_settings({"themes": {"llm": {"enabled": True, "url": "http://127.0.0.1:9/v1", "model": "m"}}}).model
        'm'
        """
        s = resolve_settings(settings)["themes"]["llm"]
        if not s.get("enabled"):
            raise ValueError(
                "the language model is off: set themes.llm.enabled, url and model in your settings file to use it"
            )
        url, model = str(s.get("url") or "").rstrip("/"), str(s.get("model") or "")
        if not re.match(r"^https?://", url):
            raise ValueError(f"themes.llm.url must be an http(s) address; got {url!r}")
        if not model:
            raise ValueError("themes.llm.model must name the model to ask")
        timeout = check_range("themes.llm.timeout", s.get("timeout", 60), 1, 3600)
        return cls(url, model, str(s.get("api_key_env") or ""), float(timeout))


def chat(messages: list[dict[str, str]], config: LLMConfig) -> str:
    """One chat completions call; returns the reply's text.

    Raises
    ------
    ValueError
        One line, if the service cannot be reached, refuses, or replies in another shape.
    """
    body = json.dumps({"model": config.model, "messages": messages, "temperature": 0}).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if config.api_key_env:
        key = os.environ.get(config.api_key_env)
        if not key:
            raise ValueError(f"themes.llm.api_key_env names {config.api_key_env}, which is not set in the environment")
        headers["Authorization"] = f"Bearer {key}"
    req = urllib.request.Request(f"{config.url}/chat/completions", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=config.timeout) as resp:
            reply = json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        raise ValueError(f"{config.url}: the language model refused the request (HTTP {exc.code})") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise ValueError(f"{config.url}: the language model could not be reached ({exc})") from None
    except json.JSONDecodeError:
        raise ValueError(f"{config.url}: the language model's reply is not JSON") from None
    try:
        return str(reply["choices"][0]["message"]["content"])
    except (KeyError, IndexError, TypeError):
        raise ValueError(f"{config.url}: the reply is not a chat completion (no choices[0].message.content)") from None


def _json_in(text: str) -> Any:
    """The JSON object in a reply (models sometimes wrap it in prose or a code fence)."""
    m = re.search(r"\{.*\}", text, re.S)
    if not m:
        return None
    try:
        return json.loads(m.group(0))
    except json.JSONDecodeError:
        return None


def _frame_text(themes: tuple[Theme, ...]) -> str:
    return "\n".join(f"- {t.id}: {t.name}. {t.description}".rstrip() for t in themes)


def llm_assign(
    texts: Sequence[object],
    ids: Sequence[object],
    frame_themes: Iterable[Theme | Mapping],
    settings: Any = None,
    batch: int = 20,
    question: str = "",
) -> pd.DataFrame:
    """Ask the configured model which of the frame's themes each answer makes.

    Parameters
    ----------
    texts, ids : sequence
        Answers and their respondent ids (same length); identical texts are asked once.
    frame_themes : iterable of Theme or mapping
        The field's frame.
    settings : mapping or path, optional
        svanalysis settings with ``themes.llm`` switched on.
    batch : int
        Answers per request.
    question : str
        The question the answers reply to, for the model's context.

    Returns
    -------
    pandas.DataFrame
        ``respondent_id``, ``theme``, ``confidence`` (1.0: the model gives none), ``evidence`` (the
        phrase the model quotes), ``method`` (``llm``).

    Raises
    ------
    ValueError
        If the model is off or cannot be reached.
    """
    config = LLMConfig.from_settings(settings)
    check_same_length(texts=texts, ids=ids)
    themes = as_themes(frame_themes)
    known = {t.id for t in themes}
    distinct = list(dict.fromkeys(" ".join(str(t or "").split()) for t in texts))
    found: dict[str, list[tuple[str, str]]] = {}
    system = (
        "You code answers to a public consultation against a code frame. A theme applies only when the "
        "answer makes the theme's point, in any words; not for a passing mention, nor where the answer "
        "rejects the point. An answer may have several themes or none. Reply with JSON only: "
        '{"answers": [{"n": <answer number>, "themes": [<theme ids>], "evidence": {<theme id>: "<words quoted from the answer>"}}]}'
    )
    for start in range(0, len(distinct), batch):
        chunk = [t for t in distinct[start : start + batch]]
        numbered = "\n".join(f"{k + 1}. {t}" for k, t in enumerate(chunk))
        user = (
            f"Question: {question}\n\n" if question else ""
        ) + f"Code frame (id: name. description):\n{_frame_text(themes)}\n\nAnswers:\n{numbered}"
        reply = _json_in(chat([{"role": "system", "content": system}, {"role": "user", "content": user}], config))
        for item in (reply or {}).get("answers", []) if isinstance(reply, dict) else []:
            try:
                k = int(item.get("n")) - 1
            except (TypeError, ValueError, AttributeError):
                continue
            if not 0 <= k < len(chunk):
                continue
            evidence = item.get("evidence") if isinstance(item.get("evidence"), dict) else {}
            found[chunk[k]] = [
                (t, str(evidence.get(t, ""))[:240])
                for t in item.get("themes") or []
                if isinstance(t, str) and t in known
            ]
    rows = []
    order = [t.id for t in themes]
    for rid, text in zip(ids, texts, strict=True):
        key = " ".join(str(text or "").split())
        for theme, ev in sorted(found.get(key, []), key=lambda x: order.index(x[0])):
            rows.append((rid, theme, 1.0, ev, "llm"))
    return pd.DataFrame(rows, columns=ASSIGNMENT_COLUMNS)


def llm_names(candidates: pd.DataFrame, settings: Any = None, question: str = "") -> pd.DataFrame:
    """Ask the configured model for a name and a description of each suggested candidate.

    Parameters
    ----------
    candidates : pandas.DataFrame
        ``Suggestion.themes`` (``candidate``, ``name``, ``words``, ``typical_texts``).
    settings : mapping or path, optional
        svanalysis settings with ``themes.llm`` switched on.
    question : str
        The question the answers reply to.

    Returns
    -------
    pandas.DataFrame
        ``candidates`` with ``name`` and a new ``description`` where the model gave them (the
        keyword name is kept where it did not).
    """
    config = LLMConfig.from_settings(settings)
    lines = []
    for row in candidates.itertuples(index=False):
        typical = " | ".join(str(t) for t in row.typical_texts)
        lines.append(f"{row.candidate}: words: {', '.join(row.words)}; typical answers: {typical}")
    system = (
        "You help an analyst draft a code frame for consultation answers. For each candidate group of answers, "
        "propose a short theme name (at most 6 words) and a one-sentence description of the point its answers make. "
        'Reply with JSON only: {"themes": [{"candidate": "<id>", "name": "...", "description": "..."}]}'
    )
    user = (f"Question: {question}\n\n" if question else "") + "Candidates:\n" + "\n".join(lines)
    reply = _json_in(chat([{"role": "system", "content": system}, {"role": "user", "content": user}], config))
    named = {}
    for item in (reply or {}).get("themes", []) if isinstance(reply, dict) else []:
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item.get("name").strip():
            named[str(item.get("candidate"))] = (item["name"].strip()[:80], str(item.get("description") or "").strip())
    out = candidates.copy()
    out["description"] = [named.get(c, (None, ""))[1] for c in out["candidate"]]
    out["name"] = [named.get(c, (n, ""))[0] for c, n in zip(out["candidate"], out["name"], strict=True)]
    return out


def llm_scores(
    responses: pd.DataFrame,
    frame: Mapping[str, Iterable[Theme | Mapping]],
    codes: pd.DataFrame | None = None,
    settings: Any = None,
) -> pd.DataFrame:
    """:func:`~svanalysis.analysis.themes.assign.score_themes`'s table, with the model's calls.

    Every answered (answer, theme) pair: ``automatic`` is the model's call, ``assigned`` the final
    one (a person's code wins, method ``manual``), ``confidence`` 1 or 0. Answers that say nothing
    are not sent.
    """
    rows = []
    for fld, themes in frame.items():
        themes = as_themes(themes)
        text = responses[fld].astype("string")
        has = (text.str.strip().fillna("") != "").to_numpy(dtype=bool)
        ids = responses.loc[has, "respondent_id"].astype("string").tolist()
        texts = text[has].tolist()
        empty = [is_empty_answer(t) for t in texts]
        send = [k for k, e in enumerate(empty) if not e]
        got = llm_assign([texts[k] for k in send], [ids[k] for k in send], themes, settings=settings)
        auto = {(r, t): ev for r, t, ev in zip(got["respondent_id"], got["theme"], got["evidence"], strict=True)}
        coded = {}
        if codes is not None and len(codes):
            c = codes[codes["field"].astype(str) == fld]
            coded = {
                (r, t): int(p) for r, t, p in zip(c["respondent_id"].astype(str), c["theme"], c["present"], strict=True)
            }
        for rid, e in zip(ids, empty, strict=True):
            for t in themes:
                a = (rid, t.id) in auto
                m = coded.get((rid, t.id))
                final = a if m is None else bool(m)
                rows.append(
                    (
                        rid,
                        fld,
                        t.id,
                        float(final),
                        final,
                        a,
                        auto.get((rid, t.id), "") if final else "",
                        "manual" if m is not None else "llm",
                        e,
                    )
                )
    cols = ["respondent_id", "field", "theme", "confidence", "assigned", "automatic", "evidence", "method", "empty"]
    return pd.DataFrame(rows, columns=cols)
