#!/bin/sh
# fresh8 documents: see ../../make-docs.sh (903, 920 and 923 become PDF, the other sources .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh8 '903_*' '920_*' '923_*'
