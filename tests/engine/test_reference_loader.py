"""The claims library loader: valid files load with their precision; bad files give file:line."""

from __future__ import annotations

import textwrap

import pytest

from claimcheck.errors import ConfigError
from claimcheck.reference import load_reference

GOOD = textwrap.dedent("""\
    schema_version: 1
    product: {id: demo, names: [DEMO]}
    arms:
      demo: {label: DEMO, synonyms: [DEMO], product: true}
      pbo: {label: placebo, synonyms: [placebo]}
    endpoints:
      orr: {label: objective response rate, synonyms: [ORR], domain: efficacy}
    studies:
      - id: trial-1
        names: [TRIAL-1]
        primary_endpoints: [{endpoint: orr, met: true}]
        entries:
          - id: trial-1.orr
            endpoint: orr
            measure: rate
            unit: "%"
            default: true
            arms:
              demo: {value: 40.0, n: 40, N: 100, ci: [30.3, 50.3], ci_level: 95}
              pbo: {value: 10.0, n: 10, N: 100}
            source: {document: "Doe et al. 2024", where: Table 2}
    """)


def write(tmp_path, text, name="ref.yaml"):
    p = tmp_path / name
    p.write_text(text)
    return p


def test_valid_file_keeps_published_precision(tmp_path):
    ref = load_reference(write(tmp_path, GOOD))
    entry = ref.entries["trial-1.orr"]
    assert entry.arms["demo"].value.text == "40.0" and entry.arms["demo"].value.decimals == 1
    assert entry.source == "Doe et al. 2024, Table 2"
    assert ref.studies["trial-1"].primary_endpoints == {"orr": (True, None)}
    assert len(ref.files) == 1 and len(ref.files[0][1]) == 64


@pytest.mark.parametrize("old, new, line, words", [
    ("measure: rate", "measure: ratee", 15, "measure"),
    ("endpoint: orr\n", "endpoint: pfs\n", 14, "unknown endpoint 'pfs'"),
    ("ci: [30.3, 50.3]", "ci: [41.3, 50.3]", 19, "does not contain"),
    ("unit: \"%\"", "unit: \"%\"\n        colour: blue", 17, "colour"),
    ("n: 40, N: 100", "n: 140, N: 100", 19, "larger than"),
])
def test_errors_name_file_and_line(tmp_path, old, new, line, words):
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ConfigError) as err:
        load_reference(path)
    assert err.value.path == str(path)
    assert err.value.line == line, str(err.value)
    assert words in str(err.value)


def test_anchors_and_tags_are_refused(tmp_path):
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    with pytest.raises(ConfigError, match="anchors and aliases") as err:
        load_reference(write(tmp_path, bomb))
    assert err.value.line == 1
    with pytest.raises(ConfigError, match="tag"):
        load_reference(write(tmp_path, "schema_version: !!python/object:os.system 1\n"))


def test_duplicate_entry_ids_and_missing_files(tmp_path):
    dup = GOOD + GOOD[GOOD.index("      - id: trial-1.orr"):].replace("trial-1.orr", "trial-1.orr", 1)
    with pytest.raises(ConfigError, match="used twice"):
        load_reference(write(tmp_path, dup))
    with pytest.raises(ConfigError, match="not found"):
        load_reference(tmp_path / "nope.yaml")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ConfigError, match="no \\*.yaml"):
        load_reference(empty)


def test_shipped_reference_loads(reference):
    assert "ino-vate-all" in reference.studies
    assert reference.studies["ino-vate-all"].primary_endpoints["os"][0] is False
    sc = reference.entries["ino-vate-all.cr-cri.first-218"].arms["sc"].value
    assert sc.text == "29.4"
