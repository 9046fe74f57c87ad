#!/usr/bin/env python3
"""Check every gold text_starts of tests/corpus/fresh against its document (folded):
found in the text, and its last five words found exactly once. Usage: python3 src/check_labels.py [DIR]"""
import json, re, subprocess, sys, unicodedata, zipfile, glob, os

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r'[*_#`|]', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()

def text_of(path):
    if path.endswith('.pdf'):
        return subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True).stdout
    if path.endswith('.docx'):
        xml = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>', '\n', xml)
        xml = re.sub(r'<w:tab/>', '\t', xml)
        t = re.sub(r'<[^>]+>', '', xml)
        return t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"')
    return open(path, encoding='utf-8').read()

d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0; n = 0; opt = 0
for g in sorted(glob.glob(os.path.join(d, '*.json'))):
    gold = json.load(open(g, encoding='utf-8'))
    text = fold(text_of(os.path.join(d, gold['source'])))
    for t in gold['tasks']:
        ts = t['text_starts']
        if t.get('optional'): opt += 1
        else: n += 1
        f = fold(ts.split(': ', 1)[1] if ': ' in ts else ts)
        if f not in text:
            print(f"{os.path.basename(g)}: NOT FOUND: {ts}"); bad += 1
        last5 = ' '.join(fold(ts).split()[-5:])
        c = text.count(last5)
        if c != 1:
            print(f"{os.path.basename(g)}: last five x{c}: {last5}"); bad += 1
print(f"{n} tasks (+{opt} optional), {bad} problems")
sys.exit(1 if bad else 0)
