"""Facts the rules read from the claims library: analysis types of entries, parent studies."""

from __future__ import annotations

import pytest
from rulepack_helpers import DATA, RULES_DIR, doc

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

MRD_CLAIM = ("Among BESPONSA responders, median OS was 14.1 months in MRD-negative patients "
             "vs 7.2 months in MRD-positive patients.")


@pytest.fixture(scope="module")
def linter():
    ref = load_reference(DATA / "post_hoc_reference.yaml")
    return Linter(ref, market="US", rulepacks=load_rulepacks([RULES_DIR], ref))


def found(linter, text, code):
    return [f for f in linter.lint_document(doc(text)) if f.rule == code]


def test_entry_analysis_makes_a_post_hoc_trigger_without_cue_words(linter):
    (f,) = found(linter, MRD_CLAIM, "F002")
    assert "post-hoc analysis" in f.message and f.snippet == "14.1 months"


def test_disclaimer_next_to_it_satisfies(linter):
    text = MRD_CLAIM + " This post hoc analysis was exploratory; no conclusions can be drawn from it."
    assert found(linter, text, "F002") == []


def test_disclaimer_about_another_analysis_far_away_does_not(linter):
    filler = " ".join(f"Slide {i} shows the study design." for i in range(5))
    text = "These subgroup results are descriptive and not powered. " + filler + " " + MRD_CLAIM
    assert len(found(linter, text, "F002")) == 1


def test_analysis_of_the_pivotal_study_inherits_its_primary_endpoints(linter):
    (f,) = found(linter, MRD_CLAIM, "F001")
    assert "MRD analysis (an analysis of INO-VATE ALL)" in f.message
    assert found(linter, MRD_CLAIM + " The primary endpoint of OS was not met.", "F001") == []


def test_first_per_section_reports_once_and_counts_the_others(linter):
    text = "\n\n".join([MRD_CLAIM, "Remission was reached quickly.", MRD_CLAIM.replace("Among", "In"),
                        "Slide break.", "More text.", "And more.", MRD_CLAIM.replace("Among", "For")])
    findings = found(linter, text, "F002")
    assert len(findings) == 1 and "(2 more such claims in this section)" in findings[0].message
    sectioned = text.replace("Slide break.", "# Next slide")
    assert len(found(linter, sectioned, "F002")) == 2


def test_markdown_headings_found_by_the_reader_delimit_sections(lint_piece):
    text = "# Slide 6\n\n" + MRD_CLAIM + "\n\n# Slide 7\n\n" + MRD_CLAIM.replace("Among", "For") + "\n"
    findings = lint_piece(text, "slides.md", rules="F002")
    assert [f.line for f in findings] == [3, 7]
