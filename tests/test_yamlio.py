"""The YAML reader used for the spec, settings and report grids (libyaml where PyYAML has it)."""

from __future__ import annotations

import pytest
import yaml

from svanalysis.core.paths import SPEC_PATH
from svanalysis.core.settings import SETTINGS_PATH
from svanalysis.core.yamlio import safe_load


@pytest.mark.parametrize("path", [SPEC_PATH, SETTINGS_PATH])
def test_the_shipped_files_read_as_pyyaml_reads_them(path):
    text = path.read_text(encoding="utf-8")
    assert safe_load(text) == yaml.safe_load(text)


def test_only_plain_data_is_built():
    # a safe loader: a Python object tag is refused, as yaml.safe_load refuses it
    with pytest.raises(yaml.YAMLError):
        safe_load("x: !!python/object/apply:os.system ['true']")


def test_a_syntax_error_names_its_line():
    with pytest.raises(yaml.YAMLError) as err:
        safe_load("a: 1\nb: [1, 2\nc: 3\n")
    assert err.value.problem_mark.line + 1 >= 2  # the unclosed list, opened on line 2
