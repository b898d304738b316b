"""Required content in a file that holds a post and the page it links to, and a box named versus a
box mentioned (issue 11 item 3).

A social post (or thread) and its landing page in one file are two pieces: the page must carry the
boxed warning, the pointer to the full Prescribing Information / SmPC and the additional-monitoring
statement itself; the post's "Boxed Warning: …" or "full PI at the link" only points there. A
sentence that mentions the box ("carries a Boxed Warning for …", "see the Boxed Warning") is not
the box where the piece has one; a post standing alone, with no room for the box, is judged by
what it says.

Texts written fresh for these tests (not the benchmark's sentences)."""

from __future__ import annotations

from rulepack_helpers import doc

from claimcheck.documents.markdown import parse_markdown

EFFICACY = ("In INO-VATE ALL, 88 of 109 adults given BESPONSA reached CR/CRi among the first 218 "
            "randomized, against 32 of 109 with standard chemotherapy.")
MENTION = ("BESPONSA carries a Boxed Warning for liver toxicity, including VOD that can be fatal or "
           "life-threatening and whose risk was greater in patients transplanted afterwards (also more likely "
           "with liver disease, an earlier HSCT, older age, later salvage or more cycles; BESPONSA is stopped "
           "for good if VOD occurs), and for higher non-relapse mortality after HSCT.")
BOX = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VOD, AND INCREASED RISK OF POST-HSCT NON-RELAPSE "
       "MORTALITY\n"
       "Liver injury, including VOD that was fatal or life-threatening, followed BESPONSA. The risk was "
       "greater in patients who went on to HSCT after BESPONSA. Other factors raising the VOD risk: liver "
       "disease now or before, a previous HSCT, older age, later salvage and more cycles. BESPONSA must be "
       "stopped for good if VOD occurs. Deaths without relapse after HSCT were "
       "more frequent in patients who had received BESPONSA.\n")
POINTER = "Before prescribing, read the full Prescribing Information, including the Boxed Warning."


def findings(linter_for, market, text, rule, name="piece.txt"):
    document = parse_markdown(name, text) if name.endswith(".md") else doc(text, name)
    return [f for f in linter_for(market).lint_document(document) if f.rule == rule]


def thread(page: str, post_extra: str = "") -> str:
    return (f"THREAD 1 of 2: {EFFICACY}\n\nTHREAD 2 of 2: {MENTION} {post_extra}\n\n"
            f"Landing page (hcp.example.org/ino)\n\n{page}")


# ------------------------------------------------------------------ the page a post links to

def test_the_box_deleted_from_the_landing_page_is_missing_though_the_post_summarises_it(linter_for):
    (f,) = findings(linter_for, "US", thread(f"{EFFICACY}\n\n{POINTER}\n"), "B001")
    assert f.line == 5                           # the landing page's label line
    assert "missing from the page under" in f.message
    assert set(f.extra["missing"]) == {"hepatotoxicity", "hepatic-vod", "fatal-or-life-threatening",
                                       "vod-risk-after-hsct", "vod-risk-factors", "vod-discontinue",
                                       "post-hsct-nrm"}


def test_a_landing_page_with_its_box_is_complete(linter_for):
    assert findings(linter_for, "US", thread(f"{EFFICACY}\n\n{BOX}\n{POINTER}\n"), "B001") == []


def test_an_element_deleted_inside_the_landing_page_box_is_not_restored_by_the_post(linter_for):
    box = BOX.replace("Liver injury, including VOD", "VOD")
    box = box.replace("HEPATOTOXICITY, INCLUDING ", "")
    (f,) = findings(linter_for, "US", thread(f"{EFFICACY}\n\n{box}\n{POINTER}\n"), "B001")
    assert f.extra["missing"] == ["hepatotoxicity"]


def test_a_pi_pointer_in_the_post_does_not_serve_the_landing_page(linter_for):
    text = thread(f"{EFFICACY}\n\n{BOX}\n", "Full Prescribing Information: see the link.")
    (f,) = findings(linter_for, "US", text, "F003")
    assert f.line == 5 and "missing from the page under" in f.message
    assert findings(linter_for, "US", text + f"\n{POINTER}\n", "F003") == []


def test_eu_statements_in_the_post_do_not_serve_the_landing_page(linter_for):
    post = ("### Post\n\nBESPONSA\u25bc: CR/CRi 80.7% vs 29.4% in INO-VATE ALL. \u25bc Subject to "
            "additional monitoring. Refer to the SmPC on our page.\n\n")
    page = f"### Landing page — the data\n\n{EFFICACY}\n"
    text = post + page
    assert [f.rule for f in findings(linter_for, "EU", text, "F004")] == ["F004"]
    assert [f.rule for f in findings(linter_for, "EU", text, "F005")] == ["F005"]
    full = text + ("\n\u25bc This medicinal product is subject to additional monitoring.\n\n"
                   "Consult the Summary of Product Characteristics before prescribing.\n")
    assert findings(linter_for, "EU", full, "F004") == findings(linter_for, "EU", full, "F005") == []


def test_a_landing_page_named_in_a_sentence_does_not_split_the_piece(linter_for):
    # "the landing page" in running text is no label: the whole piece is judged
    text = (f"{EFFICACY} Landing page visitors can read more.\n\n{BOX}\n"
            "Landing page links and the full Prescribing Information are available to every visitor here.\n")
    assert findings(linter_for, "US", text, "B001") == []
    assert findings(linter_for, "US", text, "F003") == []


# ------------------------------------------------------------------ a box named, a box mentioned

def test_a_mention_does_not_complete_a_box_headed_by_its_name(linter_for):
    # no "WARNING:" title: the box is the "BOXED WARNING" heading's; the mention elsewhere states
    # every element but is not the box
    box = ("BOXED WARNING\n\nLiver injury, sometimes fatal, has followed BESPONSA. This risk was higher "
           "in patients transplanted after BESPONSA. Ongoing or prior liver disease, a prior HSCT, older age, "
           "later salvage and more cycles raised the risk too. Stop BESPONSA for good if it occurs. Deaths "
           "without relapse after HSCT were more frequent with BESPONSA.\n")
    text = f"{MENTION}\n\n{EFFICACY}\n\n{box}\n{POINTER}\n"
    (f,) = findings(linter_for, "US", text, "B001")
    # at the box's sentence the VOD belongs in (line 7, under the heading at line 5); without the
    # VOD's name the box cannot say to stop the treatment when VOD occurs either
    assert f.extra["missing"] == ["hepatic-vod", "vod-discontinue"] and f.line == 7
    complete = text.replace("Liver injury, sometimes fatal,", "Liver injury, including VOD that was sometimes fatal,")
    complete = complete.replace("if it occurs", "if VOD occurs")
    assert findings(linter_for, "US", complete, "B001") == []


def test_a_box_headed_after_a_short_label_is_a_box(linter_for):
    for label in ("Panel 3 \u00b7 Boxed Warning", "IMPORTANT: BOXED WARNING", "Slide 4 - Boxed warning"):
        box = (f"{label}\nLiver injury, including VOD that was fatal or life-threatening, followed "
               "BESPONSA. Patients who had a stem cell transplant after BESPONSA were at increased risk of "
               "VOD. Patients with liver disease, a prior transplant, older age, later salvage lines or more "
               "cycles were at increased risk as well. Permanently discontinue BESPONSA in case of VOD. Deaths "
               "without relapse after HSCT were more frequent with BESPONSA.\n")
        assert findings(linter_for, "US", f"{EFFICACY}\n\n{box}\n{POINTER}\n", "B001") == [], label


def test_a_post_standing_alone_is_judged_by_what_it_says(linter_for):
    # no room for the box: a post that states every element of it is not told the box is missing
    text = f"{EFFICACY} {MENTION} Full Prescribing Information: see the link.\n"
    assert findings(linter_for, "US", text, "B001") == []
    short = text.replace(", and for higher non-relapse mortality after HSCT", "")
    (f,) = findings(linter_for, "US", short, "B001")
    assert f.extra["missing"] == ["post-hsct-nrm"]


def test_a_post_ending_with_its_landing_page_address_is_one_piece(linter_for):
    # the label line has no page after it naming the product: the post is judged as a whole
    text = f"{EFFICACY} {MENTION} Full Prescribing Information: see the link.\nLanding page: hcp.example.org/ino\n"
    assert findings(linter_for, "US", text, "B001") == []
    assert findings(linter_for, "US", text, "F003") == []


def test_a_short_heading_naming_the_landing_page_after_a_word_or_two_starts_it(linter_for):
    text = thread(f"{EFFICACY}\n\n{POINTER}\n").replace("Landing page (hcp.example.org/ino)", "Linked landing page")
    (f,) = findings(linter_for, "US", text, "B001")
    assert f.line == 5 and "Linked landing page" in f.message
