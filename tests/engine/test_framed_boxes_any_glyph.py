"""A boxed warning framed in a plain-text draft with a glyph other than a bar ("* … *", "# … #",
"= … =", "! … !"; a rule of the glyph above and below; with or without the right border; blank
framed lines between the title and the text) is read as the text inside the frame: its wrapped
sentences run on across the frame's lines as they do without the frame, so no element the box
states is reported missing (the frame's "* " is no bullet, its "# " no heading). An element
removed from the same framed box is still reported, by name. Lines that merely start with a
glyph ("* item" bullets of plain text or Markdown, under a rule or between rules they run
wider than) keep their structure. Texts written for this test."""

from __future__ import annotations

import textwrap

import pytest

from claimcheck.documents.text import unframe_boxes
from claimcheck.sentences import sentence_spans

_WIDTH = 64

BES_TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
             "POST-HSCT NON-RELAPSE MORTALITY")
BES_ITEMS = {
    "hepatotoxicity": "Severe, life-threatening and sometimes fatal hepatotoxicity, including hepatic VOD, has "
                      "been reported in patients treated with BESPONSA.",
    "after-hsct": "The risk of VOD was greater in patients who went on to HSCT after BESPONSA treatment; "
                  "conditioning with two alkylating agents and a total bilirubin at or above the ULN before "
                  "HSCT were linked to a higher risk.",
    "other-factors": "Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased "
                     "age, later salvage lines and a greater number of treatment cycles.",
    "discontinue": "Elevated liver tests may call for dose interruption, dose reduction or permanent "
                   "discontinuation. Permanently discontinue BESPONSA if VOD occurs.",
    "nrm": "Post-HSCT non-relapse mortality was higher in patients who received BESPONSA, with a higher early "
           "post-HSCT mortality rate.",
}
BES_IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
           "acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.")

XOS_TITLE = "WARNING: DIFFERENTIATION SYNDROME"
XOS_ITEMS = {
    "severity": "Differentiation syndrome, which may be fatal or life-threatening if it is not treated, has "
                "occurred in patients receiving XOSPATA.",
    "symptoms": "Its signs and symptoms can include fever, dyspnea, hypoxia, pulmonary infiltrates, pleural or "
                "pericardial effusions, rapid weight gain or peripheral edema, hypotension or renal dysfunction.",
    "management": "If differentiation syndrome is suspected, start corticosteroid therapy and hemodynamic "
                  "monitoring and continue them until the symptoms resolve.",
}
XOS_IND = ("XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute "
           "myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.")

PI = "Please see the full Prescribing Information, including the Boxed WARNING."

#: glyph -> the rule drawn above and below the box
GLYPHS = {"*": "*", "#": "#", "=": "=", "!": "!"}


def _box_lines(title: str, items: dict[str, str], bullets: bool, drop: str | None = None) -> list[str]:
    """The box's lines before framing: the title wrapped, a blank line, the items wrapped (as
    "- " bullets with a hanging indent, or as one paragraph)."""
    lines = textwrap.wrap(title, _WIDTH) + [""]
    kept = [t for k, t in items.items() if k != drop]
    if bullets:
        for t in kept:
            lines += textwrap.wrap(t, _WIDTH, initial_indent="- ", subsequent_indent="  ")
    else:
        lines += textwrap.wrap(" ".join(kept), _WIDTH)
    return lines


def _framed(lines: list[str], glyph: str, right: bool) -> str:
    rule = GLYPHS[glyph] * (_WIDTH + 4)
    if right:
        body = [f"{glyph} {t.ljust(_WIDTH)} {glyph}" for t in lines]
    else:
        body = [f"{glyph} {t}".rstrip() for t in lines]
    return "\n".join([rule, *body, rule]) + "\n"


def _piece(product: str, glyph: str, right: bool, drop: str | None = None) -> str:
    if product == "bes":
        box = _framed(_box_lines(BES_TITLE, BES_ITEMS, True, drop), glyph, right)
        return (f"Market: US\n\nBESPONSA: A GUIDE FOR THE INFUSION NURSE\n\nINDICATION\n{textwrap.fill(BES_IND, 70)}\n\n"
                f"{box}\nNurses should premedicate before each dose.\n\n{PI}\n")
    box = _framed(_box_lines(XOS_TITLE, XOS_ITEMS, False, drop), glyph, right)
    return (f"Market: US\n\nXOSPATA: NOTES FOR THE CLINIC PHARMACIST\n\n{box}\n"
            f"{textwrap.fill(XOS_IND, 70)}\n\n{PI}\n")


RULE = {"bes": "B001", "xos": "B002"}
#: product -> (element removed, words the finding must name)
DROPS = {"bes": [("other-factors", "other risk factors"), ("nrm", "non-relapse mortality"),
                 ("after-hsct", "greater in patients who underwent HSCT")],
         "xos": [("management", "hemodynamic")]}

CASES = [(p, g, r) for p in ("bes", "xos") for g in GLYPHS for r in (True, False)]


@pytest.fixture(scope="module")
def linter(full_linter):
    return full_linter


def _box_findings(lint_piece, text, product):
    return [f for f in lint_piece(text, name="piece.txt", rules={"B001", "B002"}, lint_file=True)
            if f.severity in ("error", "warning")]


@pytest.mark.parametrize("product", ["bes", "xos"])
def test_the_same_box_without_a_frame_is_complete(lint_piece, product):
    """The control: the boxes of this test, with no frame, state every element."""
    title, items = (BES_TITLE, BES_ITEMS) if product == "bes" else (XOS_TITLE, XOS_ITEMS)
    box = "\n".join(_box_lines(title, items, product == "bes")) + "\n"
    ind = BES_IND if product == "bes" else XOS_IND
    text = f"Market: US\n\nNOTES\n\n{textwrap.fill(ind, 70)}\n\n{box}\n{PI}\n"
    assert _box_findings(lint_piece, text, product) == []


@pytest.mark.parametrize("product,glyph,right", CASES)
def test_a_complete_box_in_a_glyph_frame_is_found_complete(lint_piece, product, glyph, right):
    text = _piece(product, glyph, right)
    assert _box_findings(lint_piece, text, product) == []


@pytest.mark.parametrize("product,glyph,right", CASES)
def test_an_element_removed_from_a_glyph_frame_is_still_reported(lint_piece, product, glyph, right):
    for drop, words in DROPS[product]:
        found = _box_findings(lint_piece, _piece(product, glyph, right, drop=drop), product)
        assert [f.rule for f in found] == [RULE[product]], (drop, found)
        assert words in found[0].message, (drop, found[0].message)


@pytest.mark.parametrize("glyph", sorted(GLYPHS))
@pytest.mark.parametrize("right", [True, False])
def test_the_frame_becomes_spaces_and_its_sentences_run_on(glyph, right):
    text = "Intro line.\n\n" + _framed(_box_lines(XOS_TITLE, XOS_ITEMS, False), glyph, right) + "\nAfter.\n"
    out = unframe_boxes(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    inner = out[len("Intro line.\n\n"):out.index("After.")]
    assert glyph not in inner
    sentences = [" ".join(out[a:b].split()) for a, b in sentence_spans(out)]
    assert XOS_ITEMS["symptoms"] in sentences and XOS_ITEMS["management"] in sentences


def test_a_frame_whose_rules_have_corners_and_an_other_fill():
    """"+=====+" rules round "! … !" sides; "*-----*" rules round "* … *" sides."""
    for top, glyph in (("+" + "=" * 40 + "+", "!"), ("*" + "-" * 40 + "*", "*")):
        body = [f"{glyph} {t.ljust(38)} {glyph}" for t in textwrap.wrap(XOS_ITEMS["management"], 38)]
        text = "\n".join([top, *body, top]) + "\n"
        out = unframe_boxes(text)
        assert glyph not in out.replace(top, "") and "hemodynamic" in out


# ------------------------------------------------------------------ bullets keep their structure
_BULLETS = [
    "* Premedicate with a corticosteroid before each dose",
    "* Check blood counts before every cycle",
    "* Record the liver history at baseline",
]


@pytest.mark.parametrize("above,below", [
    ("", ""),                                  # bullets alone
    ("**********", ""),                        # under a rule, none below: no closed frame
    ("", "**********"),                        # over a rule only
    ("*****", "*****"),                        # between rules narrower than the items
    ("-" * 60, "-" * 60),                      # between wider rules of another glyph: a list
    ("=" * 60, "=" * 60),
])
def test_star_bullets_are_no_frame(above, below):
    lines = ["Before the first dose", *([above] if above else []), *_BULLETS, *([below] if below else []),
             "", "Call the pharmacy with questions."]
    text = "\n".join(lines) + "\n"
    assert unframe_boxes(text) == text
    sentences = [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]
    for item in _BULLETS:   # each item a sentence of its own, opening with its bullet
        assert any(s.startswith(item) and sum(b in s for b in _BULLETS) == 1 for s in sentences), sentences


def test_hash_headings_and_emphasis_lines_are_no_frame():
    text = ("##########\n# Dosing\nGive the dose over one hour.\n# Monitoring\n##########\n"
            "*Note* one\n*Note* two\n*****\n")
    assert unframe_boxes(text) == text


def test_markdown_star_bullets_keep_their_items(lint_piece):
    """A Markdown list under a thematic break: its "* " items stay items (no frame is read)."""
    from claimcheck.documents import read_document
    import tempfile, pathlib

    text = "# Checklist\n\n*****\n\n" + "\n".join(_BULLETS) + "\n\n*****\n\nEnd of list.\n"
    with tempfile.TemporaryDirectory() as d:
        path = pathlib.Path(d) / "list.md"
        path.write_text(text, encoding="utf-8")
        doc = read_document(str(path))
    sentences = [" ".join(doc.text[a:b].split()) for a, b in sentence_spans(doc.text)]
    for item in _BULLETS:
        assert any(s.endswith(item[2:]) and len(s) <= len(item) for s in sentences), sentences


@pytest.mark.parametrize("glyph,rule,inner", [
    ("|", "+{}+", "|{}|"),        # the bar box of before: its title over an inner rule
    ("*", "*{}*", "*{}*"),
    ("#", "#{}#", "#{}#"),
])
def test_a_one_line_title_over_an_inner_rule_is_read_too(glyph, rule, inner):
    """A box's title alone between the top rule and an inner rule, then the body: both parts are
    the box's text (a single framed line closed by rules on both sides is a box's)."""
    width = 60
    fill = "=" if glyph != "#" else "-"
    body = textwrap.wrap(XOS_ITEMS["severity"] + " " + XOS_ITEMS["management"], width)
    lines = [rule.format(fill * (width + 2)), f"{glyph} {XOS_TITLE.ljust(width)} {glyph}",
             inner.format(fill * (width + 2)), *(f"{glyph} {t.ljust(width)} {glyph}" for t in body),
             rule.format(fill * (width + 2))]
    text = "Pharmacy notes\n\n" + "\n".join(lines) + "\n\nEnd.\n"
    out = unframe_boxes(text)
    assert len(out) == len(text) and glyph not in out.replace("Pharmacy notes", "")
    sentences = [" ".join(out[a:b].split()) for a, b in sentence_spans(out)]
    assert XOS_TITLE in sentences and XOS_ITEMS["management"] in sentences


def test_a_long_run_of_glyph_lines_under_a_rule_is_no_box():
    """Far more lines than a box holds, between two rules: a list, left as it is."""
    text = "**********\n" + "* Item of a long list\n" * 400 + "**********\n"
    assert unframe_boxes(text) == text
