#!/bin/sh
# fresh4 documents: see ../../make-docs.sh (txt 503, 509, 523, 529 and html 518 become PDF, the rest .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh4 '503_*' '509_*' '523_*' '529_*' '518_*'
