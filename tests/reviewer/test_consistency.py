"""lint --consistency (C001): one claim stated differently across the documents of a run."""

from __future__ import annotations

import json

import jsonschema

from conftest import C001, ROOT, run


def lint_json(*args):
    proc = run("lint", "--reference", "reference", "--format", "json", *args)
    return proc, json.loads(proc.stdout)


def test_bad_fixture_one_finding_per_claim_listing_every_place():
    proc, report = lint_json("--consistency", C001 / "bad")
    found = [f for f in report["findings"] if f["rule"] == "C001"]
    email, leave = str(C001 / "bad" / "email.md"), str(C001 / "bad" / "leave-behind.md")
    assert [(f["path"], f["line"], f["severity"], f["category"]) for f in found] == [
        (email, 3, "warning", "consistency"), (email, 5, "warning", "consistency")]
    os_, dor = found
    # the same entry (median OS), 7.7 months in one draft and 7.4 in the other
    assert os_["reference_id"] == "ino-vate-all.os.median" and os_["found"] == "7.7 months, 7.4 months"
    assert f"7.7 months at {email}:3:29; 7.4 months at {leave}:3:29" in os_["message"]
    # a figure the library lacks (duration of remission), 4.6 months and 5.4 months
    assert dor["reference_id"] is None
    assert "duration of remission (not in the claims library)" in dor["message"]
    assert f"4.6 months at {email}:5:34; 5.4 months at {leave}:5:34" in dor["message"]
    assert report["inputs"]["options"]["consistency"] is True
    schema = json.loads((ROOT / "src" / "claimcheck" / "schemas" / "report.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(report)  # the versioned schema knows the option


def test_good_fixture_and_rounding_agree():
    _, report = lint_json("--consistency", "--select", "C", C001 / "good")
    assert report["findings"] == []


def test_off_without_the_option_and_obeys_select_ignore():
    _, report = lint_json(C001 / "bad")
    assert not any(f["rule"] == "C001" for f in report["findings"])
    assert "consistency" not in report["inputs"]["options"]
    _, report = lint_json("--consistency", "--ignore", "C001", C001 / "bad")
    assert not any(f["rule"] == "C001" for f in report["findings"])


def test_one_document_alone_is_never_inconsistent(tmp_path):
    draft = tmp_path / "both.md"
    draft.write_text((C001 / "bad" / "email.md").read_text() + "\n" + (C001 / "bad" / "leave-behind.md").read_text())
    _, report = lint_json("--consistency", "--select", "C", draft)
    assert report["findings"] == []


def test_parallel_run_gives_the_same_findings():
    _, one = lint_json("--consistency", "-j", "1", C001 / "bad")
    _, two = lint_json("--consistency", "-j", "2", C001 / "bad")
    assert one["findings"] == two["findings"]


def test_rule_documentation():
    proc = run("rule", "C001")
    assert proc.returncode == 0 and "cross-document-inconsistency" in proc.stdout and "21 CFR 202.1(e)(6)" in proc.stdout
