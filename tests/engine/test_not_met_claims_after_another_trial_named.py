"""F001 on survival figures read after another trial was named (a pooled analysis of the pivotal
trial and an earlier study): the trial named last, in a section before, holds no primary
analysis of overall survival, while the entry the figures match does. The figures are that
entry's trial's, whose OS primary endpoint was not met, so their section needs the statement."""

from claimcheck.documents.base import Document

HEAD = ("---\nmarket: US\n---\n# Remission, transplant and survival\n\n"
        "## Getting to transplant\n\n"
        "A post hoc pooled analysis of INO-VATE ALL and the phase 1/2 Study 1010 reported a 2-year "
        "post-transplant OS of 51% among BESPONSA-treated patients who underwent HSCT. These results are "
        "exploratory; interpret them with caution. The OS primary endpoint "
        "was not met.\n\n"
        "## Survival in context\n\n"
        "Median overall survival was 7.7 months with BESPONSA and 6.2 months with standard chemotherapy "
        "(HR 0.75; 97.5% CI, 0.57-0.99).")
NOT_MET = " The primary endpoint of overall survival was not met."
FILLER = "".join(f"\n\nBackground paragraph {k} on relapsed ALL and its management." for k in range(1, 17))


def _f001_lines(linter, text):
    doc = Document(path="piece.md", text=text, format="markdown")
    doc.metadata["market"] = "US"
    return [f.line for f in linter.lint_document(doc) if f.rule == "F001"]


def test_the_survival_figures_need_their_statement_after_another_trial_was_named(full_linter):
    # the statement of the section before stands 16 paragraphs away: too far for the medians
    text = HEAD.replace("## Survival in context", FILLER.strip() + "\n\n## Survival in context") + "\n"
    line = text.splitlines().index(next(l for l in text.splitlines() if l.startswith("Median overall"))) + 1
    assert line in _f001_lines(full_linter, text)


def test_with_the_statement_the_survival_figures_are_clean(full_linter):
    text = HEAD.replace("## Survival in context", FILLER.strip() + "\n\n## Survival in context") + NOT_MET + "\n"
    assert _f001_lines(full_linter, text) == []
