"""Boxed-warning recall on softened or deleted elements (texts written for this test, in other
words, orders and formats than the probe drafts that showed the misses):

- a mandatory action of the box (B001: permanently discontinue if VOD occurs; B002: start
  corticosteroids and hemodynamic monitoring) made optional by a hedge ("consider", "may be
  discontinued", "may wish to", "as needed", "if clinically appropriate") does not carry the
  element: it is reported weakened, at the hedged sentence;
- a hedge that qualifies something else stays clean: another clause of the sentence ("consider
  interrupting the dose …, and permanently discontinue …"), another sentence of the box (the
  labeling's own optional dose interruption), a condition ("If VOD is considered likely, …"), an
  aside in parentheses, a risk ("because it could be fatal");
- an action replaced by another (B002: "consider supportive care", "provide symptomatic
  treatment") is reported at the sentence where it should be (its condition is still there), not
  at the box's start or the sentence before;
- a capital box title with an aside in lower case ("… DISEASE (VOD, also called sinusoidal
  obstruction syndrome), AND INCREASED RISK OF …"), on one line or wrapped, is the title through
  its end: a risk only the title names (the post-HSCT mortality, its bullet deleted) is missing."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]

BES_IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
           "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.")
XOS_IND = ("XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute "
           "myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.")
PI = "Refer to the full Prescribing Information, including the Boxed Warning."
TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
         "POST-HSCT NON-RELAPSE MORTALITY")
SEVERE = "Severe, including fatal, hepatic VOD was reported in patients given BESPONSA, and hepatotoxicity may be life-threatening."
AFTER = "The VOD risk was higher in patients who went on to HSCT after BESPONSA."
FACTORS = "VOD was also more likely with a history of liver disease, a prior transplant, older age, later salvage and more cycles."
NRM = "Post-transplant non-relapse mortality was increased with BESPONSA, with more deaths by Day 100 after HSCT."
XOS_DS = "Differentiation syndrome, which may be fatal or life-threatening without treatment, has occurred in patients on XOSPATA."


@pytest.fixture(scope="module")
def linter():
    ref = load_reference([ROOT / "reference"])
    return Linter(ref, rulepacks=load_rulepacks([ROOT / "rules"], ref))


def lint(lint_piece, text, name, rule):
    text = textwrap.dedent(text).lstrip()
    found = [f for f in lint_piece(text, name, rules=rule, lint_file=True) if f.severity in ("error", "warning")]
    return found, text.splitlines()


def line_of(lines, words):
    return next(k for k, line in enumerate(lines, 1) if words in line)


def bes_box(action: str, name: str) -> str:
    if name.endswith(".html"):
        return f"""\
            <html><body>
            <p>{BES_IND}</p>
            <div class="boxed">
            <p><b>{TITLE}</b></p>
            <ul>
            <li>{SEVERE}</li>
            <li>{AFTER}</li>
            <li>{FACTORS}</li>
            <li>{action}</li>
            <li>{NRM}</li>
            </ul>
            </div>
            <p>{PI}</p>
            </body></html>
            """
    if name.endswith(".md"):
        return f"""\
            # BESPONSA for R/R ALL

            {BES_IND}

            > **{TITLE}**
            > - {NRM}
            > - {SEVERE}
            > - {action}
            > - {AFTER} {FACTORS}

            {PI}
            """
    return f"""\
        BESPONSA

        {BES_IND}

        {TITLE}
        {AFTER}
        {SEVERE}
        {FACTORS}
        {action}
        {NRM}

        {PI}
        """


def xos_box(action: str, name: str, symptoms: bool = True) -> str:
    sym = ("Signs can include fever, shortness of breath, low oxygen, lung infiltrates, fluid around the heart "
           "or lungs, weight gain, swelling, low blood pressure and kidney problems.") if symptoms else ""
    if name.endswith(".html"):
        return f"""\
            <html><body>
            <h1>XOSPATA</h1>
            <p>{XOS_IND}</p>
            <section class="boxed-warning">
            <h2>WARNING: DIFFERENTIATION SYNDROME</h2>
            <p>{XOS_DS}</p>
            <p>{action}</p>
            </section>
            <p>{PI}</p>
            </body></html>
            """
    return f"""\
        # XOSPATA

        {XOS_IND}

        **WARNING: DIFFERENTIATION SYNDROME**

        {XOS_DS} {sym}
        {action}

        {PI}
        """


# (file name, the action sentence, words on the hedged line)
HEDGED_B001 = {
    "may-be-discontinued-plain": ("piece.txt", "BESPONSA may be discontinued in patients who develop VOD.",
                                  "may be discontinued"),
    "may-wish-to-html": ("piece.html", "Prescribers may wish to permanently discontinue BESPONSA when VOD is diagnosed.",
                         "may wish to"),
    "if-appropriate-quote": ("piece.md", "If VOD occurs, stop treatment if clinically appropriate; treat severe VOD "
                             "by standard practice.", "if clinically appropriate"),
    "discontinuation-considered-plain": ("piece.txt", "Permanent discontinuation should be considered for any patient "
                                         "with VOD.", "should be considered"),
}


@pytest.mark.parametrize("case", sorted(HEDGED_B001))
def test_a_hedged_discontinuation_is_weakened_at_its_sentence(lint_piece, case):
    name, action, words = HEDGED_B001[case]
    found, lines = lint(lint_piece, bes_box(action, name), name, "B001")
    at = line_of(lines, words)
    assert any(f.rule == "B001" and f.severity == "error" and f.line == at
               and "vod-discontinue" in f.extra.get("weakened", ()) for f in found), \
        [(f.line, f.message) for f in found]


GOOD_B001 = {
    "other-clause-md": ("piece.md", "For liver test elevations, consider interrupting or reducing the dose, and "
                        "discontinue BESPONSA permanently if VOD develops."),
    "other-sentence-plain": ("piece.txt", "Liver test elevations may call for a dose interruption or reduction as "
                             "needed. If VOD occurs, BESPONSA must be permanently discontinued."),
    "condition-html": ("piece.html", "If VOD is considered likely, discontinue BESPONSA permanently and manage it "
                       "per standard medical practice."),
    "risk-could-plain": ("piece.txt", "Stop BESPONSA for good if VOD occurs, because it could be fatal."),
}


@pytest.mark.parametrize("case", sorted(GOOD_B001))
def test_a_hedge_on_something_else_leaves_the_box_complete(lint_piece, case):
    name, action = GOOD_B001[case]
    found, lines = lint(lint_piece, bes_box(action, name), name, "B001")
    assert not found, [(f.line, f.message) for f in found]


HEDGED_B002 = {
    "consider-md": ("piece.md", "When the syndrome is suspected, consider corticosteroids and hemodynamic monitoring.",
                    "consider corticosteroids"),
    "as-needed-html": ("piece.html", "Hemodynamic monitoring and corticosteroid therapy can be started as needed "
                       "until the symptoms resolve.", "as needed"),
    "may-be-started-md": ("piece.md", "Corticosteroids may be started, with haemodynamic monitoring, if "
                          "differentiation syndrome is suspected.", "may be started"),
}


@pytest.mark.parametrize("case", sorted(HEDGED_B002))
def test_a_hedged_management_is_weakened_at_its_sentence(lint_piece, case):
    name, action, words = HEDGED_B002[case]
    found, lines = lint(lint_piece, xos_box(action, name), name, "B002")
    at = line_of(lines, words)
    assert any(f.rule == "B002" and f.line == at and "management" in f.extra.get("weakened", ())
               for f in found), [(f.line, f.message) for f in found]


@pytest.mark.parametrize("name,action,words", [
    ("piece.md", "When differentiation syndrome is suspected, provide symptomatic treatment.", "provide symptomatic"),
    ("piece.html", "If it is suspected, supportive care may help.", "supportive care"),
])
def test_a_replaced_management_is_reported_where_it_should_be(lint_piece, name, action, words):
    found, lines = lint(lint_piece, xos_box(action, name), name, "B002")
    at = line_of(lines, words)
    assert any(f.rule == "B002" and f.line == at for f in found), (at, [(f.line, f.message) for f in found])
    assert all(f.line != line_of(lines, "WARNING:") for f in found), [(f.line, f.message) for f in found]


@pytest.mark.parametrize("name,action", [
    ("piece.md", "If differentiation syndrome is suspected, start corticosteroids and hemodynamic monitoring until "
                 "the symptoms resolve; consider interrupting XOSPATA if severe symptoms persist beyond 48 hours."),
    ("piece.html", "Begin corticosteroids (dexamethasone 10 mg every 12 hours, or another as appropriate) and "
                   "monitor hemodynamics until resolution when differentiation syndrome is suspected."),
])
def test_a_correct_management_with_an_optional_step_stays_clean(lint_piece, name, action):
    found, lines = lint(lint_piece, xos_box(action, name), name, "B002")
    assert not found, [(f.line, f.message) for f in found]


ASIDE_TITLE = ("**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD, also called sinusoidal "
               "obstruction syndrome), AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY**")
WRAPPED_TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD, also known\n"
                 "as sinusoidal obstruction syndrome), AND INCREASED RISK OF POST-TRANSPLANT NON-RELAPSE MORTALITY")
ACTION = "Discontinue BESPONSA permanently if VOD occurs."


def aside_box(title: str, name: str, with_nrm: bool) -> str:
    title = title.replace("\n", "\n        ")
    lines = [SEVERE, f"{AFTER} {FACTORS}", ACTION] + ([NRM] if with_nrm else [])
    if name.endswith(".md"):
        body = "\n        ".join(f"- {x}" for x in lines)
    else:
        body = "\n        ".join(lines)
    return f"""\
        BESPONSA

        {BES_IND}

        {title}
        {body}

        Hepatotoxicity/VOD: monitor liver tests; fatal VOD occurred after HSCT in some patients.

        {PI}
        """


@pytest.mark.parametrize("title", ["one-line", "wrapped"])
@pytest.mark.parametrize("name", ["piece.md", "piece.txt"])
def test_a_title_with_a_lower_case_aside_does_not_state_the_mortality(lint_piece, title, name):
    title_text = ASIDE_TITLE if title == "one-line" else WRAPPED_TITLE
    found, lines = lint(lint_piece, aside_box(title_text, name, with_nrm=False), name, "B001")
    assert any(f.rule == "B001" and "post-hsct-nrm" in f.extra.get("missing", ()) for f in found), \
        [(f.line, f.message) for f in found]
    at = line_of(lines, "Discontinue BESPONSA permanently")
    assert any(abs(f.line - at) <= 1 for f in found), (at, [(f.line, f.message) for f in found])
    found, _ = lint(lint_piece, aside_box(title_text, name, with_nrm=True), name, "B001")
    assert not found, [(f.line, f.message) for f in found]
