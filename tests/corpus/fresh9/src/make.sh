#!/bin/sh
# fresh9 documents: see ../../make-docs.sh (1019, 1024 and 1027 become PDF, the other sources .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh9 '1019_*' '1024_*' '1027_*'
