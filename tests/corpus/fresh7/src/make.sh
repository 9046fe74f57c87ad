#!/bin/sh
# fresh7 documents: see ../../make-docs.sh (807, 811, 824, 829 become PDF, the other sources .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh7 '807_*' '811_*' '824_*' '829_*'
