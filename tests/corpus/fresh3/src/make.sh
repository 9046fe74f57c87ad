#!/bin/sh
# fresh3 documents: see ../../make-docs.sh (txt *_pdf_*, 414, 421, 426, 428 become PDF, the rest .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh3 '*_pdf_*' '414_*' '421_*' '426_*' '428_*'
