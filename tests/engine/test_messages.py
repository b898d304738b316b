"""Finding messages say what a reviewer calls things, once (issue 10 item 13)."""

from __future__ import annotations

import re


def _one(findings, code):
    (f,) = [f for f in findings if f.rule == code]
    return f


def test_indication_message_names_the_wording_as_a_reviewer_does_not_its_id(lint_doc, full_linter):
    text = "# BESPONSA\n\nBESPONSA is approved to treat pediatric patients with CD22-positive ALL.\n"
    f = _one(lint_doc(text, linter=full_linter, market="US"), "I001")
    assert f.line == 3
    assert "the approved US indication for adult and pediatric patients (truncated" in f.message
    assert "us-adult-and-pediatric" not in f.message


def test_hazard_ratio_interval_findings_say_hazard_ratio(lint_doc):
    text = "# Survival\n\nMedian OS was 7.7 months with BESPONSA vs 6.2 months with SC (HR 0.75 [97.5% CI, 0.99-0.57]).\n"
    findings = lint_doc(text)
    a003 = _one(findings, "A003")
    assert a003.message == "confidence interval 0.99-0.57 of the hazard ratio 0.75 has its lower bound not below its upper bound"
    v001 = _one(findings, "V001")
    assert v001.message.startswith("overall survival (intention-to-treat population) hazard ratio confidence interval is")


def test_unsupported_claim_names_the_closest_entry_in_words(lint_doc):
    text = "# Remission\n\nIn patients aged 70 or older, CR/CRi was reached by 91% with BESPONSA.\n"
    f = _one(lint_doc(text), "U001")
    assert "ino-vate-all" not in f.message
    assert "the closest, BESPONSA CR/CRi rate" in f.message and f.message.endswith("is 80.7%")


def test_primary_endpoint_message_is_short_and_says_each_thing_once(lint_doc, full_linter):
    text = ("# Survival\n\nMedian OS was 7.7 months with BESPONSA vs 6.2 months with SC.\n\n"
            "BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
            "acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n")
    f = _one(lint_doc(text, linter=full_linter, market="US"), "F001")
    assert f.line == 3
    body = f.message.split(". Basis:")[0]
    assert body.count("overall survival") == 1, f.message
    assert len(re.findall(r"within \d+ sentences", f.message)) == 1, f.message
    assert "claims library" not in f.message and "was found" not in f.message
    assert f.message.endswith('To satisfy: add one, e.g. "The primary endpoint of overall survival (OS) was not met."')
    assert len(f.message) < 450, len(f.message)  # 640 characters before (issue 10 item 13)
