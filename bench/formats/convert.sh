#!/usr/bin/env bash
# Convert Markdown drafts the way real files are made, for the format benchmark and its fixtures.
#
#   bash bench/formats/convert.sh [DRAFTS_DIR] [OUT_DIR]
#
# Defaults: bench/formats/drafts -> bench/formats/converted. Point DRAFTS_DIR at any folder of Markdown
# drafts with front matter (e.g. the quality benchmark's drafts) to convert those instead.
# For each NAME.md:
#   OUT/docx/NAME.docx              pandoc (Markdown footnotes become Word footnotes, ^x^ superscripts)
#   OUT/html/NAME.html              pandoc, standalone
#   OUT/pdf-single/NAME.pdf         LibreOffice headless from the DOCX: single column
#   OUT/docx-leave-behind/NAME.docx the DOCX laid out by layout.py: A5, two columns, 9 pt, justified,
#                                   automatic hyphenation, an unruled and a ruled table, running
#                                   header and footer (job code, page number), a real footnote
#   OUT/pdf-leave-behind/NAME.pdf   LibreOffice headless from that DOCX
#
# LibreOffice runs once per output folder, converting every file in one call (starting soffice costs
# seconds; one call per file made the quality benchmark's conversion several times slower). Set
# CONVERT_PER_FILE=1 to call it once per draft instead (same output, e.g. to find which file hangs).
#
# Needs pandoc and LibreOffice Writer (Debian: apt-get install pandoc libreoffice-writer-nogui
# hyphen-en-us fonts-liberation2). The generated files are committed, so tests need neither.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
drafts="${1:-$here/drafts}"
out="${2:-$here/converted}"
python="${PYTHON:-python3}"

for tool in pandoc soffice; do
  command -v "$tool" >/dev/null || { echo "convert.sh: $tool not found (see the header of this script)" >&2; exit 2; }
done
mkdir -p "$out"/{docx,html,pdf-single,docx-leave-behind,pdf-leave-behind}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# LibreOffice keeps a user profile; a private one keeps runs independent of the caller's
profile="file://$work/profile"

# pdf OUTDIR FILE...: LibreOffice headless, DOCX -> PDF
pdf() {
  local outdir="$1"; shift
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$outdir" "$@" >/dev/null
}
single=(); leave=()
# pandoc's Markdown, read as CommonMark (and claimcheck's Markdown reader) reads it: a list, a
# heading or a block quote right under a paragraph line starts a block (pandoc's default wants a
# blank line before them and would run "- item" lines into the paragraph)
from="markdown+lists_without_preceding_blankline-blank_before_blockquote-blank_before_header"

for md in "$drafts"/*.md; do
  name="$(basename "$md" .md)"
  market="$(sed -n 's/^market: *\([A-Za-z]*\).*/\1/p' "$md" | head -1 | tr a-z A-Z)"
  market="${market:-US}"
  # the running header names the draft's own product (a header naming another product would make
  # the piece promote both)
  if grep -qi 'xospata\|gilteritinib' "$md"; then
    brand="XOSPATA (gilteritinib)"; code="GIL"
  else
    brand="BESPONSA (inotuzumab ozogamicin)"; code="INO"
  fi
  if [ "$market" = "EU" ]; then
    job="PP-$code-EUR-0421"; header="$brand | For healthcare professionals"
  else
    job="PP-$code-USA-0421"; header="$brand | For US healthcare professionals only"
  fi
  # <sup>x</sup> (what claimcheck's Markdown reader and HTML understand) -> pandoc's ^x^
  sed -E 's#<sup>([^<]*)</sup>#^\1^#g' "$md" > "$work/$name.md"
  pandoc -f "$from" -t docx -o "$out/docx/$name.docx" "$work/$name.md"
  pandoc -f "$from" -t html -s --metadata pagetitle="$name" -o "$out/html/$name.html" "$work/$name.md"
  "$python" "$here/layout.py" "$out/docx/$name.docx" "$out/docx-leave-behind/$name.docx" \
    --job-code "$job" --header "$header"
  if [ "${CONVERT_PER_FILE:-0}" = 1 ]; then
    pdf "$out/pdf-single" "$out/docx/$name.docx"
    pdf "$out/pdf-leave-behind" "$out/docx-leave-behind/$name.docx"
  else
    single+=("$out/docx/$name.docx"); leave+=("$out/docx-leave-behind/$name.docx")
  fi
  echo "converted $name ($market)"
done
if [ "${#single[@]}" -gt 0 ]; then
  pdf "$out/pdf-single" "${single[@]}"
  pdf "$out/pdf-leave-behind" "${leave[@]}"
  echo "PDFs written (${#single[@]} drafts, two LibreOffice calls)"
fi
