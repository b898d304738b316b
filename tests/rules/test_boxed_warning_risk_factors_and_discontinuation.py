"""The BESPONSA US boxed warning also gives the other risk factors for VOD (ongoing or prior liver
disease, prior HSCT, increased age, later salvage lines, more treatment cycles) and the action
on VOD (permanently discontinue treatment if VOD occurs): B001 elements ``vod-risk-factors`` and
``vod-discontinue`` (rules/us.yaml), recognised by meaning in any wording and order. A sentence
that only announces the box ("<Product> carries a boxed warning for <risk> … and for <risk>") is
the box's title when the sentences after it state the box: they must state every element.

Texts written fresh for these tests, in Markdown, plain-text and HTML layouts."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]
IND = ("BESPONSA is indicated for the treatment of adults and pediatric patients aged 1 year and older "
       "with relapsed or refractory CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL).")
PI = "Read the accompanying full Prescribing Information, including the Boxed Warning."
TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD) (ALSO KNOWN AS SINUSOIDAL "
         "OBSTRUCTION SYNDROME), AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY")
LIVER = "Liver toxicity, including VOD that was fatal or life-threatening, was seen with BESPONSA."
AFTER = "Patients who proceeded to a transplant after BESPONSA had a higher VOD risk."
FACTORS = ("Older patients, and those with current or earlier liver disease, a past stem cell transplant, a later "
           "salvage line or several cycles of BESPONSA, were also more prone to VOD.")
STOP = "Do not give BESPONSA again to a patient who has developed VOD."
NRM = "Deaths unrelated to relapse after HSCT were more common with BESPONSA."


@pytest.fixture(scope="module")
def linter():
    ref = load_reference([ROOT / "reference"])
    return Linter(ref, rulepacks=load_rulepacks([ROOT / "rules"], ref))


def b001(lint_piece, text, name):
    return lint_piece(textwrap.dedent(text).lstrip(), name, rules="B001", lint_file=True)


def md(sentences):
    bullets = "\n".join(f"- {s}" for s in sentences)
    return f"# BESPONSA in second salvage\n\n{IND}\n\n**{TITLE}**\n\n{bullets}\n\n{PI}\n"


def txt(sentences):
    return f"BESPONSA in second salvage\n\n{IND}\n\n{TITLE}\n" + " ".join(sentences) + f"\n\n{PI}\n"


def html(sentences):
    items = "".join(f"<li>{s}</li>" for s in sentences)
    return (f"<html><body><h1>BESPONSA</h1><p>{IND}</p><div class=\"bw\"><h3>{TITLE}</h3><ul>{items}</ul></div>"
            f"<p>{PI}</p></body></html>\n")


LAYOUTS = {"md": (md, "piece.md"), "txt": (txt, "piece.txt"), "html": (html, "piece.html")}


# the other risk factors, in other words and orders: each sentence speaks of a risk and names a factor
FACTOR_WORDINGS = [
    "VOD was also associated with pre-existing hepatic disease, a history of HSCT, advanced age and more cycles.",
    "Additional risk factors: liver disease (ongoing or prior), prior allogeneic transplant, age, salvage line.",
    "Patients in a later line of salvage therapy or aged over 55 were likelier to develop VOD.",
    "A greater number of treatment cycles and prior hepatic impairment increased the chance of VOD as well.",
]
# the action on VOD, in other words and orders
STOP_WORDINGS = [
    "Stop BESPONSA for good if VOD develops.",
    "In a patient with VOD, BESPONSA is to be permanently withdrawn.",
    "VOD calls for permanent discontinuation of treatment.",
    "BESPONSA should not be restarted after sinusoidal obstruction syndrome.",
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("factors", FACTOR_WORDINGS)
def test_the_other_risk_factors_in_other_words_complete_the_box(lint_piece, layout, factors):
    make, name = LAYOUTS[layout]
    assert b001(lint_piece, make([LIVER, AFTER, factors, STOP, NRM]), name) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("stop", STOP_WORDINGS)
def test_the_discontinuation_in_other_words_completes_the_box(lint_piece, layout, stop):
    make, name = LAYOUTS[layout]
    assert b001(lint_piece, make([LIVER, AFTER, FACTORS, stop, NRM]), name) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("dropped, element, stand_in", [
    # the conditioning regimen and the bilirubin before HSCT are the transplant's own risk factors
    (FACTORS, "vod-risk-factors", "Two-alkylator conditioning and a high bilirubin before HSCT were linked to VOD."),
    # the liver-test sentence names a discontinuation, not what to do when VOD occurs; nor does
    # treating severe VOD
    (STOP, "vod-discontinue", "Raised liver tests may need a dose delay, a lower dose or permanent discontinuation. "
                              "Severe VOD is treated by standard medical practice."),
])
def test_a_box_without_one_of_them_is_reported_missing_it(lint_piece, layout, dropped, element, stand_in):
    make, name = LAYOUTS[layout]
    sentences = [stand_in if s == dropped else s for s in [LIVER, AFTER, FACTORS, STOP, NRM]]
    found = b001(lint_piece, make(sentences), name)
    assert [(f.severity, f.extra["missing"]) for f in found] == [("error", [element])], [f.message for f in found]


# ------------------------------------------------------------------ a sentence announcing the box

ANNOUNCE = ("BESPONSA carries a boxed warning for hepatotoxicity, including hepatic veno-occlusive disease, also "
            "called sinusoidal obstruction syndrome, and for increased risk of post-transplant non-relapse mortality.")


def announced(layout, sentences):
    body = " ".join([ANNOUNCE, *sentences])
    if layout == "html":
        return f"<html><body><h1>BESPONSA</h1><p>{IND}</p><p>{body}</p><p>{PI}</p></body></html>\n"
    if layout == "md":
        return f"# BESPONSA: a transcript\n\n{IND}\n\n**Host:** {body}\n\n{PI}\n"
    return f"BESPONSA: a transcript\n\n{IND}\n\nHOST: {body}\n\n{PI}\n"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_box_announced_in_a_sentence_and_stated_after_it_is_complete(lint_piece, layout):
    name = LAYOUTS[layout][1]
    assert b001(lint_piece, announced(layout, [LIVER, AFTER, FACTORS, STOP, NRM]), name) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_risk_only_the_announcing_sentence_names_is_missing(lint_piece, layout):
    # the mortality is named in the announcement only: the sentences after it never state it
    name = LAYOUTS[layout][1]
    (f,) = b001(lint_piece, announced(layout, [LIVER, AFTER, FACTORS, STOP]), name)
    assert f.severity == "error" and f.extra["missing"] == ["post-hsct-nrm"], f.message


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_announcement_that_states_a_risk_itself_is_not_a_title(lint_piece, layout):
    # "… for liver toxicity that can be fatal …": the sentence states, it is part of the box's text
    name = LAYOUTS[layout][1]
    stating = ANNOUNCE.replace("for hepatotoxicity, including", "for hepatotoxicity that can be fatal, including")
    text = announced(layout, [LIVER, AFTER, FACTORS, STOP]).replace(ANNOUNCE, stating)
    assert b001(lint_piece, text, name) == []


# ------------------------------------------------------------------ under a title in capitals

def test_a_capital_title_does_not_stand_in_for_a_risk_when_the_box_lacks_another(lint_piece):
    # the text never names the VOD (its title does) and drops the mortality: both are missing
    text = md(["Liver toxicity, fatal or life-threatening in some patients, was seen with BESPONSA.",
               "This risk rose in patients transplanted after BESPONSA.",
               "Liver disease, a prior HSCT, older age, later salvage or more cycles raised the risk too."])
    (f,) = b001(lint_piece, text, "piece.md")
    assert set(f.extra["missing"]) == {"hepatic-vod", "vod-discontinue", "post-hsct-nrm"}, f.message
    assert "its title names it" in f.message
