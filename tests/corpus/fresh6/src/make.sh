#!/bin/sh
# fresh6 documents: see ../../make-docs.sh (702, 719, 722 and 727 become PDF, the other sources .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh6 '702_*' '719_*' '722_*' '727_*'
