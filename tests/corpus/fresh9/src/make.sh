#!/bin/sh
# fresh9 documents: see ../../make-docs.sh (names matching the PDF patterns become PDF, the other sources .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh9 '1013_*' '1019_*' '1024_*' '1027_*'
