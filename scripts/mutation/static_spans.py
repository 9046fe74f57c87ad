#!/usr/bin/env python3
"""The static initialisers of Core's sources, as Stryker '--mutate' spans (character positions, UTF-16 as Roslyn counts).

A mutant inside a static initialiser (a static field's or auto-property's initialiser, a static constructor: the phrase
and word tables of Understanding/, the parser's regex tables) is one Stryker flags 'static' and tests against EVERY test,
since no per-test coverage can tell which test reads the table. Under the MTP runner such a mutant cannot even be seen:
the test server built the static once, before the mutant was switched on, so it survives after the whole suite ran for
nothing (session 22: ~700 such mutants in Understanding/ at 12-20 s each were most of its run). scripts/mutation.sh
therefore leaves these spans out of the MTP stage ('!' patterns) and tests them only with the VSTest runner, which starts
a fresh test host per mutant and so can kill them.

The reading is lexical (comments, strings, raw and verbatim strings skipped; brackets counted), not a C# parser: a span
it misses stays in the MTP stage, where rerun_spans.py still sends its survivors to the VSTest stage; a span it takes
too widely is only tested by the slower runner. Either way no mutant is lost or judged twice.

usage: static_spans.py CORE_DIR [GLOB ...]   -> 'ChatBot.Core/<path>{start..end}...' per file matching a GLOB
                                                (Stryker's syntax: '**', '*', '?', '!' to exclude; default all)
       static_spans.py --show FILE.cs         -> each span's text, to check the reading by eye
"""
import pathlib
import re
import sys

WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def skip_literal(s, i):
    """If a comment, string or char literal starts at i, the index just after it; else None."""
    if s.startswith("//", i):
        j = s.find("\n", i)
        return len(s) if j < 0 else j
    if s.startswith("/*", i):
        j = s.find("*/", i + 2)
        return len(s) if j < 0 else j + 2
    m = re.compile(r'\$*@?\$*("{3,})').match(s, i)
    if m and (m.start(1) == i or s[i] in "$@"):  # raw string literal: as many quotes close it as opened it
        quotes = m.group(1)
        j = s.find(quotes, m.end())
        return len(s) if j < 0 else j + len(quotes)
    m = re.compile(r'(\$@|@\$|@)"').match(s, i)
    if m:  # verbatim: "" is a quote inside
        j = m.end()
        while j < len(s):
            if s[j] == '"':
                if s.startswith('""', j):
                    j += 2
                    continue
                return j + 1
            j += 1
        return len(s)
    m = re.compile(r'\$?"').match(s, i)
    if m:
        j = m.end()
        while j < len(s) and s[j] not in '"\n':
            j += 2 if s[j] == "\\" else 1
        return j + 1
    if s[i] == "'" and i + 2 < len(s):
        j = i + 1
        while j < len(s) and s[j] not in "'\n":
            j += 2 if s[j] == "\\" else 1
        return j + 1
    return None


def code_chars(s):
    """Yields (index, char) of the code outside comments and literals; a literal yields one placeholder char 'L'."""
    i = 0
    while i < len(s):
        j = skip_literal(s, i)
        if j is not None:
            yield i, "L"
            i = j
            continue
        yield i, s[i]
        i += 1


def spans(s):
    chars = list(code_chars(s))
    text = "".join(c for _, c in chars)  # literals folded to 'L': indices into chars
    found = []
    for m in re.finditer(r"\bstatic\b", text):
        k = m.end()
        # The declaration up to the first '=', '=>', '(', '{' or ';' at bracket depth 0 (generics and tuples inside).
        depth = 0
        while k < len(text):
            c = text[k]
            if c in "<[" and depth >= 0:
                depth += 1
            elif c in ">]":
                depth -= 1
            elif depth <= 0 and c in "=({;":
                break
            k += 1
        if k >= len(text):
            continue
        head = text[m.end():k]
        if text[k] == "=" and text[k + 1:k + 2] not in (">", "="):
            end = end_of_statement(text, k + 1)
            found.append((chars[k][0], chars[end][0] + 1))
        elif text[k] == "(" and re.fullmatch(r"\s*[A-Za-z_]\w*\s*", head) and WORD.fullmatch(head.strip()):
            # 'static Name()' with no return type: a static constructor; its body.
            close = match(text, k, "(", ")")
            body = text.find("{", close)
            if body >= 0 and text[close + 1:body].strip() == "":
                found.append((chars[body][0], chars[match(text, body, "{", "}")][0] + 1))
        elif text[k] == "{" and re.search(r"\w\s*$", head):
            # An auto-property: '{ get; } = initialiser;'
            close = match(text, k, "{", "}")
            rest = text[close + 1:]
            eq = re.match(r"\s*=(?![>=])", rest)
            if eq and re.fullmatch(r"\s*((public|private|internal|protected|init|get|set)\s*;?\s*)*", text[k + 1:close]):
                start = close + 1 + eq.end() - 1
                found.append((chars[start][0], chars[end_of_statement(text, start + 1)][0] + 1))
    return found


def match(text, i, open_, close):
    depth = 0
    for k in range(i, len(text)):
        if text[k] == open_:
            depth += 1
        elif text[k] == close:
            depth -= 1
            if depth == 0:
                return k
    return len(text) - 1


def end_of_statement(text, i):
    depth = 0
    for k in range(i, len(text)):
        c = text[k]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == ";" and depth <= 0:
            return k
    return len(text) - 1


def utf16(s):
    """Python index -> UTF-16 index (Roslyn's positions)."""
    out, n = [], 0
    for c in s:
        out.append(n)
        n += 2 if ord(c) > 0xFFFF else 1
    out.append(n)
    return out


def glob_regex(glob):
    out, i = "", 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif glob.startswith("**", i):
            out, i = out + ".*", i + 2
        elif glob[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif glob[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(glob[i]), i + 1
    return re.compile("(?:^|.*/)" + out + "$")


def in_scope(path, globs):
    includes = [glob_regex(g) for g in globs if not g.startswith("!")] or [glob_regex("**/*.cs")]
    excludes = [glob_regex(g[1:]) for g in globs if g.startswith("!")]
    return any(r.match(path) for r in includes) and not any(r.match(path) for r in excludes)


def read(path):
    return path.read_text(encoding="utf-8-sig")  # Roslyn's text has no BOM; newline='' is not needed: read_text keeps \r


def main(args):
    if args[0] == "--show":
        s = pathlib.Path(args[1]).read_bytes().decode("utf-8-sig")
        for a, b in spans(s):
            print(f"{a}..{b}: {s[a:b][:100]!r}")
        return
    root = pathlib.Path(args[0])
    globs = args[1:]
    for path in sorted(root.rglob("*.cs")):
        relative = path.relative_to(root).as_posix()
        if "/obj/" in f"/{relative}" or "/bin/" in f"/{relative}" or not in_scope("src/ChatBot.Core/" + relative, globs):
            continue
        s = path.read_bytes().decode("utf-8-sig")
        found = spans(s)
        if found:
            u = utf16(s)
            print("**/ChatBot.Core/" + relative + "".join(f"{{{u[a]}..{u[b]}}}" for a, b in found))


if __name__ == "__main__":
    main(sys.argv[1:])
