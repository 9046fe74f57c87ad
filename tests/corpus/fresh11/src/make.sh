#!/bin/sh
# fresh11 documents: see ../../make-docs.sh (1211, 1217, 1225 and 1229 become PDF, the other sources .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh11 '1211_*' '1217_*' '1225_*' '1229_*'
