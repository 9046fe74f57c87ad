# Helpers shared by the fresh5 label batches (labels_batch*.py): T is one task, W writes one gold file, NEWS a news item's document.
import json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def T(unit, ts, dl=None, rec=None, coop=(), **kw):
    t = {"unit": unit, "cooperating": list(coop), "text_starts": ts, "deadline": dl, "recurrence": rec}
    t.update(kw); return t
def W(src, doc, note, tasks):
    json.dump({"source": src, "document": doc, "note": note, "tasks": tasks},
              open(os.path.join(D, src.rsplit('.', 1)[0] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
NEWS = lambda m, c: {"kind": None, "place": None, "issued_on": None, "meeting_on": m, "chaired_by": c, "signed_by": None}
