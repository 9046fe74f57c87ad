#!/bin/sh
# Rebuild the .docx and .pdf documents of fresh4 from their sources in src/ (Debian's LibreOffice:
# apt-get install libreoffice-writer-nogui fonts-dejavu poppler-utils). Run from anywhere:
#   sh tests/corpus/fresh4/src/make.sh
# src/NAME.txt  -> NAME.docx or NAME.pdf (plain text, the text filter keeps the line breaks)
# src/NAME.html -> NAME.docx or NAME.pdf (real tables, merged cells by rowspan/colspan)
# Which format a source becomes is listed below; nothing else is generated.
set -e
cd "$(dirname "$0")/.."
export HOME="$(mktemp -d)"   # a throw-away LibreOffice profile
txt() { soffice --headless --infilter="Text (encoded):UTF8,LF,DejaVu Sans,vi-VN" --convert-to "$2" --outdir . "src/$1.txt" >/dev/null; }
html() { soffice --headless --convert-to "$2" --outdir . "src/$1.html" >/dev/null; }
DOCX='docx:MS Word 2007 XML'
PDF_FROM_HTML='pdf:writer_web_pdf_Export'
for n in $(ls src/*.txt | sed 's|src/||; s|\.txt$||'); do
  case "$n" in
    503_*|509_*|523_*|529_*) txt "$n" pdf ;;
    *) txt "$n" "$DOCX" ;;
  esac
done
for n in $(ls src/*.html 2>/dev/null | sed 's|src/||; s|\.html$||'); do
  case "$n" in
    518_*) html "$n" "$PDF_FROM_HTML" ;;
    *) html "$n" "$DOCX" ;;
  esac
done
rm -rf "$HOME"
