# fresh13 label batches use fresh5's helpers (tests/corpus/fresh5/src/labels_common.py) unchanged; only the output folder differs.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'fresh5', 'src'))
import labels_common
labels_common.D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # write the gold files into fresh13/
from labels_common import T, W, NEWS
