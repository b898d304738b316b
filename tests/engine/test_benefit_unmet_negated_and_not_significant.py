"""O010 (benefit wording on an endpoint not shown): a benefit inside a negation's scope or presented
as what the data cannot show claims nothing (concepts.negated, ``when.phrases.unless_negated``);
an endpoint that is no primary endpoint but whose comparison the claims library gives as not
significant (its default entry's ratio CI includes 1: EFS in ADMIRAL, HR 0.79, 95% CI 0.58-1.09)
is judged as a not-met one (``when.phrases.not_significant``), with its benefit said in other
words: the hazard ratio as a risk reduction, events prevented, the disease kept from coming back.
Prose, bullets, tables, HTML and a Q&A transcript; the correct text stays clean."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document


def _o010(linter, tmp_path, text, product="BESPONSA"):
    html = text.lstrip().startswith("<")
    path = tmp_path / ("piece.html" if html else "piece.md")
    head = f"<p>Market: US</p>\n<h1>{product}</h1>\n" if html else f"Market: US\n\n# {product}\n\n"
    path.write_text(head + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == "O010" and not f.suppressed]


# ---------------------------------------------------------------- a denied benefit claims nothing

@pytest.mark.parametrize("text", [
    "The pooled post-transplant result is a post hoc analysis across two studies; it is descriptive only "
    "and does not establish a survival benefit.",
    "These landmark data do not show a survival benefit for BESPONSA.",
    "No survival benefit was shown with BESPONSA in INO-VATE ALL.",
    "- The post-HSCT figures cannot be taken as evidence of a survival benefit.",
    "This analysis does not demonstrate that patients live longer with BESPONSA.",
    "It is not possible to conclude an overall survival advantage from these data.",
    "| Note | These subgroup results should not be interpreted as an OS benefit. |",
    "<p>The 2-year figures are descriptive and do not establish an overall survival advantage.</p>",
    "**Q: Does the pooled analysis show longer survival?**\n\nA: No. It is post hoc and does not establish "
    "a survival benefit.",
    "No conclusion about a survival benefit can be drawn from this analysis.",
    "The 2-year survival figures are not evidence of a survival benefit.",
    "These data do not imply that patients live longer with BESPONSA.",
    "Neither analysis showed an overall survival benefit.",
    "BESPONSA has not been shown to prolong survival.",
    "- Descriptive only; no OS benefit is implied",
])
def test_a_denied_survival_benefit_is_not_o010(full_linter, tmp_path, text):
    assert _o010(full_linter, tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "BESPONSA offers a clear survival benefit over chemotherapy.",
    "Patients who did not respond to prior therapy lived longer with BESPONSA.",
    "Not only did remissions deepen: BESPONSA prolongs survival.",
    "BESPONSA reduces the risk of death compared with chemotherapy.",
    "- BESPONSA: a 25% reduction in the risk of death versus standard chemotherapy",
    "| Overall survival | HR 0.75: a 25% risk reduction with BESPONSA |",
    "<p>BESPONSA patients had a lower risk of dying than those on chemotherapy.</p>",
])
def test_an_asserted_survival_benefit_stays_o010(full_linter, tmp_path, text):
    assert _o010(full_linter, tmp_path, text)


# ---------------------------------------------------------------- an endpoint not significant

@pytest.mark.parametrize("text", [
    "In ADMIRAL, XOSPATA gave a 21% reduction in the risk of an event compared with salvage chemotherapy "
    "(EFS HR 0.79).",
    "XOSPATA clearly prevents events and keeps the disease from coming back.",
    "- EFS: HR 0.79, a 21% risk reduction versus salvage chemotherapy",
    "| Event-free survival | 21% lower risk of an event with XOSPATA (HR 0.79) |",
    "<p>XOSPATA reduced the risk of treatment failure, relapse or death by 21% (EFS HR 0.79).</p>",
    "Event-free survival was improved with XOSPATA (median 2.8 vs 0.7 months; HR 0.79).",
    "## Longer event-free survival with XOSPATA",
    "XOSPATA lowered the risk of an EFS event by 21%.",
    "XOSPATA also extended event-free survival versus salvage chemotherapy.",
    "XOSPATA delayed relapse compared with salvage chemotherapy.",
    "With XOSPATA there were fewer EFS events than with salvage chemotherapy.",
    "- **EFS:** XOSPATA cut the risk of treatment failure by 21%",
    "**Q: What about relapse?**\n\nA: XOSPATA keeps the leukemia from coming back for longer than salvage "
    "chemotherapy.",
])
def test_benefit_on_a_not_significant_endpoint_is_o010(full_linter, tmp_path, text):
    found = _o010(full_linter, tmp_path, text, "XOSPATA")
    assert found and all(f.category == "overstatement" and f.severity == "warning" for f in found)
    assert "not statistically significant" in found[0].message
    assert "The difference in event-free survival (EFS) was not statistically significant." in found[0].message


@pytest.mark.parametrize("text", [
    # the figures alone, as the correct drafts give them
    "Median EFS was 2.8 months with XOSPATA vs 0.7 months with salvage chemotherapy (HR 0.79; 95% CI 0.58-1.09).",
    "| Median event-free survival | 2.8 months | 0.7 months |",
    "  Median event-free survival ........ 2.8 vs 0.7 months",
    "<p>EFS: HR 0.79 (95% CI 0.58-1.09).</p>",
    # qualified in the same or the next sentence
    "XOSPATA prolonged event-free survival (2.8 vs 0.7 months), although the difference was not "
    "statistically significant (HR 0.79; 95% CI 0.58-1.09).",
    "EFS was longer with XOSPATA (2.8 vs 0.7 months). The EFS difference did not reach statistical significance.",
    # denied
    "XOSPATA did not significantly prolong event-free survival.",
    # other events, not the endpoint's
    "Fewer adverse events led to discontinuation with XOSPATA than with chemotherapy.",
    "EFS events included treatment failure, relapse and death.",
    "XOSPATA is not indicated to prevent relapse after transplant.",
    # the met endpoint: nothing to qualify
    "XOSPATA reduced the risk of death by 36% (HR 0.64; 95% CI 0.49-0.83).",
    "XOSPATA prolonged overall survival compared with salvage chemotherapy.",
])
def test_not_significant_endpoint_stated_or_qualified_is_not_o010(full_linter, tmp_path, text):
    assert _o010(full_linter, tmp_path, text, "XOSPATA") == []
