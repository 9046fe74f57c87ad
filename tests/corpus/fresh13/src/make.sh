#!/bin/sh
# fresh13 documents: see ../../make-docs.sh (1419, 1425 and 1428 become PDF; 1409, 1423, 1424 and 1429 .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh13 '1419_*' '1425_*' '1428_*'
