"""Arithmetic checks: the text's own numbers must add up (no reference needed except for A005).

Each recomputation is a small pure function (statcheck's way) with rounding-aware tolerance: a
written value stands for the interval ± ½ of its last digit.

Figures are paired the ways writers set them apart: n/N listed after their percentages in the same
order or in a row of their own under the rates' row (A001), a count "n (p%)" whose N opens its clause
or the sentence before, on a line above too (wrapped, or in a box typed with side bars) (A001), a share
whose count is in its bracket and whose N follows it, "p% (n patients) of the N" (A001), an interval in
a bracket after a difference in percentage points or written with decimal commas (A002), ratio wording judged by the larger figure over the smaller (A005),
and arm sizes given in words in a paragraph with its randomized total (A007).
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from . import CheckContext, Rule
from ..claims import DIFFERENCE_BRACKET_OPEN, Proportion, proportion_cores, proportions
from ..model import Claim, MatchStatus
from ..reference import Entry
from ..numbers import Num, consistent_percent, qualified_band
from ..cache import compile_regex
from ..phrases import is_case_sensitive, phrase_source
from ..sentences import framed_sentence_start, join_wrapped
from .values import published_figure

_BASIS = "21 CFR 202.1(e)(6) (misleading presentation of data); ABPI Code clause 6.1 (accuracy)."

PERCENT_FRACTION = Rule(
    code="A001", name="percent-fraction-mismatch", category="arithmetic", severity="error",
    summary="An n/N given with a percentage (\"23/164 (14%)\", \"45.7% (n=42/92)\", \"80 of 92 (87.0%)\", "
            "\"(control: 23/164, 14%)\" alone in a bracket or a table cell, \"| 23/164 | 14% |\" in sibling cells of "
            "a table row) where "
            "n/N does not round to the stated percentage at its precision (GRIM-style check; rounding half "
            "up, half to even and truncation are accepted). Also n/N listed apart from their percentages, "
            "paired in order (\"80.7% vs 29.4% (88/109 vs 32/109)\", \"80.7% and 29.4% (88 of 109 and 32 of "
            "109 patients)\", \"...; 88/109 and 32/109, respectively\", words of what the rates are "
            "before the bracket and of the list's own in it: \"80.7% vs 29.4% responded (88 of 109 vs 32 of 109 "
            "patients, ITT)\"; the lines wrapped or in a box typed with \"|\" or box-drawing sides; a finding "
            "only where no order of the n/N gives the rates), a table row of n/N under the row of its rates, column by column (\"ORR "
            "..... 80.7% ..... 29.4%\" over \"n/N ..... 88/109 ..... 32/109\", pipe and HTML tables; the lower "
            "row labelled as counts), and a count with its percentage whose N opens its clause or the "
            "sentence before (\"Of the 92 responders, 80 (87.0%) ...\", \"Among 164 patients treated, 23 (14%) "
            "...\", \"..., of whom 79 (48.2%)\", \"... . Of these, 79 (48.2%)\"; the N on a line above, wrapped or in "
            "a typed box; not where an arm named after the count has a library denominator that gives the "
            "percentage), or after its bracket (\"22.8% (18 patients) of the 79 who had a transplant\", \"14% "
            "(n=23) of 164 treated\"). A qualified percentage of an n/N "
            "(\"79 of 164 patients (about 58%)\", \"Seventy-nine of 164 patients, about 48 percent, ...\", \"nearly "
            "40% (84 of 247)\") must describe n/N as its word says: \"about\", \"approximately\", \"roughly\" within "
            "the rounding its figure shows (5 points for a multiple of 10, 2.5 for a multiple of 5, 1 for a "
            "whole number); \"nearly\", \"almost\" at or below it by at most that (at least 2 points); \"over\", "
            "\"more than\" above it by at most 10 points; \"under\", \"less than\" below it by at most 10. Also an n/N whose share follows, alone in its bracket, after the words of what they did (\"Sixteen of the 79 patients who had a transplant developed the event (22.8%)\", \"31/120 patients treated in the extension phase relapsed (30%)\"; the count in digits or words, up to 14 words between, none a figure or a comparison).",
    why="A percentage that does not follow from its own counts is a typo in one of them; either may be the "
        "one a reader trusts.",
    basis=_BASIS,
    bad="Grade 3 neutropenia occurred in 23/164 patients (16%).",
    good="Grade 3 neutropenia occurred in 23/164 patients (14%).",
    fix="Recompute the percentage from n/N (or correct n or N) from the source. A figure the source itself "
        "publishes this way (the claims library marks it `as_published`) is V004, not A001.",
    origin="src/claimcheck/checks/arithmetic.py",
)

CI_EXCLUDES_ESTIMATE = Rule(
    code="A002", name="ci-excludes-estimate", category="arithmetic", severity="error",
    summary="A confidence interval (or range) that does not contain its own point estimate; also an interval "
            "in a rate's bracket after its own n/N (\"80.7% responded (88/109; 95% CI, 72.1-87.7)\", also each of two rates set against each other "
            "with its own: \"80.7% (88/109; 95% CI ...) vs 29.4% (32/109; 95% CI ...)\") and two "
            "intervals set against two rates (\"80.7% vs 29.4% (95% CI 72.1-87.7 vs 21.0-38.8)\", \"80.7% and 29.4% "
            "(95% CIs 72.1 to 87.7 and 21.0 to 38.8)\"), in order; an interval in a table's \"95% CI\" column or row (a cell of its own: a row labelled \"(95% CI)\" "
            "under the estimates' row, a column headed \"97.5% CI\" right after the estimates' column; never a "
            "count's row or column); "
            "an interval named a few words after its estimate (\"HR 0.75, with a 97.5% confidence interval from "
            "0.57 to 0.99\") where no other estimate of its sentence could own it; a bare pair in brackets after a "
            "named hazard or odds ratio (\"HR 0.75 [0.57, 0.99]\", \"hazard ratio 0.75 [0.57; 0.99]\"); an interval written apart from its estimate "
            "(a line of its own under the figure, a later sentence, a bracket after other words: \"HR 0.75\" over "
            "\"97.5% CI 0.81-0.99\") where no way of giving each interval one of the estimates before it in its "
            "paragraph makes every interval contain its estimate; an interval in a bracket right after a "
            "difference in percentage points (\"difference 18.6 percentage points (95% CI 9.8-27.4)\"), or after a \";\" or "
            "\",\" in the difference's bracket (\"(difference 18.6 percentage points; 95% CI, 9.8-27.4)\", \"(difference "
            "18.6%; 95% CI ...)\"); an interval right after a rate's own n/N (\"78.4% (69/88) 95% CI, 68.4-86.5\" in a "
            "table cell, \"78.4% (69/88); 95% CI ...\"; not after the second of two rates set against each other); a table cell "
            "that is an estimate and its bounds (\"22.8 [16.7, 29.6]\", \"22.8 (16.7-29.6)\", \"22.8 (16.7 to 29.6)\") "
            "under a column header or beside a row label that names the level (\"% [95% CI]\", \"% (95% CI)\", "
            "\", % 95% CI\"; square brackets only in a table: in prose \"[3, 4]\" cites references). Bounds "
            "and levels may be written with decimal commas (\"29,4 % (95 % CI 21,0–38,8)\").",
    why="An interval must contain its estimate; one that does not was copied from another row or arm.",
    basis=_BASIS,
    bad="80.7% (95% CI, 82.1-87.7)",
    good="80.7% (95% CI, 72.1-87.7)",
    fix="Copy the interval that belongs to the estimate from the source.",
    origin="src/claimcheck/checks/arithmetic.py",
)

INTERVAL_ORDER = Rule(
    code="A003", name="interval-bounds-order", category="arithmetic", severity="error",
    summary="A confidence interval whose lower bound is not below its upper bound.",
    why="Reversed or equal bounds are a transcription error.",
    basis=_BASIS,
    bad="HR 0.75 [97.5% CI, 0.99-0.57]",
    good="HR 0.75 [97.5% CI, 0.57-0.99]",
    fix="Write the interval as lower-upper from the source.",
    origin="src/claimcheck/checks/arithmetic.py",
)

DIFFERENCE = Rule(
    code="A004", name="difference-arithmetic", category="arithmetic", severity="error",
    summary="A stated difference between two rates that is not a − b (within rounding), or a difference of "
            "percentages written in percent (\"a difference of 51.3%\") instead of percentage points. The "
            "difference is judged against the two rates of its own sentence or table row, before or after it "
            "(\"beat standard care by 40.1 percentage points (80.7% vs 29.4%)\"), else the rates stated before it; "
            "also a difference written in points (\"an 8.6-point difference\", \"8.6 points higher\") against the two "
            "rates of its own clause (never a score: \"on a 100-point scale\"); "
            "a difference any of those pairs gives within rounding passes. The message recomputes a − b from the "
            "two rates as the text states them. Also a difference of two durations in their unit after words of "
            "a difference (\"9.3 months versus 5.6 months, a gain of 3.7 months\", \"an improvement in median "
            "survival of 3.7 months\") against the two durations of its sentence before it. Also a difference in a bracket opened by a sign "
            "or a word of difference right after the pair it compares (\"9.3 vs 5.6 months (+3.7 months)\", \"(\u22121.2 "
            "mo)\", \"(\u0394 3.7 months)\", \"37.1% vs 16.7% (difference: +20.4 points)\", \"(+20.4 pp)\", \"(+20.4%)\"), "
            "against that pair (its sign is not judged; a figure in \"%\" that is the pair's relative change is none). "
            "A difference given "
            "as a label in percent (\"(difference, 16.8% [95% CI ...])\", \"difference: 16.8%\") is judged for its "
            "arithmetic only (the journals' style, not a unit error). A difference of the two arms stated "
            "without them in its sentence, as the product's gain over its comparator (\"lived a median of 3.7 "
            "months longer than those on chemotherapy\", \"extended median survival by 3.7 months over control\", "
            "\"a 3.7-month gain\", \"a response rate 10.6 percentage points higher than control\"), is judged "
            "against the claims library's entry of the endpoint its sentence or context names (survival for "
            "a verb of living): the product's value minus the comparator's, within the rounding of the "
            "stated figure and the library's (never for a subgroup or a time point the sentence names that "
            "the entry does not hold); where the library gives the difference itself, that entry's "
            "difference is matched (V001), and the difference of its published rates (34.0 − 15.3 = 18.7 "
            "for a published 18.6) is right too. A difference in points in a table's \"Difference\" column is "
            "judged against the two rates of its row, one in a sentence or bullet of its own against the "
            "rates set against each other before it in its paragraph or list; a cell in points of a column headed \"Effect\", \"Benefit\", \"Advantage\" or \"Difference\", or a cell of words with a word of difference (\"First 218 randomized; difference 51.3 points, P<0.001\"), against the first rates of the two cells before it in its row (with their n/N or not); a hyphenated \"51.3-percentage-point difference\" in a line under a table of rates (only blank lines between), against the table's rows: a finding only where no row gives it. A difference in points with no rates in its sentence or before it, where the claims library does not confirm it, is judged against the pairs of rates of its endpoint the piece gives elsewhere (a table after it): a finding only where none gives it.",
    why="A difference of two percentages is in percentage points; 51.3% would read as a relative change.",
    basis=_BASIS,
    bad="80.7% vs 29.4%, a difference of 53.1 percentage points",
    good="80.7% vs 29.4%, a difference of 51.3 percentage points",
    fix="Recompute a − b and write it in percentage points.",
    origin="src/claimcheck/checks/arithmetic.py",
)

RELATIVE_WORDING = Rule(
    code="A005", name="relative-wording", category="arithmetic", severity="error",
    summary="Relative wording (\"more than doubled\", \"tripled\", \"more than double the\", \"3-fold\", \"fourfold\", "
            "\"2.7 times\", \"halved\", \"more than triple\" or \"nearly quadruple\" at a clause's end (a multiple "
            "after \"more than\", \"nearly\", \"almost\", \"over\": \"37.1% vs 16.7%, more than triple\"), \"half the "
            "rate\", \"half as many\" (of a rate, a risk or a number; never \"half the dose\" or \"half the patients\"), "
            "\"25% relative reduction\", \"reduced the risk of death by 40%\", \"a 30% lower risk\", \"cut the risk "
            "by one in three\", a part of the other figure: \"less than a third of the 42.44 events per patient-year\", "
            "\"one-half the rate\", \"a quarter of the chemotherapy rate\", \"half that with chemotherapy\" (never of a "
            "number of patients: \"a third of the 326 patients\"); about that part, within 10 %, \"less than\", "
            "\"under\" a part below it) that the actual ratio does not support. Wording about a risk, hazard or odds is "
            "checked against the hazard or odds ratio (stated nearby, else the claims library's for the "
            "endpoint): a relative reduction of x% must be 1 − HR, \"halved\" needs HR ≤ 0.5. Other wording is "
            "checked against the two rates of the same sentence, else of the claims-library entry for the "
            "endpoint; ratio wording (\"more than twice as many\", \"about three times\", \"nearly four times as long\") is "
            "checked against the two figures (rates, durations in one unit, or rates per time at risk in one unit) of its own clause, else of its own "
            "sentence, whatever arm the context gave them (larger over smaller, smaller over larger for "
            "\"half\", also where the context gave both arms; \"about\" allows 10 %), never "
            "against another sentence's pair, except for wording that is a heading or a lead-in of its own "
            "(\"**Three times as many patients alive at one year**\"): the first table row or sentence below "
            "it, before the next heading, where it holds exactly two rates. Written values are intervals of ± ½ their last digit. A proportion in words (\"four in "
            "five\", \"nearly half\", \"fewer than one in three\", \"under a third\", \"one patient in three\", "
            "\"one out of every two\", \"nearly 3 out of 4\", \"about 2 in 3\" (a numerator in digits only to a "
            "denominator of at most 10, never after a grade, stage, cycle or day, nor before a unit of time or dose: "
            "\"grade 3 in 4 patients\", \"2 out of 4 cycles\"); never \"most\") must describe one of the "
            "rates of its sentence (else of the sentences just before it in its paragraph, unless its sentence names "
            "an outcome or a population (\"in a named subgroup\") none of those rates is about; with none there, one "
            "of the claims library's rates of the product for the endpoint its sentence names, of the population it "
            "names in words of its own (\"were MRD-negative\" names the endpoint) or the endpoint's default entry, "
            "unless it names a comparator arm): plain or \"roughly\" "
            "n in d is the rate rounded to d ths (at most ±10 points), \"nearly\" a rate just below, \"more "
            "than\" one above, \"fewer than\" one below; a proportion the claims library judged as a percentage "
            "claim is judged here only where the library does not confirm it (one finding on its words: A005 before "
            "V001, V002, U001). A frequency (\"three times a week\", \"twice daily\") is not "
            "relative wording. A proportion whose whole is the cases of an outcome (\"nine in ten liver events resolved\", \"eight in ten patients who developed the liver event recovered\") is a figure of its own that no rate of the outcome describes: U001 where the claims library holds none of the outcome's figures within its grain; one whose sentence names a population and an outcome that no nearby rate holds together is not judged by those rates.",
    why="Relative wording amplifies an effect; it must be exactly as large as the data allow.",
    basis="21 CFR 202.1(e)(6)(i) (overstating efficacy); ABPI Code clauses 6.1 and 6.4 (exaggeration).",
    bad="EXAMPLIMAB tripled the response rate vs control (80.7% vs 29.4%). EXAMPLIMAB reduced the risk of "
        "death by 40% (HR 0.75).",
    good="EXAMPLIMAB more than doubled the response rate vs control (80.7% vs 29.4%). EXAMPLIMAB reduced the "
         "risk of death by 25% (HR 0.75).",
    fix="Use wording the ratio supports, or state the two values.",
    origin="src/claimcheck/checks/arithmetic.py",
)

RELATIVE_OVERSTATED = Rule(
    code="A008", name="relative-wording-overstated", category="overstatement", severity="warning",
    summary="Ratio wording (\"doubled\", \"more than doubled\", \"nearly doubles\", \"tripled\", \"3-fold\", "
            "\"four times as many\", \"halved the risk\") that claims a larger effect than the figures it "
            "describes give: reported with A005 (which says what the figures give) where A005 finds the "
            "wording claims more than the ratio by more than \"nearly\" would cover (the figures give less "
            "than 85 % of the factor: \"doubled\" for 1.66), never where it claims less; \"tripled\" for "
            "2.74 is A005 alone (\"nearly tripled\" would be right: an arithmetic slip). The figures are those A005 judges "
            "by: the two of the wording's clause or sentence, the first row or sentence below a heading or "
            "lead-in, the hazard or odds ratio for wording about a risk, else, where the wording's sentence "
            "gives none, the pairs of the same endpoint the piece itself gives (a product arm's value and "
            "another arm's in one sentence or table row: \"# EXAMPLIMAB doubled survival\" over a body that "
            "gives median survival of 9.3 vs 5.6 months, a quiz answer \"It doubled median survival\" under a table "
            "row 9.3 | 5.6), judged against each and reported only where none supports it; with no such "
            "pair, the claims library's figures of the endpoint (survival said by a verb of living, \"patients "
            "lived twice as long\", is the endpoint the library calls survival, for its medians): its medians for wording that "
            "names a median or a length of time (\"twice as long\", \"three times longer\") or names the "
            "endpoint plainly, with no timepoint and no word of a share (\"EXAMPLIMAB DOUBLED SURVIVAL\": the reader "
            "takes the time lived), its rates at the latest timepoint for wording of the long term (\"more "
            "than doubled long-term survival\"), else its rates (of the timepoint the wording names; \"twice as "
            "many patients alive at one year\"). Relative wording is read in any case: a headline in capitals or "
            "title case (\"Survival Twice As Long\") is judged as its sentence-case form. "
            "\"Nearly\" or \"almost\" a factor needs 85 % of it (1.66 is not \"nearly doubled\").",
    why="Writers and reviewers file an inflated \"doubled\" as an overstatement of the benefit: the "
        "reader takes the factor, not the figures, away.",
    basis="21 CFR 202.1(e)(6)(i) (more effective than demonstrated); ABPI Code clauses 6.1 and 6.4 "
          "(exaggeration); EFPIA HCP Code Art. 3.",
    bad="EXAMPLIMAB doubled median survival (9.3 vs 5.6 months).",
    good="Median survival was 9.3 months with EXAMPLIMAB vs 5.6 months with chemotherapy.",
    fix="State the two figures, or wording the ratio supports (\"two-thirds longer\").",
    origin="src/claimcheck/checks/arithmetic.py",
)

PARTS_SUM = Rule(
    code="A007", name="parts-sum-mismatch", category="arithmetic", severity="error",
    summary="A total given with its parts in brackets, the parts meant to add up to it, where they do not: arm "
            "sizes after a randomized or enrolled total (\"N = 371 (247 EXAMPLIMAB, 124 chemotherapy)\", \"371 "
            "patients were randomized 2:1 (247 vs 124)\", \"(N=371; EXAMPLIMAB n=247, chemotherapy n=124)\"), or "
            "after a label in a dotted-leader line or a table cell (\"Randomized ........ 371 (247 / 124)\", "
            "\"| Randomized | 371 (247/124) |\"); or arm sizes named after a total in its sentence, each after a "
            "name of a study arm of the claims library, in a sentence that says the patients were randomized or "
            "received either arm (\"371 adults received either EXAMPLIMAB (n=247) or control chemotherapy (n=124)\"); "
            "or arm sizes given in words in a sentence of a paragraph with a randomized, enrolled or analysed "
            "total (\"326 patients were randomised: 164 to EXAMPLIMAB and 162 to chemotherapy\", \"randomised to "
            "EXAMPLIMAB (164) or chemotherapy (162)\", \"(n = 326, randomised 1:1) ... 164 patients received "
            "EXAMPLIMAB and 162 received chemotherapy\"), each before or after a study arm's name, a product arm "
            "and another arm among them, that add up to no total of the paragraph (never a clause about "
            "responders, transplant, events or subgroups; also one size a sentence or a bullet in consecutive "
            "sentences or lines: \"166 were assigned to EXAMPLIMAB. 162 to chemotherapy.\"; reported at the "
            "line of the sizes). Two bracketed arm sizes that add up to a total stated "
            "with its allocation ratio but do not fit it (\"371 patients were randomized 2:1 (186 vs 185)\"; a part more "
            "than max(3, 5 % of the total) from its share, either order). Also a header line \"N = 371: "
            "EXAMPLIMAB 247 + chemotherapy 124\" (parts joined by '+' or 'vs'), a table row of patient numbers "
            "(\"Patients, N\", \"Randomized, n\") under a total column and two to four columns that name study "
            "arms (Markdown, HTML or a space-aligned plain-text card), a total in a heading or title line over a "
            "table whose column heads give the arms' sizes (\"Safety population (N=371)\" over \"EXAMPLIMAB "
            "(n=247) | chemotherapy (n=124)\"; not where the total and every arm size are sizes the claims library "
            "gives the product: the heading then names another population than the table's, the randomized N "
            "over the safety population's arms), and totals and arm sizes spelled out "
            "(\"three hundred and seventy-one patients were randomised, two hundred and forty-seven to ...\"). "
            "Sizes in words are also read listed with \"respectively\" (\"164 and 162 patients, respectively, out "
            "of 326\"), joined by '+' before their total (\"247 + 124 patients (N = 371)\"), before the total in "
            "their sentence (\"EXAMPLIMAB (n=164) and chemotherapy (n=162) together comprised 326 patients\"), "
            "with the whole study's total in the next sentence or line (\"... In all, 326 patients were "
            "randomised.\"; never a subset's: first, of these, analysis, remission) and one bullet an arm "
            "(\"- EXAMPLIMAB: 164 patients\") under or over a labelled total line (\"Total randomised: 326\"). "
            "An arm's \"(n = ...)\" bracket may say more after a semicolon (\"chemotherapy (n=166; regimen A "
            "102/162, ...)\": the counts after it are the arm's, never summed), and a total may be followed by its "
            "arms each with \"n =\" (\"N = 371: EXAMPLIMAB n = 247, chemotherapy n = 124\", each part naming a study "
            "arm) or \"(n = ...)\" after a colon or dash. "
            "Arm sizes are also read as \"(164 patients)\" after each arm's name, \"(EXAMPLIMAB, 247; chemotherapy, 124)\", "
            "with the arm's dose between its name and its size (\"EXAMPLIMAB 120 mg once daily (n = 247)\", \"EXAMPLIMAB "
            "(120 mg/day; n = 247)\"), after the longest arm name a stretch of the text gives (\"investigator's choice of "
            "standard chemotherapy\" is one arm), and in a study-design table whose \"Population\" (\"Patients "
            "randomized\") row gives the total and whose \"Arms\" (\"Treatment arms\") row gives the sizes. "
            "Two to four whole-number parts, each below the total. Not "
            "judged where the parts are not meant to add up: percentages, decimals, \"of whom\", \"including\", "
            "\"among\", \"with\" (subgroups), medians, ranges or ages in the bracket. The total may be followed "
            "by a comma before its randomization words (\"326 adults, randomized 1:1 (164 EXAMPLIMAB, 152 "
            "chemotherapy)\"); a trial \"in which\" the patients were randomised is no subgroup; an arm's name may "
            "be followed by a few words that qualify it before its size (\"control chemotherapy chosen by the "
            "investigator (142 patients)\"). Also the counts of a group's alternatives given \"respectively\" (\"regimen A, B or C in 102, 38 and 32 of the 162 patients, respectively\"), the names joined by \"or\", as many as the counts: they add up to the group. Also a bracket that names the population between the total and its arms after a \";\" or \":\" (\"(N=326 adults with relapsed disease; 164 EXAMPLIMAB, 162 chemotherapy)\"), and a total and its bracketed sizes on consecutive lines of one column of a plain-text layout with a \"|\" between its columns (\"326 adults randomised 1:1   | AE 14%\" over \"(164 A / 162 B)   | ...\"), the other column's text not read with them. Also a share given as the sum of the shares listed before it in its sentence, after a word of summing (\"so\", \"in total\", \"altogether\", \"a total of\") or with one after it: \"42 (45.7%) in cycle 1 and 38 (41.3%) in cycle 2, so 92.0% within 2 cycles\" (45.7 + 41.3 = 87.0, within the parts' rounding); never shares set against each other (arms, \"vs\", \"respectively\"), shares of another group (\"of whom\"), nor a figure below a part.",
    why="Arm sizes that do not add up to the randomized total mean one of the three numbers was mistyped; "
        "every rate computed on it is then in doubt.",
    basis=_BASIS,
    bad="A total of 371 patients were randomized 2:1 (247 vs 134).",
    good="A total of 371 patients were randomized 2:1 (247 vs 124).",
    fix="Correct the total or the arm sizes from the source (CONSORT diagram, study design section).",
    origin="src/claimcheck/checks/arithmetic.py",
)

_DIFF_CUE = re.compile(r"(?:difference|differ(?:ed|s)?|higher|lower|improvement|absolute|gain|benefit)\s+(?:of|by)\s+$", re.I)
#: a difference given as a label before its figure ("(difference, 16.8% [95% CI ...])", "difference: 16.8%"),
#: as journals set it; judged for its arithmetic only (a correct one in "%" is the journals' own style)
_DIFF_LABEL = re.compile(r"\bdifference\s*[,:=]\s*$", re.I)


def percent_fraction_ok(percent: Num, n: int, total: int) -> bool:
    return n <= total and consistent_percent(percent, n, total)


def interval_contains(value: Num, low: Num, high: Num) -> bool:
    slack = max(value.half_unit, low.half_unit, high.half_unit)
    return low.value - slack <= value.value <= high.value + slack


def difference_ok(stated: Num, a: Num, b: Num) -> bool:
    exact = a.value - b.value
    return abs(abs(exact) - stated.value) <= stated.half_unit + a.half_unit + b.half_unit + 1e-9


def difference(a: Num, b: Num) -> Num:
    """|a − b| computed on the written decimals (80.7 − 29.3 = 51.4, not a float's 51.400000000000006),
    at the finer of the two precisions."""
    decimals = max(a.decimals, b.decimals)
    exact = abs(Decimal(repr(a.value)) - Decimal(repr(b.value)))
    return Num.of(float(exact), decimals)


#: "three times" in words is a plain factor (at least 95 % of it), "2.7 times" a number (within 5 %)
_WORD_TIMES = ("two times", "three times", "four times", "five times", "six times", "seven times", "eight times",
               "nine times", "ten times")


#: "nearly / almost" a factor: at least this share of it
_NEARLY = 0.85


def relative_ok(wording: str, factor: float, ratio: float) -> bool:
    """Does ``ratio`` (a/b) support the relative wording?

    "more than doubled": ratio > 2; "nearly/almost doubled": 1.7 <= ratio < 2 (within 15 % below: a
    median that went from 5.6 to 9.3 months, 1.66, has grown by two-thirds, not nearly doubled);
    "2.7-fold": within 5 % of 2.7; plain "doubled"/"tripled": at least 95 % of the factor (a rate that
    went from 29.4% to 80.7% has not tripled: 2.74); "less than / under" a factor: below it; a part of
    the other figure in words ("a third of the 42.44", wording that ends "of"): within 10 % of the part.
    """
    if wording.startswith(("more than", "over", "just over")):
        return ratio > factor
    if wording.startswith(("less than", "fewer than", "under", "just under")):
        return ratio < factor
    if wording.startswith(("nearly", "almost")):
        return factor * _NEARLY <= ratio < factor
    if wording.endswith(" of"):  # "a third of the 42.44", "one-half the rate": about that part (within 10 %)
        return abs(ratio - factor) <= 0.1 * factor
    if wording.endswith("fold") or wording.startswith("approximately") or (
            wording.endswith("times") and not wording.endswith(_WORD_TIMES)):  # "2.7 times": a number, as "2.7-fold"
        return abs(ratio - factor) <= 0.05 * factor
    if factor < 1:  # halved
        return ratio <= factor * 1.05
    return ratio >= 0.95 * factor


def _interval_name(claim: Claim) -> str:
    """The interval as a reviewer says it: "confidence interval 0.99-0.57 of the hazard ratio 0.75"."""
    iv = claim.interval
    what = f"{'confidence interval' if iv.kind == 'ci' else 'range'} {iv.low}-{iv.high}"
    if claim.kind == "ratio" and claim.ratio_kind:
        return f"{what} of the {claim.ratio_kind.replace('-', ' ')} {claim.value}"
    return what


def _ordered_difference(a: Num, b: Num) -> tuple[Num, Num, Num]:
    """(larger, smaller, larger − smaller) of two written rates, for a message."""
    high, low = (a, b) if a.value >= b.value else (b, a)
    return high, low, difference(high, low)


def implied_change(ratio: Num, reduction: bool) -> tuple[float, float]:
    """The relative change, in percent, a hazard/odds ratio stands for: 1 − HR for a reduction, HR − 1
    for an increase; as an interval, since the written ratio stands for ratio ± ½ of its last digit."""
    low, high = ratio.value - ratio.half_unit, ratio.value + ratio.half_unit
    if reduction:
        return (1 - high) * 100, (1 - low) * 100
    return (low - 1) * 100, (high - 1) * 100


def relative_change_ok(stated: Num, ratio: Num, reduction: bool) -> bool:
    """Does the stated relative change ("reduced the risk by 25%") agree with the ratio (HR 0.75)?
    Both are intervals of ± ½ their last digit; they must overlap."""
    low, high = implied_change(ratio, reduction)
    return stated.value - stated.half_unit <= high + 1e-9 and stated.value + stated.half_unit >= low - 1e-9


_window_cache: list = [None, None]


#: how far back the start of a line is looked for: a row or a paragraph line is shorter (a text of
#: one long line would otherwise make every look-back, and the claims since the line start, grow
#: with the text: quadratic, tests/hostile)
_LINE_REACH = 2000


def line_start(text: str, pos: int, reach: int = _LINE_REACH) -> int:
    """The start of the line holding ``pos``, looked for at most ``reach`` characters back (a
    longer line is read from ``reach`` characters before ``pos``); the checks' one look-back."""
    low = max(0, pos - reach)
    return max(low, text.rfind("\n", low, pos) + 1)


def term_pattern(term) -> re.Pattern:
    """Any of a claims-library term's label and synonyms, as phrases match (phrases.py: an
    abbreviation or an all-capital phrase keeps its case, the others match in any case)."""
    return compile_regex("|".join(phrase_source(p) if is_case_sensitive(p) else f"(?i:{phrase_source(p)})"
                                  for p in dict.fromkeys((term.label, *term.synonyms)) if p))


def _near(ctx: CheckContext, lo: int, hi: int) -> list[Claim]:
    """The document's claims that start in [lo, hi), in document order: a bisection over the claims
    sorted once per document (scanning every claim for every claim made a long document quadratic:
    a 50 MB file took minutes in these checks alone)."""
    claims = ctx.claims
    if _window_cache[0] is not claims:
        ordered = sorted(claims, key=lambda c: c.start)
        _window_cache[:] = [claims, (ordered, [c.start for c in ordered])]
    ordered, starts = _window_cache[1]
    return ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


#: what lies between two rates set against each other: "vs", after the close of the first rate's
#: own bracket ("80.7% (88/109) vs 29.4%": the first claim ends inside its bracket)
_VERSUS = re.compile(r"[\s*_]{0,4}[)\]]?[\s*_]{0,4}(?:vs\.?|versus)[\s*_]{0,4}", re.I)

#: how many of the nearest rates before a stated difference are paired (a table can hold many)
_PAIR_RATES = 8


def _pairs(ctx: CheckContext, claim: Claim) -> list[tuple[Claim, Claim]]:
    """Pairs of rates of different arms (same endpoint) stated before ``claim`` (within 600
    characters), nearest first: a table or paragraph often gives several rows of one endpoint
    (all patients, a subgroup) before the difference of one of them."""
    text = ctx.document.text
    rates = [c for c in _near(ctx, claim.start - 599, claim.start + 1) if c.kind == "percentage" and c is not claim
             and c.value and c.end <= claim.start and claim.start - c.start < 600
             and (claim.endpoint is None or c.endpoint in (None, claim.endpoint))]
    rates.reverse()
    rates = rates[:_PAIR_RATES]
    pairs = []
    for i, a in enumerate(rates):
        for b in rates[i + 1:]:
            first, second = (b, a) if b.start < a.start else (a, b)
            # two arms, or two rates set against each other ("34.0% vs 15.3%") whatever arm the
            # context gave them
            if (a.arm and b.arm and a.arm != b.arm) or _VERSUS.fullmatch(text, first.end, second.start):
                pairs.append((first, second))
    return pairs


def _sentence_pairs(ctx: CheckContext, claim: Claim) -> list[tuple[Claim, Claim]]:
    """Pairs of rates a stated difference compares in its own sentence (or table row), before or
    after it ("a difference of 8.6 percentage points (34.0% vs 15.3%)", "34.0% compared with 15.3%,
    a difference of ..."): the two rates where the sentence holds exactly two rates of the
    difference's endpoint, else the pairs of two arms or set against each other (see :func:`_pairs`),
    nearest first."""
    text = ctx.document.text
    s0, s1 = claim.sentence
    if not s1 > s0:
        return []
    rates = [c for c in _near(ctx, s0, s1) if c.kind == "percentage" and c is not claim and c.value
             and c.sentence == claim.sentence and c.n is None
             and (claim.endpoint is None or c.endpoint in (None, claim.endpoint))]
    if len(rates) == 2:
        return [(rates[0], rates[1])]
    rates.sort(key=lambda c: abs(c.start - claim.start))
    pairs = []
    for i, a in enumerate(rates[:_PAIR_RATES]):
        for b in rates[i + 1:_PAIR_RATES]:
            first, second = (b, a) if b.start < a.start else (a, b)
            if (a.arm and b.arm and a.arm != b.arm) or _VERSUS.fullmatch(text, first.end, second.start):
                pairs.append((first, second))
    return pairs


def _pair(ctx: CheckContext, claim: Claim) -> tuple[Claim, Claim] | None:
    """The pair of rates a stated difference is of: the rates of its own sentence or row where it
    has them (see :func:`_sentence_pairs`), else of the text before it (see :func:`_pairs`); the
    nearest pair whose difference it is (within rounding), else the nearest pair."""
    pairs = _sentence_pairs(ctx, claim) or _pairs(ctx, claim)
    if not pairs:
        return None
    if all(a.value.band is not None and b.value.band is not None for a, b in pairs):
        # rates in words ("roughly four in five … fewer than one in three, a difference of 51.3 points",
        # a presenter's note under the slide): the exact rates stated before it that those words
        # round, where there are, are the ones the difference is of
        exact = _exact_pair(ctx, claim, pairs)
        if exact is not None:
            return exact
    return next((p for p in pairs if difference_ok(claim.value, p[0].value, p[1].value)), pairs[0])


def _in_band(worded: Num, exact: Num) -> bool:
    return worded.band is not None and worded.band[0] - 1e-9 <= exact.value <= worded.band[1] + 1e-9


def _exact_pair(ctx: CheckContext, claim: Claim, worded: list[tuple[Claim, Claim]]) -> tuple[Claim, Claim] | None:
    """The exact rates stated before ``claim`` (within 600 characters, of its endpoint) that a pair of
    rates in words stands for: for each worded rate the nearest exact one within its band, two
    different ones."""
    rates = [c for c in _near(ctx, claim.start - 599, claim.start + 1) if c.kind == "percentage" and c is not claim
             and c.value and c.value.band is None and c.end <= claim.start and claim.start - c.start < 600
             and (claim.endpoint is None or c.endpoint in (None, claim.endpoint))]
    rates.reverse()
    for wa, wb in worded:
        a = next((c for c in rates if _in_band(wa.value, c.value)), None)
        b = next((c for c in rates if c is not a and _in_band(wb.value, c.value)), None)
        if a is not None and b is not None:
            return (a, b) if a.start < b.start else (b, a)
    return None


#: a difference of two rates in "points" without "percentage" ("an 8.6-point difference", "higher by
#: 8.6 points"), which the extraction does not read as a difference; a word of difference next to it.
#: An EU decimal comma is a decimal point ("18,6 points"; never a thousands group: one or two digits)
_POINTS = re.compile(r"(?<![\d.,])(?P<val>\d{1,2}(?:[.,]\d{1,2})?)(?:[^\S\n]|-)"
                     r"(?:percentage(?:[^\S\n]|-))?(?:points?\b)", re.I)
_SCORE = re.compile(r"\b(?:scales?|scores?|scored|questionnaire|index|point[\s-]scale)\b", re.I)
_POINTS_CUE = re.compile(r"\b(?:differ\w*|gap|higher|lower|more|fewer|greater|advantage|improvement|absolute|"
                         r"gain|benefit|increase|ahead|delta|\u0394)\b", re.I)


#: a table column of differences: "Difference (95% CI)", "Absolute difference", "\u0394"
_DIFFERENCE_HEADER = re.compile(r"\b(?:differ\w*|gap|delta|effect|benefit|advantage)\b|\u0394", re.I)


def _column_header(text: str, at: int) -> str:
    """The header cell of the column of a table row's cell holding ``at`` (a row of "|" cells, the
    header the first row of its table, above its separator row), else ""."""
    ls = line_start(text, at)
    le = text.find("\n", at)
    le = len(text) if le == -1 else le
    if "|" not in text[ls:le]:
        return ""
    column = text.count("|", ls, at)
    top = ls
    for _ in range(60):  # the table's first row: up while the lines above are rows
        if top == 0:
            break
        above = line_start(text, top - 1)
        line = text[above:top - 1]
        if "|" not in line:
            # a separator row the reader blanked (spaces where "|---|---|" stood), a row above it
            if not line or line.strip() or above == 0 or "|" not in text[line_start(text, above - 1):above - 1]:
                break
            above = line_start(text, above - 1)
        top = above
    he = text.find("\n", top)
    header = text[top:len(text) if he == -1 else he]
    if top == ls or header.count("|") != text.count("|", ls, le):
        return ""
    cells = header.split("|")
    return cells[column] if column < len(cells) else ""


def _row_pair(ctx: CheckContext, at: int) -> list[tuple[Claim, Claim]]:
    """The two rates of a table row ("|" cells) set in the cells before the cell that holds ``at``: the
    first rate of each cell, where exactly two cells before it hold one ("| Response | 48.2% (79/164) |
    21.6% (35/162) | +26.6 points |"), whatever bracket of n/N each has; else none."""
    text = ctx.document.text
    ls = line_start(text, at)
    cell0 = text.rfind("|", ls, at)
    if cell0 == -1:
        return []
    return _cells_pair(ctx, ls, cell0)


def _cells_pair(ctx: CheckContext, ls: int, cell0: int) -> list[tuple[Claim, Claim]]:
    """The first rate of each cell of the row starting at ``ls`` before ``cell0``, where exactly two
    cells hold one."""
    text = ctx.document.text
    firsts: dict[int, Claim] = {}
    for c in _near(ctx, ls, cell0):
        if c.kind == "percentage" and c.value is not None and c.end <= cell0:
            firsts.setdefault(text.count("|", ls, c.start), c)
    if len(firsts) != 2:
        return []
    a, b = sorted(firsts.values(), key=lambda c: c.start)
    return [(a, b)]


def _table_before_pairs(ctx: CheckContext, at: int) -> list[tuple[Claim, Claim]]:
    """The rows' pairs of the table right before the paragraph or list that holds ``at`` (only blank
    lines between them): each row with two rates in two cells (see :func:`_row_pair`), a
    callout under the table ("a 51.3-percentage-point difference, all patients") being of one of them."""
    text = ctx.document.text
    m = None
    for m in _BLANK_LINE.finditer(text, max(0, at - 3000), at):
        pass
    if m is None:
        return []
    end = m.start()
    pairs, pos = [], end
    while pos > 0:
        ls = line_start(text, pos - 1 if text[pos - 1:pos] == "\n" else pos)
        line = text[ls:pos]
        if "|" not in line:
            break
        pairs[:0] = _cells_pair(ctx, ls, pos)
        pos = ls - 1 if ls > 0 else 0
        if ls == 0:
            break
    return pairs


def _point_differences(ctx: CheckContext):
    """A004 for a difference written in "points" ("an 8.6-point difference", "8.6 points higher") that
    the two rates of its own sentence do not give (see :func:`_sentence_pairs`); a word of difference
    within its clause, no figure of its own sentence extracted there, and a pair of rates in the
    sentence, else nothing is judged."""
    text = ctx.document.text
    if "point" not in text and "Point" not in text:
        return
    for m in _POINTS.finditer(text):
        at = m.start("val")
        near = _near(ctx, at - 600, at + 600)
        if any(c.start <= at < c.end for c in near):
            continue  # a figure the extraction read (a percentage-point difference, a score)
        # its sentence as the extraction gave it to the figures around it (no figure there: no pair)
        sentence = next((c.sentence for c in near if c.sentence[0] <= at < c.sentence[1]), None) \
            or _sentence_span_at(ctx, at) or (0, 0)
        s0, s1 = sentence
        if not s1 > s0:
            continue
        # a word of difference near it, or a bracket opened by a sign right before it ("37.1% vs 16.7% (+20.4
        # points)": the pair's difference, see claims._bracketed_differences)
        cued = bool(_POINTS_CUE.search(text, max(s0, m.start() - 40), min(s1, m.end() + 40))
                    or DIFFERENCE_BRACKET_OPEN.search(text[max(s0, m.start() - 40):m.start()]))
        header = _column_header(text, at)
        if not cued and not _DIFFERENCE_HEADER.search(header):
            continue
        probe = Claim(kind="pp-difference", start=at, end=m.end(), text=m.group(), value=bound(m.group("val")),
                      sentence=sentence)
        # a cell of a table's row, after the row's two rates: the difference of that row ("| 80.7% (88/109)
        # | 29.4% (32/109) | difference 51.3 points, P<0.001 |", a column headed "Effect" or "Difference")
        row = _row_pair(ctx, at) if not _SCORE.search(header) else []
        if row:
            a, b = row[0]
            if not difference_ok(probe.value, a.value, b.value):
                high, low, exact = _ordered_difference(a.value, b.value)
                yield ctx.finding(
                    DIFFERENCE, at, m.end(),
                    f"stated difference {probe.value} points, but {high}% − {low}% = {exact} percentage points",
                    expected=f"{exact} percentage points", found=f"{probe.value} points")
            continue
        # its clause (between semicolons): the rates it compares are there, and no score is ("points
        # on a 100-point scale")
        c0 = text.rfind(";", s0, at) + 1 or s0
        c1 = text.find(";", m.end(), s1)
        s0, s1 = c0, (s1 if c1 == -1 else c1)
        if _SCORE.search(text, s0, s1):
            continue
        pairs = [(a, b) for a, b in _sentence_pairs(ctx, probe) if s0 <= a.start and b.end <= s1]
        if not pairs and not any(c.kind == "percentage" and c.sentence == sentence for c in near):
            # a sentence of its own after the comparison ("The response rate was 34.0% vs 15.3%. That is a
            # difference of 18.7 points."): the pairs stated before it in its paragraph or list
            pairs = [(a, b) for a, b in _pairs(ctx, probe) if _same_paragraph(text, a.start, at)
                     and a.endpoint == b.endpoint]
            if not pairs and cued:
                # else a callout under a table of rates (only blank lines between): the table's rows
                pairs = _table_before_pairs(ctx, at)
        if not pairs or any(difference_ok(probe.value, a.value, b.value) for a, b in pairs):
            continue
        high, low, exact = _ordered_difference(pairs[0][0].value, pairs[0][1].value)
        yield ctx.finding(
            DIFFERENCE, at, m.end(),
            f"stated difference {probe.value} points, but {high}% − {low}% = {exact} percentage points",
            expected=f"{exact} percentage points", found=f"{probe.value} points")


def _duration_difference(ctx: CheckContext, claim: Claim):
    """A004 for a difference of two durations stated in their unit ("9.3 months versus 5.6 months, a gain
    of 4.7 months"; claims.py reads it as a difference): the two durations of its sentence before it in
    that unit, the nearest pair set against each other (two arms, or "vs") where there are more; a
    difference the pair gives within rounding passes, no pair is judged where none is set apart."""
    text = ctx.document.text
    s0, _ = claim.sentence
    durations = [c for c in _near(ctx, s0, claim.start) if c.kind == "duration" and c.value is not None
                 and c.sentence == claim.sentence and c.end <= claim.start and (c.unit or "") == (claim.unit or "")]
    if len(durations) == 2:
        pair = (durations[0], durations[1])
    else:
        durations.reverse()
        pair = next(((b, a) for i, a in enumerate(durations[:_PAIR_RATES]) for b in durations[i + 1:_PAIR_RATES]
                     if (a.arm and b.arm and a.arm != b.arm) or _VERSUS.fullmatch(text, b.end, a.start)), None)
    if pair is None:
        if not any(d.endpoint == claim.endpoint for d in durations):
            # no figure of its endpoint in its sentence (a follow-up's is another's): the library's two arms
            yield from _library_difference(ctx, claim, ("median",))
        return
    if difference_ok(claim.value, pair[0].value, pair[1].value):
        return
    high, low, exact = _ordered_difference(pair[0].value, pair[1].value)
    unit = claim.unit or ""
    yield ctx.finding(
        DIFFERENCE, claim.start, claim.end,
        f"stated difference {claim.value} {unit}, but {high} − {low} = {exact} {unit}".replace("  ", " "),
        expected=f"{exact} {unit}".strip(), found=f"{claim.value} {unit}".strip())


#: around a difference in points, words that make it the product's gain over the comparator: "12.7
#: percentage points higher", "an improvement of 12.7 percentage points", "by 12.7 percentage points"
_POINTS_AMOUNT_AFTER = re.compile(r"[^\S\n]{1,3}(?:higher|greater|more|better|above|ahead)\b", re.I)
_POINTS_AMOUNT_BEFORE = re.compile(
    r"\b(?:(?:difference|improvement|gain|advantage|increase|benefit)(?:[^\S\n]{1,3}[\w/-]{1,20}){0,3}?[^\S\n]{1,3}of"
    r"|(?:improv|increas|rais|boost)\w{0,4}(?:[^\S\n]{1,3}[\w/'\u2019-]{1,25}){0,5}?[^\S\n]{1,3}by)"
    r"[^\S\n]{1,3}(?:(?:about|approximately|nearly|almost|over|more[^\S\n]{1,3}than|roughly|some)[^\S\n]{1,3})?$", re.I)


def _comparative_points(text: str, claim: Claim) -> bool:
    before = text[max(claim.sentence[0], claim.start - 80):claim.start]
    return bool(_POINTS_AMOUNT_AFTER.match(text, claim.end) or _POINTS_AMOUNT_BEFORE.search(before))


def _library_arms(ctx: CheckContext, claim: Claim, measures: tuple[str, ...], endpoint: str | None = None):
    """The default entry of the claim's endpoint (of its timepoint, of the population it names) with a
    product arm and a comparator arm in ``measures`` and the claim's unit: (entry, product arm,
    comparator arm), else None."""
    ref = ctx.reference
    named = claim.population if claim.population_source in ("own", "sentence") else None
    if "subgroup" in claim.qualifiers or "timepoint" in claim.qualifiers:
        return None  # a subgroup the sentence names ("in patients aged 55 or older"): not the entry's arms
    entries = [e for e in ref.by_endpoint.get(endpoint or claim.endpoint or "", ()) if e.measure in measures
               and (not ctx.products or e.study.product in ctx.products)
               and (claim.kind != "difference" or not e.unit or not claim.unit or _same_unit(e.unit, claim.unit))
               and (e.timepoint or None) == (claim.timepoint or None)
               and (named is None or e.population == named)]
    entries.sort(key=lambda e: not e.default)
    for e in entries:
        prod = [a for a in e.arms if a in ref.product_arms]
        other = [a for a in e.arms if a not in ref.product_arms]
        if len(prod) == 1 and len(other) == 1:
            return e, prod[0], other[0]
    return None


def _same_unit(a: str, b: str) -> bool:
    return a.lower().rstrip("s") == b.lower().rstrip("s")


#: a stated difference that compares the arms: a product arm, or no arm of its own, and not the
#: comparator's figure
def _compares_arms(ctx: CheckContext, claim: Claim) -> bool:
    return claim.arm_source != "comparator" and (claim.arm is None or claim.arm in ctx.reference.product_arms
                                                 or claim.arm_source in ("context", "ambiguous"))


def _library_difference(ctx: CheckContext, claim: Claim, measures: tuple[str, ...]):
    """A004 for a difference of the two arms stated without them ("lived a median of 3.7 months longer
    than those on chemotherapy", "extended median survival by 3.7 months over control", "a response rate 10.6
    percentage points higher"): its sentence gives no pair, so it is the difference of the claims
    library's two arms of the endpoint its sentence or context names (the product's value minus the
    comparator's, within the rounding of the stated figure and of the library's); a finding names both."""
    endpoint = claim.endpoint
    if endpoint is None and "median" in measures and _LIVING.search(ctx.document.text, *claim.sentence):
        endpoint = _survival_endpoint(ctx)  # "survived a median of 3.7 months longer": the time lived
    if endpoint is None or claim.value is None or not _compares_arms(ctx, claim):
        return
    found = _library_arms(ctx, claim, measures, endpoint)
    if found is None:
        return
    entry, prod, other = found
    a, b = entry.arms[prod].value, entry.arms[other].value
    if a is None or b is None or difference_ok(claim.value, a, b):
        return
    if entry.difference is not None and difference_ok(claim.value, entry.difference.value, Num.of(0.0, 0)):
        return  # the difference the library itself gives (from unrounded figures)
    exact = difference(a, b)
    unit = "percentage points" if claim.kind == "pp-difference" else (claim.unit or entry.unit or "")
    vunit = "%" if claim.kind == "pp-difference" else f" {unit}"
    what = ctx.reference.endpoints.get(entry.endpoint)
    what = what.label if what is not None else entry.endpoint
    if entry.measure == "median" and not what.lower().startswith("median"):
        what = "median " + what
    when = ctx.reference.timepoints.get(entry.timepoint or "")
    if when is not None:
        what = f"{what} ({when.label})"
    yield ctx.finding(
        DIFFERENCE, claim.start, claim.end,
        f"stated difference {claim.value} {unit}, but the claims library gives {what} {a}{vunit} with "
        f"{_arm_label(ctx, prod)} and {b}{vunit} with {_arm_label(ctx, other)}: {a} − {b} = {exact} {unit}",
        expected=f"{exact} {unit}", found=f"{claim.value} {unit}", reference_id=entry.id, source=entry.source)


def _arm_label(ctx: CheckContext, arm: str) -> str:
    term = ctx.reference.arms.get(arm)
    return term.label if term is not None else arm


def _reference_rates(ctx: CheckContext, claim: Claim, measures: tuple[str, ...] = ("rate",),
                     latest: bool = False, endpoint: str | None = None) -> tuple[float, float, str] | None:
    """The product and comparator rates (or ``measures``) of the default entry for the claim's
    endpoint; of the claim's timepoint where it names one, of the latest timepoint the library
    gives where ``latest`` (wording of the long term: "more than doubled long-term survival")."""
    ref = ctx.reference
    entries = [e for e in ref.by_endpoint.get(endpoint or claim.endpoint or "", ()) if e.measure in measures and len(e.arms) >= 2
               and (not ctx.products or e.study.product in ctx.products)]
    if latest:
        entries.sort(key=lambda e: (-_timepoint_days(ref, e.timepoint), not e.default))
    else:
        entries.sort(key=lambda e: (bool(claim.timepoint) and e.timepoint != claim.timepoint, not e.default))
    for e in entries:
        prod = [a for a in e.arms if a in ref.product_arms]
        other = [a for a in e.arms if a not in ref.product_arms]
        if prod and other:
            return e.arms[prod[0]].value.value, e.arms[other[0]].value.value, e.id
    return None


#: a timepoint's label as a length of time ("1 year", "2 years", "24 months", "day 100 after …")
_TIMEPOINT_LENGTH = re.compile(r"(?:(?P<n>\d{1,4})\s{0,2}-?\s{0,2}(?P<u>years?|months?|weeks?|days?)\b|"
                               r"\b(?P<u2>day|week|month|year)\s{1,2}(?P<n2>\d{1,4})\b)", re.I)
_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}


def _timepoint_days(ref, timepoint: str | None) -> float:
    """How long after the start a library timepoint is, in days, read from its label or id (0 where
    it gives no length: "end of treatment")."""
    term = ref.timepoints.get(timepoint or "")
    for text in ((term.label if term else ""), timepoint or ""):
        m = _TIMEPOINT_LENGTH.search(text)
        if m:
            n = int(m.group("n") or m.group("n2"))
            unit = (m.group("u") or m.group("u2")).lower().rstrip("s")
            return n * _DAYS[unit]
    return 0.0


def reference_ratio(ctx: CheckContext, claim: Claim, kind: str):
    """The claims-library entry of the claim's endpoint with a ratio, of ``kind`` if there is one."""
    entries = [e for e in ctx.reference.by_endpoint.get(claim.endpoint or "", ()) if e.ratio]
    entries.sort(key=lambda e: (e.ratio.kind != kind, not e.default))
    return entries[0] if entries else None


RULES = (PERCENT_FRACTION, CI_EXCLUDES_ESTIMATE, INTERVAL_ORDER, DIFFERENCE, RELATIVE_WORDING, PARTS_SUM,
         RELATIVE_OVERSTATED)


def check_arithmetic(ctx: CheckContext):
    text = ctx.document.text
    for claim in ctx.claims:
        if claim.kind == "percentage" and claim.n is not None and claim.total is not None and claim.value:
            if not percent_fraction_ok(claim.value, claim.n, claim.total) and not published_figure(ctx.reference, claim) \
                    and not _APPROX_BEFORE.search(text, max(0, claim.start - 20), claim.start):
                exact = 100.0 * claim.n / claim.total
                yield ctx.finding(
                    PERCENT_FRACTION, claim.start, claim.end,
                    f"{claim.n}/{claim.total} is {exact:.2f}%, which does not round to the stated {claim.value}%",
                    expected=f"{exact:.{claim.value.decimals}f}%", found=f"{claim.value}%")
        iv = claim.interval
        if iv and claim.value is not None:
            if not iv.low.value < iv.high.value:
                yield ctx.finding(
                    INTERVAL_ORDER, claim.start, claim.end,
                    f"{_interval_name(claim)} has its lower bound not below its upper bound",
                    found=f"{iv.low}-{iv.high}")
            elif not interval_contains(claim.value, iv.low, iv.high):
                yield ctx.finding(
                    CI_EXCLUDES_ESTIMATE, claim.start, claim.end,
                    f"{_interval_name(claim)} does not contain its estimate {claim.value}",
                    found=f"{claim.value} ({iv.low}-{iv.high})")
        if claim.kind == "pp-difference" and claim.value is not None:
            pair = _pair(ctx, claim)
            if pair is None and claim.endpoint and (claim.match is None or claim.match.status not in (
                    MatchStatus.CONSISTENT, MatchStatus.MORE_PRECISE)):
                # no rates in its sentence or before it: the rates of its endpoint the piece sets against
                # each other elsewhere (a table after the sentence), where the library does not confirm it
                judged = _difference_by_document_pairs(ctx, claim)
                if judged is not None:
                    yield from judged
                    continue
            if pair is None and (claim.match is None or claim.match.status in (
                    MatchStatus.UNMATCHED, MatchStatus.NOT_APPLICABLE)) and _comparative_points(text, claim):
                # no rates before it, no difference the library gives: its arms' rates in the library
                yield from _library_difference(ctx, claim, ("rate",))
            if pair and pair[0].value and pair[1].value and not difference_ok(claim.value, pair[0].value, pair[1].value):
                high, low, exact = _ordered_difference(pair[0].value, pair[1].value)
                # as written: a pair's difference in a signed bracket may be in "%" ("(+24.0%)")
                written = f"{claim.value}%" if claim.text.rstrip().endswith("%") else f"{claim.value} percentage points"
                yield ctx.finding(
                    DIFFERENCE, claim.start, claim.end,
                    f"stated difference {written}, but {high}% − {low}% = "
                    f"{exact} percentage points",
                    expected=f"{exact} percentage points", found=written)
        before = text[max(0, claim.start - 40):claim.start]
        labelled = claim.kind == "percentage" and claim.value is not None and bool(_DIFF_LABEL.search(before))
        if claim.kind == "percentage" and claim.value is not None and (labelled or _DIFF_CUE.search(before)):
            pair = _pair(ctx, claim)
            if pair and pair[0].value and pair[1].value:
                high, low, exact = _ordered_difference(pair[0].value, pair[1].value)
                message = None
                if not difference_ok(claim.value, pair[0].value, pair[1].value):  # wrong arithmetic
                    message = (f"stated difference {claim.value}%, but {high}% − {low}% = {exact} "
                               f"percentage points")
                elif not labelled:  # right, but in percent
                    message = (f"a difference of two rates is in percentage points: {high}% − {low}% = {exact} "
                               f"percentage points, not {claim.value}%")
                if message:
                    yield ctx.finding(DIFFERENCE, claim.start, claim.end, message,
                                      expected=f"{exact} percentage points", found=f"{claim.value}%")
        if claim.kind == "difference" and claim.value is not None:
            yield from _duration_difference(ctx, claim)
        if claim.kind == "relative":
            for f in _relative(ctx, claim):
                yield f
                if f.extra.get("overstated"):
                    # the wording claims more than the figures give: an overstatement too (A008)
                    yield ctx.finding(RELATIVE_OVERSTATED, f.start, f.end,
                                      f"{f.message}; the wording claims a larger effect than that",
                                      expected=f.expected, found=f.found, reference_id=f.reference_id,
                                      source=f.source)
    yield from _fraction_then_percent(ctx)
    yield from _counts_of_stated_totals(ctx)
    yield from _fractions_listed_apart(ctx)
    yield from _fraction_rows(ctx)
    reported: set[int] = set()
    for f in (*_bracket_intervals(ctx), *_worded_intervals(ctx), *_table_intervals(ctx)):
        if f.start not in reported:  # one interval both ways read (a rate's bracket, named by its level)
            reported.add(f.start)
            yield f
    for f in _detached_intervals(ctx):
        if f.start not in reported:
            reported.add(f.start)
            yield f
    yield from _point_differences(ctx)
    yield from _approximate_shares(ctx)
    yield from _far_shares(ctx)
    yield from _trailing_counts(ctx)
    yield from _shares_with_count_of_total(ctx)
    yield from _proportion_findings(ctx)
    yield from _part_sums(ctx)
    yield from _share_sums(ctx)


# ------------------------------------------------------------------ approximate shares of n/N (A001)
_APPROX_Q = (r"(?P<q>about|approximately|approx\.?|around|roughly|some|nearly|almost|just[^\S\n]under|just[^\S\n]over|"
             r"over|more[^\S\n]than|under|less[^\S\n]than|fewer[^\S\n]than|close[^\S\n]to|~)")
_APPROX_PCT = r"(?P<pct>\d{1,3}(?:[.,]\d{1,2})?)[^\S\n]?(?:%|per[^\S\n]?cent\b)"
_OF_N = (r"(?<![\w.,/%])(?P<n>\d{1,5})[^\S\n]{1,2}(?:of|out[^\S\n]of)[^\S\n]{1,2}(?:(?:the|all)[^\S\n]{1,2})?"
         r"(?P<N>\d{1,5})(?![\d.,%/])")
#: an n/N with a qualified share of it: "79 of 164 patients (about 58%)", "Seventy-nine of 164 patients,
#: about 48 percent, ...", "about 48% (79 of 164)"; a few words between, none a figure or a comparison
_APPROX_SHARE = re.compile(
    rf"{_OF_N}(?:[^\S\n]{{1,2}}(?!(?:vs|versus|and|or|than|compared|whereas|while)\b)[A-Za-z][\w/-]{{0,24}}){{0,4}}"
    rf"[^\S\n]{{0,2}}[,(\u2013\u2014][^\S\n]{{0,2}}{_APPROX_Q}[^\S\n]{{0,2}}{_APPROX_PCT}\Z", re.I)
#: ... the share first, its n/N in a bracket after it: "about 48% (79 of 164)"
_APPROX_SHARE_FIRST = re.compile(rf"(?<![\w-]){_APPROX_Q}[^\S\n]{{0,2}}{_APPROX_PCT}\Z", re.I)
_OF_N_BRACKET = re.compile(rf"[^\S\n]{{0,2}}\([^\S\n]{{0,2}}{_OF_N}", re.I)
#: where a share ends (each one is read back from there: searching the patterns above over a long
#: text would try them at every position)
_PCT_MARK = re.compile(r"%|(?i:per[^\S\n]?cent)\b")


#: a qualifier right before a share given with its n/N ("nearly 35% (84 of 247)"): judged as a qualified
#: share (:func:`_approximate_shares`), not for its rounding
_APPROX_BEFORE = re.compile(rf"(?<![\w-]){_APPROX_Q}[^\S\n]{{0,2}}\Z", re.I)


def approximate_share_ok(qualifier: str, exact: float, stated: Num) -> bool:
    """Does a qualified percentage describe the share ``exact`` (in percent) of its n/N?

    "about" (approximately, around, roughly, some, close to): within the rounding its figure shows: 5
    points for a multiple of 10 ("about 50%"), 2.5 for a multiple of 5, 1 point for a whole number
    ("about 48%"), ½ of its last digit beyond that for a decimal ("about 48.2%"); "nearly", "almost",
    "just under": at or below it by no more than that rounding, at least 2 points; "over", "more than",
    "just over": above it, by no more than 10 points ("more than 40%" for 48.2% holds, for 79% it
    understates); "under", "less than", "fewer than": below it, by no more than 10 points."""
    p = stated.value
    if stated.decimals:
        tol = stated.half_unit * 2
    elif p % 10 == 0:
        tol = 5.0
    elif p % 5 == 0:
        tol = 2.5
    else:
        tol = 1.0
    lo, hi = qualified_band(qualifier, p, tol, below_at_least=2.0) or (p - tol, p + tol)
    # the figure's own rounding widens the band only on a side that leaves the figure
    slack = stated.half_unit + 1e-9
    return lo - (slack if lo < p else 1e-9) <= exact <= hi + (slack if hi > p else 1e-9)


def _approximate_shares(ctx: CheckContext):
    """A001 for a qualified percentage of an n/N it does not describe ("79 of 164 patients (about 58%)":
    79/164 is 48.2%); see :func:`approximate_share_ok`. Counts in words are read ("Seventy-nine of 164")."""
    text = ctx.document.text
    if "%" not in text and "cent" not in text:
        return
    seen: set[int] = set()
    for f in _approximate_shares_in(ctx, text, lambda p: p):
        seen.add(f.start)
        yield f
    # a count in words before "of N" ("Seventy-nine of 164 patients, about 58 percent"): its stretch of
    # text read with the counts in digits (only there: reading a whole long text so is slow)
    for a, digits, local in _spelled_count_stretches(text):
        for f in _approximate_shares_in(ctx, digits, lambda p, local=local, a=a: a + local(p)):
            if f.start not in seen:
                seen.add(f.start)
                yield f


#: a count in words right before "of N": "Seventy-nine of 164", "twelve out of 40", "Seventy-nine of one
#: hundred sixty-four"
#: (searched from the literal "of ", the word before it read apart: an alternation of words first
#: would be tried at every position of a long text)
_SPELLED_OF = re.compile(r"of(?:[^\S\n]{1,2}|[^\S\n]?\n[^\S\n]{0,12})(?:(?:the|all)[^\S\n]{1,2})?"
                         r"(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|a)[^\S\n]{1,2}hundred\b)")
_NUMBER_WORD_BEFORE = re.compile(
    r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred)"
    r"[^\S\n]{1,2}(?:(?i:out)[^\S\n]{1,2})?\Z")


def _approximate_shares_in(ctx: CheckContext, digits: str, back):
    """:func:`_approximate_shares` over ``digits`` (the text, or a stretch of it with its counts in
    words written in digits); ``back`` maps a position of it to the document's."""
    for pm in _PCT_MARK.finditer(digits):
        lo = line_start(digits, pm.start(), 200)
        if _APPROX_SHARE_FIRST.search(digits, max(lo, pm.start() - 40), pm.end()) is None:
            continue  # no qualifier right before the share
        m = _APPROX_SHARE.search(digits, lo, pm.end())
        if m is not None:
            n, total, start, end = int(m.group("n")), int(m.group("N")), m.start(), m.end()
        else:
            m = _APPROX_SHARE_FIRST.search(digits, max(lo, pm.start() - 40), pm.end())
            after = _OF_N_BRACKET.match(digits, pm.end())
            if after is None:
                continue
            n, total, start, end = int(after.group("n")), int(after.group("N")), m.start(), after.end()
        if total <= 0 or n > total:
            continue
        stated = bound(m.group("pct"))
        exact = 100.0 * n / total
        if approximate_share_ok(m.group("q"), exact, stated):
            continue
        q = " ".join(m.group("q").split())
        yield ctx.finding(
            PERCENT_FRACTION, back(start), back(end),
            f"{n}/{total} is {exact:.1f}%, which \"{q} {stated}%\" does not describe",
            expected=f"{exact:.1f}%", found=f"{q} {stated}%")



# ------------------------------------------------------------------ n/N, words, then its share (A001)
#: an n/N, then the words of what they did, then its share in a bracket of its own: "Sixteen of the 79
#: patients who had a transplant developed the event (22.8%)", "16/79 transplanted patients developed the
#: event (20.3%)". Between them only words (at most 14; a hyphen, a slash or a line break inside), none
#: a figure, a bracket or a clause's stop, none that sets another group against the first or makes the
#: share another group's
_FAR_OF_N = (r"(?<![\w.,/%])(?P<n>\d{1,5})(?:[^\S\n]{1,2}(?:of|out[^\S\n]of)[^\S\n]{1,2}(?:(?:the|all)[^\S\n]{1,2})?"
             r"|/)(?P<N>\d{1,5})(?![\d.,%/])")
_FAR_WORD = r"(?!(?:vs|versus|or|than|compared|whereas|while|but|respectively|overall|total|each|per)\b)[A-Za-z][\w'/+-]{0,30}"
_FAR_SHARE = re.compile(rf"{_FAR_OF_N}(?:(?:[^\S\n]{{1,3}}|[^\S\n]{{0,2}}\n[^\S\n]{{0,8}}){_FAR_WORD}){{1,14}}"
                        rf"[^\S\n]{{0,2}}\Z", re.I)
#: the share's bracket: nothing but the percentage in it
_SHARE_BRACKET = re.compile(r"\([^\S\n]{0,2}(?P<pct>\d{1,3}(?:\.\d{1,2})?)[^\S\n]?%[^\S\n]{0,2}\)")
#: ... or the share set beside them after ", or", a qualifier allowed ("79 of 164 patients, or 48%,
#: went on to transplant", "eighty-eight of one hundred nine patients, or about eighty-one percent":
#: a script read aloud, its line wrapped anywhere)
_GAP_OR_WRAP = r"(?:[^\S\n]{1,2}|[^\S\n]{0,2}\n[^\S\n]{0,8})"
_SHARE_APPOSED = re.compile(
    rf",{_GAP_OR_WRAP}or{_GAP_OR_WRAP}(?:{_APPROX_Q}{_GAP_OR_WRAP})?(?P<pct>\d{{1,3}}(?:\.\d{{1,2}})?)"
    r"[^\S\n]?(?:%|percent\b|per[^\S\n]cent\b)", re.I)
#: the n/N and the words of what they did before an apposed share (none needed: "79 of 164, or 48%")
_FAR_SHARE_APPOSED = re.compile(rf"{_FAR_OF_N}(?:(?:[^\S\n]{{1,3}}|[^\S\n]{{0,2}}\n[^\S\n]{{0,8}}){_FAR_WORD}){{0,14}}"
                                rf"[^\S\n]{{0,2}}\Z", re.I)


def _far_shares(ctx: CheckContext):
    """A001 for an n/N whose share follows after the words of what they did, in a bracket of its own
    ("Sixteen of the 79 patients who had a transplant developed the event (22.8%)": 16/79 is 20.3%); the
    count in digits or in words. Not where extraction gave the percentage its own n/N (judged with
    it), nor a figure published as written."""
    text = ctx.document.text
    if "%" not in text and "cent" not in text:
        return
    by_start = {c.start: c for c in ctx.claims if c.kind == "percentage" and c.value is not None}
    seen: set[int] = set()

    def judge(digits: str, back, lo: int, hi: int):
        shares = [(bm, _FAR_SHARE) for bm in _SHARE_BRACKET.finditer(digits, lo, hi)]
        shares += [(bm, _FAR_SHARE_APPOSED) for bm in _SHARE_APPOSED.finditer(digits, lo, hi)]
        for bm, before in shares:
            m = before.search(digits, max(0, bm.start() - 260), bm.start())
            if m is None:
                continue
            n, total = int(m.group("n")), int(m.group("N"))
            p_at = back(bm.start("pct"))
            p = by_start.get(p_at)
            if p_at in seen or p is None or p.n is not None or p.interval is not None or not total or n > total:
                continue
            seen.add(p_at)
            q = bm.groupdict().get("q")
            exact = 100.0 * n / total
            if (approximate_share_ok(q, exact, p.value) if q else percent_fraction_ok(p.value, n, total)) \
                    or published_figure(ctx.reference, _with_fraction(p, n, total)):
                continue
            said = f"\"{' '.join(q.split())} {p.value}%\" does not describe" if q else \
                f"which does not round to the stated {p.value}%"
            yield ctx.finding(
                PERCENT_FRACTION, back(m.start()), back(bm.end()),
                f"{n}/{total} is {exact:.2f}%, {said}",
                expected=f"{exact:.{p.value.decimals}f}%", found=f"{p.value}%")

    yield from judge(text, lambda q: q, 0, len(text))
    for a, digits, local in _spelled_count_stretches(text, next_line=True):
        yield from judge(digits, lambda q, local=local, a=a: a + local(q), 0, len(digits))


# ------------------------------------------------------------------ share, words, then its n/N (A001)
#: a share, then the words of what they did (on its own line over them, as an infographic's big number
#: over its label, or in the same line), then its n/N in a bracket of its own at the end: "87.0%" over
#: "of patients who became MRD-negative did so within 2 cycles (80 of 92)", "22.8% developed the event
#: after transplant (18/79)". Between them only words (at most 20), a count of a unit of time or of
#: treatment ("within 2 cycles") among them; none a share or another n/N, a bracket or a clause's stop,
#: none that sets another group against the first or makes the counts another group's
_TRAIL_UNIT = r"\d{1,3}(?:[^\S\n]|-)(?:cycles?|courses?|doses?|days?|weeks?|months?|years?)\b"
_TRAIL_WORD = (r"(?!(?:vs|versus|or|than|compared|whereas|while|but|respectively|overall|total|each|per|including|"
               r"among|amongst|mostly|mainly|whom|which)\b)[A-Za-z][\w'/+-]{0,30}")
_TRAILING_COUNTS = re.compile(
    rf"(?<![\w.,/%])(?P<pct>\d{{1,3}}(?:\.\d{{1,2}})?)[^\S\n]?%(?:[^\S\n]{{0,6}}\n[^\S\n]{{0,8}}|[^\S\n]{{1,3}})"
    rf"(?:(?:{_TRAIL_WORD}|{_TRAIL_UNIT})(?:[^\S\n]{{1,3}}|[^\S\n]{{0,2}}\n[^\S\n]{{0,8}})){{1,20}}?"
    r"\([^\S\n]{0,2}(?P<n>\d{1,5})(?:[^\S\n]{1,2}(?:of|out[^\S\n]of)[^\S\n]{1,2}|[^\S\n]?/[^\S\n]?)(?P<N>\d{1,5})"
    r"[^\S\n]{0,2}\)", re.I)


def _share_not_given(ctx, p, n: int, total: int, start: int, end: int, said: str):
    """The A001 finding at [start, end) for a share ``p`` that ``n`` of ``total`` (written as
    ``said``) does not give, or None where it does (the rounding ladder) or where the claims
    library publishes the share so."""
    if percent_fraction_ok(p.value, n, total) or published_figure(ctx.reference, _with_fraction(p, n, total)):
        return None
    exact = 100.0 * n / total
    return ctx.finding(PERCENT_FRACTION, start, end,
                       f"{said} is {exact:.2f}%, which does not round to the stated {p.value}%",
                       expected=f"{exact:.{p.value.decimals}f}%", found=f"{p.value}%")

def _trailing_counts(ctx: CheckContext):
    """A001 for a share whose n/N follows after the words of what they did, in a bracket of its own at
    the end ("87.0%" alone on its line over "of patients who became MRD-negative did so within 2 cycles
    (80 of 98)": 80/98 is 81.6%). Not where extraction gave the percentage its own n/N (judged with it),
    nor a figure published as written."""
    text = ctx.document.text
    if "%" not in text:
        return
    by_start = {c.start: c for c in ctx.claims if c.kind == "percentage" and c.value is not None}
    for m in _TRAILING_COUNTS.finditer(text):
        p = by_start.get(m.start("pct"))
        n, total = int(m.group("n")), int(m.group("N"))
        if p is None or p.n is not None or p.interval is not None or not total or n > total:
            continue
        finding = _share_not_given(ctx, p, n, total, m.start(), m.end(), f"{n}/{total}")
        if finding is not None:
            yield finding


def _with_fraction(p: Claim, n: int, total: int) -> Claim:
    """``p`` as if its n/N were written with it (for :func:`published_figure`)."""
    from dataclasses import replace
    return replace(p, n=n, total=total)


def _spelled_count_stretches(text: str, next_line: bool = False):
    """(start, text in digits, back mapper) for each stretch of ``text`` around a count in words
    before "of N" ("Seventy-nine of 164 patients …"): its line from the line's start (at most 300
    characters before), read with the counts in digits (:func:`claimcheck.claims.cardinals_in_digits`;
    only there: reading a whole long text so is slow). With ``next_line``, the stretch runs on over
    the next line too (a share written on the line after its count). Stretches do not overlap."""
    from ..claims import cardinals_in_digits
    done = -1
    for hit in _SPELLED_OF.finditer(text):
        if hit.start() < done or not _NUMBER_WORD_BEFORE.search(text, max(0, hit.start() - 24), hit.start()):
            continue
        a = line_start(text, hit.start(), 300)
        b = text.find("\n", hit.end(), hit.end() + 300)
        done = min(len(text), hit.end() + 300) if b == -1 else b
        if next_line:
            b = text.find("\n", b + 1, b + 300) if b != -1 else -1
            b = min(len(text), hit.end() + 600) if b == -1 else b
        else:
            b = done
        digits, marks = cardinals_in_digits(text[a:b])
        if marks:
            yield a, digits, _back_mapper(marks)


def _back_mapper(marks):
    """From a position of :func:`claimcheck.claims.cardinals_in_digits`'s text to the document's."""
    new_at = [a for a, _ in marks]

    def back(p: int) -> int:
        i = bisect.bisect_right(new_at, p) - 1
        if i < 0:
            return p
        a, b = marks[i]
        if i % 2 == 0:  # within a count written in digits: its start, else the words' end
            return b if p == a else marks[i + 1][1]
        return b + (p - a)
    return back


# ------------------------------------------------------------------ parts of a total (A007)
_TOTAL_NUM = r"\d{1,3}(?:,\d{3})+|\d{1,6}"
#: a total its bracket's parts add up to (or a header line's: "N = 371: EXAMPLIMAB 247 + control 124"): "N = 371 (", "371 patients were randomized 2:1 (", "371 patients
#: were randomised 2:1 to EXAMPLIMAB or chemotherapy (", "(N=371; ",
#: "Randomized ........ 371 (", "| Randomized | 371 ("
_PARTS_TOTAL = re.compile(
    rf"(?:[Nn](?<![\w/][Nn])\s{{0,2}}=\s{{0,2}}(?P<a>{_TOTAL_NUM})(?![\d.,%])"
    rf"(?:\s{{0,2}}\((?P<ia>[^()\n]{{3,160}})\)|\s{{0,2}}[;:,]\s{{0,2}}(?P<ja>[^()\n]{{3,160}})\)"
    # the population named between the total and its arms: "(N=326 adults with relapsed disease;
    # 164 EXAMPLIMAB, 162 chemotherapy)"
    rf"|(?:[^\S\n]{{1,2}}[A-Za-z][\w'\u2019/-]{{0,30}}){{1,8}}[^\S\n]{{0,2}}[;:][^\S\n]{{0,2}}(?P<ka>[^()\n]{{3,160}})\))"
    rf"|(?P<b>{_TOTAL_NUM})(?![\d.,%])\s{{1,2}}(?:adult\s{{1,2}}|randomi[sz]ed\s{{1,2}})?(?:patients|adults|subjects|participants)"
    rf"(?:,?\s{{1,2}}(?:were|was|randomi[sz]ed|randomly|assigned|allocated|enrolled|in|a|ratio|\d:\d)){{0,8}}"
    rf"(?:\s{{1,2}}to(?:\s{{1,2}}[A-Za-z][\w'\u2019/-]{{0,30}}){{1,6}})?"
    rf"\s{{0,2}}\((?P<ib>[^()\n]{{3,160}})\)"
    rf"|[Nn](?<![\w/][Nn])[^\S\n]{{0,2}}=[^\S\n]{{0,2}}(?P<d>{_TOTAL_NUM})(?![\d.,%])[^\S\n]{{0,2}}[:\u2013\u2014-][^\S\n]{{0,2}}"
    rf"(?P<id>[^()\n]{{3,160}}?)[^\S\n]{{0,4}}(?=\n|$)"
    rf"|(?i:randomi[sz]ed|enrolled|total|intention-to-treat|ITT)(?:\s{{1,2}}(?i:population|set|analysis))?(?:,?\s{{0,2}}[nN]\b)?[^\S\n]{{0,3}}[.\u2026 \u00b7|:]{{0,60}}"
    rf"(?<![\w,])(?P<c>{_TOTAL_NUM})(?![\d.,%])\s{{0,2}}\((?P<ic>[^()\n]{{3,160}})\))")
#: what splits a bracket into its parts: ",", ";", "/", "+", "vs", "versus", "and", "or"
_PART_SPLIT = re.compile(r"\s{0,3}(?:,(?!\d{3}\b)|;|/|\+|\bvs\.?|\bversus\b|\band\b|\bor\b)\s{0,3}", re.I)
#: words that make a bracket's numbers not the total's parts (subgroups, statistics, ages, rates)
_NOT_PARTS = re.compile(r"%|per\s?cent|\d\.\d|\b(?:whom|which|includ\w*|among|excluding|with|median|mean|range|"
                        r"aged?|years?|months?|weeks?|days?|CI|HR|OR|[Pp]\b|mg|SD|IQR|"
                        # outcomes within an arm: "(n=164; 79 proceeded to transplant)"
                        r"proceeded|responded|responders?|died|deaths?|events?|transplant\w*|remissions?|"
                        r"achieved|reached)\b|[<>=\u2264\u2265\u00b1]", re.I)
_PART_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?![\w.%])")
_RATIO_WORDS = re.compile(r"\b\d:\d\b|[nN]\s{0,2}=\s{0,2}(?=\d)|\btreated\s{1,2}with\b", re.I)


def _parts(inner: str) -> list[int] | None:
    """The whole numbers a bracket lists as parts ("247 EXAMPLIMAB, 124 chemotherapy": [247, 124]), or None
    when it does not list 2 to 4 parts of one number each, or says they are not parts of a whole."""
    inner = _RATIO_WORDS.sub(" ", inner)
    if _NOT_PARTS.search(inner):
        return None
    out = []
    for segment in _PART_SPLIT.split(inner):
        if not segment.strip():
            continue
        numbers = _PART_NUMBER.findall(segment)
        if len(numbers) != 1 or re.search(r"\d", _PART_NUMBER.sub(" ", segment)):
            return None
        out.append(int(numbers[0].replace(",", "")))
    return out if 2 <= len(out) <= 4 else None


#: a total in prose whose arms follow with an "(n = X)" each: "371 adults ... received either EXAMPLIMAB
#: (n=247) or control chemotherapy (n=124)", "In the pivotal trial (N=371), patients were randomized to
#: EXAMPLIMAB (n=247) or chemotherapy (n=124)"
_PROSE_TOTAL = re.compile(
    rf"(?:[Nn](?<![\w/][Nn])\s{{0,2}}=\s{{0,2}}(?P<a>{_TOTAL_NUM})|(?P<b>{_TOTAL_NUM})\s{{1,2}}"
    rf"(?:adult\s{{1,2}}|randomi[sz]ed\s{{1,2}})?(?:patients|adults|subjects|participants))(?![\d.,%])")
#: an arm's size in its bracket, which may say more about the arm after a semicolon: "(n=164)",
#: "(n = 166; regimen A 102/162, regimen B 22/162)" (what follows the ";" is the arm's, never another arm size)
_ARM_N = re.compile(r"\(\s{0,2}[nN]\s{0,2}=\s{0,2}(\d{1,6})\s{0,2}(?:;[^()\n]{0,200})?\)")
#: what says the arms after a total are its allocation: a randomization word, or the arms listed right
#: after the total and a colon or dash ("N = 371: EXAMPLIMAB (n = 247), chemotherapy (n = 124)")
_ARM_CUE = re.compile(r"\b(?:either|randomi[sz]ed|randomly|assigned|allocated)\b", re.I)
_LIST_AFTER_TOTAL = re.compile(r"[^\S\n]{0,2}[:\u2013\u2014]")
_SUBGROUP_CUE = re.compile(r"\b(?:whom|which|including|among|subgroups?|those)\b|%", re.I)


def _prose_part_sums(ctx: CheckContext, reported: set[int]):
    """A007 for a total whose arms are named after it in its sentence, each with its "(n = X)"; every
    part must follow a name of a study arm (claims library), so subgroups are never summed."""
    text = ctx.document.text
    arms = [term_pattern(t) for t in ctx.reference.arms.values()]
    if not arms:
        return
    for m in _PROSE_TOTAL.finditer(text):
        if m.start() in reported:
            continue
        stop = len(text)
        for end in (". ", ".\n", "\n", "; "):
            k = text.find(end, m.end(), m.end() + 300)
            # (a "; " inside an arm's bracket is the arm's: "(n = 166; regimen A 102/162)")
            while end == "; " and k != -1 and text.rfind("(", m.end(), k) > text.rfind(")", m.end(), k):
                k = text.find(end, k + 2, m.end() + 300)
            if k != -1:
                stop = min(stop, k)
        stop = min(stop, m.end() + 300)
        window = text[m.end():stop]
        groups = list(_ARM_N.finditer(window))
        # (what an arm's bracket says after its ";" is the arm's: subgroups of it are no cue)
        outside = "".join(window[a:b] for a, b in zip([0] + [g.end() for g in groups],
                                                        [g.start() for g in groups] + [len(window)]))
        if not 2 <= len(groups) <= 4 or _SUBGROUP_CUE.search(outside):
            continue
        if not (_ARM_CUE.search(text, max(0, m.start() - 80), stop) or _LIST_AFTER_TOTAL.match(window)):
            continue
        pos, ok = 0, True
        for g in groups:
            if not any(a.search(window[pos:g.start()]) for a in arms):
                ok = False
                break
            pos = g.end()
        if not ok:
            continue
        total = int((m.group("a") or m.group("b")).replace(",", ""))
        parts = [int(g.group(1)) for g in groups]
        if total <= 0 or any(p >= total for p in parts) or sum(parts) == total:
            continue
        listed = " + ".join(str(p) for p in parts)
        yield ctx.finding(
            PARTS_SUM, m.start(), m.end() + groups[-1].end(),
            f"the arm sizes given for the total of {total} add up to {listed} = {sum(parts)}, not {total}",
            expected=f"arm sizes adding up to {total}", found=f"{listed} = {sum(parts)}")


#: an allocation ratio stated with the total: "randomised 2:1", "in a 1:1 ratio"
_ALLOCATION_RATIO = re.compile(r"(?<![\d:.,])([1-4]):([1-4])(?![\d:])")


def _off_ratio(ctx: CheckContext, m: re.Match, total: int, parts: list[int]):
    """A007 for two arm sizes that add up to their total but do not fit the allocation ratio stated
    before the bracket ("371 patients were randomised 2:1 (186 vs 185)"). Randomisation in blocks
    and strata leaves arms a few patients off the exact shares (1:1 of 326 is 164 and 162), so only
    a part more than max(3, 5 % of the total) away from its share is reported; the larger part is
    compared with the larger share, whichever order the bracket lists them in."""
    ratio = _ALLOCATION_RATIO.findall(m.group()[: m.group().find("(") + 1 or None])
    if len(parts) != 2 or len(ratio) != 1:
        return None
    a, b = sorted(int(x) for x in ratio[0])
    shares = (total * a / (a + b), total * b / (a + b))
    low, high = sorted(parts)
    slack = max(3.0, 0.05 * total)
    if abs(low - shares[0]) <= slack and abs(high - shares[1]) <= slack:
        return None
    listed = " + ".join(str(p) for p in parts)
    return ctx.finding(
        PARTS_SUM, m.start(), m.end(),
        f"the arm sizes {listed} do not fit the {ratio[0][0]}:{ratio[0][1]} allocation of the total of {total}: "
        f"about {shares[1]:.0f} and {shares[0]:.0f} expected",
        expected=f"about {shares[1]:.0f} and {shares[0]:.0f}", found=listed)


def _parts_finding(ctx: CheckContext, m: re.Match, total: int, parts: list[int]):
    """A007 at ``m``: the parts listed add up to something else than their total."""
    listed = " + ".join(str(p) for p in parts)
    return ctx.finding(
        PARTS_SUM, m.start(), m.end(),
        f"the parts listed for the total of {total} add up to {listed} = {sum(parts)}, not {total}",
        expected=f"parts adding up to {total}", found=f"{listed} = {sum(parts)}")


def _part_sums(ctx: CheckContext):
    """A007: a total whose bracketed parts do not add up to it."""
    text = ctx.document.text
    if "(" not in text and "=" not in text:
        found = list(_respective_alternatives(ctx))
        yield from found
        yield from _prose_partitions(ctx, [(f.start, f.end) for f in found])
        return
    reported: set[int] = set()
    for m in _PARTS_TOTAL.finditer(text):
        key = "a" if m.group("a") else "b" if m.group("b") else "d" if m.group("d") else "c"
        inner = m.group("i" + key) or (m.group("ja") or m.group("ka") if key == "a" else None)
        if key == "d":
            inner = inner.rstrip(" .")
            if not re.search(r"\+|\bvs\.?|\bversus\b", inner, re.I) and not _named_arm_sizes(ctx, inner):
                continue  # a header line lists its arms with "+" or "vs" ("N = 371: 247 + 124"), not a sentence's list
        if key == "a" and _after_arm_name(ctx, text, m.start()):
            continue  # an arm's own bracket: "chemotherapy (n=162; regimen A n=102, regimen B n=22)" breaks the arm down
        if inner is None or (key == "a" and (m.group("ja") or m.group("ka")) is not None
                             and "(" not in text[max(0, m.start() - 3):m.start()]):
            continue  # "N=371; ..." counts as a bracket's first entry only when the bracket opens before it
        total = int(m.group(key).replace(",", ""))
        parts = _parts(inner)
        if not parts or total <= 0 or any(p >= total for p in parts):
            continue
        if sum(parts) == total:
            f = _off_ratio(ctx, m, total, parts)
            if f is not None:
                reported.add(m.start())
                yield f
            continue
        reported.add(m.start())
        yield _parts_finding(ctx, m, total, parts)
    for m in _PLUS_PARTS.finditer(text):
        parts = [int(x) for x in re.findall(r"\d{1,5}", m.group("p"))]
        total = int((m.group("t") or m.group("u")).replace(",", ""))
        if total <= 0 or any(p >= total for p in parts) or sum(parts) == total or m.start() in reported:
            continue
        reported.add(m.start())
        yield _parts_finding(ctx, m, total, parts)
    found = list(_prose_part_sums(ctx, reported)) + list(_table_total_columns(ctx)) + list(_heading_totals(ctx))
    found += list(_bar_column_part_sums(ctx, reported))
    found += [f for f in _respective_alternatives(ctx) if not any(f.start < b and a < f.end for a, b in (
        (g.start, g.end) for g in found))]
    yield from found
    yield from _prose_partitions(ctx, [(f.start, f.end) for f in found] + [
        (m.start(), m.end()) for m in _PARTS_TOTAL.finditer(text) if m.start() in reported])



# ------------------------------------------------------------------ shares summed in a sentence (A007)
#: a word that gives the figure after it as the sum of the shares before it: "42 (45.7%) in cycle 1 and
#: 38 (41.3%) in cycle 2, so 87.0% within the first 2 cycles", "…, 87.0% in total", "a total of"
_SUM_BEFORE = re.compile(r"(?:[,;:\u2013\u2014(][^\S\n]{0,2}|[^\S\n])(?:so|thus|hence|i\.e\.|that[^\S\n]is|in[^\S\n]total|"
                         r"in[^\S\n]all|altogether|all[^\S\n]told|combined|cumulatively|(?:for[^\S\n])?a[^\S\n]total[^\S\n]of)"
                         r"[,]?[^\S\n]{1,2}\Z", re.I)
_SUM_AFTER = re.compile(r"[^\S\n]{0,2}(?:in[^\S\n]total|in[^\S\n]all|altogether|all[^\S\n]told|combined|cumulatively)\b", re.I)
#: what says the shares of a sentence are set against each other, not parts of one whole
_NOT_SUMMED = re.compile(r"\b(?:vs\.?|versus|compared|whereas|while|respectively|than|of\s+whom|of\s+these|of\s+those|among)\b"
                        r"|\bwith\s+(?:chemotherapy|placebo|standard)", re.I)


def _sums_to(parts, total) -> bool:
    """Whether the shares ``parts`` add up to ``total`` within their rounding."""
    slack = sum(c.value.half_unit for c in parts) + total.value.half_unit + 1e-9
    return abs(sum(c.value.value for c in parts) - total.value.value) <= slack


def _share_sums(ctx: CheckContext):
    """A007 for a share given as the sum of shares listed before it in its sentence, after a word of
    summing ("so", "in total", "altogether", "a total of"), or with one after it ("87.0% in total"),
    that is not their sum within their rounding: "42 (45.7%) did so in cycle 1 and 38 (41.3%) in
    cycle 2, so 92.0% within the first 2 cycles". Never where the shares are set against each other
    (arms, "vs", "respectively") or are shares of another group ("of whom"), nor where the stated
    figure is below a part (no sum). A total that is the sum of a run of them (the first two of
    three cycles) is theirs."""
    text = ctx.document.text
    shares = sorted((c for c in ctx.claims if c.kind == "percentage" and c.value is not None and c.interval is None
                     and c.sentence and c.sentence[1] > c.sentence[0]), key=lambda c: c.start)
    for k, total in enumerate(shares):
        if not (_SUM_BEFORE.search(text, max(0, total.start - 30), total.start)
                or _SUM_AFTER.match(text, total.end)):
            continue
        j = k
        while j > 0 and shares[j - 1].sentence == total.sentence:
            j -= 1
        parts = shares[j:k]  # the shares before it in its sentence
        if len(parts) < 2 or _NOT_SUMMED.search(text, parts[0].start, total.start):
            continue
        if len({c.arm for c in parts if c.arm}) > 1:
            continue
        summed = sum(c.value.value for c in parts)
        if summed > 100.0 + 1e-9 or total.value.value + 1e-9 < max(c.value.value for c in parts):
            continue
        if any(_sums_to(parts[a:b], total) for a in range(len(parts) - 1) for b in range(a + 2, len(parts) + 1)):
            continue  # all of them, or a run of them: "45.7% …, 41.3% … and 13.0% … -- 87.0% within two cycles"
        decimals = max(c.value.decimals for c in parts)
        listed = " + ".join(f"{c.value}%" for c in parts)
        yield ctx.finding(
            PARTS_SUM, total.start, total.end,
            f"{total.value}% is given as the sum of the shares before it, but {listed} = {summed:.{decimals}f}%",
            expected=f"{summed:.{decimals}f}%", found=f"{total.value}%")


#: the fewest lines of a column run split by a "|" at one position
_BAR_RUN = 3


def _bar_columns(text: str):
    """The columns of plain text laid out side by side with a "|" between them at one position on
    three lines or more ("326 adults randomised 1:1    | AE 14% (23/164)" over "(164 A / 162 B)     |
    - 23% ..."), each column as its own text: (column text, [(column offset, source offset)]) per
    column of each run, its lines stripped and joined with newlines. Table rows (a line that opens
    with "|") are never columns."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        _, line = lines[i]
        cols = [c for c, ch in enumerate(line) if ch == "|" and c >= 8] if not line.lstrip().startswith("|") else []
        best = None
        for c in cols:
            j = i
            while j < len(lines) and len(lines[j][1]) > c and lines[j][1][c] == "|" \
                    and not lines[j][1].lstrip().startswith("|"):
                j += 1
            if j - i >= _BAR_RUN and (best is None or j > best[1]):
                best = (c, j)
        if best is None:
            i += 1
            continue
        c, j = best
        for side in (0, 1):
            parts, marks, at = [], [], 0
            for ls, ln in lines[i:j]:
                seg = ln[:c] if side == 0 else ln[c + 1:]
                lead = len(seg) - len(seg.lstrip())
                seg = seg.strip()
                marks.append((at, ls + lead + (0 if side == 0 else c + 1)))
                parts.append(seg)
                at += len(seg) + 1
            yield "\n".join(parts), marks
        i = j


def _bar_column_part_sums(ctx: CheckContext, reported: set[int]):
    """A007 for a total and its bracketed arm sizes on consecutive lines of one column of a plain-text
    layout with a "|" between its columns (see :func:`_bar_columns`): the other column's text between
    them on each line is not the total's."""
    text = ctx.document.text
    if text.count("|") < _BAR_RUN:
        return
    for column, marks in _bar_columns(text):
        starts = [a for a, _ in marks]

        def back(p: int) -> int:
            k = bisect.bisect_right(starts, p) - 1
            return marks[k][1] + (p - marks[k][0])
        for m in _PARTS_TOTAL.finditer(column):
            key = "b" if m.group("b") else "c" if m.group("c") else "a" if m.group("a") and m.group("ia") else None
            if key is None or "\n" not in m.group():
                continue  # a total and parts on one line: the source text's own reading
            total = int(m.group(key).replace(",", ""))
            parts = _parts(m.group("i" + key))
            start = back(m.start())
            if not parts or total <= 0 or any(p >= total for p in parts) or sum(parts) == total or start in reported:
                continue
            reported.add(start)
            listed = " + ".join(str(p) for p in parts)
            yield ctx.finding(
                PARTS_SUM, start, back(m.end() - 1) + 1,
                f"the parts listed for the total of {total} add up to {listed} = {sum(parts)}, not {total}",
                expected=f"parts adding up to {total}", found=f"{listed} = {sum(parts)}")


#: counts of alternatives "respectively", of a group's size: "(regimen A, regimen B + C or
#: regimen D in 102, 38 and 22 of the 162 control patients, respectively)"; read back from
#: "respectively" (the counts, their group's size, a few words naming the group)
_RESPECTIVE_COUNTS = re.compile(
    r"(?<![\w.,])in[^\S\n]{1,3}(?:\n[^\S\n]{0,8})?(?P<parts>\d{1,5}(?:[^\S\n]{0,3},\s{0,9}\d{1,5}){0,6},?\s{1,9}and\s{1,9}\d{1,5})"
    r"\s{1,9}(?:of|out[^\S\n]of)\s{1,9}(?:the\s{1,9}|all\s{1,9})?(?P<N>\d{1,5})(?![\d.,%/])"
    r"(?:\s{1,9}[A-Za-z][\w'/-]{0,30}){0,6}[^\S\n]{0,2},?\s{1,9}\Z", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: where the alternatives' names begin: a bracket's opening, a clause's stop, a colon
_NAMES_OPEN = re.compile(r"[(\[:;.!?]\s|[(\[]|\n\s*\n")
_ALTERNATIVE_SPLIT = re.compile(r"[^\S\n]{0,3}(?:,(?:[^\S\n]{1,3}or\b)?|\bor\b)\s{0,9}", re.I)


def _respective_alternatives(ctx: CheckContext):
    """A007 for the counts of a group's alternatives given "respectively" ("investigator's choice of regimen A,
    regimen B or regimen C in 102, 38 and 32 of the 162 patients,
    respectively": 172, not 162): each of the group had one of them, so they add up to the group.
    Only where the names are joined by "or" (alternatives, not treatments given together or events
    that may overlap: "nausea and vomiting in 30 and 12 of the 162") and there are as many names as
    counts; no figure among the names."""
    text = ctx.document.text
    for r in _RESPECTIVELY.finditer(text):
        m = _RESPECTIVE_COUNTS.search(text, max(0, r.start() - 200), r.start())
        if m is None:
            continue
        parts = [int(x) for x in re.findall(r"\d{1,5}", m.group("parts"))]
        total = int(m.group("N"))
        if total <= 0 or sum(parts) == total or any(p > total for p in parts):
            continue
        lo = max(0, m.start() - 240)
        opens = list(_NAMES_OPEN.finditer(text, lo, m.start()))
        names = text[opens[-1].end() if opens else lo:m.start()]
        if not opens or re.search(r"\d", names) or not re.search(r"\bor\b", names, re.I):
            continue
        items = [x for x in _ALTERNATIVE_SPLIT.split(names.strip()) if x.strip()]
        if len(items) != len(parts):
            continue
        yield _parts_finding(ctx, m, total, parts)


def _named_arm_sizes(ctx: CheckContext, inner: str) -> bool:
    """Whether every part of a list is a study arm's name (claims library) and its "n =": "EXAMPLIMAB
    n = 247, chemotherapy n = 124" (subgroups, "FLT3-ITD n = 329", are not the total's arms)."""
    arms = [term_pattern(t) for t in ctx.reference.arms.values()]
    segments = [g for g in re.split(r"[^\S\n]{0,3}[,;][^\S\n]{0,3}", inner) if g.strip()]
    return len(segments) >= 2 and all(
        re.search(r"\b[nN][^\S\n]{0,2}=[^\S\n]{0,2}\d", g) and any(a.search(g) for a in arms) for g in segments)


def _after_arm_name(ctx: CheckContext, text: str, at: int) -> bool:
    """Whether the "n =" at ``at`` opens the bracket right after a study arm's name ("chemotherapy
    (n=162; ..."): the arm's size, whatever its bracket lists after it."""
    ls = text.rfind("\n", 0, at) + 1
    head = text[max(ls, at - 80):at]
    if not re.search(r"\([^\S\n]{0,2}\Z", head):
        return False
    head = head.rstrip(" \t(")
    return any(m.end() == len(head) for t in ctx.reference.arms.values() for m in term_pattern(t).finditer(head))


#: parts joined by "+" before their total: "257 + 124 patients (N = 371)", "247 + 124 = 371 patients"
_PLUS_PARTS = re.compile(
    rf"(?<![\w.,/+])(?P<p>\d{{1,5}}(?:[^\S\n]{{0,2}}\+[^\S\n]{{0,2}}\d{{1,5}}){{1,3}})(?![\d.,%])"
    rf"(?:[^\S\n]{{1,2}}(?:patients|adults|subjects|participants))?[^\S\n]{{0,2}}"
    rf"(?:[(\[][^\S\n]{{0,2}}(?:[Nn][^\S\n]{{0,2}}=|total(?:[^\S\n]{{0,2}}[:=])?)[^\S\n]{{0,2}}(?P<t>{_TOTAL_NUM})[^\S\n]{{0,2}}[)\]]"
    rf"|=[^\S\n]{{0,2}}(?P<u>{_TOTAL_NUM})(?![\d.,%]))")
#: a table column that holds the total of the arms' columns beside it ("Total", "Overall", "All patients")
_TOTAL_COLUMN = re.compile(r"(?:total|overall|all(?:[^\S\n]{1,3}patients)?|both[^\S\n]{1,3}arms|[Nn][^\S\n]{1,3}total)"
                           r"(?:,?[^\S\n]{0,3}[Nn])?", re.I)
#: a row label that gives numbers of patients ("Patients, N", "Randomized, n", "Number of patients")
_SIZE_ROW = re.compile(r"\b(?:N|n|patients|randomi[sz]ed|enrolled|number|participants|subjects)\b")
_NOT_SIZE_ROW = re.compile(r"%|\b(?:median|mean|rate|events?|deaths?|responders?|age|years?|months?)\b", re.I)
_WHOLE_CELL = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,6}")


def _table_total_columns(ctx: CheckContext):
    """A007 for a table row of patient numbers (its label says so: "Patients, N", "Randomized") under a
    header with a total column and two to four columns that name study arms of the claims library
    (a Markdown, HTML or space-aligned plain-text table: the readers write its cells with "|"): the
    arms' cells must add up to the total's."""
    text = ctx.document.text
    if "|" not in text:
        return
    arms = [term_pattern(t) for t in ctx.reference.arms.values()]
    if not arms:
        return
    header: list[str] | None = None
    total_at, arm_at = -1, []
    pos, blank = 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "|" not in line:
            # a blanked separator row (|---|) stays in the table; text or a second blank line ends it
            blank = blank + 1 if not line.strip() else 2
            if blank > 1:
                header = None
            continue
        blank = 0
        cells = line.split("|")
        if header is None or len(cells) != len(header):
            header, total_at, arm_at = cells, -1, []
            for i, c in enumerate(cells[1:], start=1):
                if _TOTAL_COLUMN.fullmatch(c.strip()) and total_at < 0:
                    total_at = i
                elif c.strip() and any(a.search(c) for a in arms):
                    arm_at.append(i)
            if total_at < 0 or not 2 <= len(arm_at) <= 4:
                header = cells if total_at >= 0 else None
            continue
        if total_at < 0 or not 2 <= len(arm_at) <= 4:
            continue
        label = next((c for c in cells if c.strip()), "")
        if not _SIZE_ROW.search(label) or _NOT_SIZE_ROW.search(label):
            continue
        got = [_WHOLE_CELL.fullmatch(cells[i].strip()) for i in [total_at] + arm_at]
        if not all(got):
            continue
        total, *parts = (int(g.group().replace(",", "")) for g in got)
        if total <= 0 or sum(parts) == total or any(p >= total for p in parts):
            continue
        listed = " + ".join(str(p) for p in parts)
        yield ctx.finding(
            PARTS_SUM, start, start + len(line),
            f"the arms' columns of the row add up to {listed} = {sum(parts)}, not the total column's {total}",
            expected=f"arm sizes adding up to {total}", found=f"{listed} = {sum(parts)}")


#: a total in a heading or title line: "Safety population (N=371)", "Pivotal trial, N = 371", "Table 2 (N=307)"
_HEADING_TOTAL = re.compile(r"(?<![\w/])[Nn][^\S\n]{0,2}=[^\S\n]{0,2}(?P<N>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,%])")
#: an arm's size in its column head: "Chemotherapy (N = 124)", "EXAMPLIMAB, n=247"
_HEAD_ARM_N = re.compile(r"[(\[,]?[^\S\n]{0,2}[nN][^\S\n]{0,2}=[^\S\n]{0,2}(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,%/])"
                         r"[^\S\n]{0,2}[)\]]?")
#: how many lines below its heading a table's header row may be (blank lines and one caption line)
_HEADING_REACH = 4
#: a heading line is short and holds no cell boundary
_HEADING_CHARS = 160


def _library_sizes(ctx: CheckContext) -> set[int]:
    """Every number of patients the claims library gives the document's products: counts of
    patients (a randomized or safety population and its arms) and the denominators of n/N."""
    out = _library_totals(ctx)
    for e, av in _library_arm_values(ctx):
        if e.measure == "count" and (e.unit or "") == "patients" and av.value is not None \
                and not av.value.decimals:
            out.add(int(av.value.value))
    return out


def _library_arm_values(ctx: CheckContext):
    """(entry, arm value) of every claims-library entry of the document's products, its overall
    value included."""
    for e in ctx.reference.entries.values():
        if ctx.products and e.study.product not in ctx.products:
            continue
        for av in (*e.arms.values(), *((e.overall,) if e.overall else ())):
            yield e, av


def _heading_totals(ctx: CheckContext):
    """A007 for a total in a heading or title line ("Safety population (N=371)") over a table whose
    column heads give the arms' sizes ("EXAMPLIMAB (n=247) | Chemotherapy (n=124)"; a Markdown,
    HTML or space-aligned plain-text table): the arms' sizes must add up to the heading's total.
    Each size must follow a study arm's name in its head (claims library), two to four of them, and
    the heading must hold no other number of patients. A heading total may be another population's
    than the table's (the randomized N over the safety population's columns): where the total and
    every arm size are sizes the claims library gives the product, no finding."""
    text = ctx.document.text
    if "|" not in text or "=" not in text:
        return
    arms = None
    known = None
    for m in _HEADING_TOTAL.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le == -1 else le
        line = text[ls:le]
        if "|" in line or le - ls > _HEADING_CHARS or len(_HEADING_TOTAL.findall(line)) != 1 \
                or re.search(r"\d", line[m.end() - ls:]) or re.search(r"[.;:]\s+\S", line[m.end() - ls:]):
            continue
        # the table's header row: the first line with cells below, within reach
        pos, header = le + 1, None
        for _ in range(_HEADING_REACH):
            if pos >= len(text):
                break
            nxt = text.find("\n", pos)
            nxt = len(text) if nxt == -1 else nxt
            row = text[pos:nxt]
            if "|" in row:
                header = (pos, row)
                break
            if _HEADING_TOTAL.search(row):
                break
            pos = nxt + 1
        if header is None:
            continue
        hs, row = header
        sizes = list(_HEAD_ARM_N.finditer(row))
        if not 2 <= len(sizes) <= 4:
            continue
        if arms is None:
            arms = [term_pattern(t) for t in ctx.reference.arms.values()]
        # each size after an arm's name, in a cell of its own
        cells = [row.count("|", 0, g.start()) for g in sizes]
        if len(set(cells)) != len(cells) or not all(
                any(a.search(row, row.rfind("|", 0, g.start()) + 1, g.start()) for a in arms) for g in sizes):
            continue
        total = int(m.group("N").replace(",", ""))
        parts = [int(g.group("n").replace(",", "")) for g in sizes]
        if total <= 0 or any(p >= total for p in parts) or sum(parts) == total:
            continue
        if known is None:
            known = _library_sizes(ctx)
        if total in known and all(p in known for p in parts):
            continue  # another population's total over this table's arms (both the library's)
        # where the heading's total is the library's, the arm size that is not is the one to look at
        odd = [g for g, p in zip(sizes, parts) if p not in known] if total in known else []
        at = (hs + odd[0].start(), hs + odd[0].end()) if len(odd) == 1 else (m.start(), m.end())
        listed = " + ".join(str(p) for p in parts)
        yield ctx.finding(
            PARTS_SUM, at[0], at[1],
            f"the arm sizes in the table's column heads add up to {listed} = {sum(parts)}, not the heading's "
            f"total of {total}",
            expected=f"arm sizes adding up to {total}", found=f"{listed} = {sum(parts)}")


#: an n/N and its percentage side by side, alone in a bracket, a cell or after a label's colon:
#: "(control: 5/35, 14%)", "| 5/35; 14% |": what stands before the n/N and after the percentage
_PAIR_OPEN = re.compile(r"(?:[(\[|:=]|^|[^\S\n]{2})[^\S\n]{0,2}\Z", re.M)
#: the same with the count written "n of N": "(control: 5 of 35, 14%)", "(control: 14%; 5 of 35)"
_OF = r"(?P<n>\d{1,5})[^\S\n]{1,2}(?:of|out[^\S\n]of)[^\S\n]{1,2}(?P<N>\d{1,5})"
_OF_BEFORE = re.compile(rf"(?:[(\[|:=]|^|[^\S\n]{{2}})[^\S\n]{{0,2}}{_OF}[^\S\n]{{0,2}}[,;][^\S\n]{{0,2}}\Z", re.M)
_OF_AFTER = re.compile(rf"[^\S\n]{{0,2}}[,;][^\S\n]{{0,2}}{_OF}(?=[^\S\n]{{0,2}}(?:[)\]|]|$)|[^\S\n]{{2}})", re.M)
_PAIR_JOIN = re.compile(r"[^\S\n]{0,2}[,;=][^\S\n]{0,2}")
_PAIR_CLOSE = re.compile(r"[^\S\n]{0,2}(?:[)\]|]|$)|[^\S\n]{2}", re.M)
#: an n/N and its percentage in sibling cells of one table row: "| 23/164 | 14% |" (a cell boundary between)
_CELL_JOIN = re.compile(r"[^\S\n]{0,40}\|[^\S\n]{0,40}")
#: ... each the whole of its cell: a cell boundary (or the line's start) right before the n/N
_CELL_OPEN = re.compile(r"(?:\||^)[^\S\n]{0,40}\Z", re.M)
#: ... and right after the percentage
_CELL_CLOSE = re.compile(r"[^\S\n]{0,40}(?:\||$)", re.M)


def _fraction_then_percent(ctx: CheckContext):
    """A001 for an n/N followed by its percentage after a comma ("(control: 5/35, 14%)"), a form the
    extraction reads as two figures; only where the two stand alone together (in a bracket, a table
    cell, after a label's colon), so that the percentage cannot be another figure's. So too an n/N
    and its percentage in sibling cells of a table row ("| 23/164 | 14% |"), each alone in its cell."""
    text = ctx.document.text
    ordered = sorted(ctx.claims, key=lambda c: c.start)
    for f, p in zip(ordered, ordered[1:]):
        if f.kind != "fraction" or f.n is None or not f.total or p.kind != "percentage" or p.value is None:
            continue
        if p.n is not None or p.interval is not None:
            continue
        ls = line_start(text, f.start)
        if _CELL_JOIN.fullmatch(text, f.end, p.start):
            # sibling cells, each holding only its figure ("| Responders | 79/164 | 48.2% |")
            if _CELL_OPEN.search(text, max(ls, f.start - 60), f.start) and _CELL_CLOSE.match(text, p.end):
                yield from _percent_of(ctx, p, f.n, f.total, f.start, p.end)
            continue
        if not _PAIR_JOIN.fullmatch(text, f.end, p.start):
            continue
        if not _PAIR_OPEN.search(text, max(ls, f.start - 40), f.start) or not _PAIR_CLOSE.match(text, p.end):
            continue
        yield from _percent_of(ctx, p, f.n, f.total, f.start, p.end)
    for p in ordered:
        if p.kind != "percentage" or p.value is None or p.n is not None or p.interval is not None:
            continue
        ls = line_start(text, p.start)
        m = _OF_BEFORE.search(text, max(ls, p.start - 60), p.start)
        if m is not None and _PAIR_CLOSE.match(text, p.end):
            yield from _percent_of(ctx, p, int(m.group("n")), int(m.group("N")), m.start("n"), p.end)
            continue
        m = _OF_AFTER.match(text, p.end)
        if m is not None and _PAIR_OPEN.search(text, max(ls, p.start - 40), p.start):
            yield from _percent_of(ctx, p, int(m.group("n")), int(m.group("N")), p.start, m.end())


def _percent_of(ctx: CheckContext, p: Claim, n: int, total: int, start: int, end: int):
    if total and not percent_fraction_ok(p.value, n, total) and not published_figure(ctx.reference, p):
        exact = 100.0 * n / total
        yield ctx.finding(
            PERCENT_FRACTION, start, end,
            f"{n}/{total} is {exact:.2f}%, which does not round to the stated {p.value}%",
            expected=f"{exact:.{p.value.decimals}f}%", found=f"{p.value}%")


#: a bound of an interval, with a decimal point or an EU decimal comma ("33,9"; never a thousands
#: group: one or two digits after the comma)
_BOUND = r"\d{1,3}(?:\.\d{1,2}|,\d{1,2}(?!\d))?"
#: an interval's level: "95%", "97.5 %", "97,5 %"
_LEVEL = r"\d{2}(?:[.,]\d)?"


def bound(text: str) -> Num:
    """A written bound or estimate, a decimal comma read as a decimal point ("33,9" is 33.9)."""
    return Num.parse(text.replace(",", "."))
_TO = r"[^\S\n]{0,2}(?:[-\u2013\u2014]|to)[^\S\n]{0,2}"
#: a confidence interval in a rate's bracket, after its n/N if any: "(88/109; 95% CI, 72.1-87.7)",
#: and two of them set against each other: "(95% CI 72.1-87.7 vs 33.9-51.7; P<0.001)"
_BRACKET_CI = re.compile(
    r"[(\[](?:[^()\[\]\n;]{0,24};[^\S\n]{0,3})?(?P<level>\d{2}(?:[.,]\d)?)[^\S\n]?%[^\S\n]{0,2}CIs?[,:]?[^\S\n]{0,3}"
    rf"(?P<lo>{_BOUND}){_TO}(?P<hi>{_BOUND})"
    rf"(?:(?:[^\S\n]{{1,3}}(?:vs\.?|versus|and)|[^\S\n]{{0,2}}[,;])[^\S\n]{{1,3}}(?P<lo2>{_BOUND}){_TO}(?P<hi2>{_BOUND}))?"
    r"[^\S\n]{0,2}[;,)\]]")
#: two rates given together, whose two intervals follow in the same order: "80.7% vs 29.4%", "80.7% and 29.4%"
_PAIRED = re.compile(r"[\s*_]{0,4}[)\]]?[\s*_]{0,4}(?:vs\.?|versus|and)[\s*_]{0,4}", re.I)
#: what joins rates listed together: "80.7%, 50.0% and 29.4%", "80.7% vs 29.4%"
_LISTED = re.compile(r"[\s*_]{0,4}[)\]]?[\s*_]{0,4}(?:[,;]|vs\.?|versus|and)[\s*_]{0,4}", re.I)
#: the kinds of figure that may stand between a rate and its bracket: its own n/N or count
_OWN_PARTS = {"fraction", "count"}


def _bracket_intervals(ctx: CheckContext):
    """A002 for a rate whose confidence interval its extraction did not attach: the interval in a
    bracket after the rate and its own n/N, on the same line ("80.7% of EXAMPLIMAB patients
    responded (88/109; 95% CI, 72.1-87.7)"), or two intervals set against two rates set against
    each other ("80.7% vs 29.4% (95% CI 72.1-87.7 vs 33.9-51.7)"). Only a rate with no other figure
    between it and the bracket (a difference, a p-value or another rate there may own the interval)."""
    text = ctx.document.text
    if "CI" not in text:
        return
    for m in _BRACKET_CI.finditer(text):
        ls = line_start(text, m.start())
        # a rate whose own n/N opens the bracket ("29.4% (32/109; 95% CI ...)") ends inside it: it is
        # the bracket's rate, not a figure after it
        before = [c for c in _near(ctx, max(ls, m.start() - 160), m.start())
                  if c.end <= m.start() + 1 or (c.n is not None and c.end <= m.end())]
        if any(c.interval is not None and c.interval.end > m.start() for c in _near(ctx, ls, m.end())):
            continue  # already some claim's interval
        rates = []
        for c in reversed(before):
            if c.kind in _OWN_PARTS and not rates:
                continue
            if c.kind == "pp-difference" and not rates and c.value is not None and c.interval is None \
                    and not m.group("lo2"):
                # a difference in percentage points with its own interval right after it: "difference
                # 18,6 percentage points (95 % CI 9,8–27,4)"
                rates.append(c)
                break
            if c.kind != "percentage" or c.value is None or c.interval is not None:
                break
            rates.append(c)
            if len(rates) == (2 if m.group("lo2") else 1):
                break
        if rates:
            # a rate set against the first one: "80.7%, 50.0% and 29.4% (95% CIs a and b)", "80.7% vs
            # 29.4% (95% CI a)": which rates the intervals are of is a guess
            first = rates[-1]
            k = before.index(first)
            if k > 0 and before[k - 1].kind == "percentage" and _LISTED.fullmatch(text, before[k - 1].end, first.start):
                continue
        pairs = []
        if m.group("lo2"):
            if len(rates) == 2 and _PAIRED.fullmatch(text, rates[1].end, rates[0].start):
                pairs = [(rates[1], m.group("lo"), m.group("hi")), (rates[0], m.group("lo2"), m.group("hi2"))]
        elif rates:
            pairs = [(rates[0], m.group("lo"), m.group("hi"))]
        for claim, lo, hi in pairs:
            low, high = bound(lo), bound(hi)
            if low.value < high.value and not interval_contains(claim.value, low, high):
                yield ctx.finding(
                    CI_EXCLUDES_ESTIMATE, claim.start, claim.end,
                    f"{m.group('level')}% confidence interval {low}-{high} does not contain its estimate {claim.value}",
                    found=f"{claim.value} ({low}-{high})")


#: a table cell that names a confidence interval: "95% CI", "(95% CI)", "97.5% confidence interval"
_CI_CELL = re.compile(r"[(\[]?[^\S\n]{0,2}(?:(?P<level>\d{2}(?:[.,]\d)?)[^\S\n]?%[^\S\n]{0,2})?"
                      r"(?:CIs?|[Cc]onfidence[^\S\n]{1,2}intervals?)[^\S\n]{0,2}[)\]]?[^\S\n]{0,2}:?")
#: a table cell that is one interval and nothing else: "72.1-87.7", "(0.31, 1.28)", "[21.0% to 38.8%]"
_BOUNDS_CELL = re.compile(rf"[(\[]?[^\S\n]{{0,2}}(?P<lo>{_BOUND})%?(?:{_TO}|[^\S\n]{{0,2}},[^\S\n]{{1,2}})"
                          rf"(?P<hi>{_BOUND})%?[^\S\n]{{0,2}}[)\]]?")
#: a row or column label that gives counts, whose figures are no estimate an interval is of: "n",
#: "N", "No. of patients", "Number of events" (a "%" in it makes it a rate's)
_COUNT_LABEL = re.compile(r"^(?!.*%)(?:.*(?:^|[\s,(])[nN](?:$|[\s,)=])|.*\b(?:[Nn]umber|[Nn]o\.)|\s*$)")
#: a table cell that is one estimate and nothing else: "80.7", "80.7%", "0.75"
_ESTIMATE_CELL = re.compile(r"(?P<v>\d{1,3}(?:[.,]\d{1,3})?)[^\S\n]?%?")


def _table_intervals(ctx: CheckContext):
    """A002 for an interval given in a table cell of its own, apart from its estimate's cell: a row
    labelled "95% CI" under the row of the estimates (each column's interval under its estimate), or a
    column headed "95% CI" right after the column of the estimates (the header of that column not a CI
    itself). Only a cell that is one estimate and a cell that is one interval are paired; an interval
    some claim already carries is that claim's."""
    text = ctx.document.text
    if "CI" not in text and "onfidence" not in text:
        return
    for table in ctx.document.tables:
        header = table[0] if table else []
        ci_columns = {j for j, (_, cell) in enumerate(header) if j > 0 and _CI_CELL.fullmatch(cell.strip())
                      and not _CI_CELL.fullmatch(header[j - 1][1].strip())}
        for i, row in enumerate(table):
            pairs = []  # (estimate cell, interval cell, level)
            if i > 0 and row and _CI_CELL.fullmatch(row[0][1].strip()) and len(table[i - 1]) == len(row) \
                    and not _COUNT_LABEL.search(table[i - 1][0][1]):
                level = _CI_CELL.fullmatch(row[0][1].strip()).group("level")
                pairs += [(table[i - 1][j], row[j], level) for j in range(1, len(row))]
            if i > 0:
                pairs += [(row[j - 1], row[j], _CI_CELL.fullmatch(header[j][1].strip()).group("level"))
                          for j in sorted(ci_columns) if j < len(row) and not _COUNT_LABEL.search(header[j - 1][1])]
            for (e_at, e_cell), (b_at, b_cell), level in pairs:
                est = _ESTIMATE_CELL.fullmatch(e_cell.strip())
                bounds = _BOUNDS_CELL.fullmatch(b_cell.strip())
                if est is None or bounds is None:
                    continue
                low, high = bound(bounds.group("lo")), bound(bounds.group("hi"))
                value = bound(est.group("v"))
                if not low.value < high.value or interval_contains(value, low, high):
                    continue
                b_end = b_at + len(b_cell)
                if any(c.interval is not None and c.interval.start < b_end and b_at < c.interval.end
                       for c in _near(ctx, min(e_at, b_at) - 300, b_end)):
                    continue  # already some claim's interval (and judged with it)
                start = e_at + len(e_cell) - len(e_cell.lstrip())
                yield ctx.finding(
                    CI_EXCLUDES_ESTIMATE, start, start + len(e_cell.strip()),
                    f"{level + '% ' if level else ''}confidence interval {low}-{high} (its own table cell) does not "
                    f"contain its estimate {value}",
                    found=f"{value} ({low}-{high})")


#: an interval named by its level after its estimate with words between, on one line: "0.75, with a
#: 97.5% confidence interval from 0.57 to 0.99", "80.7% of patients; the 95% CI was 72.1 to 87.7"
_WORDED_CI = re.compile(
    r"(?P<level>\d{2}(?:[.,]\d)?)[^\S\n]?(?:%|per[^\S\n]?cent\b)[^\S\n]{0,2}(?:CI\b|confidence[^\S\n]{1,2}interval\b)"
    r"[,:]?[^\S\n]{0,3}(?:(?:of|from|was|is|ranged[^\S\n]from|ranging[^\S\n]from)[^\S\n]{1,3})?"
    rf"(?P<lo>{_BOUND})%?(?:{_TO}|[^\S\n]{{0,2}},[^\S\n]{{1,2}})(?P<hi>{_BOUND})%?(?![\d.]\d)")
#: what may stand between an estimate and its interval named by words: a few words, no figure, no
#: bracket, no clause of its own; never a word that names another estimate the interval may be of
#: (a difference, a ratio, a comparison)
_WORDS_BETWEEN = re.compile(r"[A-Za-z,;:\s'-]{0,80}")
_OTHER_ESTIMATE = re.compile(
    r"\b(?:differ\w*|ratio|risk|odds|hazard|relative|reduc\w*|increas\w*|vs|versus|compared|than|between|"
    r"and|both|each|respectively|median|mean|rate)\b", re.I)
#: the kinds of figure that can own an interval
_ESTIMATES = {"percentage", "ratio", "duration", "estimate", "pp-difference"}


def _worded_intervals(ctx: CheckContext):
    """A002 for an interval named by its level after its estimate with a few words between ("the
    hazard ratio was 0.75, with a 97.5% confidence interval from 0.57 to 0.99"), where a reader can
    tell whose it is: the estimate is the only figure that could own an interval in its sentence
    before the interval, and the words between name no other estimate (a difference, a ratio)."""
    text = ctx.document.text
    if "CI" not in text and "onfidence" not in text:
        return
    for m in _WORDED_CI.finditer(text):
        lo_at, hi_at = m.start("lo"), m.end("hi")
        near = _near(ctx, m.start() - 300, m.end())
        if any(c.interval is not None and c.interval.start < hi_at and lo_at < c.interval.end for c in near):
            continue  # already some claim's interval
        before = [c for c in near if c.end <= m.start()]
        if not before:
            continue
        owner = before[-1]
        if owner.kind not in _ESTIMATES or owner.value is None or owner.interval is not None or not owner.sentence:
            continue
        between = text[owner.end:m.start()]
        if not _WORDS_BETWEEN.fullmatch(between) or _OTHER_ESTIMATE.search(between):
            continue
        s0 = owner.sentence[0]
        if s0 > m.start() or owner.sentence[1] < m.end("lo"):
            continue  # the interval is in another sentence
        rivals = [c for c in before if c is not owner and c.start >= s0 and c.kind in _ESTIMATES
                  and c.value is not None and c.interval is None]
        if rivals:
            continue  # two estimates could own it
        low, high = bound(m.group("lo")), bound(m.group("hi"))
        if low.value < high.value and not interval_contains(owner.value, low, high):
            yield ctx.finding(
                CI_EXCLUDES_ESTIMATE, owner.start, owner.end,
                f"{m.group('level')}% confidence interval {low}-{high} does not contain its estimate {owner.value}",
                found=f"{owner.value} ({low}-{high})")


#: an interval named apart from its estimate, by its level or by name alone: "95% CIs:", "the 97.5%
#: confidence interval", "Confidence intervals on the slide:" (a table row or column is read by the
#: extraction and its header instead)
_CI_LABEL = re.compile(
    r"(?:(?P<level>\d{2}(?:[.,]\d)?)[^\S\n]?(?:%|per[^\S\n]?cent\b)[^\S\n]{0,2})?"
    r"(?:\bCIs?\b|\b[Cc]onfidence[^\S\n]{1,2}intervals?\b)")
#: one interval after such a label: "72.1-87.7", "0.57 to 0.99", "from 82.1% to 87.7%" (a bound with
#: a sign before it is no bound of a positive estimate's interval)
_DETACHED_BOUNDS = re.compile(
    rf"(?<![\d.\-\u2212\u2013])(?P<lo>{_BOUND})%?{_TO}(?P<hi>{_BOUND})%?(?![\d.]?\d)")
#: what may stand between the label and an interval, or between two intervals: words, no figure
#: ("were", "ran from", "for EXAMPLIMAB and", "; ")
_DETACHED_GAP = re.compile(r"[^\d\n|()\[\]]{0,48}")
#: the words after the label or before it that give the interval to another estimate than a rate,
#: a median or a ratio stated before it (a difference, a change, a ratio no figure states)
_DETACHED_OTHER = re.compile(
    r"\b(?:differ\w*|ratio|risk|odds|hazard|relative|reduc\w*|increas\w*|change\w*|mean|effect|"
    r"between)\b", re.I)
#: a figure that may be an estimate the extraction did not read (a whole number naming a group,
#: "first 218 randomized", "2 cycles", is none)
_STRAY_FIGURE = re.compile(r"(?<![\d.])\d+\.\d|(?<![\d.,])\d[\d,]*(?![\d,]*(?:\.\d|[^\S\n][A-Za-z]))")
#: how far back (characters, in the label's paragraph) the estimates an interval may be of are read
_DETACHED_REACH = 500


def _contained_pairs(estimates: list[Claim], intervals: list[tuple[Num, Num]]) -> list[tuple[Claim, int]]:
    """The assignment of intervals to distinct estimates (in order, each interval to one estimate)
    that contains the most estimates, in-order pairings first on a tie: a list of (estimate,
    index of its interval). ``len(intervals)`` <= 3 and the estimates are few: brute force."""
    from itertools import permutations

    best: list[tuple[Claim, int]] = []
    best_score = -1
    k = len(intervals)
    # in order first: the last k estimates, then every other choice
    tail = tuple(range(len(estimates) - k, len(estimates)))
    choices = [tail] + [p for p in permutations(range(len(estimates)), k) if p != tail]
    for choice in choices:
        score = sum(interval_contains(estimates[e].value, *intervals[i]) for i, e in enumerate(choice))
        if score > best_score:
            best_score, best = score, [(estimates[e], i) for i, e in enumerate(choice)]
        if score == k:
            return []
    return best


def _detached_intervals(ctx: CheckContext):
    """A002 for confidence intervals written apart from their estimates (a line or a sentence of
    their own, a bracket after other words): "Median overall survival: 7.7 months" over a line
    "95% CI 8.0-9.2 months"; "... 80.7% vs 29.4%. The confidence intervals were 72.1 to 87.7 and
    33.9 to 51.7"; "HR 0.75 (stratified; 97.5% CI 0.80-0.99)". The estimates an interval may be of
    are the rates, medians, ratios and estimates before its label in its paragraph (at most
    ``_DETACHED_REACH`` characters back) with no interval of their own; where an interval names an
    arm after it ("... for EXAMPLIMAB"), a difference or a ratio between the arms is not its
    estimate; where none does, they are the figures of the nearest sentence before the label,
    as many as the intervals (one interval after "20.6% vs 14.2%" is the comparison's). A finding only where no way of giving each interval its own estimate makes every
    interval contain its estimate: whichever estimate the writer meant, one interval excludes it.
    Not judged: an interval some claim already holds, a table row (its header says whose it is), a
    label whose words give it to an estimate no figure states (a difference, a change), more
    intervals than estimates, and a figure between the estimates and the label that is no claim
    (an estimate the extraction did not read may own it)."""
    text = ctx.document.text
    if "CI" not in text and "onfidence" not in text:
        return
    ref = ctx.reference
    arm_terms = [(a, term_pattern(t)) for a, t in ref.arms.items()]
    for m in _CI_LABEL.finditer(text):
        ls = line_start(text, m.start())
        le = text.find("\n", m.end(), m.end() + 400)
        le = min(len(text), m.end() + 400) if le == -1 else le
        if text.find("|", ls, le) != -1:
            continue  # a table row: the extraction reads it with its header
        # the intervals after the label, each after a few words
        intervals: list[tuple[Num, Num]] = []
        labels: list[str] = []
        spans: list[tuple[int, int]] = []
        at = m.end()
        while len(intervals) < 4:
            b = _DETACHED_BOUNDS.search(text, at, min(le, at + 60))
            if b is None or not _DETACHED_GAP.fullmatch(text, at, b.start()):
                break
            gap = text[at:b.start()]
            if re.search(r"[.;!?](?:\s|$)", gap) and intervals:
                break  # the next sentence or clause
            low, high = bound(b.group("lo")), bound(b.group("hi"))
            intervals.append((low, high))
            spans.append((b.start(), b.end()))
            after = text[b.end():min(le, b.end() + 40)]
            labels.append(after)
            at = b.end()
        if not intervals or len(intervals) > 3:
            continue
        if any(not lo.value < hi.value for lo, hi in intervals):
            continue  # A003's, or not an interval
        near = _near(ctx, max(0, m.start() - _DETACHED_REACH), le + 1)
        if any(c.interval is not None and any(c.interval.start < e and s < c.interval.end for s, e in spans)
               for c in near):
            continue  # already some claim's interval
        if any(c.start < spans[-1][1] and spans[0][0] < c.end for c in near):
            continue  # the bounds are read as figures of their own (a range of a claim)
        para = text.rfind("\n\n", max(0, m.start() - _DETACHED_REACH), m.start())
        lo_at = max(0, m.start() - _DETACHED_REACH) if para == -1 else para + 2
        before = [c for c in near if lo_at <= c.start and c.end <= m.start()]
        if not before:
            continue
        # every figure between the first estimate read and the label is some claim's
        covered = sorted((c.start, c.end) for c in before)
        stray = False
        pos = before[0].start
        for s, e in covered:
            if _STRAY_FIGURE.search(text, pos, max(pos, s)):
                stray = True
                break
            pos = max(pos, e)
        if stray or _STRAY_FIGURE.search(text, pos, m.start()):
            continue
        # the words between the last figure and the label, and the label's own clause after the
        # intervals, may give the interval to an estimate no figure states
        tail = text[pos:m.start()] + " " + text[m.end():spans[0][0]]
        if _DETACHED_OTHER.search(tail):
            continue
        named_arm = any(p.search(lab) for lab in labels for _, p in arm_terms)
        estimates = [c for c in before if c.kind in _ESTIMATES and c.value is not None and c.interval is None
                     and not (named_arm and c.kind in ("pp-difference", "ratio"))]
        if not named_arm and estimates:
            # intervals naming no arm are of the figures of the nearest sentence before them, as many
            # as there are intervals: one interval after two figures set against each other is the
            # comparison's (a difference, a ratio no figure states)
            estimates = [c for c in estimates if c.sentence == estimates[-1].sentence]
            if len(estimates) != len(intervals):
                continue
        if len(estimates) < len(intervals):
            continue
        estimates = estimates[-6:]
        pairs = _contained_pairs(estimates, intervals)
        level = m.group("level")
        for claim, i in pairs:
            low, high = intervals[i]
            if interval_contains(claim.value, low, high):
                continue
            yield ctx.finding(
                CI_EXCLUDES_ESTIMATE, claim.start, claim.end,
                f"{level + '% ' if level else ''}confidence interval {low}-{high} does not contain its "
                f"estimate {claim.value} (no estimate before it that the interval contains)",
                found=f"{claim.value} ({low}-{high})")
            break


_BELOW = ("nearly", "almost", "close to", "just under")
_ABOVE = ("more than", "over", "above", "at least", "just over")
_UNDER = ("under", "fewer than", "less than", "below")


def proportion_ok(qualifier: str, n: int, d: int, rate: Num) -> bool:
    """Does "n in d" (with its qualifier) describe ``rate`` (a percentage, ± ½ its last digit)?
    Plain or "roughly" n in d: the rate rounded to d ths is n (within 10 points at most: "half" is
    40-60%); "nearly": a rate within that below n/d; "more than": at or above n/d; "fewer than": at
    or below n/d."""
    p = 100.0 * n / d
    tol = min(50.0 / d, 10.0)
    low, high = rate.value - rate.half_unit, rate.value + rate.half_unit
    if qualifier in _ABOVE:
        return high >= p - 1e-9
    if qualifier in _UNDER:
        return low <= p + 1e-9
    if qualifier in _BELOW:
        return high >= p - tol and low <= p + 0.5
    return low <= p + tol and high >= p - tol


#: the statuses of a share said in words that the claims library confirms
_CONFIRMED = ("consistent", "more-precise")


def _confirmed_by_library(ctx: CheckContext) -> set[int]:
    """The starts of the proportions in words that extraction read as percentage claims (a
    :attr:`~claimcheck.numbers.Num.band` of their wording's grain) and the claims library confirms
    for their own arm and context ("about one in five on chemotherapy" for 21.6%): not judged here.
    Where this check and a value check (V001, V002, U001) both report one, the engine keeps this
    one (:func:`claimcheck.engine.one_finding_per_share_in_words`)."""
    return {c.start for c in ctx.claims
            if c.kind == "percentage" and c.value is not None and c.value.band is not None
            and c.match is not None and str(c.match.status) in _CONFIRMED}


def _proportion_findings(ctx: CheckContext):
    """A005 for proportions in words that none of the rates they speak of supports."""
    text = ctx.document.text
    cores = proportion_cores(text)   # one pass: a window without these words has no proportion
    if not cores:
        return
    confirmed = _confirmed_by_library(ctx)
    rates = [c for c in ctx.claims if c.kind == "percentage" and c.value is not None and c.sentence
             and c.value.band is None]
    seen: set[int] = set()
    spans = sorted({c.sentence for c in rates})
    for s0, s1 in spans:
        stop = text.find("\n\n", s1, s1 + 300)  # bounded: an unbounded find made long documents quadratic
        stop = min(s1 + 300, len(text)) if stop < 0 else stop
        k = bisect.bisect_left(cores, s0)
        if k == len(cores) or cores[k] >= stop:
            continue
        for prop in proportions(text, s0, stop):
            if prop.start in seen:
                continue
            seen.add(prop.start)
            if prop.start in confirmed:
                continue  # the claims library confirms it for its own arm
            cases = _outcome_cases(ctx, prop)
            if cases is not None:
                yield cases
                continue
            # the claims near it only (bisection): scanning every rate for every proportion made a
            # long document quadratic
            # never the proportion itself read as a share ("3 out of 4 patients" is also an n of N)
            around = [c for c in _near(ctx, prop.start - 1000, prop.end + 1000)
                      if c.kind == "percentage" and c.value is not None and c.sentence and c.value.band is None
                      and not (c.start < prop.end and prop.start < c.end)]
            same = [c for c in around if c.sentence[0] <= prop.start < c.sentence[1]]
            near = same or [c for c in around if c.end <= prop.start and prop.start - c.end < 300
                            and "\n\n" not in text[c.end:prop.start]]
            if near and not same and _names_other_endpoint(ctx, prop, near):
                near = []  # "80.7% responded. Four in five responders were event-free": its own endpoint
            if near and not same and _names_other_population(ctx, prop, near):
                near = []  # "80.7% vs 29.4%. About two in three in a named subgroup ...": its own population
            if near and not same and _names_other_pairing(ctx, prop, near):
                near = []  # "MRD-negative: 78.4% of responders. Seven in ten responders reached remission ..."
            if not near:
                seen.discard(prop.start)  # no rate of its own: judged against the library below
                continue
            if any(proportion_ok(prop.qualifier, prop.n, prop.d, c.value) for c in near):
                continue
            yield _proportion_finding(ctx, prop, near)
    yield from _library_proportions(ctx, seen | confirmed)


def _sentence_span_at(ctx: CheckContext, offset: int) -> tuple[int, int] | None:
    """The span of the sentence that holds ``offset`` (None between sentences)."""
    from ..sentences import sentence_spans
    spans = ctx.sentences if ctx.sentences is not None else sentence_spans(ctx.document.text)
    k = bisect.bisect_right([a for a, _ in spans], offset) - 1
    if k < 0 or spans[k][1] <= offset:
        return None
    return spans[k]


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _same_paragraph(text: str, a: int, b: int) -> bool:
    """No blank line between offsets ``a`` < ``b`` (one paragraph, or one list)."""
    return _BLANK_LINE.search(text, a, b) is None


def _sentence_at(ctx: CheckContext, offset: int) -> str | None:
    """The text of the sentence that holds ``offset`` (None between sentences)."""
    from ..sentences import sentence_spans
    spans = ctx.sentences if ctx.sentences is not None else sentence_spans(ctx.document.text)
    k = bisect.bisect_right([a for a, _ in spans], offset) - 1
    if k < 0 or spans[k][1] <= offset:
        return None
    return ctx.document.text[spans[k][0]:spans[k][1]]


def _names_other_endpoint(ctx: CheckContext, prop, near: list[Claim]) -> bool:
    """Does the proportion's own sentence name an outcome (efficacy or safety endpoint) that none of
    the earlier sentences' rates is about? Then those rates are not what it describes."""
    sentence = _sentence_at(ctx, prop.start)
    if sentence is None:
        return False
    own = {eid for eid, t in ctx.reference.endpoints.items()
           if t.domain in ("efficacy", "safety") and term_pattern(t).search(sentence)}
    return bool(own) and not any(c.endpoint in own for c in near)


def _names_other_population(ctx: CheckContext, prop, near: list[Claim]) -> bool:
    """Does the proportion's own sentence name a population of the claims library (in words of its
    own, not an endpoint's) that none of the earlier sentences' rates is about? Then those rates (of
    the whole population) are not what it describes: "About two in three in a named subgroup reached
    remission" after "80.7% vs 29.4%"."""
    sentence = _sentence_at(ctx, prop.start)
    if sentence is None:
        return False
    ref = ctx.reference
    outcome_spans = [m.span() for t in ref.endpoints.values() if t.domain in ("efficacy", "safety")
                     for m in term_pattern(t).finditer(sentence)]
    named = {pid for pid, t in ref.populations.items()
             if any(not any(a <= m.start() and m.end() <= b for a, b in outcome_spans)
                    for m in term_pattern(t).finditer(sentence))}
    return bool(named) and not any(c.population in named for c in near)


#: the words right after a proportion that make its whole the cases of an outcome: "nine in ten liver
#: events", "seven of ten cases of the liver event", "four in five patients who developed the liver event" (the outcome's
#: name, read with the claims library's terms, right before "events" or right after "with")
_CASES_WORD = re.compile(r"[^\S\n]{1,3}(?:events?|cases?|episodes?)\b", re.I)
_CASES_OF = re.compile(r"[^\S\n]{1,3}(?:of[^\S\n]{1,3})?(?:(?:the|all|those)[^\S\n]{1,3})?(?:(?:cases?|episodes?|events?)"
                       r"[^\S\n]{1,3}of|(?:patients|adults|children|people|those)[^\S\n]{1,3}(?:with|who[^\S\n]{1,3}"
                       r"(?:had|developed|experienced))|(?:[A-Za-z][\w-]{0,30}[^\S\n]{1,3})?(?:patients|adults)[^\S\n]{1,3}"
                       r"with)[^\S\n]{1,3}", re.I)


def _outcome_cases(ctx: CheckContext, prop):
    """U001 for a proportion in words whose whole is the cases of an outcome, not the patients ("Nine in
    ten liver events resolved once treatment was stopped", "seven in ten patients who developed the liver event
    recovered"): what became of the cases, a figure of its own that no rate of the outcome (of all
    patients) describes and that the claims library holds no entry of. None where the proportion is
    not of such cases, its sentence names a comparator arm or another outcome (whose entry may hold
    it), or no outcome at all."""
    from .unsupported import UNSUPPORTED_CLAIM

    text = ctx.document.text
    ref = ctx.reference
    sentence = _sentence_span_at(ctx, prop.start)
    s1 = sentence[1] if sentence else min(len(text), prop.end + 200)
    s0 = sentence[0] if sentence else prop.start
    after = text[prop.end:min(s1, prop.end + 120)]
    outcome = None
    lead = _CASES_OF.match(after)
    for eid, t in ref.endpoints.items():
        if t.domain not in ("efficacy", "safety"):
            continue
        pat = term_pattern(t)
        if lead is not None:
            m = pat.match(after, lead.end())
            if m is not None:
                outcome = (eid, m.group(0))
                break
        m = pat.match(after, len(after) - len(after.lstrip()))
        if m is not None and _CASES_WORD.match(after, m.end()):
            outcome = (eid, m.group(0))
            break
        if m is None:
            # a word before the outcome's name ("nine in ten serious liver events")
            w = re.match(r"\s{1,3}[A-Za-z][\w-]{0,30}", after)
            m = pat.match(after, w.end() + 1) if w else None
            if m is not None and _CASES_WORD.match(after, m.end()):
                outcome = (eid, m.group(0))
                break
    if outcome is None:
        return None
    eid, words = outcome
    whole = text[s0:s1]
    if any(term_pattern(t).search(whole) for a, t in ref.arms.items() if a not in ref.product_arms):
        return None
    others = [e for e, t in ref.endpoints.items() if e != eid and t.domain in ("efficacy", "safety")
              and any(m.group(0).lower() not in words.lower() for m in term_pattern(t).finditer(whole))]
    if others:
        return None
    if any(av.value is not None and proportion_ok(prop.qualifier, prop.n, prop.d, av.value)
           for e in ref.by_endpoint.get(eid, ()) for a, av in e.arms.items() if a in ref.product_arms):
        return None  # a figure of the outcome that the library holds (which analysis, uncertain): not invented
    said = " ".join(prop.text.split())
    return ctx.finding(
        UNSUPPORTED_CLAIM, prop.start, prop.end,
        f"\"{said}\" ({prop.n} in {prop.d}) is a share of the {' '.join(words.split())} cases themselves, not of "
        f"the patients: no rate of {ref.endpoints[eid].label} describes it and the claims library holds no "
        f"entry of it", found=said)


def _names_other_pairing(ctx: CheckContext, prop, near: list[Claim]) -> bool:
    """Does the proportion's own sentence name both an outcome and a population that the earlier
    sentences' rates each hold, but no one rate holds together? "78.4% of responders were MRD-negative.
    Seven in ten responders reached remission after one cycle": the responders' rate is of another outcome,
    the outcome's rate (80.7%) of all patients; neither is what it describes."""
    sentence = _sentence_at(ctx, prop.start)
    if sentence is None:
        return False
    ref = ctx.reference
    outcome_spans = [(m.span(), eid) for eid, t in ref.endpoints.items() if t.domain in ("efficacy", "safety")
                     for m in term_pattern(t).finditer(sentence)]
    own = {eid for _, eid in outcome_spans}
    named = {pid for pid, t in ref.populations.items()
             if any(not any(a <= m.start() and m.end() <= b for (a, b), _ in outcome_spans)
                    for m in term_pattern(t).finditer(sentence))}
    if not own or not named:
        return False
    return not any(c.endpoint in own and c.population in named for c in near)


def _library_proportions(ctx: CheckContext, seen: set[int]):
    """A005 for a proportion in words with no rate near it ("Nearly half of patients on EXAMPLIMAB
    reached remission"): judged against the claims library's rates of the product for the
    efficacy or safety endpoint its sentence names (the entries of the population it names, else
    the endpoint's default entries). Not judged where its sentence names a comparator arm (the
    proportion may be the comparator's), names no endpoint, or no such entry holds a rate."""
    text = ctx.document.text
    props = [p for p in proportions(text) if p.start not in seen]
    if not props:
        return
    from ..sentences import sentence_spans
    ref = ctx.reference
    spans = ctx.sentences if ctx.sentences is not None else sentence_spans(text)
    starts = [a for a, _ in spans]
    for prop in props:
        k = bisect.bisect_right(starts, prop.start) - 1
        s0, s1 = spans[k] if k >= 0 and spans[k][1] > prop.start else (prop.start, prop.end)
        sentence = text[s0:s1]
        if any(term_pattern(t).search(sentence) for a, t in ref.arms.items() if a not in ref.product_arms):
            continue
        # a population is named by words of its own, not by an endpoint's ("responders were
        # MRD-negative": the endpoint MRD negativity, not the population of MRD-negative patients)
        outcome_spans = [m.span() for t in ref.endpoints.values() for m in term_pattern(t).finditer(sentence)]
        named_pops = {pid for pid, t in ref.populations.items()
                      if any(not any(a <= m.start() and m.end() <= b for a, b in outcome_spans)
                             for m in term_pattern(t).finditer(sentence))}
        rates: list[tuple[Num, Entry]] = []
        for eid, term in ref.endpoints.items():
            if term.domain not in ("efficacy", "safety") or not term_pattern(term).search(sentence):
                continue
            for e in ref.by_endpoint.get(eid, ()):
                if e.measure != "rate" or (e.unit or "").strip() != "%" or (
                        ctx.products and e.study.product not in ctx.products):
                    continue
                if (e.population in named_pops) if named_pops else e.default:
                    rates += [(av.value, e) for a, av in e.arms.items()
                              if a in ref.product_arms and av.value is not None]
        if not rates or any(proportion_ok(prop.qualifier, prop.n, prop.d, v) for v, _ in rates):
            continue
        words = " ".join(prop.text.split())
        value, entry = rates[0]
        values = " or ".join(dict.fromkeys(f"{v}%" for v, _ in rates))
        yield ctx.finding(
            RELATIVE_WORDING, prop.start, prop.end,
            f"\"{words}\" ({prop.n} in {prop.d}, {100.0 * prop.n / prop.d:.0f}%) describes none of the claims "
            f"library's rates of the product for what its sentence names: {values} (source: {entry.source})",
            expected=values, found=words, reference_id=entry.id, source=entry.source)



def _proportion_finding(ctx: CheckContext, prop: Proportion, near: list[Claim]):
    words = " ".join(prop.text.split())
    p = 100.0 * prop.n / prop.d
    values = " or ".join(dict.fromkeys(f"{c.value}%" for c in near))
    return ctx.finding(
        RELATIVE_WORDING, prop.start, prop.end,
        f"\"{words}\" ({prop.n} in {prop.d}, {p:.0f}%) describes none of the rates it speaks of: {values}",
        expected=values, found=words)


#: words that make relative wording speak of a risk, hazard or odds (compared with the HR/OR, not with rates)
_RISK_WORDS = re.compile(r"\b(?:risk|hazard|odds|likelihood|death|mortality)\b", re.I)


def _ratio_for(ctx: CheckContext, claim: Claim):
    """The hazard or odds ratio relative wording about a risk refers to: a ratio stated in the claim's
    sentence, else within 400 characters, else the claims library's ratio for the claim's endpoint.
    "odds" wording prefers an odds ratio, other wording a hazard ratio. Returns (ratio Num, kind,
    entry or None) or None."""
    text = ctx.document.text
    s0, s1 = claim.sentence
    words = text[max(s0, claim.start - 120):min(max(s1, claim.end), claim.end + 120)].lower()
    wanted = "odds-ratio" if "odds" in words else "hazard-ratio"
    near = [c for c in _near(ctx, claim.start - 399, claim.start + 400)
            if c.kind == "ratio" and c.value is not None and abs(c.start - claim.start) < 400]
    near.sort(key=lambda c: (c.sentence != claim.sentence, c.ratio_kind != wanted, abs(c.start - claim.start)))
    if near:
        return near[0].value, near[0].ratio_kind, None
    entry = reference_ratio(ctx, claim, wanted)
    if entry:
        return entry.ratio.value, entry.ratio.kind, entry
    return None


#: the kinds of figure relative wording compares two of ("more than twice as many (45.9% vs 20.1%)")
_COMPARED = {"percentage", "duration"}
#: ... and rates per time at risk in one unit ("19.34 events per patient-year, less than half the 42.44"),
#: which the extraction gives as estimates in "events per ..."
_RATE_UNIT = "events per "
#: a word before plain relative wording that makes it approximate: "about three times as many"
_ABOUT = re.compile(r"\b(?:about|around|roughly|some|approximately)\s{1,3}\Z", re.I)


def _approximate_ok(ctx: CheckContext, claim: Claim, ratio: float) -> bool:
    """"about three times": a plain factor the ratio is within 10 % of."""
    text = ctx.document.text
    if claim.factor is None or not _ABOUT.search(text, max(0, claim.start - 20), claim.start):
        return False
    return abs(ratio - claim.factor) <= 0.1 * claim.factor


def _own_figures(ctx: CheckContext, claim: Claim, same: list[Claim]) -> tuple[Claim, Claim] | None:
    """The two figures relative wording describes in its own clause (the part of its sentence between
    semicolons), else its own sentence: exactly two rates, or two durations in one unit; never the
    figures of another sentence. None where there are not exactly two."""
    text = ctx.document.text
    s0, s1 = claim.sentence
    if not s1 > s0:
        return None
    figures = [c for c in same if (c.kind in _COMPARED or c.kind == "estimate" and (c.unit or "").startswith(_RATE_UNIT))
               and c.value is not None and c.sentence == claim.sentence]
    c0 = text.rfind(";", s0, claim.start) + 1 or s0
    c1 = text.find(";", claim.end, s1)
    c1 = s1 if c1 == -1 else c1
    for group in ([c for c in figures if c0 <= c.start < c1], figures):
        pairs = []
        for kind in sorted((*_COMPARED, "estimate")):
            of_kind = [c for c in group if c.kind == kind]
            if kind in ("duration", "estimate") and len({(c.unit or "") for c in of_kind}) != 1:
                continue
            if len(of_kind) == 2:
                pairs.append((of_kind[0], of_kind[1]))
        if pairs:
            # two pairs (rates and durations): the one nearest the wording, whatever the kinds'
            # order (a set's order changes from run to run: the result must not)
            return min(pairs, key=lambda p: (abs(p[0].start - claim.end), p[0].start))
        if len(group) >= 2:
            return None  # more figures than two, or of two kinds: which it describes is a guess
    return None


#: what may open a line before a heading's or a lead-in's words, blanks aside (a reader's blanked "#",
#: "**" or "<table><caption>", of any width): a bullet, markup
_LINE_OPENING = re.compile(r"[\s*_#>\-+\u2022]{0,12}")
#: how far below a heading or lead-in the figures it speaks of are looked for
_BELOW_REACH = 500


def _figures_below(ctx: CheckContext, claim: Claim) -> tuple[Claim, Claim] | None:
    """The two figures relative wording speaks of where it is a heading or a lead-in of its own (a
    sentence without figures that opens its line: "## Three times as many patients alive at one year",
    "**Three times as many patients alive at one year.** One-year survival was 37.1% vs 16.7%") and the
    figures are below it: the first table row or sentence after it, before the next heading, that holds
    rates, where it holds exactly two (of the wording's endpoint, if it names one). None where the
    wording speaks of a risk (the hazard ratio's) or the first such row or sentence holds more or fewer."""
    text = ctx.document.text
    s0, s1 = claim.sentence
    if not s1 > s0 or s1 - s0 > 200:
        return None
    ls = line_start(text, s0)
    if not _LINE_OPENING.fullmatch(text[ls:s0].strip()) or _RISK_WORDS.search(text, s0, s1):
        return None
    if any(c.sentence == claim.sentence and c.kind in _COMPARED for c in _near(ctx, s0, s1)):
        return None
    headings = sorted(h[0] for h in ctx.document.metadata.get("headings", ()) if isinstance(h, (tuple, list)) and h)
    k = bisect.bisect_right(headings, s1)
    limit = min(s1 + _BELOW_REACH, headings[k] if k < len(headings) else len(text))
    after = [c for c in _near(ctx, s1, limit) if c.start >= s1]
    for c in after:
        if c.kind != "percentage" or c.value is None:
            continue
        # the rates of this figure's line if it is a table row (cells), else of its sentence
        c_ls = line_start(text, c.start)
        c_le = text.find("\n", c.start)
        c_le = len(text) if c_le == -1 else c_le
        if "|" in text[c_ls:c_le] or _LEADER.search(text, c_ls, c_le):
            group = [d for d in after if c_ls <= d.start < c_le]
        else:
            group = [d for d in after if d.sentence == c.sentence]
        rates = [d for d in group if d.kind == "percentage" and d.value is not None]
        if len(rates) != 2 or any(d.kind in _COMPARED and d not in rates for d in group):
            return None
        if claim.endpoint is not None and any(d.endpoint not in (None, claim.endpoint) for d in rates):
            return None
        return rates[0], rates[1]
    return None


def _relative(ctx: CheckContext, claim: Claim):
    if claim.relative in ("relative reduction", "relative increase") and claim.value is not None:
        found = _ratio_for(ctx, claim)
        if found is None:
            return
        ratio, kind, entry = found
        reduction = claim.relative == "relative reduction"
        if not relative_change_ok(claim.value, ratio, reduction):
            low, high = implied_change(ratio, reduction)
            implied = Num.of(round((low + high) / 2, max(0, ratio.decimals - 2)), max(0, ratio.decimals - 2))
            formula = "1 − " + str(ratio) if reduction else str(ratio) + " − 1"
            yield ctx.finding(
                RELATIVE_WORDING, claim.start, claim.end,
                f"a {kind.replace('-', ' ')} of {ratio} is a {implied}% {claim.relative} ({formula}), not "
                f"{claim.value}%" + (f" (source: {entry.source})" if entry else ""),
                expected=f"{implied}%", found=f"{claim.value}%",
                reference_id=entry.id if entry else None, source=entry.source if entry else None)
        return
    if claim.factor is None:
        return
    pair = None
    s0, s1 = claim.sentence
    same = _near(ctx, s0, s1 + 1) if s1 > s0 else ctx.claims  # a claim starts inside its sentence
    rates = [c for c in same if c.kind == "percentage" and c.sentence == claim.sentence and c.arm and c.value]
    prod = [c for c in rates if c.arm in ctx.reference.product_arms]
    other = [c for c in rates if c.arm not in ctx.reference.product_arms]
    own = _own_figures(ctx, claim, same)
    if own is None and not rates:
        own = _figures_below(ctx, claim)
    if own is not None and not (prod and other):
        # the two figures of its own clause or sentence, whatever arm the context gave them: which
        # is the product's is not known, so the wording is judged by the larger over the smaller
        a, b = own
        high, low = (a.value, b.value) if a.value.value >= b.value.value else (b.value, a.value)
        if low.value - low.half_unit <= 0:
            return
        ratio = high.value / low.value
        # the written figures stand for ± ½ their last digit: the ratios they allow
        r_min = (high.value - high.half_unit) / (low.value + low.half_unit)
        r_max = (high.value + high.half_unit) / (low.value - low.half_unit)
        allowed = [r_min + (r_max - r_min) * k / 8 for k in range(9)]
        if claim.factor < 1:
            ratio, allowed = 1 / ratio, [1 / r for r in allowed]
        wording = claim.relative or ""
        if not any(relative_ok(wording, claim.factor, r) or _approximate_ok(ctx, claim, r) for r in allowed):
            yield ctx.finding(
                RELATIVE_WORDING, claim.start, claim.end,
                f"\"{claim.text.strip()}\" claims a factor of {claim.factor:g}, but the figures it describes "
                f"give {a.text.strip()} and {b.text.strip()}: a ratio of {ratio:.2f}",
                expected=f"ratio {ratio:.2f}", found=claim.relative,
                extra={"overstated": _inflated(claim.factor, ratio)})
        return
    about_risk = (claim.relative or "").split()[0:1] == ["by"] or _RISK_WORDS.search(
        ctx.document.text, max(s0, claim.start - 60), min(s1, claim.end + 60))
    endpoint = claim.endpoint or (_survival_endpoint(ctx) if _LIVING.search(ctx.document.text, s0, s1) else None)
    if own is None and not rates and not about_risk and endpoint:
        # no figures in its sentence: the pairs of its endpoint the piece gives elsewhere (a
        # headline over the body, a quiz answer under the question's table)
        judged = _judge_by_document_pairs(ctx, claim, endpoint)
        if judged is not None:
            yield from judged
            return
    # wording about a risk ("halved the risk of death", "by one in three", "doubled the odds") is a
    # statement about the HR/OR, unless the sentence gives the two rates it compares
    if about_risk and not (prod and other):
        found = _ratio_for(ctx, claim)
        if found is not None:
            ratio, kind, entry = found
            if not relative_ok(claim.relative or "", claim.factor, ratio.value):
                yield ctx.finding(
                    RELATIVE_WORDING, claim.start, claim.end,
                    f"\"{claim.text.strip()}\" claims a ratio of {claim.factor:.2g}, but the "
                    f"{kind.replace('-', ' ')} is {ratio}" + (f" (source: {entry.source})" if entry else ""),
                    expected=f"{kind.replace('-', ' ')} {ratio}", found=claim.relative,
                    reference_id=entry.id if entry else None, source=entry.source if entry else None,
                    extra={"overstated": _risk_inflated(claim.factor, ratio.value)})
            return
    source = entry_id = None
    if prod and other:
        pair = (prod[0].value.value, other[0].value.value)
    else:
        # the endpoint named, or survival said by a verb of living ("patients lived twice as long")
        found = _library_pair(ctx, claim, endpoint)
        if found:
            pair = found[:2]
            entry_id = found[2]
            source = ctx.reference.entries[entry_id].source
    if not pair or min(pair) <= 0:
        return
    # "X times as many A as B", "B ... half as many as A": the ratio of the larger figure to the
    # smaller (for a factor below 1, the smaller to the larger), whichever arm the phrase names first
    # and whichever the context gave each figure
    pair = (max(pair), min(pair)) if claim.factor >= 1 else (min(pair), max(pair))
    ratio = pair[0] / pair[1]
    if not relative_ok(claim.relative or "", claim.factor, ratio):
        yield ctx.finding(
            RELATIVE_WORDING, claim.start, claim.end,
            f"\"{claim.text.strip()}\" claims a factor of {claim.factor:g}, but {pair[0]:g} / {pair[1]:g} = {ratio:.2f}"
            + (f" (source: {source})" if source else ""),
            expected=f"ratio {ratio:.2f}", found=claim.relative, reference_id=entry_id, source=source,
            extra={"overstated": _inflated(claim.factor, ratio)})


#: relative wording of time lived, not of a share alive: "twice as long", "three times longer",
#: "doubled the time", right after the wording
_DURATION_WORDING = re.compile(r"[\s*_]{0,4}(?:as\s{1,3}long|longer|the\s{1,3}(?:time|length|duration))\b", re.I)
#: wording of a share or a number of patients: "twice as many", "doubled the rate", "alive at one year"
_SHARE_WORDING = re.compile(r"\b(?:many|more\s{1,3}patients|rates?|proportions?|percentages?|shares?|number|"
                            r"alive|likely|chances?|odds|%)", re.I)
#: wording of the long term: "more than doubled long-term survival"
_LONG_TERM = re.compile(r"\blong[\s-]{0,2}term\b", re.I)


def _library_pair(ctx: CheckContext, claim: Claim, endpoint: str | None) -> tuple[float, float, str] | None:
    """The claims library's figures relative wording without figures of its own is judged by: the
    medians of its endpoint where it names a median or a length of time ("nearly doubles median
    survival", "survival twice as long") or speaks of the endpoint plainly, with no timepoint and no
    word of a share ("EXAMPLIMAB DOUBLED SURVIVAL": the reader takes the time lived, which a median
    measures); the rates at the latest timepoint for wording of the long term ("more than doubled
    long-term survival"); else the rates (of its timepoint, where it names one). ``endpoint``: the
    wording's own, or the survival endpoint a verb of living speaks of (for the medians only: "lived
    twice as long")."""
    text = ctx.document.text
    s0, s1 = claim.sentence
    plain = not (claim.timepoint or _LONG_TERM.search(text, s0, s1) or _SHARE_WORDING.search(text, s0, s1))
    if _MEDIAN.search(text, s0, s1) or _DURATION_WORDING.match(text, claim.end) or plain:
        found = _reference_rates(ctx, claim, measures=_MEDIAN_MEASURES, endpoint=endpoint)
        if found:
            return found
    # rates only of an endpoint the wording names: "three times as many patients alive" over figures
    # of several timepoints is a guess at which it speaks of
    return _reference_rates(ctx, claim, latest=bool(_LONG_TERM.search(text, s0, s1)) and not claim.timepoint)


def _inflated(factor: float, ratio: float) -> bool:
    """Wording that failed its check claims a larger effect than the figures give, beyond what
    "nearly" would cover: the ratio (larger over smaller) is below 85 % of the factor ("doubled" for
    1.66), or for "halved" the share (smaller over larger) above the half by as much. "Tripled" for
    2.74 is no overstatement: "nearly tripled" would be right, the slip is arithmetic (A005 alone)."""
    return ratio < factor * _NEARLY if factor >= 1 else ratio > factor / _NEARLY


def _risk_inflated(factor: float, ratio: float) -> bool:
    """Wording about a risk that failed its check claims a larger effect than the hazard or odds
    ratio (as :func:`_inflated`): "halved the risk" (0.5) where the HR is 0.75, "doubled the odds"
    (2) where the OR is 1.6."""
    return _inflated(factor, ratio)


#: a median named in relative wording's sentence ("nearly doubles median survival")
_MEDIAN = re.compile(r"\bmedian\b", re.I)
_MEDIAN_MEASURES = ("median",)
#: how an arm stated by the text itself reaches a value (Claim.arm_source): next to it, its
#: column's header, a "vs" chain or "respectively" order
_ARM_STATED = frozenset(("own", "chain"))
#: how many pairs of the endpoint a piece may give before the wording is not judged by them
_MAX_PAIRS = 6


#: wording of living that speaks of survival without naming it ("patients lived twice as long")
_LIVING = re.compile(r"\b(?:lived?|living|lives|survived?|surviving|alive)\b", re.I)


def _survival_endpoint(ctx: CheckContext) -> str | None:
    """The endpoint of the document's products that the claims library calls plain "survival" (one
    of its terms), when exactly one is: what "lived twice as long" speaks of."""
    ref = ctx.reference
    products = set(ctx.products or ())
    found = {eid for eid, t in ref.endpoints.items()
             if any(x.strip().lower() == "survival" for x in (t.label, *t.synonyms))
             and (not products or not t.products or set(t.products) & products)}
    return next(iter(found)) if len(found) == 1 else None


def _difference_by_document_pairs(ctx: CheckContext, claim: Claim):
    """A004 for a difference in percentage points whose sentence gives no rates, none before it either,
    judged against the pairs of rates of its endpoint the piece gives elsewhere (a row of a table after
    it, a sentence of another section; see :func:`_document_pairs`): no finding where one of them gives
    it within rounding, a finding naming the nearest where none does. None where the piece gives no
    such pair (or too many to judge by)."""
    pairs = [(a, b) for a, b in _document_pairs(ctx, claim, claim.endpoint, kinds=("percentage",))
             if claim.population is None or a.population in (None, claim.population)]
    if not pairs or len(pairs) > _MAX_PAIRS:
        return None
    if any(difference_ok(claim.value, a.value, b.value) for a, b in pairs):
        return []
    a, b = min(pairs, key=lambda p: abs(p[0].start - claim.start))
    high, low, exact = _ordered_difference(a.value, b.value)
    return [ctx.finding(
        DIFFERENCE, claim.start, claim.end,
        f"stated difference {claim.value} percentage points, but the piece gives {high}% vs {low}% for it: "
        f"{high}% − {low}% = {exact} percentage points",
        expected=f"{exact} percentage points", found=f"{claim.value} percentage points")]


def _document_pairs(ctx: CheckContext, claim: Claim, endpoint: str,
                    kinds: tuple[str, ...] | None = None) -> list[tuple[Claim, Claim]]:
    """The pairs of the wording's endpoint the piece gives (:func:`_judge_by_document_pairs`): per
    sentence or table row, exactly two values of one kind (rates, or durations in one unit) and one
    timepoint, a product arm's and another arm's, or two whose arms the context left open ("Median
    survival: 9.3 vs 5.6 months"); of the wording's timepoint where it names one, of durations only where
    its sentence names a median."""
    product_arms = ctx.reference.product_arms
    s0, s1 = claim.sentence
    if kinds is None:
        kinds = ("duration",) if (_MEDIAN.search(ctx.document.text, s0, s1)
                                  or _DURATION_WORDING.match(ctx.document.text, claim.end)) else tuple(_COMPARED)
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for c in ctx.claims:
        if (c.endpoint == endpoint and c.kind in kinds and c.value is not None
                and c.sentence != claim.sentence
                and (claim.timepoint is None or c.timepoint == claim.timepoint)):
            by_sentence.setdefault(c.sentence, []).append(c)
    out: list[tuple[Claim, Claim]] = []
    for group in by_sentence.values():
        for kind in kinds:
            of_kind = [c for c in group if c.kind == kind]
            if len(of_kind) != 2 or len({c.unit or "" for c in of_kind}) != 1 \
                    or len({c.timepoint for c in of_kind}) != 1 or len({c.population for c in of_kind}) != 1:
                continue
            a, b = of_kind
            if a.arm and b.arm and (a.arm in product_arms) != (b.arm in product_arms):
                out.append((a, b) if a.arm in product_arms else (b, a))
            elif not ({a.arm_source, b.arm_source} & _ARM_STATED):
                out.append((a, b))   # arms the context gave, not the text ("Median survival: 9.3 vs 5.6 months")
    return out


def _judge_by_document_pairs(ctx: CheckContext, claim: Claim, endpoint: str):
    """Ratio wording whose sentence gives no figures, judged against the pairs of its endpoint the
    piece gives elsewhere ("# EXAMPLIMAB doubled survival" over a body with median survival 9.3 vs
    5.6 months; a quiz answer "It doubled median survival" under the question's table): no finding
    where one of them supports it (which pair it speaks of is not known), a finding naming the
    nearest where none does. None where the piece gives no such pair (or too many to judge by)."""
    pairs = _document_pairs(ctx, claim, endpoint)
    if not pairs or len(pairs) > _MAX_PAIRS:
        return None
    judged = []
    for a, b in pairs:
        high, low = (a.value, b.value) if a.value.value >= b.value.value else (b.value, a.value)
        if low.value - low.half_unit <= 0:
            return None
        r_min = (high.value - high.half_unit) / (low.value + low.half_unit)
        r_max = (high.value + high.half_unit) / (low.value - low.half_unit)
        allowed = [r_min + (r_max - r_min) * k / 8 for k in range(9)]
        ratio = high.value / low.value
        if claim.factor < 1:
            ratio, allowed = 1 / ratio, [1 / r for r in allowed]
        if any(relative_ok(claim.relative or "", claim.factor, r) or _approximate_ok(ctx, claim, r) for r in allowed):
            return []
        judged.append((abs(a.start - claim.start), a, b, ratio))
    _, a, b, ratio = min(judged, key=lambda j: j[0])
    return [ctx.finding(
        RELATIVE_WORDING, claim.start, claim.end,
        f"\"{claim.text.strip()}\" claims a factor of {claim.factor:g}, but the piece gives "
        f"{a.text.strip()} vs {b.text.strip()} for it: a ratio of {ratio:.2f}",
        expected=f"ratio {ratio:.2f}", found=claim.relative,
        extra={"overstated": _inflated(claim.factor, ratio)})]


# ------------------------------------------------------------------ n (%) of a total stated before (A001)
#: a noun that names the people counted: "92 responders", "164 adult patients"
_POP_NOUN = (r"(?:patients?|adults?|subjects?|participants?|responders?|people|persons|children|individuals|"
             r"recipients|cases)\b")
#: a count with its percentage in a bracket after it: "80 (87.0%)", "79 patients (48,2 %)", "23 of them (14%)"
_COUNT_PCT = re.compile(
    rf"(?<![\w.,/%\u2013-])(?P<n>\d{{1,5}})(?![\d.,])(?:[^\S\n]{{1,2}}(?:{_POP_NOUN}|of[^\S\n]them|of[^\S\n]these))?"
    # a few words of what they did, no figure ("42 did so after the first cycle (45.7%)", "38 after the
    # second (41.3%)"); never a unit (a duration, a dose) right after the count
    r"(?P<w>(?![^\S\n]{1,2}(?:months?|weeks?|days?|years?|cycles?|doses?|mg|times|points?|percent|per)\b)"
    r"(?:[^\S\n]{1,2}[A-Za-z][\w/-]{0,19}){1,6})?"
    r"[^\S\n]{0,2}[(\[][^\S\n]{0,2}(?P<p>\d{1,3}(?:[.,]\d{1,2})?)[^\S\n]?%[^\S\n]{0,2}[)\]]")
#: an N of its own right after the bracket ("23 (14%) of 164"): A001 reads that one
_OWN_TOTAL_AFTER = re.compile(r"[^\S\n]{0,2}(?:of|/|out[^\S\n]of)[^\S\n]{1,2}(?:the[^\S\n]{1,2})?\d", re.I)
#: the end of a clause that opens on a total, right before the count: "Of the 92 responders, ",
#: "Among 164 patients treated: ", "164 patients received it; ", "..., of whom "
_CLAUSE_TO_COUNT = re.compile(r"(?:[,:;\u2013\u2014]|\bof[^\S\n]{1,2}(?:whom|which|these|them|those))[^\S\n]{0,3}\Z",
                              re.I)
#: a total named as the group a count is of, opening its clause: "Of the 92 responders", "Among 164
#: patients treated", "In the 88 patients in remission", "Out of all 164 EXAMPLIMAB patients"
_GROUP_TOTAL = re.compile(
    r"(?:^|(?<=[\s(]))(?:[Oo]f|[Aa]mong(?:st)?|[Ii]n|[Ff]rom|[Oo]ut[^\S\n]of|[Aa]cross)[^\S\n]{1,2}"
    r"(?:(?:the|these|those|all|a[^\S\n]total[^\S\n]of)[^\S\n]{1,2})?(?:first[^\S\n]{1,2})?"
    r"(?P<N>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,%])[^\S\n]")
#: a total stated as a number of people: "164 patients received EXAMPLIMAB", "a total of 92 adults"
_PEOPLE_TOTAL = re.compile(
    rf"(?<![\w.,/%])(?P<N>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})(?![\d.,%])[^\S\n]{{1,2}}(?:[\w-]{{1,20}}[^\S\n]{{1,2}}){{0,2}}"
    rf"{_POP_NOUN}", re.I)
#: a sentence that opens on a group named in the sentence before: "Of these, 79 (52.2%) ..."
_ANAPHORIC_GROUP = re.compile(
    r"^[^\S\n]{0,3}(?:[Oo]f|[Aa]mong(?:st)?|[Ii]n)[^\S\n]{1,2}(?:these|them|those|this[^\S\n]group)"
    rf"(?:[^\S\n]{{1,2}}{_POP_NOUN})?[^\S\n]{{0,2}},?[^\S\n]{{0,3}}\Z")
#: a cycle, day or week number, or a time, that dates a count ("in cycle 1", "within 2 cycles", "by day 28",
#: "after 3 months")
_DATING = re.compile(r"\b(?:cycles?|days?|weeks?|months?)[^\S\n]{0,2}\d{1,3}\b"
                     r"|(?<![\d.,])\d{1,3}[^\S\n]{0,2}(?:cycles?|days?|weeks?|months?)\b", re.I)
#: a whole number (no percentage, no decimal)
_WHOLE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,]?\d|[^\S\n]?%)|(?<![\d.,])\d{1,6}(?![\d.,]?\d|[^\S\n]?%)")
#: what between two counts of one total says the second is of another group: a comparison, an arm
_OTHER_GROUP = re.compile(r"\b(?:vs|versus|compared|whereas|while|than|respectively|against|but|control|"
                          r"comparator|other|remaining|each|per)\b", re.I)


#: words between a count and its bracket that make the bracket another figure's or the count another
#: group's: a comparison, a share of something else ("of", "per"), a rate word
_OTHER_WORDS = re.compile(r"\b(?:vs|versus|compared|whereas|while|than|against|but|of|per|rate|median|mean|"
                          r"respectively|each|other|remaining|control|comparator)\b", re.I)


#: a sentence's end inside a stretch of joined lines: a stop, blanks, a capital
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]{0,3}[^\S\n]+(?=[A-Z])")


def _stated_total(head: str, prev: str | None, n: int) -> str | None:
    """The total a count ``n`` is of, read in ``head`` (its sentence up to the count, or its line's
    part of it): the group that opens its clause ("Of the 92 responders, ", "Among 164 patients
    treated: ", "164 patients received it, of whom "), or, where ``head`` opens on "Of these" (an
    anaphora), the one group of people that ``prev`` (the sentence before, if any) states. None
    where no one total is named (a figure between, two groups)."""
    anaphora = _ANAPHORIC_GROUP.search(head)
    if anaphora is not None and anaphora.start() == 0 and prev is not None:
        found = list(_PEOPLE_TOTAL.finditer(prev)) or list(_GROUP_TOTAL.finditer(prev))
        # one group only: no other whole number above the count in that sentence ("Of 326 patients,
        # 164 received EXAMPLIMAB ... . Of these, ...": which is meant is a guess)
        wholes = {int(w.replace(",", "")) for w in _WHOLE.findall(prev)}
        if len({f.group("N") for f in found}) == 1 and len({w for w in wholes if w > n}) == 1:
            return found[-1].group("N")
        return None
    cue = _CLAUSE_TO_COUNT.search(head)
    if cue is None:
        return None
    cut = cue.start()
    clause_start = max(head.rfind(";", 0, cut), head.rfind(":", 0, cut)) + 1
    clause = head[clause_start:cut]
    groups = [g for g in _GROUP_TOTAL.finditer(clause)]
    if groups and not re.search(r"\d", clause[groups[-1].end():]):
        g = groups[-1]
        before_g = clause[:g.start()]
        if not re.search(r"\d", before_g) and "," not in before_g:
            return g.group("N")
    people = list(_PEOPLE_TOTAL.finditer(clause))
    if len(people) == 1 and not re.search(r"\d", clause[:people[0].start()] + clause[people[0].end():]):
        return people[0].group("N")
    return None


def _library_totals(ctx: CheckContext) -> set[int]:
    """Every denominator the claims library gives an arm of the document's products (N of n/N)."""
    return {av.total for _, av in _library_arm_values(ctx) if av.total}


def _counts_of_stated_totals(ctx: CheckContext):
    """A001 for a count and its percentage ("80 (87.0%)") whose total is stated before it: the group
    that opens its clause ("Of the 92 responders, 80 (87.0%) reached it", "Among 164 patients treated,
    23 (14%) had an AE", "164 patients received EXAMPLIMAB, of whom 79 (48.2%) ..."), or the people of the
    sentence before where its own opens on them ("A total of 164 patients ... . Of these, 79 (48.2%)
    ..."); then further counts of the same group in its clause, with nothing between that names
    another group (a comparison, an arm). The group is read on the count's line first, then back
    over the lines its sentence is wrapped over (a memo's hanging indent, a box typed with "|" or
    box-drawing sides: :func:`claimcheck.sentences.join_wrapped`, :func:`framed_sentence_start`): the
    class of a total stated on the line above the count, which went unjudged. The percentage must be n/N at its precision. Not judged:
    a count with an N of its own after it; where an arm is named after the count, a percentage that
    n over a denominator the claims library gives an arm gives (the count may be of that arm)."""
    text = ctx.document.text
    if "%" not in text:
        return
    from ..sentences import sentence_spans
    spans = ctx.sentences if ctx.sentences is not None else sentence_spans(text)
    starts = [a for a, _ in spans]
    known: set[int] | None = None
    arm_terms = None
    for m in _COUNT_PCT.finditer(text):
        if _OWN_TOTAL_AFTER.match(text, m.end()) or (m.group("w") and _OTHER_WORDS.search(m.group("w"))):
            continue
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or spans[k][1] <= m.start():
            continue
        ls = line_start(text, m.start())
        n = int(m.group("n"))
        prev = text[spans[k - 1][0]:spans[k - 1][1]] if k > 0 else None
        total = _stated_total(text[max(spans[k][0], ls):m.start()], prev, n)
        if total is None:
            # the group may open the sentence on a line above: a wrapped line ("Of the 79 patients who
            # went on to\n   a transplant, 18 (22.8%) ..."), or a framed box's line ("| Of the 79 ... |"
            # over "| a transplant, 18 (22.8%) ... |"), read as one line
            s0 = spans[k][0]
            framed = framed_sentence_start(text, ls)
            if framed is not None and framed < ls:
                s0 = framed
            if s0 < ls:
                head = join_wrapped(text[s0:m.start()])
                if prev is not None:
                    prev = join_wrapped(prev)
                if framed is not None:
                    # the box's lines are sentences of their own to the splitter: the sentence of the
                    # count opens after the last stop in them, the one before it before that stop
                    parts = _SENTENCE_END.split(head)
                    head, prev = parts[-1], (parts[-2] if len(parts) > 1 else None)
                total = _stated_total(head, prev, n)
        if total is None:
            continue
        N = int(total.replace(",", ""))
        counts = [m]
        # further counts of the same group in the clause: "..., 79 (48,2 %) proceeded to transplant, and 23 (14 %)"
        s1 = spans[k][1]
        at = m.end()
        while True:
            nxt = _COUNT_PCT.search(text, at, s1)
            if nxt is None:
                break
            between = text[at:nxt.start()]
            # (a cycle, day or time that dates the counts is no figure of another group: "80 (87.0%) did so
            # within 2 cycles: 42 (45.7%) in cycle 1 and 38 (41.3%) in cycle 2" are all of the same total,
            # and a colon opens their breakdown)
            if re.search(r"[\d;()]", _DATING.sub(" ", between)) or _OTHER_GROUP.search(between):
                break
            if arm_terms is None:
                arm_terms = [term_pattern(t) for t in ctx.reference.arms.values()]
            if any(p.search(between) for p in arm_terms) or _OWN_TOTAL_AFTER.match(text, nxt.end()) \
                    or (nxt.group("w") and (_OTHER_WORDS.search(nxt.group("w"))
                                            or any(p.search(nxt.group("w")) for p in arm_terms))):
                break
            counts.append(nxt)
            at = nxt.end()
        for c in counts:
            n = int(c.group("n"))
            p = bound(c.group("p"))
            if not 0 < n < N or percent_fraction_ok(p, n, N):
                continue
            if arm_terms is None:
                arm_terms = [term_pattern(t) for t in ctx.reference.arms.values()]
            if any(a.search(text, c.end(), s1) for a in arm_terms):
                # an arm named after the count ("In the first 218 randomised, 88 (80.7%) responded with
                # EXAMPLIMAB"): the count may be of that arm, whose N the library may give
                if known is None:
                    known = _library_totals(ctx)
                if any(n <= t and percent_fraction_ok(p, n, t) for t in known):
                    continue
            exact = 100.0 * n / N
            yield ctx.finding(
                PERCENT_FRACTION, c.start(), c.end(),
                f"{n} of the {N} stated before it is {exact:.2f}%, which does not round to the stated {p}%",
                expected=f"{exact:.{p.decimals}f}%", found=f"{p}%")


# ------------------------------------------------------------------ share (count) of the total (A001)
#: a share with its count in a bracket, then the total it is of: "27.8% (18 patients) of the 79 who had
#: a transplant", "in 14% (n=23) of 164 treated", "48,2 % (79) of all 164" (the total may follow on the
#: next line); never a unit after the total ("of the 2 cycles", "of 30 days")
_SHARE_COUNT_OF_TOTAL = re.compile(
    rf"(?<![\w.,/%])(?P<p>\d{{1,3}}(?:[.,]\d{{1,2}})?)[^\S\n]?%[^\S\n]{{0,2}}[(\[][^\S\n]{{0,2}}"
    rf"(?:[nN][^\S\n]{{0,2}}=[^\S\n]{{0,2}})?(?P<n>\d{{1,5}})(?:[^\S\n]{{1,2}}{_POP_NOUN})?[^\S\n]{{0,2}}[)\]]"
    rf"{_GAP_OR_WRAP}(?:of|out[^\S\n]of){_GAP_OR_WRAP}(?:(?:the|all|these|those){_GAP_OR_WRAP})?"
    r"(?P<N>\d{1,3}(?:,\d{3})+|\d{1,5})(?![\d.,]?\d|[^\S\n]?%|[^\S\n]{0,2}[-/:])"
    r"(?![^\S\n]{1,2}(?:months?|weeks?|days?|years?|cycles?|courses?|doses?|mg|times|points?)\b)", re.I)


def _shares_with_count_of_total(ctx: CheckContext):
    """A001 for a share whose count is in its bracket and whose total follows it ("The event occurred in
    27.8% (18 patients) of the 79 who had a transplant": 18/79 is 22.8%), the total on the next line too.
    Not where extraction gave the percentage its own N (judged with it), a qualified share ("about 28%
    (18) of the 79": :func:`_approximate_shares` reads the qualifier), nor a figure published as
    written."""
    text = ctx.document.text
    if "%" not in text:
        return
    by_start = {c.start: c for c in ctx.claims if c.kind == "percentage" and c.value is not None}
    for m in _SHARE_COUNT_OF_TOTAL.finditer(text):
        p = by_start.get(m.start("p"))
        n, total = int(m.group("n")), int(m.group("N").replace(",", ""))
        if p is None or p.total is not None or p.interval is not None or not 0 < n <= total:
            continue
        if _APPROX_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        finding = _share_not_given(ctx, p, n, total, m.start(), m.end(), f"{n} of the {total} named after it")
        if finding is not None:
            yield finding


# ------------------------------------------------------------------ n/N listed apart from its rates (A001)
_RATE_TEXT = r"\d{1,3}(?:[.,]\d{1,2})?[^\S\n]?%"
#: an n/N, or "n of N": "88/109", "32 of 109", "32 out of the 109"
_FRACTION_TEXT = (r"(?P<n>\d{1,5})[^\S\n]{0,2}(?:/|of|out[^\S\n]of)[^\S\n]{0,2}(?:the[^\S\n]{1,2})?"
                  r"(?P<N>\d{1,5})(?![\d.,]?\d)(?![^\S\n]?%)")
_FRACTION_ONE = re.compile(_FRACTION_TEXT)
#: what joins the members of a list of rates or of n/N: "vs", "versus", "and", ",", "compared with"
_LIST_JOIN = re.compile(r"[^\S\n]{0,3}(?:[,;/]|vs\.?|versus|and|or|compared[^\S\n]{1,2}(?:with|to))[^\S\n]{0,3}"
                        r"(?:(?:patients?|respectively)[^\S\n]{0,3})?", re.I)
#: after a list of n/N: its end ("respectively", "patients", the bracket's close, the sentence's end)
_LIST_END = re.compile(r"[^\S\n]{0,2}(?:patients|adults|responders|subjects)?[^\S\n]{0,2},?[^\S\n]{0,2}"
                       r"(?:respectively)?[^\S\n]{0,2}(?:[)\].;]|$)", re.I | re.M)
#: what may open a list of n/N right after the rates: a bracket, a semicolon or comma (the next clause)
_LIST_OPEN = re.compile(r"[^\S\n]{0,3}(?:[(\[]|[;,:][^\S\n]{0,3}(?:with[^\S\n]{1,2})?)[^\S\n]{0,3}"
                        r"(?:[nN][^\S\n]{0,2}=[^\S\n]{0,2})?\Z")
#: a few words after the last rate, then the next clause: "of patients; "
_WORDS_TO_CLAUSE = re.compile(r"[^\d\n;:()\[\]]{0,40}[;:,][^\S\n]{0,3}")
_RESPECTIVELY_AFTER = re.compile(r"[^\S\n]{0,2}(?:patients|adults|responders|subjects)?[^\S\n]{0,2},?[^\S\n]{0,2}"
                                 r"respectively\b", re.I)
#: between two rates of one list: a few words (an arm's name), no figure, no clause break
_BETWEEN_RATES = re.compile(r"[^\d\n;:()\[\]]{0,60}")
#: a few words of what the rates are after the last rate, before the bracket of their n/N, on the line or
#: wrapped onto the next (a plain-text frame's side bars at the wrap read as a space, :func:`join_wrapped`):
#: "48.2% vs 21.6% went on to a transplant (79 of 164 vs 35 of 162 patients)"; no figure, no stop
_WORDS_TO_BRACKET = re.compile(r"[^\d\n.;:()\[\]|\u2502\u2503\u2551]{0,60}")
#: the bracket that opens the list, "n =" allowed
_BRACKET_OPEN = re.compile(r"[(\[][^\S\n]{0,3}(?:[nN][^\S\n]{0,2}=[^\S\n]{0,2})?")
#: (a line wrap with its indentation, a plain-text frame's side bars at it too)
_FRAMED_WRAP = r"[^\S\n]{0,40}[|\u2502\u2503\u2551]?[^\S\n]{0,8}\n[^\S\n]{0,12}[|\u2502\u2503\u2551]?[^\S\n]{0,8}"


def _words_to_bracket(text: str, at: int, stop: int) -> int | None:
    """Where the n/N of a bracket opened after a few words from ``at`` start (:data:`_WORDS_TO_BRACKET`,
    at most one line wrap between), else None."""
    k = min((j for j in (text.find("(", at, stop), text.find("[", at, stop)) if j != -1), default=-1)
    if k == -1 or text.count("\n", at, k) > 1 or not _WORDS_TO_BRACKET.fullmatch(join_wrapped(text[at:k])):
        return None
    return _BRACKET_OPEN.match(text, k).end()


#: what joins the members of a bracketed list of n/N, a line wrap (framed or not) before or after it
_BRACKET_LIST_JOIN = re.compile(rf"(?:{_FRAMED_WRAP})?[^\S\n]{{0,3}}(?:[,;/]|vs\.?|versus|and|or|compared[^\S\n]{{1,2}}"
                                rf"(?:with|to))(?:{_FRAMED_WRAP}|[^\S\n]{{0,3}})", re.I)
#: the close of a bracketed list of n/N, a few words of its own after a comma or semicolon allowed:
#: "(79 of 164 vs 35 of 162, ITT)", "(88/109 and 32/109 patients; P<0.001)"
_BRACKET_LIST_END = re.compile(r"[^\S\n]{0,2}(?:patients|adults|responders|subjects)?"
                               r"(?:[^\S\n]{0,2}[,;][^()\[\]/\n]{0,60}?)?[^\S\n]{0,2}[)\]]", re.I)


def _fraction_list(text: str, at: int, stop: int, k: int, bracket: bool = False) -> list[re.Match] | None:
    """``k`` n/N listed from ``at`` (joined by "vs", "and", commas), ending the list (bracket, clause,
    "respectively"; in a ``bracket``, its close after a few words of its own), else None."""
    out = []
    pos = at
    for i in range(k):
        if i:
            j = (_BRACKET_LIST_JOIN if bracket else _LIST_JOIN).match(text, pos, stop)
            if j is None:
                return None
            pos = j.end()
        f = _FRACTION_ONE.match(text, pos, stop)
        if f is None:
            return None
        out.append(f)
        pos = f.end()
    if not _LIST_END.match(text, pos) and not (bracket and _BRACKET_LIST_END.match(text, pos)):
        return None
    return out


def _fractions_listed_apart(ctx: CheckContext):
    """A001 for n/N listed apart from their rates, in the same order: in a bracket after the rates
    ("80.7% vs 29.4% (88/109 vs 32/119)", "80.7% and 29.4% (88 of 109 and 32 of 119 patients)") or in
    the next clause ("... 80.7% and 29.4%; 88/109 and 32/119, respectively"). A finding only where the
    n/N give the rates in no order (the writer may list them otherwise)."""
    text = ctx.document.text
    if "%" not in text:
        return
    from itertools import permutations
    rates = [c for c in ctx.claims if c.kind == "percentage" and c.value is not None]
    rates.sort(key=lambda c: c.start)
    done: set[int] = set()
    for i, last in enumerate(rates):
        if last.n is not None or last.interval is not None:
            continue
        # the run of rates ending at ``last``: listed together, a few words between
        run = [last]
        for c in reversed(rates[max(0, i - 3):i]):
            if c.n is not None or c.end > run[0].start or not _BETWEEN_RATES.fullmatch(text, c.end, run[0].start):
                break
            if not _LIST_JOIN.search(text, c.end, run[0].start):
                break
            run.insert(0, c)
        if len(run) < 2:
            continue
        le = text.find("\n", last.end)
        le = len(text) if le == -1 else le
        stop = min(le, last.end + 200)
        # the list opens right after the last rate: a bracket, or the next clause
        m = re.compile(r"[^\S\n]{0,3}(?:[(\[]|[;,:][^\S\n]{0,3}(?:with[^\S\n]{1,2})?)[^\S\n]{0,3}"
                       r"(?:[nN][^\S\n]{0,2}=[^\S\n]{0,2})?").match(text, last.end, stop)
        fracs = _fraction_list(text, m.end(), stop, len(run), bracket=bool(re.search(r"[(\[]", m.group()))) \
            if m is not None else None
        if fracs is None:
            # a few words of what the rates are, then the bracket (on the line or the next): "48.2% vs
            # 21.6% went on to a transplant (79 of 164 vs 35 of 162 patients, ITT)"
            nl = text.find("\n", le + 1) if le < len(text) else -1
            nl = text.find("\n", nl + 1) if nl != -1 else -1  # a list wrapped in its bracket: one line more
            far = min(len(text) if nl == -1 else nl, last.end + 200)
            w = _words_to_bracket(text, last.end, far)
            fracs = _fraction_list(text, w, far, len(run), bracket=True) if w is not None else None
        if fracs is None:
            # the next clause after a few words, the list closed by "respectively": "... 80.7% and 29.4%
            # of patients; 88/109 and 32/119, respectively"
            m = _WORDS_TO_CLAUSE.match(text, last.end, stop)
            fracs = _fraction_list(text, m.end(), stop, len(run)) if m is not None else None
            if fracs is None or not _RESPECTIVELY_AFTER.match(text, fracs[-1].end()):
                continue
        if fracs[0].start() in done:
            continue
        done.add(fracs[0].start())
        pairs = [(r, int(f.group("n")), int(f.group("N")), f) for r, f in zip(run, fracs)]
        if all(N and percent_fraction_ok(r.value, n, N) for r, n, N, _ in pairs):
            continue
        if any(all(int(f.group("N")) and percent_fraction_ok(r.value, int(f.group("n")), int(f.group("N")))
                   for r, f in zip(run, order)) for order in permutations(fracs)):
            continue
        # an n/N some rate already has (the extraction paired it): its own A001
        if any(c.kind == "percentage" and c.n is not None and c.start <= fracs[-1].end() and fracs[0].start() <= c.end
               for c in _near(ctx, fracs[0].start() - 200, fracs[-1].end())):
            continue
        for r, n, N, f in pairs:
            if not N or percent_fraction_ok(r.value, n, N) or published_figure(ctx.reference, r):
                continue
            exact = 100.0 * n / N
            yield ctx.finding(
                PERCENT_FRACTION, f.start(), f.end(),
                f"{n}/{N} (listed in the same order as the rates) is {exact:.2f}%, which does not round to "
                f"its rate {r.value}%",
                expected=f"{exact:.{r.value.decimals}f}%", found=f"{r.value}%")


#: a row's cells: split at cell boundaries ("|") or dot leaders ("ORR ....... 80.7% ....... 29.4%")
_LEADER = re.compile(r"(?:[.\u2026\u00b7_]{3,}|(?:\.[^\S\n]){3,})")
_CELL_BAR = re.compile(r"\|")
#: a row label that says its cells are counts: "n/N", "n", "Patients, n/N", "No. of responders"
_COUNT_ROW_LABEL = re.compile(r"^\W*$|\b[nN][^\S\n]{0,2}/[^\S\n]{0,2}[nN]\b|^\W*[nN]\W*$|\b(?:[Nn]o\.|[Nn]umber|"
                              r"[Pp]atients|[Rr]esponders|[Cc]ount)\b")
_NOT_COUNT_ROW = re.compile(r"\b(?:events?|deaths?|died|censored)\b", re.I)
_RATE_CELL = re.compile(rf"(?P<v>{_RATE_TEXT})(?:[^\S\n]{{0,2}}[(\[][^()\[\]\n]{{0,40}}[)\]])?")
_FRACTION_CELL = re.compile(rf"\(?{_FRACTION_TEXT}\)?(?:[^\S\n]{{1,2}}(?:patients|pts))?")


def _row_cells(text: str, ls: int, le: int) -> list[tuple[int, str]] | None:
    """A table row's cells (offset, text) after its label, the label first; None where the line is no row."""
    line = text[ls:le]
    if "|" in line:
        sep = _CELL_BAR
        body = line.strip()
        lead = ls + (len(line) - len(line.lstrip()))
        if body.startswith("|"):
            body, lead = body[1:], lead + 1
        if body.endswith("|"):
            body = body[:-1]
    elif _LEADER.search(line):
        sep, body, lead = _LEADER, line, ls
    else:
        return None
    cells, pos = [], 0
    for m in sep.finditer(body):
        cells.append((lead + pos, body[pos:m.start()]))
        pos = m.end()
    cells.append((lead + pos, body[pos:]))
    return cells if len(cells) >= 3 else None


def _fraction_rows(ctx: CheckContext):
    """A001 for a table row of n/N under the row of their rates, column by column (a dot-leader table:
    "ORR ...... 80.7% ...... 29.4%" over "n/N ...... 88/109 ...... 32/119"; a pipe table's rows):
    the row below labelled as counts ("n/N", "Patients, n/N", none), each value cell one n/N and each
    cell above one rate."""
    text = ctx.document.text
    if "/" not in text and " of " not in text:
        return
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    prev = None  # the rates row before: its cells
    for ls, le in lines:
        if not text[ls:le].strip() or re.fullmatch(r"[\s|:\-=]*", text[ls:le]):
            continue  # a blank line between rows, a separator row
        cells = _row_cells(text, ls, le)
        if cells is None:
            prev = None
            continue
        values = cells[1:]
        while values and not values[-1][1].strip():
            values = values[:-1]
        if prev is not None and len(prev) == len(values) and _COUNT_ROW_LABEL.search(cells[0][1].strip()) \
                and not _NOT_COUNT_ROW.search(cells[0][1]):
            fracs = [_FRACTION_CELL.fullmatch(c.strip()) for _, c in values]
            if all(fracs):
                for (r_at, r_cell), (f_at, f_cell), f in zip(prev, values, fracs):
                    rate = _RATE_CELL.fullmatch(r_cell.strip())
                    p = bound(rate.group("v").rstrip("% \u00a0"))
                    n, N = int(f.group("n")), int(f.group("N"))
                    if not N or percent_fraction_ok(p, n, N):
                        continue
                    start = f_at + len(f_cell) - len(f_cell.lstrip())
                    exact = 100.0 * n / N
                    yield ctx.finding(
                        PERCENT_FRACTION, start, start + len(f_cell.strip()),
                        f"{n}/{N} (the n/N under the rate {p}% of its column) is {exact:.2f}%, which does not round "
                        f"to {p}%", expected=f"{exact:.{p.decimals}f}%", found=f"{p}%")
        rates = [_RATE_CELL.fullmatch(c.strip()) for _, c in values]
        prev = values if values and all(rates) else None


# ------------------------------------------------------------------ arm sizes in prose (A007)
#: a randomized or enrolled total: "326 patients were randomised", "N = 371", "randomized 371 adults",
#: "an analysis of 338 adults", "(n = 371, randomised 2:1)", a labelled one ("Total randomised: 326",
#: "Total: 326", "Randomized, N: 326": group e) and one after "out of" ("164 and 162 patients,
#: respectively, out of 326": group f)
_TOTAL_IN_PROSE = re.compile(
    rf"(?:[Nn](?<![\w/][Nn])[^\S\n]{{0,2}}=[^\S\n]{{0,2}}(?P<a>{_TOTAL_NUM})"
    rf"|(?P<b>{_TOTAL_NUM})\s{{1,2}}(?:(?:adult|randomi[sz]ed|evaluable|eligible)\s{{1,2}})?"
    rf"(?:patients|adults|subjects|participants|people)"
    rf"|(?i:first|all)\s{{1,2}}(?P<c>{_TOTAL_NUM})"
    rf"|\b(?i:total(?:[^\S\n]{{1,2}}(?:randomi[sz]ed|enrolled|patients))?|randomi[sz]ed|enrolled)(?:,?[^\S\n]{{1,2}}[Nn])?"
    rf"[^\S\n]{{0,2}}[:=][^\S\n]{{0,2}}(?P<e>{_TOTAL_NUM})"
    rf"|\b(?i:out[^\S\n]{{1,2}}of)[^\S\n]{{1,2}}(?:(?i:a[^\S\n]{{1,2}}total[^\S\n]{{1,2}}of)[^\S\n]{{1,2}})?(?P<f>{_TOTAL_NUM})"
    rf")(?![\d%]|[.,]\d)")
#: what says a sentence's totals or arm sizes are a randomization or allocation
_ALLOCATION = re.compile(r"\b(?:randomi[sz]\w*|randomly|assigned|allocated|enrolled|analysis|analy[sz]ed|"
                         r"a[^\S\n]total[^\S\n]of|in[^\S\n]total|in[^\S\n]all|altogether|together|combined|"
                         r"compris(?:ed|ing)|\d:\d)\b", re.I)
#: a total written after the arm sizes, in the next sentence or line, that is the whole study's and no
#: subset's: "164 received EXAMPLIMAB and 162 chemotherapy. In all, 326 patients were randomised."
_TOTAL_AFTER_CUE = re.compile(r"\b(?:in[^\S\n]all|in[^\S\n]total|a[^\S\n]total[^\S\n]of|altogether|overall|total|"
                              r"randomi[sz]\w*|randomly|enrolled)\b", re.I)
_SUBSET_WORDS = re.compile(r"\b(?:first|subset|these|whom|which|analys[ie]s|analy[sz]ed|evaluable|assessed|included|"
                           r"remission|respon\w*|safety|treated|among|per[^\S\n]arm|each)\b|%", re.I)
#: blanks between the words of a size and its arm, or one line break of wrapped text ("247 to" at a
#: line's end, the arm's name on the next)
_GAP = r"(?:[^\S\n]{1,2}|[^\S\n]{0,2}\n[^\S\n]{0,8})"
#: a number before an arm's name that gives its size: "164 to EXAMPLIMAB", "164 received EXAMPLIMAB",
#: "164 patients were randomised to EXAMPLIMAB", "164 were assigned to"
_SIZE_BEFORE_ARM = re.compile(
    rf"(?<![\w.,/%:])(?P<n>\d{{1,5}})(?![\d.,%:]){_GAP}(?:(?:adults?|patients?|subjects?|participants?){_GAP})?"
    rf"(?:(?:were|was){_GAP})?(?:(?:randomi[sz]ed|randomly{_GAP}assigned|assigned|allocated){_GAP})?"
    rf"(?:to|received|receiving|(?:treated|given){_GAP}with|given){_GAP}(?:the{_GAP})?(?:either{_GAP})?"
    # a word or two that qualify the arm's name: "172 received standard intensive chemotherapy"
    rf"(?:[a-z][a-z'\u2019-]{{1,14}}{_GAP}){{0,2}}\Z"
    # the second of a list after the first's verb: "164 received EXAMPLIMAB and 162 chemotherapy"
    rf"|(?:\band|\bor|,){_GAP}(?P<m>\d{{1,5}})(?![\d.,%:]){_GAP}(?:(?:to|with){_GAP})?"
    rf"(?:the{_GAP})?\Z", re.I)
#: an arm's name that starts with its verb ("treated with EXAMPLIMAB", "receiving EXAMPLIMAB") and the
#: size before such a name: "164 were treated with EXAMPLIMAB", "164 patients receiving EXAMPLIMAB"
_NAME_WITH_VERB = re.compile(r"(?:treated|receiving|given)\b", re.I)
_SIZE_BEFORE_VERB = re.compile(
    rf"(?<![\w.,/%:])(?P<n>\d{{1,5}})(?![\d.,%:]){_GAP}(?:(?:adults?|patients?|subjects?|participants?){_GAP})?"
    rf"(?:(?:were|was){_GAP})?\Z", re.I)
#: a size after an arm's name: "EXAMPLIMAB (247)", "EXAMPLIMAB (n = 247)", "EXAMPLIMAB (164 patients)",
#: "EXAMPLIMAB: 247", "EXAMPLIMAB, n = 247"
_SIZE_AFTER_ARM = re.compile(
    r"(?:[^\S\n]{0,2}(?:arm|group))?[^\S\n]{0,2}(?:\([^\S\n]{0,2}(?:[nN][^\S\n]{0,2}=[^\S\n]{0,2})?(?P<a>\d{1,5})"
    r"(?:[^\S\n]{1,2}(?:patients|adults|subjects|participants|pts))?[^\S\n]{0,2}\)|[:,][^\S\n]{0,2}(?:[nN][^\S\n]{0,2}=[^\S\n]{0,2})(?P<b>\d{1,5})(?![\d%]|[.,]\d)"
    # "EXAMPLIMAB: 164 patients", "EXAMPLIMAB: 164" closing its line or bullet: a size with no unit of
    # time or dose after it
    r"|:[^\S\n]{0,2}(?P<c>\d{1,5})(?![\d.,%])(?=[^\S\n]{1,2}(?:patients|adults|subjects|participants)\b"
    r"|[^\S\n]{0,2}(?:[;\n]|$))"
    # "(EXAMPLIMAB, 247; chemotherapy, 124)": after a comma, a size that closes its item of a list
    r"|,[^\S\n]{0,2}(?P<d>\d{1,5})(?![\d.,%])(?=[^\S\n]{1,2}(?:patients|adults|subjects|participants)\b"
    r"|[^\S\n]{0,2}[;)])"
    # "EXAMPLIMAB (120 mg/day; n = 247)": the arm's bracket gives its dose, then its size
    r"|\([^()\n;]{1,40};[^\S\n]{0,2}[nN][^\S\n]{0,2}=[^\S\n]{0,2}(?P<e>\d{1,5})[^\S\n]{0,2}\))")
#: a size in a bracket after a few words that qualify the arm's name (no figure, no other arm, no word of
#: a list or comparison between): "control chemotherapy chosen by the investigator (142 patients)"
_SIZE_AFTER_QUALIFIER = re.compile(
    r"(?:[^\S\n]{1,2}|[^\S\n]{0,2}\n[^\S\n]{0,8})(?:(?!(?:and|or|vs|versus|than|to|with|whereas|while)\b)"
    r"[a-z][a-z'\u2019-]{1,14}(?:[^\S\n]{1,2}|[^\S\n]{0,2}\n[^\S\n]{0,8})){1,4}"
    r"\([^\S\n]{0,2}(?:[nN][^\S\n]{0,2}=[^\S\n]{0,2}(?P<a>\d{1,5})|(?P<b>\d{1,5})[^\S\n]{1,2}"
    r"(?:patients|adults|subjects|participants|pts))[^\S\n]{0,2}\)")
#: an arm's dose and schedule written after its name, before its size: " 120 mg once daily", " 40 mg/m2 IV"
_DOSE_AFTER_ARM = re.compile(
    r"(?:[^\S\n]{1,2}(?:\d{1,4}(?:\.\d{1,2})?[^\S\n]?(?:mg|mcg|\u00b5g|g)(?:/(?:m2|m\u00b2|kg|day|d))?|once|twice|"
    r"daily|weekly|orally|oral|IV|intravenous(?:ly)?|subcutaneous(?:ly)?|QD|BID|per[^\S\n]day|a[^\S\n]day|"
    r"monotherapy|alone)\b){1,6}", re.I)
#: a table row's label that says the row gives the study's whole population ("| Population | 371 adults
#: ... |", "| Patients enrolled | 371 |") or its arms ("| Arms | EXAMPLIMAB (n = 247); chemotherapy (n = 124) |"):
#: the row's numbers are a total or arm sizes without a word of allocation in the row itself
_POPULATION_ROW = re.compile(
    r"(?:study[^\S\n]|trial[^\S\n])?(?:population|patients|participants|subjects|sample(?:[^\S\n]size)?|"
    r"enrol(?:l)?ment|enrolled|randomi[sz]ed|N|ITT(?:[^\S\n]population)?|intention[\s-]to[\s-]treat(?:[^\S\n]population)?)"
    r"(?:,?[^\S\n](?:enrolled|randomi[sz]ed|N|n))?", re.I)
_ARMS_ROW = re.compile(r"(?:treatment[^\S\n]|study[^\S\n]|randomi[sz]ed[^\S\n])?(?:arms?|groups?|randomi[sz]ation|"
                       r"allocation|interventions?|treatments?|regimens?)", re.I)


#: a table row whose second cell is one whole number: "| Patients randomized | 371 |"
_ROW_TOTAL = re.compile(rf"[^\S\n]{{0,4}}\|?[^|\n]{{1,60}}\|[^\S\n]{{0,40}}(?P<t>{_TOTAL_NUM})[^\S\n]{{0,40}}(?:\||$)", re.M)


def _row_label(text: str, s0: int, s1: int) -> str | None:
    """The label (first cell) of the table row that is the sentence [s0, s1), None outside a table."""
    row = text[s0:s1]
    if "|" not in row:
        return None
    cells = [c.strip(" \t*_") for c in row.strip().strip("|").split("|")]
    return cells[0] if cells else None


#: words that make a sentence's numbers not arm sizes: subgroups, outcomes
_NOT_ARM_SIZES = re.compile(r"\b(?:whom|(?<!\bin[^\S\n])(?<!\bduring[^\S\n])which|including|among|responders?|responded|proceeded|died|deaths?|events?|"
                            r"transplant\w*|remission|achieved|reached|had|per[^\S\n]arm|each)\b|%", re.I)


def _arm_sizes(ctx: CheckContext, text: str, s0: int, s1: int, arms) -> list[tuple[str, int, int]]:
    """(arm id, size, position) of each study arm given a size in the sentence [s0, s1), in order."""
    out = []
    for arm, pattern in arms:
        for m in pattern.finditer(text, s0, s1):
            size = None
            after = _SIZE_AFTER_ARM.match(text, m.end(), s1)
            if after is None:
                # the arm's dose and schedule between its name and its size: "EXAMPLIMAB 120 mg once
                # daily (n = 247)"
                dose = _DOSE_AFTER_ARM.match(text, m.end(), s1)
                after = _SIZE_AFTER_ARM.match(text, dose.end(), s1) if dose is not None else None
            if after is None:
                # a few words that qualify the arm before its size: "control chemotherapy chosen by the
                # investigator (142 patients)", "chemotherapy of the investigator's choice (n = 124)"
                after = _SIZE_AFTER_QUALIFIER.match(text, m.end(), s1)
            if after is not None:
                g = next(k for k in "abcde" if after.group(k))
                size = (int(after.group(g)), after.start(g))
            else:
                # a name that holds its verb ("treated with EXAMPLIMAB"): the size before it needs none
                verb = _NAME_WITH_VERB.match(text, m.start())
                before = (_SIZE_BEFORE_VERB if verb else _SIZE_BEFORE_ARM).search(
                    text, max(s0, m.start() - 80), m.start())
                if before is not None:
                    g = "n" if before.group("n") else "m"
                    size = (int(before.group(g)), before.start(g))
            if size is not None:
                out.append((arm, size[0], size[1]))
                break
    out.sort(key=lambda t: t[2])
    # one size per number: two names of one arm before one number ("EXAMPLIMAB (examplimab) (247)")
    seen, unique = set(), []
    for arm, n, at in out:
        if at not in seen:
            seen.add(at)
            unique.append((arm, n, at))
    return unique


def _prose_partitions(ctx: CheckContext, reported_spans: list[tuple[int, int]]):
    """A007 for arm sizes given in words in a paragraph whose randomized total they do not add up to:
    "326 patients were randomised: 164 to EXAMPLIMAB and 172 to chemotherapy", "randomised to EXAMPLIMAB
    (164) or chemotherapy (172)", "(n = 336, randomised 1:1) ... 164 patients received EXAMPLIMAB and
    162 received chemotherapy". The sizes of one sentence, each after or before a name of a study arm of
    the claims library, a product arm and another arm among them, in a sentence that allocates
    (randomised, assigned, received) and names no subgroup or outcome; the total of the paragraph
    that a randomization, an enrolment or an analysis gives. A finding only where the sizes add up to
    no total of the paragraph (the first 218 randomised: 109 per arm)."""
    text = ctx.document.text
    arms = [(a, term_pattern(t)) for a, t in ctx.reference.arms.items()]
    if not arms:
        return
    from ..sentences import sentence_spans
    spans = ctx.sentences if ctx.sentences is not None else sentence_spans(text)
    found = list(_partitions(ctx, text, spans, reported_spans, arms, lambda p: p))
    yield from found
    if _SPELLED_SIZE.search(text):
        # "Three hundred and seventy-five patients were randomised, two hundred and forty-seven to ...":
        # the same reading of the sizes and totals written in words (a transcript, a script)
        from ..claims import cardinals_in_digits
        digits, marks = cardinals_in_digits(text)
        if marks:
            back = _back_mapper(marks)
            done = [(f.start, f.end) for f in found]
            for f in _partitions(ctx, digits, sentence_spans(digits), [], arms, back):
                if not any(f.start < b and a < f.end for a, b in done + reported_spans):
                    yield f


#: a count in words that a total or an arm size may be written as ("three hundred and seventy-five")
_SPELLED_SIZE = re.compile(r"\b(?:hundred|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", re.I)


def _partitions(ctx: CheckContext, text: str, spans, reported_spans, arms, back):
    """:func:`_prose_partitions` over ``text`` (the document's, or the same with counts in words written
    in digits: ``back`` maps its positions to the document's)."""
    ref = ctx.reference
    k = 0
    while k < len(spans):
        # a paragraph: the sentences up to a blank line
        p0 = spans[k][0]
        end = text.find("\n\n", p0)
        end = len(text) if end == -1 else end
        group = []
        while k < len(spans) and spans[k][0] < end:
            group.append(spans[k])
            k += 1
        if not group:
            k += 1
            continue
        totals: list[tuple[int, int, int]] = []  # (total, start, end)
        whole: list[tuple[int, int, int]] = []  # of those, the ones a later sentence may give (no subset's)
        labelled: list[tuple[int, int, int]] = []  # of those, a line's label's ("Total randomised: 326")
        for s0, s1 in group:
            label = _row_label(text, s0, s1)
            if label is not None and _POPULATION_ROW.fullmatch(label):
                # "| Patients randomized | 371 |": the row's number alone in its cell
                cell = _ROW_TOTAL.match(text, s0, s1)
                if cell is not None:
                    totals.append((int(cell.group("t").replace(",", "")), cell.start("t"), cell.end("t")))
            for m in _TOTAL_IN_PROSE.finditer(text, s0, s1):
                g = next(k for k in "abcef" if m.group(k))
                if g == "e" or _ALLOCATION.search(text, s0, s1) or (
                        label is not None and g == "b" and _POPULATION_ROW.fullmatch(label)):
                    t = (int(m.group(g).replace(",", "")), m.start(), m.end())
                    totals.append(t)
                    if g != "c" and _TOTAL_AFTER_CUE.search(text, s0, s1) and not _SUBSET_WORDS.search(text, s0, s1):
                        whole.append(t)
                        if g == "e":
                            labelled.append(t)
        if not totals:
            continue
        for s0, s1, sizes, listed in _size_units(ctx, text, group, reported_spans, arms):
            if len(sizes) < 2 or len({a for a, _, _ in sizes}) != len(sizes) or len(sizes) > 4:
                continue
            if not any(a in ref.product_arms for a, _, _ in sizes) or all(a in ref.product_arms for a, _, _ in sizes):
                continue
            first, last = sizes[0][2], sizes[-1][2]
            parts = [n for _, n, _ in sizes]
            total_values = {t for t, _, _ in totals if t > max(parts)}
            if not total_values or sum(parts) in {t for t, _, _ in totals}:
                continue
            # the total nearest before the sizes, or in their own sentence (a total only after them
            # may be of a later subset: "... (n=164) or chemotherapy (n=162). Remission was assessed in the
            # first 218")
            before = [] if listed else [t for t in totals if t[1] < s1 and t[0] > max(parts)]
            if not before:
                # the whole study's total in the sentence or line right after the sizes ("... 172 to
                # chemotherapy. In all, 326 patients were randomised."; "- Total randomised: 326")
                nxt = next(((a, b) for a, b in group if a >= s1), None)
                before = [t for t in (labelled if listed else whole)
                          if nxt is not None and nxt[0] <= t[1] < nxt[1] and t[0] > max(parts)
                          and not re.search(r"\S", text[s1:nxt[0]].replace("-", " ").replace("*", " "))]
                if listed and not before:
                    # a labelled total on the line right before the listed arms ("Randomised: 326")
                    prv = next(((a, b) for a, b in reversed(group) if b <= s0), None)
                    before = [t for t in labelled if prv is not None and prv[0] <= t[1] < prv[1]
                              and t[0] > max(parts)]
            if not before:
                continue
            total, t0, t1 = before[-1]
            listed = " + ".join(str(p) for p in parts)
            last_end = last + len(str(sizes[-1][1]))
            # at the line of the sizes: the total's own line where it shares it, else the sizes alone
            same_line = "\n" not in text[min(t0, first):max(t1, first)]
            start, stop = (min(t0, first), max(t1, last_end)) if same_line else (first, last_end)
            yield ctx.finding(
                PARTS_SUM, back(start), back(stop),
                f"the arm sizes given in words ({listed} = {sum(parts)}) do not add up to the total of {total} "
                f"stated for the same study", expected=f"arm sizes adding up to {total}", found=f"{listed} = {sum(parts)}")


def _size_clause_ok(text: str, s0: int, s1: int, first: int, last: int) -> bool:
    """Whether the sizes at [first, last] of the sentence [s0, s1) are arm sizes: their clause (between
    semicolons: "A total of 218 patients (109 per arm) were analysed; 109 received ... and 110 ...")
    names no subgroup or outcome, and the sentence allocates (randomised, assigned, received)."""
    c0 = text.rfind(";", s0, first) + 1 or s0
    c1 = text.find(";", last, s1)
    c1 = s1 if c1 == -1 else c1
    if _NOT_ARM_SIZES.search(text, c0, c1):
        return False
    label = _row_label(text, s0, s1)
    return bool(_ALLOCATION.search(text, s0, s1) or re.search(r"\breceived\b", text[s0:s1])
                or (label is not None and _ARMS_ROW.fullmatch(label)))


#: arm sizes listed together and matched to the arms with "respectively": "164 and 162 patients,
#: respectively", "(164 vs 162, respectively)", "164, 81 and 81 patients respectively"
_RESPECTIVE_SIZES = re.compile(
    r"(?<![\w.,/%:])(?P<x>\d{1,5})(?:,[^\S\n]{1,2}(?P<y>\d{1,5}))?,?[^\S\n]{1,2}(?:and|or|vs\.?|versus)[^\S\n]{1,2}"
    r"(?P<z>\d{1,5})(?![\d.,%:])(?:[^\S\n]{1,2}(?:patients|adults|subjects|participants))?,?[^\S\n]{1,2}"
    r"respectively\b", re.I)


def _respective_sizes(text: str, s0: int, s1: int, arms) -> list[tuple[str, int, int]]:
    """(arm id, size, position) of sizes listed with "respectively" in the sentence [s0, s1), given to
    the arms the sentence names, in the order it names them (as many arms as sizes), else []."""
    m = _RESPECTIVE_SIZES.search(text, s0, s1)
    if m is None:
        return []
    nums = [(int(m.group(g)), m.start(g)) for g in "xyz" if m.group(g)]
    named = []
    for arm, pattern in arms:
        for a in pattern.finditer(text, s0, s1):
            if not (m.start() <= a.start() < m.end()):
                named.append((a.start(), a.end(), arm))
    # the longest name first where names overlap: "investigator's choice of standard chemotherapy" is one
    # arm's, not "investigator's choice" and "chemotherapy" (names of two other arms, or one twice)
    named.sort(key=lambda t: (t[0] - t[1], t[0]))
    order = []
    for a0, a1, arm in named:
        if any(a0 < b1 and b0 < a1 for b0, b1, _ in order):
            continue  # one name inside another ("EXAMPLIMAB arm" and "EXAMPLIMAB")
        order.append((a0, a1, arm))
    order.sort()
    ids = [arm for _, _, arm in order]
    if len(ids) != len(nums) or len(set(ids)) != len(ids):
        return []
    return [(arm, n, at) for arm, (n, at) in zip(ids, nums)]


def _size_units(ctx: CheckContext, text: str, group, reported_spans, arms):
    """(start, end, sizes, listed) of the arm sizes of a paragraph's sentences: a sentence that gives two
    or more, or a run of consecutive sentences or lines that give one each ("166 were assigned to
    EXAMPLIMAB. 162 were assigned to chemotherapy.", one bullet an arm). ``listed``: a run of lines
    that are each only an arm and its number ("- EXAMPLIMAB: 164 patients"), which say no allocation
    themselves: only a labelled total on the line after them is theirs (see :func:`_partitions`)."""
    run: list[tuple[int, int, list, bool]] = []

    def flush():
        if len(run) > 1:
            yield run[0][0], run[-1][1], [s for _, _, one, _ in run for s in one], any(w for *_, w in run)
        run.clear()

    for s0, s1 in group:
        if any(a < s1 and s0 < b for a, b in reported_spans):
            yield from flush()
            continue
        sizes = _respective_sizes(text, s0, s1, arms) or _arm_sizes(ctx, text, s0, s1, arms)
        listed = False
        if sizes and len(sizes) == 1 and _ARM_SIZE_LINE.fullmatch(text, s0, s1) \
                and not _NOT_ARM_SIZES.search(text, s0, s1):
            listed = True
        elif not sizes or not _size_clause_ok(text, s0, s1, sizes[0][2], sizes[-1][2]):
            yield from flush()
            continue
        if len(sizes) == 1:
            run.append((s0, s1, sizes, listed))
            continue
        yield from flush()
        yield s0, s1, sizes, False
    yield from flush()


#: a line that is only an arm and its number of patients: "- EXAMPLIMAB: 164 patients", "Control arm: 162"
_ARM_SIZE_LINE = re.compile(r"[-*+\u2022 \t]{0,6}[A-Za-z][^:\n\d]{0,60}:[^\S\n]{0,2}\d{1,5}"
                            r"(?:[^\S\n]{1,2}(?:patients|adults|subjects|participants))?[^\S\n]{0,2}[.;]?")
