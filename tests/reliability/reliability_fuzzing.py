"""Hypothesis strategies shared by the bad-file tests: JSON-like values and mutations of a
valid document (a key removed, a value replaced or retyped, a list emptied or doubled).

The default run draws FUZZ_EXAMPLES examples per test (100); the stress run
(benchmarks/stress.py) sets DIAGAPP_FUZZ=stress for thousands.
"""

from __future__ import annotations

import copy
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ_EXAMPLES = {"default": 100, "stress": 5000}[os.environ.get("DIAGAPP_FUZZ", "default")]

FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("DIAGAPP_FUZZ") != "stress",  # the default run is repeatable
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

# Strings that tend to break parsers and converters.
NASTY_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "2026-13-45",
        "2026-02-30",
        "0000-00-00",
        "9999-12-31T23:59:59",
        "abc",
        "-1",
        "1e400",
        "NaN",
        "none",
        "null",
        "true",
        "../../etc/passwd",
        "ressort.besoin_territoire",
        "é" * 300,
        "\ud800",
        "‮",
        "a" * 10_000,
    ]
)
NUMBERS = (
    st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([0, 1, 2, 3, 4, -1, 2**63, 1e10, 0.5])
)
SCALARS = st.none() | st.booleans() | NUMBERS | st.text(max_size=20) | NASTY_TEXT
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=12) | NASTY_TEXT, children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        doc = doc[key]
    return doc


@st.composite
def mutated(draw: st.DrawFn, document: Any, max_mutations: int = 3) -> Any:
    """`document` with one to `max_mutations` random changes anywhere in its tree."""
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, max_mutations))):
        paths = _paths(doc)[1:]
        if not paths:
            return draw(JSON_VALUES)
        path = draw(st.sampled_from(paths))
        parent, key = _parent(doc, path), path[-1]
        action = draw(st.sampled_from(["delete", "replace", "retype", "empty", "double", "nest"]))
        value = parent[key]
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(JSON_VALUES)
        elif action == "retype":
            parent[key] = draw(
                st.sampled_from([str(value), [value], {"value": value}, None, 1, True, 1.5])
            )
        elif action == "empty":
            parent[key] = type(value)() if isinstance(value, (list, dict, str)) else None
        elif action == "double" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(value))
        else:
            parent[key] = [[[[value]]]]
    return doc


def _same_kind(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(min_value=-(2**70), max_value=2**70) | st.sampled_from([0, 3, 4, -1])
    if isinstance(value, float):
        return st.floats(allow_nan=True, allow_infinity=True)
    if isinstance(value, str):
        return NASTY_TEXT | st.text(max_size=30)
    return SCALARS


@st.composite
def retouched(draw: st.DrawFn, document: Any, max_changes: int = 3) -> Any:
    """`document` with a few leaf values replaced by others of the same JSON type (a file
    that still looks right: what a hand edit or another program's bug produces)."""
    doc = copy.deepcopy(document)
    leaves = [p for p in _paths(doc)[1:] if not isinstance(_parent(doc, p)[p[-1]], (dict, list))]
    for _ in range(draw(st.integers(1, max_changes))):
        path = draw(st.sampled_from(leaves))
        parent = _parent(doc, path)
        parent[path[-1]] = draw(_same_kind(parent[path[-1]]))
    return doc
