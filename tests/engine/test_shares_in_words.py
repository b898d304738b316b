"""Shares written in words are claims (helper words16): a percentage spelled out ("eighty-one percent",
"thirty-seven point one per cent") is read with the precision it is written with, and a natural
frequency ("four in five", "nine out of ten", "one in three", "half of patients", "nearly four in
ten") is a percentage whose tolerance is its wording's grain. Both go through context, matching and
the value checks (V001, U001) as a percentage in digits does; a wrong one is one finding, never V001
and A005 on the same words; counts, places, times and idioms stay words."""

from __future__ import annotations

import pytest

from claimcheck.claims import extract_claims, frequency_band

_RULES = {"V001", "U001", "A005"}

XOSPATA_HEAD = "# XOSPATA in relapsed or refractory FLT3m+ AML\n\nIn the ADMIRAL trial:\n\n"
BESPONSA_HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the INO-VATE ALL trial:\n\n"

# (head, sentence): each states a share the claims library holds, in words
RIGHT = [
    (XOSPATA_HEAD, "one in three patients on XOSPATA achieved CR/CRh."),            # 34.0
    (XOSPATA_HEAD, "A third of patients treated with XOSPATA reached CR/CRh."),
    (XOSPATA_HEAD, "Thirty-four percent of patients on XOSPATA achieved CR/CRh."),
    (XOSPATA_HEAD, "Overall survival at 1 year: nearly four in ten patients on XOSPATA."),   # 37.1
    (XOSPATA_HEAD, "Overall survival at 1 year: thirty-seven point one per cent of patients on XOSPATA."),
    (BESPONSA_HEAD, "More than three in four patients given BESPONSA achieved CR/CRi."),  # 80.7
    (BESPONSA_HEAD, "Eight out of every ten patients on BESPONSA reached CR/CRi."),
    (BESPONSA_HEAD, "Four in five patients treated with BESPONSA achieved CR/CRi."),
    (BESPONSA_HEAD, "With BESPONSA, eight in ten patients achieved CR/CRi."),
    (BESPONSA_HEAD, "Eighty-one percent of patients on BESPONSA achieved CR/CRi."),
]

# (head, sentence, rule): each states a share the library contradicts or does not hold: one finding, A005
# where a proportion in words describes none of the library's rates of what its sentence names (the
# engine keeps it before V001/U001 on the same words), else V001 or U001 of the claim
WRONG = [
    (XOSPATA_HEAD, "Half of patients on XOSPATA achieved CR/CRh.", "A005"),
    (XOSPATA_HEAD, "Forty-three per cent of patients on XOSPATA achieved CR/CRh.", "V001"),
    (XOSPATA_HEAD, "Overall survival at 1 year: two in ten patients on XOSPATA.", "V001"),
    (XOSPATA_HEAD, "Overall survival at 1 year: thirty-seven point four percent of patients on XOSPATA.", "V001"),
    (BESPONSA_HEAD, "Eighty-three per cent of patients on BESPONSA achieved CR/CRi.", "V001"),
    (BESPONSA_HEAD, "Six in ten patients on BESPONSA achieved CR/CRi.", "A005"),
    (BESPONSA_HEAD, "Nine out of ten patients on BESPONSA achieved CR/CRi.", "A005"),
    (BESPONSA_HEAD, "With BESPONSA, eighty-five percent of patients reached CR/CRi.", "V001"),
    (BESPONSA_HEAD, "Roughly six in ten responders on BESPONSA were in CR/CRi after one cycle.", "U001"),
]


def _fmt(head: str, sentence: str, ext: str) -> str:
    if ext == ".txt":
        head = head.replace("# ", "")
    return head + sentence + "\n"


@pytest.mark.parametrize("market", ["US", "EU"])
@pytest.mark.parametrize("ext", [".md", ".txt"])
@pytest.mark.parametrize("head, sentence", RIGHT)
def test_a_right_share_in_words_is_clean(lint_piece, head, sentence, ext, market):
    found = lint_piece(_fmt(head, sentence, ext), "piece" + ext, rules=_RULES, market=market)
    assert found == [], (sentence, [(f.rule, f.message) for f in found])


@pytest.mark.parametrize("market", ["US", "EU"])
@pytest.mark.parametrize("ext", [".md", ".txt"])
@pytest.mark.parametrize("head, sentence, rule", WRONG)
def test_a_wrong_share_in_words_is_one_finding(lint_piece, head, sentence, rule, ext, market):
    found = lint_piece(_fmt(head, sentence, ext), "piece" + ext, rules=_RULES, market=market)
    assert [f.rule for f in found] == [rule], (sentence, [(f.rule, f.message) for f in found])


@pytest.mark.parametrize("text, value, decimals", [
    ("In all, eighty-five percent responded.", 85.0, 0),
    ("In all, Fifty per cent responded.", 50.0, 0),
    ("In all, twenty-nine point four percent responded.", 29.4, 1),
    ("In all, a hundred percent responded.", 100.0, 0),
    ("In all, seven point two five percent responded.", 7.25, 2),
])
def test_a_spelled_percentage_keeps_its_words_and_precision(text, value, decimals):
    (c,) = [c for c in extract_claims(text) if c.kind == "percentage"]
    assert (c.value.value, c.value.decimals, c.value.band) == (value, decimals, None)
    assert text[c.start:c.end] == c.text and c.text.split()[-1] in ("percent", "cent")


@pytest.mark.parametrize("words, low, high", [
    ("eight in ten", 75, 85), ("Nine out of ten", 85, 95), ("four in five", 70, 90),
    ("one in three", 28.33, 38.33), ("half of the patients", 45, 55), ("two-thirds of patients", 61.67, 71.67),
    ("nearly seven in ten", 65, 70), ("more than six in ten", 60, 70), ("fewer than one in four", 15, 25),
    ("three of every ten", 25, 35),
])
def test_a_natural_frequency_is_a_share_with_its_grain(words, low, high):
    text = f"In the study, {words} patients responded."
    (c,) = [c for c in extract_claims(text) if c.kind == "percentage"]
    assert c.text.lower().startswith(words.split()[0].lower())
    assert c.value.band == pytest.approx((low, high), abs=0.01)


@pytest.mark.parametrize("text", ["Four in five patients (78.4%) responded.", "Half (48.2%) went on to transplant."])
def test_a_share_in_words_with_its_figure_is_that_figure(text):
    assert [c.text for c in extract_claims(text) if c.kind == "percentage"] == [text.split("(")[1].split(")")[0]]


def test_the_band_helper():
    assert frequency_band("", 9, 10) == (85.0, 95.0)
    assert frequency_band("nearly", 1, 2) == (45.0, 50.0)
    assert frequency_band("more than", 1, 2) == (50.0, 60.0)


@pytest.mark.parametrize("text", [
    "With BESPONSA, one in three cycles was delayed.",
    "Patients received two cycles of BESPONSA.",
    "Most events resolved in ten days.",
    "Top ten questions about BESPONSA.",
    "The risk is one in a million.",
    "Infusions started at nine in the morning.",
    "Ten of the patients stopped treatment.",
    "XOSPATA cut the risk of death by one in three.",
    "Grade 3 in four patients.",
    "In cycle two in four patients the dose was held.",
])
def test_what_is_no_share_in_words_is_no_percentage(text):
    assert [c.text for c in extract_claims(text) if c.kind == "percentage"] == []


@pytest.mark.parametrize("text, words", [
    ("CR/CRi was 80.7% with BESPONSA vs 29.4% with SC: nine out of ten patients, against fewer than one in three.",
     "nine out of ten"),
    ("CR/CRh was 34.0% with XOSPATA vs 15.3% with salvage chemotherapy: half of patients, against one in seven.",
     "half"),
])
def test_a_wrong_proportion_compared_in_its_sentence_is_one_finding(lint_doc, text, words):
    found = [f for f in lint_doc("# Remission\n\n" + text + "\n") if f.rule in _RULES]
    assert len(found) == 1 and found[0].rule in ("A005", "V001"), [(f.rule, f.message) for f in found]
    assert text[found[0].column - 1:].lower().startswith(words)


@pytest.mark.parametrize("sentence, flagged", [
    # the other arm's share in words beside a rate in digits: relative wording A005 judges (never a
    # claim of its own as well): one finding, and the rate keeps its arm
    ("In INO-VATE ALL, 48.2% of patients on BESPONSA proceeded to HSCT, compared with one in three on "
     "chemotherapy.", ["one in three"]),
    ("In INO-VATE ALL, one in three patients on chemotherapy proceeded to HSCT, versus 48.2% with BESPONSA.",
     ["one in three"]),
])
def test_the_other_arms_share_in_words_beside_a_rate(lint_doc, sentence, flagged):
    found = [f for f in lint_doc("# Results\n\n" + sentence + "\n") if f.rule in _RULES]
    assert [sentence[f.column - 1:].split(" on ")[0].split(" patients")[0] for f in found] == flagged, \
        [(f.rule, f.message) for f in found]


@pytest.mark.parametrize("sentence", [
    "Among the patients who got to CR/CRi, seventy-eight point four percent on BESPONSA were MRD-negative.",
    "Among the patients who got to CR/CRi, 78.4% on BESPONSA were MRD-negative.",
])
def test_who_got_to_an_endpoint_names_the_population(lint_doc, sentence):
    # "who got to CR/CRi" says who was counted: the share is of MRD negativity, not a CR/CRi rate
    assert [f.rule for f in lint_doc("# Depth of response\n\n" + sentence + "\n") if f.rule in _RULES] == []


@pytest.mark.parametrize("sentence", [
    "With salvage chemotherapy, CR/CRh rates in adults with AML vary widely; however, nearly half of all adults "
    "later relapse.",
    "On standard chemotherapy CR/CRi rates reach 80% to 90%; however, almost half of all patients eventually relapse.",
])
def test_a_share_in_words_takes_no_endpoint_from_another_clause(lint_doc, sentence):
    found = [f for f in lint_doc("# Background\n\n" + sentence + "\n") if f.rule in ("V001", "U001")]
    assert found == [], [(f.rule, f.message) for f in found]
