#!/bin/sh
# Rebuild the .docx and .pdf documents of one corpus set from its sources in SET/src/ (Debian's LibreOffice:
# apt-get install libreoffice-writer-nogui fonts-dejavu poppler-utils). Run from anywhere:
#   sh tests/corpus/make-docs.sh SET [PDF-PATTERN ...]
# src/NAME.txt  -> NAME.docx, or NAME.pdf when NAME matches a PDF-PATTERN (the text filter keeps the line breaks)
# src/NAME.html -> NAME.docx, or NAME.pdf when NAME matches a PDF-PATTERN (real tables, merged cells by rowspan/colspan)
# PDF-PATTERNs are shell patterns such as '503_*'; nothing else is generated.
set -e
[ -n "$1" ] || { echo "usage: make-docs.sh SET [PDF-PATTERN ...]" >&2; exit 2; }
cd "$(dirname "$0")/$1"
shift
export HOME="$(mktemp -d)"   # a throw-away LibreOffice profile
DOCX='docx:MS Word 2007 XML'
is_pdf() { n="$1"; shift; for p in "$@"; do case "$n" in $p) return 0 ;; esac; done; return 1; }
for f in src/*.txt; do
  [ -e "$f" ] || continue
  n=$(basename "$f" .txt)
  if is_pdf "$n" "$@"; then fmt=pdf; else fmt="$DOCX"; fi
  soffice --headless --infilter="Text (encoded):UTF8,LF,DejaVu Sans,vi-VN" --convert-to "$fmt" --outdir . "$f" >/dev/null
done
for f in src/*.html; do
  [ -e "$f" ] || continue
  n=$(basename "$f" .html)
  if is_pdf "$n" "$@"; then fmt='pdf:writer_web_pdf_Export'; else fmt="$DOCX"; fi
  soffice --headless --convert-to "$fmt" --outdir . "$f" >/dev/null
done
rm -rf "$HOME"
