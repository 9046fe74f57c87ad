#!/bin/sh
# fresh10 documents: see ../../make-docs.sh (1109, 1120, 1124 and 1130 become PDF, the other sources .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh10 '1109_*' '1120_*' '1124_*' '1130_*'
