"""YAML read with libyaml's parser where PyYAML was built with it.

``yaml.safe_load`` parses in pure Python: the questionnaire spec (60 KB) takes about 0.1 s that way and
0.01 s with libyaml's ``CSafeLoader``, which builds the same safe types (every process that imports the
analysis reads the spec, each report kernel among them). Errors are PyYAML's own ``YAMLError`` subclasses
with the line and column, as before.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["safe_load"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, parsed by libyaml where available.

    >>> safe_load("a: [1, 2]\\nb: yes\\nc: 2019-04-01")
    {'a': [1, 2], 'b': True, 'c': datetime.date(2019, 4, 1)}
    """
    return yaml.load(text, Loader=_LOADER)  # a safe loader: plain data only
