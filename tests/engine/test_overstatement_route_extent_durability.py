"""Overstatement that drafts written by others still got past (rules/common.yaml O017-O019): a
reliable route to transplant, remission or cure (O017, and a "curative transplant" as where the
product takes patients: a cure by implication); speed and universal extent in an elliptical answer
or a fragment without a verb (O018); a durable benefit for most patients (O019). Each class in
several wordings and layouts (prose, bullets, headline, Q&A answer, HTML, pipe table), with the
correct text that must stay clean. Texts written for this test."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

LEAD = "Market: US\n\nSection\n\nBESPONSA (inotuzumab ozogamicin) was studied in INO-VATE ALL.\n\n"


def _codes(linter, tmp_path, text):
    html = text.lstrip().startswith("<")
    path = tmp_path / ("piece.html" if html else "piece.md")
    body = ("<p>BESPONSA (inotuzumab ozogamicin) was studied in INO-VATE ALL.</p>\n" + text) if html else LEAD + text
    path.write_text(body + "\n", encoding="utf-8")
    return sorted({f.rule for f in linter.lint_document(read_document(path))
                   if not f.suppressed and f.rule.startswith("O")})


# ---------------------------------------------------------------- 1. a reliable route (O017)
@pytest.mark.parametrize("text", [
    "BESPONSA reliably bridges patients to transplant.",
    "BESPONSA predictably takes patients to HSCT.",
    "With BESPONSA, patients are consistently brought into remission.",
    "- Reliably bridges relapsed patients to allogeneic HSCT",
    "## Consistently Bridging Patients to Cure",
    "**Q: What does BESPONSA do for my patients?**\n\n**A:** It reliably gets them to transplant.",
    "BESPONSA consistently achieves deep remissions.",
    "BESPONSA offers a dependable path to curative therapy.",
    "A sure route to remission for relapsed patients.",
    # a curative transplant as where the product takes patients: a cure by implication
    "BESPONSA gets patients to a curative transplant.",
    "BESPONSA opens the door to curative HSCT.",
    "<h2>Bridging your patients to cure</h2>",
    "| Goal | BESPONSA |\n|---|---|\n| Transplant | Dependably bridges patients to HSCT |",
])
def test_reliable_route_or_curative_destination_is_o017(full_linter, tmp_path, text):
    assert "O017" in _codes(full_linter, tmp_path, text)


@pytest.mark.parametrize("text", [
    "Some patients proceeded to transplant after BESPONSA.",
    "In INO-VATE ALL, 48.2% of patients proceeded to HSCT with BESPONSA vs 21.6% with chemotherapy.",
    "BESPONSA may help bridge patients to potentially curative HSCT.",
    "HSCT remains the only curative option for adults with relapsed ALL.",
    "HSCT can lead to cure in some patients.",
    "Response was reliably assessed by central review.",
    "BESPONSA consistently achieved higher CR/CRi rates than chemotherapy across subgroups.",
    "The VOD risk was consistently higher in patients proceeding to HSCT.",
    "Results were consistent across subgroups.",
    "BESPONSA does not reliably bridge every patient to transplant.",
    "**Q: Does BESPONSA reliably get patients to transplant?**",
])
def test_rates_hedges_and_transplant_background_are_not_o017(full_linter, tmp_path, text):
    assert "O017" not in _codes(full_linter, tmp_path, text)


# ---------------------------------------------------------------- 2. speed and extent, no verb (O018)
@pytest.mark.parametrize("text", [
    "**Q: How soon do patients respond, and who responds?**\n\n**A:** Almost immediately, and in virtually every patient.",
    "**How fast, and for whom?** In nearly all patients, within days.",
    "Q: Who benefits from BESPONSA?\n\nA: Virtually everyone, right away.",
    "Q: How soon do remissions come?\n\nA: Within days, for nearly all patients.",
    "- Response: immediately - in every patient",
    "## Within Days, in Almost Every Patient",
    "<p><b>Onset?</b> Rapidly, and for practically all of your patients.</p>",
    "| Onset | Who |\n|---|---|\n| Nearly all patients, within a few days | |",
])
def test_speed_with_universal_extent_is_o018(full_linter, tmp_path, text):
    assert "O018" in _codes(full_linter, tmp_path, text)


@pytest.mark.parametrize("text", [
    "Q: How soon do patients respond?\n\nA: Most responders reached CR/CRi within two cycles of BESPONSA.",
    "Stop the infusion immediately in all patients who develop a severe infusion-related reaction.",
    "Premedicate all patients immediately before each dose.",
    "All patients were randomised within days of screening.",
    "Nearly all patients (98%) had an adverse reaction within the first weeks.",
    "Responses were not immediate in all patients.",
    "Q: Did virtually every patient respond right away?",
    "Patients should seek medical help right away; all patients receive a wallet card.",
])
def test_instructions_counts_and_facts_are_not_o018(full_linter, tmp_path, text):
    assert "O018" not in _codes(full_linter, tmp_path, text)


# ---------------------------------------------------------------- 4. durable benefit for most (O019)
@pytest.mark.parametrize("text", [
    "BESPONSA offers durable, long-term survival for most patients.",
    "Lasting remissions in the majority of patients.",
    "- Durable remissions for most of your patients",
    "## Long-Term Survival for the Majority",
    "Q: How long do responses last?\n\nA: For most patients, remissions that last for years.",
    "Most responders achieve a durable response with BESPONSA.",
    "<p>Sustained remissions in nearly all responders.</p>",
    "| Outcome | BESPONSA |\n|---|---|\n| Durability | Long-lasting remission for the vast majority |",
])
def test_durable_benefit_for_most_is_o019(full_linter, tmp_path, text):
    assert "O019" in _codes(full_linter, tmp_path, text)


@pytest.mark.parametrize("text", [
    "Some patients achieved durable remissions.",
    "Long-term survival was observed in a minority of patients.",
    "Most patients did not achieve a durable remission.",
    "Most patients relapsed; long-term survival was seen in a few.",
    "Most long-term survivors had proceeded to HSCT.",
    "Long-term survival data are available for most patients.",
    "Most patients in the long-term follow-up had died.",
    "For most patients with relapsed ALL, long-term survival remains poor.",
    "Most patients need a durable remission to proceed to HSCT.",
    "With conventional chemotherapy, durable remissions are rare for most adults.",
    "Most patients (64%) maintained their response for at least 6 months.",
    "Survival was longer with BESPONSA in some patients.",
])
def test_some_patients_data_and_background_are_not_o019(full_linter, tmp_path, text):
    assert "O019" not in _codes(full_linter, tmp_path, text)
