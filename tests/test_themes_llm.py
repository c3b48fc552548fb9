"""The optional language-model assigner and namer, against a stub OpenAI-compatible server on localhost.

Nothing here reaches beyond the machine: the stub listens on 127.0.0.1 and records what it is sent.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pandas as pd
import pytest

from svanalysis.analysis.themes.llm import LLMConfig, chat, llm_assign, llm_names

FRAME = [
    {"id": "police", "name": "Visible policing", "description": "More police on patrol."},
    {"id": "youth", "name": "Youth clubs", "description": "Things for young people to do."},
]


class Stub:
    """A chat completions endpoint that answers with canned content and keeps every request."""

    def __init__(self, content: str, status: int = 200):
        self.content, self.status, self.requests = content, status, []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
                reply = {"choices": [{"message": {"role": "assistant", "content": stub.content}}]}
                data = json.dumps(reply).encode()
                self.send_response(stub.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def settings(self, **extra) -> dict:
        return {"themes": {"llm": {"enabled": True, "url": self.url, "model": "approved-model", **extra}}}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub():
    made = []

    def make(content: str, status: int = 200) -> Stub:
        s = Stub(content, status)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


def test_off_by_default():
    with pytest.raises(ValueError, match="the language model is off"):
        llm_assign(["More police"], ["a"], FRAME)


def test_assign_speaks_the_chat_completions_protocol(stub, monkeypatch):
    reply = {
        "answers": [
            {"n": 1, "themes": ["police"], "evidence": {"police": "officers on patrol"}},
            {"n": 2, "themes": ["youth", "weather"]},  # a theme the frame lacks is dropped
            {"n": 9, "themes": ["police"]},  # an answer number never sent is dropped
        ]
    }
    s = stub("Here you are:\n```json\n" + json.dumps(reply) + "\n```")
    monkeypatch.setenv("SV_TEST_KEY", "sekrit")
    texts = ["More officers on patrol please.", "Reopen the youth club.", "More officers on patrol please."]
    out = llm_assign(texts, ["a", "b", "c"], FRAME, settings=s.settings(api_key_env="SV_TEST_KEY"), question="Q7?")
    assert out.values.tolist() == [
        ["a", "police", 1.0, "officers on patrol", "llm"],
        ["b", "youth", 1.0, "", "llm"],
        ["c", "police", 1.0, "officers on patrol", "llm"],  # the same text is asked once
    ]
    (req,) = s.requests
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer sekrit"
    assert req["body"]["model"] == "approved-model" and req["body"]["temperature"] == 0
    user = req["body"]["messages"][1]["content"]
    assert "police: Visible policing" in user and "1. More officers on patrol please." in user
    assert "2. Reopen the youth club." in user and "3." not in user


def test_names_candidates(stub):
    s = stub(json.dumps({"themes": [{"candidate": "c01", "name": "Police on patrol", "description": "More patrols."}]}))
    cands = pd.DataFrame(
        {"candidate": ["c01", "c02"], "name": ["police / patrol", "youth / club"], "words": [["police"], ["youth"]]}
    ).assign(typical_texts=[["More patrols"], ["Youth club"]])
    out = llm_names(cands, settings=s.settings())
    assert out[["candidate", "name", "description"]].values.tolist() == [
        ["c01", "Police on patrol", "More patrols."],
        ["c02", "youth / club", ""],  # not named by the model: the keyword name stays
    ]


def test_errors_are_one_line(stub, monkeypatch):
    s = stub("{}", status=500)
    with pytest.raises(ValueError, match=r"refused the request \(HTTP 500\)"):
        chat([{"role": "user", "content": "hi"}], LLMConfig.from_settings(s.settings()))
    with pytest.raises(ValueError, match="SV_MISSING_KEY, which is not set"):
        chat([{"role": "user", "content": "hi"}], LLMConfig.from_settings(s.settings(api_key_env="SV_MISSING_KEY")))
    with pytest.raises(ValueError, match=r"themes\.llm\.url must be an http"):
        LLMConfig.from_settings({"themes": {"llm": {"enabled": True, "url": "ftp://x", "model": "m"}}})


def test_assign_command_with_llm(stub, example_processed, example_raw, tmp_path):
    import shutil

    from typer.testing import CliRunner

    from svanalysis.cli import app

    processed = tmp_path / "processed"
    shutil.copytree(example_processed, processed)
    s = stub(json.dumps({"answers": [{"n": 1, "themes": ["sustained_funding"]}]}))
    settings = tmp_path / "settings.yaml"
    settings.write_text(
        f"themes:\n  llm:\n    enabled: true\n    url: {s.url}\n    model: approved-model\n", encoding="utf-8"
    )
    frame = example_raw / "_manual" / "theme_frame.yaml"
    res = CliRunner().invoke(
        app, ["themes", "assign", str(processed), "--frame", str(frame), "--settings", str(settings), "--llm"]
    )
    assert res.exit_code == 0, res.output
    themes = pd.read_parquet(processed / "themes.parquet")
    assert set(themes["method"]) == {"llm"}
    assert set(zip(themes["field"], themes["theme"], strict=True)) == {("q14_text", "sustained_funding")}
    assert len(s.requests) > 1  # every field, in batches
