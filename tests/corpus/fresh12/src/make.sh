#!/bin/sh
# fresh12 documents: see ../../make-docs.sh (1304, 1325 and 1326 become PDF; 1309, 1322, 1323 and 1330 .docx)
exec sh "$(dirname "$0")/../../make-docs.sh" fresh12 '1304_*' '1325_*' '1326_*'
