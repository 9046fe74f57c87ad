#!/bin/sh
# fresh5 documents: see ../../make-docs.sh (620 and 627 become PDF, the other sources .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh5 '620_*' '627_*'
