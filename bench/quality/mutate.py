"""Deterministic mutation generator of the quality benchmark (bench/quality/README.md).

Reads every correct draft in ``bench/quality/drafts/`` with its sidecar ``<id>.meta.yaml`` and
writes variants, each holding exactly one injected defect (category, 1-based line or
``document: true``) or one harmless change. What to mutate is decided from the sidecar anchors
and from the numbers of the text matched against the values of the claims library read straight
from ``reference/*.yaml`` -- never from the engine.

    python bench/quality/mutate.py [--out DIR] [--drafts DIR] [--reference DIR]

writes ``DIR/<variant-id>.<ext>`` and ``DIR/manifest.json`` (default DIR: bench/quality/out/variants).
``generate()`` is the library form used by score.py. Same inputs, same variants, byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader where PyYAML has it: 10x faster
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATEGORIES = ("value-mismatch", "arithmetic", "unsupported-claim", "fair-balance",
              "boxed-warning", "indication", "overstatement")

#: per draft, at most this many variants of each defect category / of harmless changes
PER_DRAFT_CAP = {"value-mismatch": 8, "arithmetic": 6, "unsupported-claim": 7, "fair-balance": 5,
                 "boxed-warning": 5, "indication": 6, "overstatement": 5, "harmless": 10,
                 "harmless-qualifier": 3}


# ----------------------------------------------------------------------------- inputs
@dataclass
class Draft:
    id: str
    path: Path
    ext: str
    text: str
    meta: dict

    @property
    def anchors(self) -> dict:
        return self.meta.get("anchors") or {}


@dataclass
class Variant:
    id: str
    draft: str
    ext: str
    kind: str                 # defect | harmless
    category: str | None      # defect category (None for harmless)
    mutation: str             # what was done (short machine name)
    description: str
    line: int | None = None   # 1-based line of the defect
    document: bool = False    # a document-level defect (something missing)
    text: str = field(default="", repr=False)

    def manifest(self) -> dict:
        d = asdict(self)
        d.pop("text")
        return d


def load_drafts(drafts_dir: Path) -> list[Draft]:
    out = []
    for meta_path in sorted(drafts_dir.glob("*.meta.yaml")):
        stem = meta_path.name[: -len(".meta.yaml")]
        files = [p for p in drafts_dir.glob(stem + ".*") if p.name != meta_path.name]
        if len(files) != 1:
            raise SystemExit(f"{meta_path}: expected exactly one draft file named {stem}.<ext>, found {len(files)}")
        path = files[0]
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
        out.append(Draft(stem, path, path.suffix, path.read_text(encoding="utf-8"), meta))
    return out


def check_anchors(draft: Draft) -> list[str]:
    """Problems with a draft's sidecar: an anchor that does not occur exactly once, a slot not
    inside the indication, a missing product/market."""
    problems = []
    for key in ("product", "market", "style"):
        if not draft.meta.get(key):
            problems.append(f"{draft.id}: sidecar lacks {key!r}")
    a = draft.anchors
    for key, val in a.items():
        if key == "indication_slots":
            for slot, sub in (val or {}).items():
                if sub not in (a.get("indication") or ""):
                    problems.append(f"{draft.id}: indication slot {slot} {sub!r} is not inside the indication")
            continue
        items = list(val.items()) if isinstance(val, dict) else [(key, s) for s in as_list(val)]
        for name, s in items:
            n = draft.text.count(s)
            if n != 1:
                problems.append(f"{draft.id}: anchor {name} {s[:50]!r} occurs {n} times (must be exactly once)")
    return problems


def library_files(reference_dir: Path) -> dict[str, Path]:
    """product id -> claims-library file, read from each file's ``product.id``."""
    found = {}
    for p in sorted(reference_dir.glob("*.yaml")):
        try:
            data = yaml.load(p.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        except yaml.YAMLError:
            continue
        pid = (data.get("product") or {}).get("id")
        if pid:
            found[pid] = p
    return found


@dataclass
class LibValue:
    value: float
    entry: str
    role: str        # value | n | N | ci-low | ci-high | difference | ratio | ratio-ci-low | ratio-ci-high | p
    unit: str
    arm: str | None = None


def library_values(path: Path) -> list[LibValue]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    vals: list[LibValue] = []
    for study in data.get("studies") or []:
        for e in study.get("entries") or []:
            unit = str(e.get("unit", ""))
            eid = e["id"]
            if isinstance(e.get("value"), (int, float)):
                vals.append(LibValue(float(e["value"]), eid, "value", unit))
            for arm, a in (e.get("arms") or {}).items():
                if not isinstance(a, dict):
                    continue
                for key, role in (("value", "value"), ("n", "n"), ("N", "N")):
                    if isinstance(a.get(key), (int, float)):
                        vals.append(LibValue(float(a[key]), eid, role, unit, arm))
                ci = a.get("ci")
                if isinstance(ci, list) and len(ci) == 2:
                    vals.append(LibValue(float(ci[0]), eid, "ci-low", unit, arm))
                    vals.append(LibValue(float(ci[1]), eid, "ci-high", unit, arm))
            if isinstance(e.get("difference"), dict) and isinstance(e["difference"].get("value"), (int, float)):
                vals.append(LibValue(float(e["difference"]["value"]), eid, "difference", "points"))
            r = e.get("ratio")
            if isinstance(r, dict) and isinstance(r.get("value"), (int, float)):
                vals.append(LibValue(float(r["value"]), eid, "ratio", "ratio"))
                if isinstance(r.get("ci"), list) and len(r["ci"]) == 2:
                    vals.append(LibValue(float(r["ci"][0]), eid, "ratio-ci-low", "ratio"))
                    vals.append(LibValue(float(r["ci"][1]), eid, "ratio-ci-high", "ratio"))
            if isinstance(e.get("p"), dict) and isinstance(e["p"].get("value"), (int, float)):
                vals.append(LibValue(float(e["p"]["value"]), eid, "p", "p"))
    return vals


# ----------------------------------------------------------------------------- helpers
#: the inserted texts (invented figures, overstatements, rewordings) are written for BESPONSA;
#: for another product these words are replaced
PRODUCT_WORDS = {
    "xospata": {"BESPONSA": "XOSPATA", "CR/CRi": "CR/CRh", "Ph+": "FLT3-TKD", "relapsed ALL": "relapsed AML",
                "standard chemotherapy": "salvage chemotherapy"},
}


def loc(text: str, draft: "Draft") -> str:
    """An inserted text in the words of the draft's product."""
    product = draft.meta.get("product")
    if product == "besponsa":
        return text
    words = PRODUCT_WORDS.get(product, {"BESPONSA": str(product).upper()})
    for a, b in words.items():
        text = text.replace(a, b)
    return text


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def decimals(s: str) -> int:
    return len(s.split(".")[1]) if "." in s else 0


def fmt(v: float, nd: int) -> str:
    return f"{v:.{nd}f}"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def rng_for(*parts) -> random.Random:
    seed = int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16], 16)
    return random.Random(seed)


def as_list(v) -> list[str]:
    if v is None:
        return []
    return list(v) if isinstance(v, list) else [v]


def tidy(text: str) -> str:
    """Clean what a deletion leaves behind: a bullet or list item left empty takes its line with
    it, runs of blank lines close. (Spacing around the deleted span: delete_span.)"""
    text = re.sub(r"(?m)^[ \t]*(?:[-*•]|\d+\.)[ \t]*$\n?", "", text)
    text = re.sub(r"(?m)^[ \t]*(?:<li>\s*</li>|<p>\s*</p>|<p><em>\s*</em></p>|<em>\s*</em>)[ \t]*$\n?", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text


def delete_span(text: str, span: str) -> str:
    """Delete the first occurrence of span, closing the space it leaves (no doubled space, no
    space before punctuation, no space at the start of a line)."""
    i = text.find(span)
    if i < 0:
        return text
    before, after = text[:i], text[i + len(span):]
    if before.endswith((" ", "\t")) and after[:1] in (" ", "\t"):
        after = after.lstrip(" \t")
    elif before.endswith(" ") and after[:1] in (",", ".", ";", ":", ")"):
        before = before.rstrip(" ")
    elif (before == "" or before.endswith("\n") or before.endswith(">")) and after[:1] == " ":
        after = after.lstrip(" ")
    return before + after


def delete_spans(text: str, spans: list[str]) -> str:
    for s in spans:
        text = delete_span(text, s)
    return tidy(text)


NUM = re.compile(r"(?<![\w.#&/])(\d+(?:\.\d+)?)(?![\w]|\.\d)")
FRACTION = re.compile(r"(?<![\w.])(\d+)\s*(?:/|of)\s*(\d+)(?![\w.])")


@dataclass
class NumHit:
    start: int
    end: int
    s: str
    value: float
    kind: str        # pct | duration | ratio | ci | bare
    lib: list[LibValue]


def number_hits(draft: Draft, lib: list[LibValue]) -> list[NumHit]:
    """Numbers of the text that carry a claim and equal a library value at the text's precision."""
    text = draft.text
    hits = []
    for m in NUM.finditer(text):
        s = m.group(1)
        v = float(s)
        before = text[max(0, m.start() - 14):m.start()]
        after = text[m.end():m.end() + 12]
        if re.search(r"(?:Slide|Panel|PAGE|Cycle|cycle|Day|day|Study|EHA|&#|\d/|/)\s*$", before) or after.startswith("/"):
            continue
        if re.match(r"\s*(?:year|msec|mg|alkylat|tyrosine|cycles?\b|weeks?\b|:\d)", after):
            continue
        if re.search(r"[Pp]\s*[=<>]\s*$", before):
            continue
        if re.match(r"\s?(?:%|percent)", after):
            kind = "pct"
        elif re.match(r"\s?(?:months?|mo\b|days?)", after):
            kind = "duration"
        elif re.search(r"(?:HR|hazard ratio)[\s:;,(]*$", before, re.I):
            kind = "ratio"
        elif re.match(r"\s?(?:–|-|to)\s?\d", after) or re.search(r"\d\s?(?:–|-|to)\s?$", before):
            kind = "ci"
        elif "." in s:
            kind = "bare"
        else:
            continue
        nd = decimals(s)
        matching = [lv for lv in lib if fmt(lv.value, nd) == s and lv.role not in ("n", "N", "p")]
        matching.sort(key=lambda lv: (lv.value != v, lv.entry))
        if not matching:
            continue
        hits.append(NumHit(m.start(), m.end(), s, v, kind, matching))
    return hits


def near_fraction(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 14):end + 14]
    return bool(FRACTION.search(window)) or bool(re.search(r"\d+\s*\(\s*$", text[max(0, start - 8):start]))


def replace_at(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def protected_spans(draft: Draft) -> list[tuple[int, int]]:
    """Spans of the required statements: harmless edits and insertions keep out of them."""
    spans = []
    a = draft.anchors
    for key in ("not_met", "exploratory", "post_hoc_qualifiers", "redundant_qualifiers", "indication",
                "pi_pointer", "smpc_pointer", "additional_monitoring", "ae_reporting", "warnings"):
        for s in as_list(a.get(key)):
            i = draft.text.find(s)
            if i >= 0:
                spans.append((i, i + len(s)))
    for s in (a.get("boxed_warning") or {}).values():
        i = draft.text.find(s)
        if i >= 0:
            spans.append((i, i + len(s)))
    box = box_region(draft)
    if box:
        spans.append(box)
    return spans


def inside(spans, start, end) -> bool:
    return any(s <= start < e or s < end <= e for s, e in spans)


# ----------------------------------------------------------------------------- defects
def value_mismatch(draft: Draft, lib: list[LibValue], hits: list[NumHit]) -> list[Variant]:
    text, out = draft.text, []
    rng = rng_for(draft.id, "value")
    values_by_unit: dict[str, set[float]] = {}
    for lv in lib:
        values_by_unit.setdefault(lv.unit, set()).add(lv.value)
    cands = [h for h in hits if h.kind in ("pct", "duration", "ratio", "bare") and not near_fraction(text, h.start, h.end)]
    for i, h in enumerate(cands):
        nd = decimals(h.s)
        unit = h.lib[0].unit
        taken = {fmt(v, nd) for v in values_by_unit.get(unit, set())}
        step = 10 ** -nd
        mode = ("nearby", "digits", "other-entry")[i % 3]
        new = None
        if mode == "digits" and len(h.s.replace(".", "")) >= 2 and not h.s.startswith("0"):
            digits = h.s.replace(".", "")
            sw = digits[-1] + digits[1:-1] + digits[0] if len(digits) > 2 else digits[::-1]
            cand = sw[: len(sw) - nd] + ("." + sw[len(sw) - nd:] if nd else "")
            if cand != h.s and not cand.startswith("0") and cand not in taken and (unit != "%" or float(cand) <= 100):
                new = cand
        if mode == "other-entry" and new is None:
            others = sorted({fmt(lv.value, nd) for lv in lib if lv.unit == unit and lv.role == "value"
                             and lv.entry != h.lib[0].entry and decimals(repr(lv.value)) >= nd
                             and 0.5 * h.value <= lv.value <= 1.6 * h.value + 1} - {h.s})
            if others:
                new = others[rng.randrange(len(others))]
                mode = "other-entry"
        if new is None:
            mode = "nearby"
            for _ in range(40):
                k = rng.choice([2, 3, 4, 5, 7, 9, 12, 15, 24, 30] if nd else [2, 3, 4, 5, 6])
                cand_v = h.value + rng.choice([-1, 1]) * k * step
                if cand_v <= 0 or (unit == "%" and cand_v >= 100):
                    continue
                cand = fmt(cand_v, nd)
                if cand not in taken and cand != h.s:
                    new = cand
                    break
        if new is None:
            continue
        out.append(Variant(f"{draft.id}--vm{i:02d}", draft.id, draft.ext, "defect", "value-mismatch",
                           f"value-{mode}", f"{h.s} -> {new} ({h.lib[0].entry})",
                           line=line_of(text, h.start), text=replace_at(text, h.start, h.end, new)))
    # arms swapped: two values of one entry (different arms) on one line
    by_line: dict[int, list[NumHit]] = {}
    for h in hits:
        by_line.setdefault(line_of(text, h.start), []).append(h)
    for ln, hs in sorted(by_line.items()):
        for a in hs:
            b = next((b for b in hs if b.start > a.start and b.s != a.s and any(
                la.entry == lb.entry and la.arm and lb.arm and la.arm != lb.arm and la.role == lb.role == "value"
                for la in a.lib for lb in b.lib)), None)
            if b is not None:
                t = replace_at(text, b.start, b.end, a.s)
                t = replace_at(t, a.start, a.end, b.s)
                out.append(Variant(f"{draft.id}--vs{ln:03d}", draft.id, draft.ext, "defect", "value-mismatch",
                                   "arms-swapped", f"{a.s} <-> {b.s} swapped", line=ln, text=t))
                break
    return out


REL_WRONG = [
    (r"\bmore than twice\b", "more than four times"),
    (r"\bmore than double\b", "more than triple"),
    (r"\b[Nn]early 3 times\b", "Nearly 5 times"),
    (r"\b[Nn]early three times\b", "nearly five times"),
    (r"\balmost three times\b", "almost five times"),
    (r"\b[Ff]our in five\b", "Nine in ten"),
    (r"\b[Ff]our out of five\b", "nine out of ten"),
    (r"\b[Nn]early half\b", "Nearly two-thirds"),
    (r"\bunder a third\b", "under a tenth"),
    (r"\bfewer than one in three\b", "fewer than one in ten"),
]


def arithmetic(draft: Draft, lib: list[LibValue], hits: list[NumHit]) -> list[Variant]:
    text, out = draft.text, []
    rng = rng_for(draft.id, "arith")
    # n/N inconsistent with the stated percentage
    for i, m in enumerate(FRACTION.finditer(text)):
        n, N = int(m.group(1)), int(m.group(2))
        if not (0 < n < N):
            continue
        window = text[max(0, m.start() - 16):m.end() + 16]
        pct = re.search(r"(\d+(?:\.\d+)?)\s?%?", window.replace(m.group(0), " "))
        stated = [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)\s?%", window)] + \
                 [float(x) for x in re.findall(r"\((\d+\.\d)\)", window)]
        if not pct or not any(abs(100 * n / N - s) < 0.6 for s in stated):
            continue
        for _ in range(20):
            dn = rng.choice([-5, -4, -3, 3, 4, 5, 6])
            n2 = n + dn
            if 0 < n2 < N and all(abs(100 * n2 / N - s) > 1.5 for s in stated):
                break
        else:
            continue
        new = m.group(0).replace(m.group(1), str(n2), 1)
        out.append(Variant(f"{draft.id}--ar-frac{i:02d}", draft.id, draft.ext, "defect", "arithmetic",
                           "fraction-inconsistent", f"{m.group(0)} -> {new}", line=line_of(text, m.start()),
                           text=replace_at(text, m.start(), m.end(), new)))
    # n (%) table cells "88 (80.7)"
    for i, m in enumerate(re.finditer(r"(?<![\w./])(\d+) \((\d+\.\d)\)", text)):
        n, p = int(m.group(1)), float(m.group(2))
        n2 = n + (4 if i % 2 == 0 else -4)
        out.append(Variant(f"{draft.id}--ar-npct{i:02d}", draft.id, draft.ext, "defect", "arithmetic",
                           "n-percent-inconsistent", f"{m.group(0)} -> {n2} ({m.group(2)})", line=line_of(text, m.start()),
                           text=replace_at(text, m.start(), m.end(), f"{n2} ({m.group(2)})")))
    # CI that excludes its estimate
    ci_re = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(\s?(?:–|-|to)\s?)(\d+(?:\.\d+)?)(?![\w]|\.\d)")
    for i, m in enumerate(ci_re.finditer(text)):
        lo_s, hi_s = m.group(1), m.group(3)
        lows = [lv for lv in lib if lv.role in ("ci-low", "ratio-ci-low") and fmt(lv.value, decimals(lo_s)) == lo_s]
        pair = None
        for lv in lows:
            hi = next((h for h in lib if h.entry == lv.entry and h.arm == lv.arm and h.role == lv.role.replace("low", "high")
                       and fmt(h.value, decimals(hi_s)) == hi_s), None)
            if hi:
                pair = (lv, hi)
                break
        if not pair:
            continue
        lv, hv = pair
        est = next((x.value for x in lib if x.entry == lv.entry and x.arm == lv.arm
                    and x.role == ("ratio" if lv.role.startswith("ratio") else "value")), None)
        if est is None:
            continue
        nd = decimals(lo_s)
        width = hv.value - lv.value
        shift = (est - lv.value) + width * 0.25 + 10 ** -nd
        new_lo, new_hi = fmt(lv.value + shift, nd), fmt(hv.value + shift, nd)
        if float(new_hi) >= 100 and lv.unit == "%":
            continue
        new = f"{new_lo}{m.group(2)}{new_hi}"
        out.append(Variant(f"{draft.id}--ar-ci{i:02d}", draft.id, draft.ext, "defect", "arithmetic",
                           "ci-excludes-estimate", f"CI {m.group(0)} -> {new} (estimate {est})",
                           line=line_of(text, m.start()), text=replace_at(text, m.start(), m.end(), new)))
    # wrong difference
    for i, m in enumerate(re.finditer(r"(\d+\.\d)(\s?percentage points)", text)):
        v = float(m.group(1))
        new = fmt(v + (-10 if i % 2 == 0 else 4.4), 1)
        out.append(Variant(f"{draft.id}--ar-diff{i:02d}", draft.id, draft.ext, "defect", "arithmetic",
                           "difference-wrong", f"{m.group(1)} -> {new} percentage points", line=line_of(text, m.start()),
                           text=replace_at(text, m.start(), m.start() + len(m.group(1)), new)))
    # wrong relative wording
    for j, (pat, wrong) in enumerate(REL_WRONG):
        m = re.search(pat, text)
        if m:
            out.append(Variant(f"{draft.id}--ar-rel{j:02d}", draft.id, draft.ext, "defect", "arithmetic",
                               "relative-wording-wrong", f"'{m.group(0)}' -> '{wrong}'", line=line_of(text, m.start()),
                               text=replace_at(text, m.start(), m.end(), wrong)))
    return out


# invented figures: (label for a table row, sentence, bullet) with {a}/{b} the invented values
INVENTED = [
    ("3-year OS rate", "Three-year overall survival was {a}% with BESPONSA and {b}% with chemotherapy.", "3-year OS: {a}% vs {b}%"),
    ("1-year OS rate", "At 1 year, {a}% of BESPONSA patients were alive, compared with {b}% on chemotherapy.", "1-year survival {a}% vs {b}%"),
    ("Discontinuation due to AEs", "Only {c}% of BESPONSA patients discontinued treatment because of adverse events.", "Discontinuation due to adverse events: {c}%"),
    ("Median time to CR/CRi, months", "Median time to CR/CRi was {t} months with BESPONSA.", "Median time to response: {t} months"),
    ("CR/CRi, patients aged ≥65 years", "In patients aged 65 years or older, CR/CRi was {a}% vs {b}%.", "Patients ≥65 years: CR/CRi {a}% vs {b}%"),
    ("Post-transplant relapse reduction", "BESPONSA reduced post-transplant relapse by {c}%.", "Post-transplant relapse reduced by {c}%"),
    ("Median duration of remission, months", "Median duration of remission was {t} months with BESPONSA vs {u} months with chemotherapy.", "Median DoR {t} vs {u} months"),
    ("Median PFS, months", "Median progression-free survival was {t} vs {u} months.", "Median PFS: {t} vs {u} months"),
    ("Grade ≥3 infections", "Grade 3 or higher infections occurred in {c}% of patients treated with BESPONSA.", "Grade ≥3 infections: {c}%"),
    ("CR/CRi, Ph+ subgroup", "Among patients with Ph+ disease, {a}% achieved CR/CRi with BESPONSA.", "Ph+ subgroup CR/CRi: {a}%"),
    ("Hospital days, median", "Patients treated with BESPONSA spent a median of {d} days in hospital, {c}% fewer than with chemotherapy.", "Median hospital stay {d} days ({c}% fewer)"),
    ("Median OS, second salvage, months", "In second salvage, median OS was {t} months with BESPONSA.", "Second-salvage median OS {t} months"),
]

# An invented figure is only invented for a product whose claims library does not report it: the
# label's entry-id ending, where the library has such an entry, turns the insertion into a changed
# value of a reported figure (a value-mismatch), so the variant is not written (ADMIRAL reported
# 1-year survival; INO-VATE ALL did not).
REPORTED_AS = {"1-year OS rate": ".os.1-year", "3-year OS rate": ".os.3-year"}


def invented_values(rng: random.Random, lib_vals: set[str]) -> dict:
    def pick(lo, hi, nd):
        for _ in range(50):
            v = fmt(rng.uniform(lo, hi), nd)
            if v not in lib_vals:
                return v
        return fmt(hi + 0.3, nd)
    return {"a": pick(33, 69, 1), "b": pick(11, 29, 1), "c": str(rng.choice([7, 12, 16, 19, 24, 31, 37, 43])),
            "t": pick(1.9, 11.8, 1), "u": pick(1.1, 4.6, 1), "d": str(rng.choice([9, 11, 13, 17]))}


def unsupported(draft: Draft, lib: list[LibValue], hits: list[NumHit]) -> list[Variant]:
    text, out = draft.text, []
    lines = text.split("\n")
    lib_vals = {fmt(lv.value, 1) for lv in lib} | {fmt(lv.value, 0) for lv in lib}
    protect = protected_spans(draft)
    # anchor lines: lines with a claim number, outside the required statements
    anchor_lines = sorted({line_of(text, h.start) for h in hits if not inside(protect, h.start, h.end)})
    if not anchor_lines:
        return out
    rng = rng_for(draft.id, "invent")
    for k, (label, sentence, bullet) in enumerate(INVENTED):
        if label in REPORTED_AS and any(lv.entry.endswith(REPORTED_AS[label]) for lv in lib):
            continue
        label, sentence, bullet = loc(label, draft), loc(sentence, draft), loc(bullet, draft)
        ln = anchor_lines[(k * 7 + 3) % len(anchor_lines)]
        vals = invented_values(rng, lib_vals)
        src = lines[ln - 1]
        new_lines = list(lines)
        m_bullet = re.match(r"^(\s*(?:[-*•]|\d+\.)\s+)", src)
        if src.lstrip().startswith("|"):
            ncols = src.strip().strip("|").count("|") + 1
            cells = [label] + [f"{vals['a']}%" if "{a}" in sentence else (bullet.format(**vals).split(": ")[-1])] + [""] * (ncols - 2)
            if ncols >= 3 and "{b}" in sentence:
                cells[2] = f"{vals['b']}%"
            row = "| " + " | ".join(cells[:ncols]) + " |"
            new_lines.insert(ln, row)
            at = ln + 1
        elif re.search(r"<tr>", src):
            ncols = src.count("<td>") + src.count("<th>")
            cells = [label, (f"{vals['a']}%" if "{a}" in sentence else bullet.format(**vals).split(": ")[-1])]
            if ncols >= 3:
                cells.append(f"{vals['b']}%" if "{b}" in sentence else "")
            new_lines.insert(ln, "<tr>" + "".join(f"<td>{c}</td>" for c in cells[:max(ncols, 2)]) + "</tr>")
            at = ln + 1
        elif re.search(r"<li>", src):
            new_lines.insert(ln, "<li>" + bullet.format(**vals) + "</li>")
            at = ln + 1
        elif m_bullet:
            prefix = m_bullet.group(1)
            if re.match(r"\s*\d+\.", prefix):
                num = int(re.search(r"\d+", prefix).group()) + 1
                prefix = re.sub(r"\d+", str(num), prefix, 1)
            new_lines.insert(ln, prefix + bullet.format(**vals))
            at = ln + 1
        elif re.search(r"\.{4,}", src):
            new_lines.insert(ln, "  " + bullet.format(**vals).replace(": ", " ........ ", 1))
            at = ln + 1
        elif src.rstrip().endswith("</p>"):
            new_lines[ln - 1] = src.rstrip()[:-4] + " " + sentence.format(**vals) + "</p>"
            at = ln
        else:
            new_lines[ln - 1] = src.rstrip() + " " + sentence.format(**vals)
            at = ln
        out.append(Variant(f"{draft.id}--un{k:02d}", draft.id, draft.ext, "defect", "unsupported-claim",
                           "invented-" + re.sub(r"\W+", "-", label.lower()).strip("-"),
                           f"invented figure inserted: {label}", line=at, text="\n".join(new_lines)))
    return out


def fair_balance(draft: Draft) -> list[Variant]:
    text, a, out = draft.text, draft.anchors, []
    for key, mut in (("not_met", "not-met-deleted"), ("exploratory", "exploratory-disclaimer-deleted"),
                     ("pi_pointer", "pi-pointer-deleted"), ("smpc_pointer", "smpc-pointer-deleted"),
                     ("additional_monitoring", "additional-monitoring-deleted"),
                     # the request to report adverse reactions (F013, EU)
                     ("ae_reporting", "ae-reporting-deleted"),
                     # the sentences naming the labeling's warnings and precautions (F009-F012)
                     ("warnings", "warnings-and-precautions-deleted")):
        spans = as_list(a.get(key))
        if spans:
            out.append(Variant(f"{draft.id}--fb-{key}", draft.id, draft.ext, "defect", "fair-balance", mut,
                               f"deleted: {spans[0][:60]!r}", document=True, text=delete_spans(text, spans)))
    for i, q in enumerate(as_list(a.get("post_hoc_qualifiers"))):
        idx = text.find(q)
        new = delete_span(text, q)
        out.append(Variant(f"{draft.id}--fb-qual{i}", draft.id, draft.ext, "defect", "fair-balance",
                           "post-hoc-qualifier-deleted", f"deleted qualifier {q!r}", line=line_of(text, idx),
                           text=tidy(new)))
    return out


def redundant_qualifiers(draft: Draft) -> list[Variant]:
    """Harmless: a post hoc / exploratory / subgroup qualifier deleted where the claim stays
    qualified by another statement (its heading, table header, lead-in or the next sentence). The
    sidecar lists such qualifiers under ``redundant_qualifiers`` instead of ``post_hoc_qualifiers``:
    deleting them is no defect, and a finding there is a false one."""
    text, out = draft.text, []
    for i, q in enumerate(as_list(draft.anchors.get("redundant_qualifiers"))):
        out.append(Variant(f"{draft.id}--h-qual{i}", draft.id, draft.ext, "harmless", None,
                           "redundant-qualifier-deleted", f"deleted qualifier {q!r} (the claim stays qualified)",
                           text=tidy(delete_span(text, q))))
    return out


VOD_PHRASE = (r"(?:hepatic\s+)?(?:veno-occlusive\s+disease|VOD)(?:/SOS)?(?:\s*\(VOD\))?"
              r"(?:\s*\((?:(?:also\s+known\s+as|also\s+called)\s+)?sinusoidal\s+obstruction\s+syndrome\)"
              r"|,?\s*(?:also\s+known\s+as|also\s+called)\s+sinusoidal\s+obstruction\s+syndrome)?")
BOX_TERMS = {
    "hepatotoxicity": r"\bhepatotoxicity\b",
    "vod": VOD_PHRASE,
    "post_hsct_nrm": r"\bnon-relapse mortality\b",
}
WEAKER = {"hepatotoxicity": "changes in liver tests", "vod": "liver problems", "post_hsct_nrm": "complications"}


def box_region(draft: Draft) -> tuple[int, int] | None:
    bw = draft.anchors.get("boxed_warning") or {}
    pos = [(draft.text.find(s), draft.text.find(s) + len(s)) for s in bw.values() if draft.text.find(s) >= 0]
    if not pos:
        return None
    start, end = min(p[0] for p in pos), max(p[1] for p in pos)
    w = draft.text.rfind("WARNING:", 0, start + 1)
    if w >= 0 and start - w < 600:
        start = w
    return start, end


def _cleanup_box(part: str) -> str:
    part = re.sub(r"(?i)including\s*(?:fatal (?:and|or) life-threatening\s*)?(?=,|\)|\.|\s+AND\b)", "", part)
    part = re.sub(r"(?i),?\s*including\s+(?:fatal (?:and|or) life-threatening\s*)?(?=(?:has )?occurred\b)", " ", part)
    part = re.sub(r",\s*,", ",", part)
    part = re.sub(r"(?i),\s+(?=(?:has )?occurred\b)", " ", part)
    part = re.sub(r"\(\s*\)", "", part)
    part = re.sub(r"(?<=\S)[ \t]{2,}", " ", part)
    part = re.sub(r" +(?=[,.;)])", "", part)
    # a sentence or title that now starts with a lower-case word or a comma
    part = re.sub(r"(WARNING:\s*),\s*", r"\1", part)
    part = re.sub(r"(^|\n|[.:]\s+|<li>|\*\*|[-*•]\s)([a-z])", lambda m: m.group(1) + m.group(2).upper(), part)
    return part


def _sub_region(text: str, region: tuple[int, int], pattern: str, repl: str) -> str:
    s, e = region
    part = re.sub(pattern, lambda m: repl.upper() if m.group(0).isupper() and repl else repl, text[s:e], flags=re.I)
    return text[:s] + _cleanup_box(part) + text[e:]


def boxed_warning(draft: Draft) -> list[Variant]:
    bw = draft.anchors.get("boxed_warning") or {}
    region = box_region(draft)
    if not bw or not region:
        return []
    text, out = draft.text, []
    for el, anchor in bw.items():
        # delete: the element goes from the whole box (title and body)
        if el == "post_hsct_nrm":
            t = delete_span(text, anchor)
            r2 = (region[0], region[1] - len(anchor))
            part = t[r2[0]:r2[1]]
            part = re.sub(r"(?is),?\s*AND INCREASED RISK OF POST-?[^\n]{0,80}?(?:\n[^\n]{0,80}?)?NON-RELAPSE MORTALITY", "", part, count=1)
            part = re.sub(r"(?i)(?:;|,)?\s*(?:and )?(?:a )?higher post-HSCT non-relapse mortality(?: rate)?", "", part)
            t = t[:r2[0]] + part + t[r2[1]:]
            t = _sub_region(t, (r2[0], r2[0] + len(part)), BOX_TERMS[el], "")
        elif el not in BOX_TERMS:        # an element of another product's box: its sentence goes
            t = delete_span(text, anchor)
        elif el == "hepatotoxicity":
            t = _sub_region(text, region, r"\bhepatotoxicity\b,?\s*(?:including\s+)?", "")
        else:
            t = _sub_region(text, region, BOX_TERMS[el], "")
        out.append(Variant(f"{draft.id}--bw-del-{el}", draft.id, draft.ext, "defect", "boxed-warning",
                           f"element-deleted-{el}", f"boxed warning element deleted: {el}", document=True, text=tidy(t)))
        # weaken: the element's words replaced by vaguer ones, throughout the box
        if el not in BOX_TERMS:
            continue
        t = _sub_region(text, region, BOX_TERMS[el], WEAKER[el])
        if t != text:
            out.append(Variant(f"{draft.id}--bw-weak-{el}", draft.id, draft.ext, "defect", "boxed-warning",
                               f"element-weakened-{el}", f"boxed warning element weakened: {el} -> {WEAKER[el]}",
                               document=True, text=t))
    # severity weakened: "fatal and life-threatening" dropped
    m = re.search(r"(?i)fatal (?:and|or|/) ?life-threatening ", text[region[0]:region[1]])
    if m:
        s = region[0] + m.start()
        t = replace_at(text, s, s + len(m.group(0)), "")
        t = t[:s] + re.sub(r"^([a-z])", lambda x: x.group(1).upper(), t[s:], count=1) if text[s].isupper() else t
        out.append(Variant(f"{draft.id}--bw-weak-fatal", draft.id, draft.ext, "defect", "boxed-warning",
                           "severity-weakened", "'fatal and life-threatening' removed from the boxed warning",
                           document=True, text=t))
    out.append(Variant(f"{draft.id}--bw-del-all", draft.id, draft.ext, "defect", "boxed-warning",
                       "boxed-warning-deleted", "whole boxed warning deleted", document=True,
                       text=tidy(text[:region[0]] + text[region[1]:])))
    return out


def indication(draft: Draft) -> list[Variant]:
    a = draft.anchors
    ind = a.get("indication")
    if not ind:
        return []
    text, out = draft.text, []
    base = text.find(ind)
    out.append(Variant(f"{draft.id}--in-del", draft.id, draft.ext, "defect", "indication", "indication-deleted",
                       "indication statement deleted", document=True, text=tidy(delete_span(text, ind))))
    eu = draft.meta.get("market") == "EU"
    slots = a.get("indication_slots") or {}
    changes = {
        "biomarker": [("deleted", "")],
        "line": [("deleted", ""), ("broadened", "newly diagnosed or relapsed")],
        "disease": [("broadened", "acute leukaemia" if eu else "acute leukemia"),
                    ("broadened", ("acute lymphoblastic leukaemia" if eu else "acute lymphoblastic leukemia"))],
        "population": ([("broadened", "adults and children"), ("broadened", "patients")] if eu else
                       [("broadened", "in patients of all ages"), ("deleted", "")]),
        "conditions": [("deleted", "")],
        "monotherapy": [("broadened", "alone or in combination ")],
    }
    for slot, sub in slots.items():
        i = ind.find(sub)
        if i < 0:
            continue
        for j, (how, repl) in enumerate(changes.get(slot, [("deleted", "")])):
            new_ind = delete_span(ind, sub) if repl == "" else ind[:i] + repl + ind[i + len(sub):]
            if new_ind == ind:
                continue
            t = text[:base] + new_ind + text[base + len(ind):]
            out.append(Variant(f"{draft.id}--in-{slot}-{j}", draft.id, draft.ext, "defect", "indication",
                               f"{slot}-{how}", f"indication {slot} {how}: {sub.strip()!r} -> {repl.strip()!r}",
                               line=line_of(text, base + i + (len(sub) - len(sub.lstrip()))), text=tidy(t)))
    return out


OVERSTATEMENTS = [
    "BESPONSA is a safe choice for these patients.",
    "It is the best salvage option available today.",
    "For many patients, BESPONSA offers a potential cure.",
    "Clinically proven superior to chemotherapy.",
    "Remission is virtually guaranteed.",
    "Patients can be treated with no serious side effects.",
    "The most effective therapy for relapsed ALL.",
    "A risk-free bridge to transplant.",
    "BESPONSA works every time, even in heavily pretreated patients.",
    "Unmatched remission rates, safely delivered.",
]


def overstatement(draft: Draft) -> list[Variant]:
    text, out = draft.text, []
    lines = text.split("\n")
    protect = protected_spans(draft)
    offs, o = [], 0
    for ln in lines:
        offs.append(o)
        o += len(ln) + 1
    good = [i for i, ln in enumerate(lines)
            if re.search(r"\d", ln) and len(ln) > 40 and not ln.lstrip().startswith(("|", "<tr", "#", "<h"))
            and not re.search(r"\.{4}", ln) and not inside(protect, offs[i], offs[i] + len(ln))]
    if not good:
        return out
    for k, phrase in enumerate(OVERSTATEMENTS):
        phrase = loc(phrase, draft)
        i = good[(k * 5 + 1) % len(good)]
        src = lines[i]
        new_lines = list(lines)
        if src.rstrip().endswith(("</p>", "</li>")):
            cut = src.rstrip().rfind("</")
            new_lines[i] = src.rstrip()[:cut] + " " + phrase + src.rstrip()[cut:]
        else:
            new_lines[i] = src.rstrip() + " " + phrase
        out.append(Variant(f"{draft.id}--ov{k:02d}", draft.id, draft.ext, "defect", "overstatement",
                           "overstatement-inserted", f"inserted: {phrase!r}", line=i + 1, text="\n".join(new_lines)))
    return out


# ----------------------------------------------------------------------------- harmless
SYNONYMS = [
    (r"\bstandard chemotherapy\b", "investigator's choice of chemotherapy"),
    (r"\bvs\b(?!\.)", "versus"),
    (r"\bversus\b", "vs"),
    (r"\bproceeded to\b", "went on to"),
    (r"\bachieved\b", "attained"),
    (r"\brandomized\b", "randomly assigned"),
    (r"\brandomised\b", "randomly allocated"),
    (r"\bcompared with\b", "compared to"),
]
# rewordings of the required statements (a draft gets one of each, chosen by its id)
REWORDINGS = {
    "not_met": ["The overall survival primary endpoint did not achieve statistical significance.",
                "Overall survival, a primary endpoint, was not significantly improved with BESPONSA.",
                "The difference in overall survival was not statistically significant, so this primary endpoint was not met."],
    "exploratory": ["These results are exploratory, the study was not powered for them, and they should be interpreted with caution.",
                    "Hypothesis-generating only: this analysis was not prespecified and no formal statistical testing was done.",
                    "Descriptive, exploratory data; no conclusions on efficacy can be drawn."],
    "pi_pointer": ["Please read the accompanying full Prescribing Information, including the Boxed Warning, before prescribing.",
                   "Review the full Prescribing Information before prescribing.",
                   "Tap through for the full Prescribing Information, including Boxed Warning."],
    "smpc_pointer": ["Prescribers should consult the Summary of Product Characteristics (SmPC) before prescribing.",
                     "Full prescribing information: see the SmPC.",
                     "The SmPC is available on request and should be read before prescribing."],
    "additional_monitoring": ["▼ This medicine is subject to additional monitoring. Please report any suspected adverse reactions.",
                              "▼ Additional monitoring applies to this medicinal product; report suspected adverse reactions.",
                              "▼ This product is subject to additional monitoring; adverse events should be reported."],
}
INDICATION_REWORDED = {
    "US": ["BESPONSA is indicated to treat relapsed or refractory CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL) in adults and in pediatric patients who are at least 1 year old.",
           "BESPONSA is approved for adult and pediatric patients 1 year and older with CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL) that is relapsed or refractory."],
    "EU": ["BESPONSA is indicated as monotherapy for adults with CD22-positive relapsed or refractory B cell precursor acute lymphoblastic leukaemia (ALL); adults with Philadelphia chromosome-positive (Ph+) disease should have failed treatment with at least one tyrosine kinase inhibitor (TKI).",
           "BESPONSA is indicated, as a single agent, in adults with relapsed or refractory CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adults with Philadelphia chromosome-positive (Ph+) relapsed or refractory disease should have failed at least 1 tyrosine kinase inhibitor (TKI)."],
}
BOX_REWORDED = {
    "hepatotoxicity": "Hepatotoxicity has occurred with BESPONSA, including fatal and life-threatening cases of hepatic VOD.",
    "vod": "hepatic veno-occlusive disease (VOD, also called sinusoidal obstruction syndrome)",
    "post_hsct_nrm": "The risk of non-relapse mortality was greater in patients who had HSCT after treatment with BESPONSA.",
}


def harmless(draft: Draft, lib: list[LibValue], hits: list[NumHit]) -> list[Variant]:
    text, a, out = draft.text, draft.anchors, []
    protect = protected_spans(draft)
    free = [h for h in hits if not inside(protect, h.start, h.end)]
    # allowed rounding of a one-decimal percentage
    for i, h in enumerate([h for h in free if h.kind == "pct" and decimals(h.s) == 1][:3]):
        new = str(int(round(h.value + 1e-9)))
        if abs(h.value - round(h.value)) == 0.5:
            continue
        out.append(Variant(f"{draft.id}--h-round{i}", draft.id, draft.ext, "harmless", None, "allowed-rounding",
                           f"{h.s} -> {new}", text=replace_at(text, h.start, h.end, new)))
    # reformatted numbers
    for i, h in enumerate([h for h in free if h.kind == "pct"][:2]):
        j = h.end
        m = re.match(r"\s?%", text[j:])
        if not m:
            continue
        new = " percent" if i == 0 else " %"
        out.append(Variant(f"{draft.id}--h-fmt{i}", draft.id, draft.ext, "harmless", None, "number-reformatted",
                           f"{h.s}% -> {h.s}{new}", text=text[:j] + new + text[j + m.end():]))
    m = re.search(r"(\d\.\d+)–(\d\.\d+)", text)
    if m and not inside(protect, m.start(), m.end()):
        out.append(Variant(f"{draft.id}--h-ci-to", draft.id, draft.ext, "harmless", None, "number-reformatted",
                           "CI dash -> 'to'", text=replace_at(text, m.start(), m.end(), f"{m.group(1)} to {m.group(2)}")))
    # synonyms (outside required statements)
    for k, (pat, repl) in enumerate(SYNONYMS):
        m = next((m for m in re.finditer(pat, text) if not inside(protect, m.start(), m.end())), None)
        if m:
            out.append(Variant(f"{draft.id}--h-syn{k}", draft.id, draft.ext, "harmless", None, "synonym",
                               f"{m.group(0)!r} -> {repl!r}", text=replace_at(text, m.start(), m.end(), repl)))
    # required statements reworded
    pick = int(_hash(draft.id), 16)
    for key, alts in REWORDINGS.items():
        spans = as_list(a.get(key))
        if not spans:
            continue
        alt = loc(alts[pick % len(alts)], draft)
        s = spans[-1]
        if s.startswith("["):            # a Markdown link: reword its text
            alt = "[" + alt + s[s.find("]"):]
        elif s.startswith("<"):          # an HTML element: reword its text, keep the tags
            close = s[s.rfind("</"):]
            alt = s[: s.find(">") + 1] + alt + close
        elif not s.rstrip().endswith("."):
            continue  # a clause inside a sentence: rewording it whole would break the sentence
        if s[:1].islower():
            alt = alt[0].lower() + alt[1:]
        out.append(Variant(f"{draft.id}--h-reword-{key}", draft.id, draft.ext, "harmless", None,
                           "required-statement-reworded", f"{key} reworded", text=text.replace(s, alt, 1)))
    # indication reworded (same slots, other words and order)
    ind = a.get("indication")
    if ind:
        alts = INDICATION_REWORDED.get(draft.meta.get("market", "US"), []) if draft.meta.get("product") == "besponsa" else []
        if alts:
            alt = alts[pick % len(alts)]
            if "&reg;" in ind:
                alt = alt.replace("BESPONSA", "BESPONSA&reg;", 1)
            out.append(Variant(f"{draft.id}--h-reword-indication", draft.id, draft.ext, "harmless", None,
                               "required-statement-reworded", "indication reworded", text=text.replace(ind, alt, 1)))
    # a boxed-warning element reworded (the element still all there)
    for el, anchor in (a.get("boxed_warning") or {}).items():
        if el not in BOX_REWORDED or draft.meta.get("product") != "besponsa":
            continue
        alt = BOX_REWORDED[el]
        if el == "vod" and not re.search(r"(?i)veno-occlusive", anchor):
            continue
        if el != "vod" and not anchor.rstrip().endswith("."):
            continue
        if el == "vod" and anchor.isupper():
            alt = alt.upper()
        out.append(Variant(f"{draft.id}--h-reword-bw-{el}", draft.id, draft.ext, "harmless", None,
                           "required-statement-reworded", f"boxed warning {el} reworded", text=text.replace(anchor, alt, 1)))
        break
    # reordered: two adjacent bullet lines swapped
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        if re.match(r"^\s*[-*•]\s", lines[i]) and re.match(r"^\s*[-*•]\s", lines[i + 1]):
            nl = list(lines)
            nl[i], nl[i + 1] = nl[i + 1], nl[i]
            out.append(Variant(f"{draft.id}--h-swap{i}", draft.id, draft.ext, "harmless", None, "reordered",
                               f"lines {i + 1} and {i + 2} swapped", text="\n".join(nl)))
            break
    # reordered: two adjacent body rows of a table swapped (pipe or HTML)
    rows = [i for i, ln in enumerate(lines)
            if (ln.lstrip().startswith("|") and not re.match(r"^\s*\|[\s|:-]+\|\s*$", ln)) or
            re.search(r"<tr>\s*<td>", ln)]
    def interval_row(j: int) -> bool:
        """A row whose label is a confidence interval belongs to the row above it: moving either
        would give the interval to another estimate (a defect, not a harmless change)."""
        if j not in rows:
            return False
        cells = [c for c in re.split(r"\||</?t[dh][^>]*>", lines[j]) if c.strip()]
        return bool(cells) and bool(re.search(r"\bCI\b|confidence interval", cells[0], re.I))

    for i in rows:
        if any(interval_row(j) for j in (i, i + 1, i + 2)):
            continue
        if i + 1 in rows and i - 1 in rows or (i + 1 in rows and "<td>" in lines[i]):
            nl = list(lines)
            nl[i], nl[i + 1] = nl[i + 1], nl[i]
            out.append(Variant(f"{draft.id}--h-rows{i}", draft.id, draft.ext, "harmless", None, "reordered",
                               f"table rows {i + 1} and {i + 2} swapped", text="\n".join(nl)))
            break
    # section moved: the indication paragraph moved to the end of the document (before </body>)
    ind = a.get("indication")
    if ind:
        t = tidy(delete_span(text, ind))
        if draft.ext in (".md", ".txt"):
            t = t.rstrip("\n") + "\n\n" + ind + "\n"
        elif "</body>" in t:
            para = ind if ind.startswith("<") else f"<p>{ind}</p>"
            t = tidy(t.replace(f"<p></p>", "", 1)).replace("</body>", para + "\n</body>", 1)
        else:
            t = None
        if t:
            out.append(Variant(f"{draft.id}--h-move-ind", draft.id, draft.ext, "harmless", None, "section-moved",
                               "indication moved to the end", text=t))
    return out


# ----------------------------------------------------------------------------- driver
def cap(variants: list[Variant], n: int, key: str) -> list[Variant]:
    if len(variants) <= n:
        return variants
    rng = rng_for(key)
    idx = sorted(rng.sample(range(len(variants)), n))
    return [variants[i] for i in idx]


def generate(drafts_dir: Path = HERE / "drafts", reference_dir: Path = ROOT / "reference",
             skipped: list[str] | None = None) -> tuple[list[Draft], list[Variant]]:
    libs = library_files(reference_dir)
    lib_cache: dict[str, list[LibValue]] = {}
    kept, variants = [], []
    for d in load_drafts(drafts_dir):
        product = d.meta.get("product")
        if product not in libs:
            if skipped is not None:
                skipped.append(f"{d.path.name}: no claims library for product {product!r} in {reference_dir} (skipped)")
            continue
        if product not in lib_cache:
            lib_cache[product] = library_values(libs[product])
        lib = lib_cache[product]
        hits = number_hits(d, lib)
        kept.append(d)
        groups = {
            "value-mismatch": value_mismatch(d, lib, hits),
            "arithmetic": arithmetic(d, lib, hits),
            "unsupported-claim": unsupported(d, lib, hits),
            "fair-balance": fair_balance(d),
            "boxed-warning": boxed_warning(d),
            "indication": indication(d),
            "overstatement": overstatement(d),
            "harmless": harmless(d, lib, hits),
            "harmless-qualifier": redundant_qualifiers(d),
        }
        for cat, vs in groups.items():
            vs = [v for v in vs if v.text != d.text]
            variants.extend(cap(vs, PER_DRAFT_CAP[cat], f"{d.id}|{cat}"))
    ids = [v.id for v in variants]
    assert len(ids) == len(set(ids)), "duplicate variant ids"
    return kept, variants


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drafts", type=Path, default=HERE / "drafts")
    ap.add_argument("--reference", type=Path, default=ROOT / "reference")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "variants")
    args = ap.parse_args(argv)
    skipped: list[str] = []
    drafts, variants = generate(args.drafts, args.reference, skipped)
    for s in skipped:
        print(s, file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    for v in variants:
        (args.out / f"{v.id}{v.ext}").write_text(v.text, encoding="utf-8")
    (args.out / "manifest.json").write_text(json.dumps([v.manifest() for v in variants], indent=1), encoding="utf-8")
    counts: dict[str, int] = {}
    for v in variants:
        counts[v.category or "harmless"] = counts.get(v.category or "harmless", 0) + 1
    print(f"{len(drafts)} drafts -> {len(variants)} variants in {args.out}: "
          + ", ".join(f"{k} {counts.get(k, 0)}" for k in (*CATEGORIES, "harmless")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
