"""Every reader, fed arbitrary bytes, gives a result or a clean ``ReadError`` of one line: never a crash.

Hypothesis draws plain random bytes, and (more searching) real files of each kind cut short or
with bytes overwritten: a zip whose directory points past its end, a PDF with a broken xref, a CSV
with a stray quote or a NUL, an email with a broken MIME boundary.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svanalysis.ingest.readers import ReadError, read_file

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw" / "example"

SUFFIXES = (".csv", ".tsv", ".xlsx", ".xls", ".docx", ".txt", ".md", ".eml", ".pdf")


@functools.cache
def _seed(suffix: str) -> bytes:
    """A valid file of each kind, to mutate."""
    if suffix in (".csv", ".tsv"):
        text = (EXAMPLE / "online_export.csv").read_text(encoding="utf-8").splitlines()[:4]
        if suffix == ".tsv":
            text = [line.replace(",", "\t") for line in text]
        return "\n".join(text).encode("utf-8")
    if suffix in (".xlsx", ".xls"):
        df = pd.read_csv(EXAMPLE / "online_export.csv", dtype=str, nrows=3)
        buf = io.BytesIO()
        df.iloc[:, :12].to_excel(buf, index=False)
        return buf.getvalue()
    if suffix == ".docx":
        return (EXAMPLE / "response_form_01.docx").read_bytes()
    if suffix == ".eml":
        return (EXAMPLE / "letter_04.eml").read_bytes()
    if suffix == ".md":
        return (EXAMPLE / "letter_05.md").read_bytes()
    if suffix == ".pdf":
        from pypdf import PdfWriter

        w = PdfWriter()
        w.add_blank_page(width=200, height=200)
        buf = io.BytesIO()
        w.write(buf)
        return buf.getvalue()
    return (EXAMPLE / "letter_01.txt").read_bytes()


@st.composite
def _mutated(draw: st.DrawFn, suffix: str) -> bytes:
    data = bytearray(_seed(suffix))
    cut = draw(st.integers(0, len(data)))
    if draw(st.booleans()):
        data = data[:cut]
    for _ in range(draw(st.integers(0, 8))):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        data[i] = draw(st.integers(0, 255))
    return bytes(data)


def _contents(suffix: str) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=4000), _mutated(suffix))


def _read_all(path: Path) -> None:
    """Read the file and everything it yields (exports hand rows over lazily, a batch at a time)."""
    fr = read_file(path)
    for slots, unmapped in fr.chunks(50):
        assert isinstance(slots, pd.DataFrame)
        assert unmapped is None or isinstance(unmapped, pd.DataFrame)


@pytest.mark.parametrize("suffix", SUFFIXES)
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples on every run, so CI is never red by chance (explore locally with more)
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_arbitrary_bytes_give_a_result_or_a_clean_read_error(tmp_path, suffix, data):
    content = data.draw(_contents(suffix))
    path = tmp_path / f"input{suffix}"
    path.write_bytes(content)
    try:
        _read_all(path)
    except ReadError as exc:
        message = str(exc)
        assert message and "\n" not in message, repr(message)


def test_an_email_with_a_malformed_charset_is_read_not_crashed(tmp_path):
    """Found by the property test: a charset holding a NUL made the standard library raise ValueError."""
    path = tmp_path / "odd.eml"
    path.write_bytes(b"From: a@b.example\r\nContent-Type: text/plain; charset=\x00\r\n\r\nQuestion 9: yes.\r\n")
    try:
        _read_all(path)
    except ReadError as exc:
        assert str(exc) and "\n" not in str(exc)


def test_a_csv_whose_first_line_cannot_be_parsed_is_a_clean_error(tmp_path):
    """Found by the property test: a carriage return then NUL made the csv module raise its own error."""
    path = tmp_path / "odd.csv"
    path.write_bytes(b"\r\x00")
    try:
        _read_all(path)
    except ReadError as exc:
        assert str(exc) and "\n" not in str(exc)
