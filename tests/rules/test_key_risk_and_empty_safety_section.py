"""Two ways safety information is gone while the piece still names a warning somewhere.

F010 (BESPONSA EU): besides naming a special warning of the SmPC, the piece must state its first,
hepatotoxicity including VOD/SOS, as a risk of the product (that it occurred, how often, how
severe), not only name VOD/SOS in a contraindication, a monitoring step or a sign to look for.

F008 (every product): a section heading that promises safety information ("Important Safety
Information", "Safety") over nothing but a pointer to the labeling or a request to report is
reported at the heading, though a warning is named elsewhere ("as described in the Important
Safety Information below"). Texts written for this test, in several layouts and wordings."""

from __future__ import annotations

import pytest

_EU = ("Market: EU\n\n# BESPONSA\u25bc on the ward\n\n\u25bc This medicinal product is subject to additional "
       "monitoring. Healthcare professionals are asked to report any suspected adverse reactions.\n\n"
       "In INO-VATE ALL, 80.7% of adults reached CR/CRi with BESPONSA vs 29.4% with standard chemotherapy.\n\n"
       "{safety}\n\nPlease consult the Summary of Product Characteristics (SmPC) before prescribing.\n")
_NAMED_ONLY = [
    # VOD/SOS named only in a contraindication, a sign to look for, a monitoring step
    "## Safety\n\nMyelosuppression and infusion-related reactions are common. Contraindications include prior "
    "confirmed severe or ongoing VOD/SOS.\n\n1. Weigh the patient daily: a sudden gain can be an early sign of VOD/SOS.",
    "Safety notes: infusion-related reactions may occur during the infusion; premedicate. Check liver tests "
    "before each dose and look out for hepatomegaly, which may point to veno-occlusive disease.",
    "**Nursing checklist.** Tumour lysis syndrome and QT prolongation are special warnings. Record weight and "
    "girth at every visit to pick up sinusoidal obstruction syndrome early.",
]
_STATED = [
    "## Safety\n\nVOD/SOS occurred in 23 of 164 patients (14%) treated with BESPONSA.",
    "Safety: hepatotoxicity, including hepatic veno-occlusive disease, is the most important risk and is "
    "more frequent after HSCT; myelosuppression is common.",
    "Main risks: hepatotoxicity including VOD/SOS, post-HSCT non-relapse mortality, myelosuppression.",
    "SAFETY\nVOD/SOS ........................ 14%\nFebrile neutropenia ............ 26%",
    "Safety: liver toxicity, including sinusoidal obstruction syndrome, was reported, some cases fatal.",
    "- Hepatotoxicity (VOD/SOS): seen in 14 % of patients; can be life-threatening.",
]


@pytest.mark.parametrize("safety, line", list(zip(_NAMED_ONLY, (11, 9, 9))))
def test_eu_vod_named_but_not_stated_as_a_risk_is_f010(lint_piece, linter_for, safety, line):
    # reported where the piece states its other warnings (the list that leaves the risk out)
    findings = lint_piece(_EU.format(safety=safety), linter=linter_for("EU"), rules={"F008", "F010"})
    assert [(f.rule, f.line) for f in findings] == [("F010", line)]
    assert "hepatotoxicity-risk" in findings[0].extra["missing"]


@pytest.mark.parametrize("safety", _STATED)
def test_eu_hepatotoxicity_stated_as_a_risk_satisfies_f010(lint_piece, linter_for, safety):
    assert lint_piece(_EU.format(safety=safety), linter=linter_for("EU"), rules={"F008", "F010"}) == []


_US_HTML = ("<html><head><meta name=\"market\" content=\"US\"></head><body>\n<h1>XOSPATA</h1>\n"
            "<h2>Efficacy</h2>\n<p>Median overall survival was 9.3 months with XOSPATA vs 5.6 months with salvage "
            "chemotherapy in ADMIRAL.</p>\n<p>Monitor for QT prolongation, PRES and pancreatitis as described in "
            "the Important Safety Information below.</p>\n{isi}\n</body></html>\n")
_US_MD = ("Market: US\n\n# XOSPATA\n\n## Efficacy\n\nMedian overall survival was 9.3 months with XOSPATA vs "
          "5.6 months with salvage chemotherapy in ADMIRAL. Pancreatitis and PRES have been reported; see below.\n\n"
          "{isi}\n")


@pytest.mark.parametrize("template, isi, ext", [
    (_US_HTML, "<h2>Important Safety Information</h2>\n<p>Please see the accompanying full Prescribing "
     "Information, including Boxed WARNING.</p>", "html"),
    (_US_HTML, "<h2>Safety</h2>\n<p>Report suspected adverse reactions to the FDA at 1-800-FDA-1088.</p>\n"
     "<p>See the full Prescribing Information.</p>", "html"),
    (_US_MD, "## Important Safety Information\n\nFor complete safety information, refer to the full Prescribing "
     "Information.\n\n## References\n\n1. Perl AE et al. N Engl J Med 2019.", "md"),
])
def test_a_safety_heading_over_a_pointer_alone_is_f008_at_the_heading(lint_piece, linter_for, template, isi, ext):
    text = template.format(isi=isi)
    findings = lint_piece(text, f"piece.{ext}", linter=linter_for("US"), rules={"F008"})
    assert [f.rule for f in findings] == ["F008"]
    heading_line = next(n for n, line in enumerate(text.splitlines(), 1)
                        if line.startswith(("<h2>Important", "<h2>Safety", "## Important")))
    assert findings[0].line == heading_line


@pytest.mark.parametrize("template, isi, ext", [
    (_US_HTML, "<h2>Important Safety Information</h2>\n<p>Prolonged QT interval: perform ECGs before and "
     "during treatment.</p>\n<p>Please see the full Prescribing Information.</p>", "html"),
    # the content under subheadings belongs to the heading above them
    (_US_HTML, "<h2>Important Safety Information</h2>\n<h3>Warnings and precautions</h3>\n<p>PRES, including "
     "fatal cases, has been reported.</p>\n<p>See the full Prescribing Information.</p>", "html"),
    (_US_MD, "## Important Safety Information\n\n### Contraindications\n\nHypersensitivity to gilteritinib.\n\n"
     "Please see the full Prescribing Information.", "md"),
    # a bold line or a caption is no section heading: never judged empty
    (_US_MD, "**Important Safety Information**\n\nPlease see the full Prescribing Information.", "md"),
    # a heading about reporting heads the request to report, after a safety section with content
    (_US_HTML, "<h2>Important Safety Information</h2>\n<p>Prolonged QT interval: perform ECGs before and "
     "during treatment.</p>\n<h2>Q7. How can I report a side effect?</h2>\n<p>Report suspected adverse "
     "reactions to the FDA at 1-800-FDA-1088.</p>", "html"),
    (_US_MD, "## Important Safety Information\n\nPRES has been reported; stop XOSPATA if it is confirmed.\n\n"
     "## Reporting adverse events\n\nPlease report suspected adverse reactions to the FDA at 1-800-FDA-1088.", "md"),
])
def test_a_safety_heading_over_content_is_clean(lint_piece, linter_for, template, isi, ext):
    text = template.format(isi=isi)
    assert lint_piece(text, f"piece.{ext}", linter=linter_for("US"), rules={"F008"}) == []
