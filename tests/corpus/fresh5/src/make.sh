#!/bin/sh
# fresh5 documents: see ../../make-docs.sh (620 becomes PDF, the other sources .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh5 '620_*'
