#!/usr/bin/env python3
"""Writes the hostile and broken matrix files in Tests/Fixtures/invalid/.

Each fixture is one small file that breaks one thing; README.md there lists
what each breaks. The exact error each must produce (or, for the few that
are valid, how they must print) is in NAME.expected beside it, checked by
Tests/CompetenceKitTests/HostileFileTests.swift. Huge cases (100,000-deep
nesting, a 50 MB name, 1,000,000 people) are made at run time by the tests
instead of being committed.

Run from the repository root: python3 scripts/hostile-fixtures.py
Then write the expected texts with
COMPETENCE_BLESS=1 swift test --filter HostileFileTests and review the diff.
"""
import copy
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "invalid")


class Raw:
    """Text written into the JSON as it is (numbers JSON libraries would change)."""
    def __init__(self, text):
        self.text = text


def dumps(v, indent=0):
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(v, Raw):
        return v.text
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        import json
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(inner + dumps(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{\n" + ",\n".join(inner + dumps(k) + ": " + dumps(x, indent + 1) for k, x in v.items()) + "\n" + pad + "}"
    raise TypeError(v)


BASE = {
    "format": "competence-matrix",
    "version": 1,
    "title": "Hostile test matrix",
    "owner": "ISMS secretariat",
    "approval": {"by": "Kimura, CISO", "date": "2026-04-01"},
    "levels": [
        {"level": 1, "name": "Knows of it"},
        {"level": 2, "name": "Understands it"},
        {"level": 3, "name": "Can do it with guidance"},
        {"level": 4, "name": "Can do it alone"},
        {"level": 5, "name": "Can teach others"},
    ],
    "skills": [
        {"id": "hearing", "name": "Customer hearing", "category": "business"},
        {"id": "isms-rules", "name": "ISMS rules", "category": "security", "refreshMonths": 12},
    ],
    "roles": [
        {"id": "sales", "name": "Sales", "requires": {"hearing": 4, "isms-rules": 2}},
    ],
    "people": [
        {
            "id": "p001",
            "name": "Sato Hanako",
            "kind": "employee",
            "roles": ["sales"],
            "assessments": [
                {"skill": "isms-rules", "level": 2, "date": "2026-04-01", "by": "Tanaka",
                 "method": "exam", "evidence": "LMS record 4411", "effective": True},
            ],
            "awareness": {"state": "correct", "date": "2026-04-01", "note": "Reported the drill mail."},
            "exemptions": [
                {"skill": "hearing", "reason": "New in sales", "until": "2026-12-31"},
            ],
        },
    ],
}

FIXTURES = []  # (name, note, bytes)


def add(name, note, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if isinstance(data, dict):
        data = (dumps(data) + "\n").encode("utf-8")
    assert all(n != name for n, _, _ in FIXTURES), name
    FIXTURES.append((name, note, data))


def setpath(path, value, doc=None):
    """A copy of BASE with the value at `path` (keys and indices) replaced."""
    d = copy.deepcopy(BASE if doc is None else doc)
    target = d
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return d


def delpath(path):
    d = copy.deepcopy(BASE)
    target = d
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    return d


def base_text():
    return dumps(BASE) + "\n"


def cut_after(marker, occurrence=1, extra=0):
    """BASE's text cut just after the n-th occurrence of `marker` (+ extra bytes)."""
    t = base_text().encode("utf-8")
    at = -1
    for _ in range(occurrence):
        at = t.index(marker.encode("utf-8"), at + 1)
    return t[: at + len(marker) + extra]


def path_name(path):
    out = ""
    for p in path:
        out += "[%d]" % p if isinstance(p, int) else ("." if out else "") + p
    return out


# --- Truncation at every structural point -------------------------------
add("truncated-empty.json", "an empty file (0 bytes)", b"")
add("truncated-whitespace.json", "only whitespace and line breaks", b" \n\t\r\n  \n")
add("truncated-open-brace.json", "ends right after the opening '{'", b"{")
add("truncated-in-key.json", "ends inside the first key", cut_after('"form'))
add("truncated-after-key.json", "ends after a key, before its ':'", cut_after('"format"'))
add("truncated-after-colon.json", "ends after ':', before the value", cut_after('"format":'))
add("truncated-in-string-value.json", "ends inside a string value", cut_after('"competence-'))
add("truncated-after-value.json", "ends after a value, before ',' or '}'", cut_after('"competence-matrix"'))
add("truncated-after-comma.json", "ends after ',' where the next key belongs", cut_after('"competence-matrix",'))
add("truncated-in-number.json", "ends inside the document right after a number", cut_after('"version": 1'))
add("truncated-in-literal.json", "ends inside the literal true", cut_after('"effective": tr'))
add("truncated-open-array.json", "ends right after the '[' of skills", cut_after('"skills": ['))
add("truncated-in-array-item.json", "ends inside a skill object", cut_after('"id": "hearing",'))
add("truncated-after-array-item.json", "ends after a whole skill, before ',' or ']'", cut_after('"category": "business"\n    }'))
add("truncated-open-nested-object.json", "ends right after the '{' of requires", cut_after('"requires": {'))
add("truncated-in-escape.json", "ends inside a \\u escape", b'{"format": "competence-matrix", "title": "ab\\u00')
add("truncated-in-utf8.json", "ends in the middle of a UTF-8 sequence inside a string",
    b'{"format": "competence-matrix", "title": "\xe6\x97')
add("truncated-before-last-brace.json", "the whole document without its final '}'", base_text().rstrip().rstrip("}"))
add("truncated-people-array.json", "people's ']' and the final '}' missing", base_text().rstrip()[:-1].rstrip()[:-1])

# --- Wrong types at every key -------------------------------------------
WRONG = {str: 42, int: "1", bool: "yes", dict: "object?", list: {"not": "a list"}}
KEYS = [
    ("format", str), ("version", int), ("title", str), ("owner", str), ("approval", dict),
    ("approval.by", str), ("approval.date", str), ("levels", list), ("levels[0]", dict),
    ("levels[0].level", int), ("levels[0].name", str), ("skills", list), ("skills[0]", dict),
    ("skills[0].id", str), ("skills[0].name", str), ("skills[0].category", str),
    ("skills[1].refreshMonths", int), ("roles", list), ("roles[0]", dict), ("roles[0].id", str),
    ("roles[0].name", str), ("roles[0].requires", dict), ("roles[0].requires.hearing", int),
    ("people", list), ("people[0]", dict), ("people[0].id", str), ("people[0].name", str),
    ("people[0].kind", str), ("people[0].roles", list), ("people[0].roles[0]", str),
    ("people[0].assessments", list), ("people[0].assessments[0]", dict),
    ("people[0].assessments[0].skill", str), ("people[0].assessments[0].level", int),
    ("people[0].assessments[0].date", str), ("people[0].assessments[0].by", str),
    ("people[0].assessments[0].method", str), ("people[0].assessments[0].evidence", str),
    ("people[0].assessments[0].effective", bool), ("people[0].awareness", dict),
    ("people[0].awareness.state", str), ("people[0].awareness.date", str),
    ("people[0].awareness.note", str), ("people[0].exemptions", list),
    ("people[0].exemptions[0]", dict), ("people[0].exemptions[0].skill", str),
    ("people[0].exemptions[0].reason", str), ("people[0].exemptions[0].until", str),
]


def parse_path(text):
    out = []
    for part in text.replace("[", ".[").split("."):
        if not part:
            continue
        out.append(int(part[1:-1]) if part.startswith("[") else part)
    return out


for text, kind in KEYS:
    wrong = WRONG[kind]
    # A string where a string is wanted is no wrong type: use null for strings' partners too.
    name = "type-" + text.replace("[", "-").replace("]", "").replace(".", "-") + ".json"
    shown = "null" if wrong is None else dumps(wrong).replace("\n", " ")
    add(name, "`%s` is %s instead of %s" % (text, "a number" if isinstance(wrong, int) and not isinstance(wrong, bool)
                                             else "a string" if isinstance(wrong, str) else "an object",
                                             {str: "a string", int: "a whole number", bool: "true or false",
                                              dict: "an object", list: "an array"}[kind]),
        setpath(parse_path(text), wrong))
add("type-null-title.json", "`title` is null (null is a wrong type, not an absent key)", setpath(["title"], None))
add("type-document-array.json", "the document is an array, not an object", b"[]\n")
add("type-document-string.json", "the document is a JSON string", b'"competence-matrix"\n')
add("type-document-null.json", "the document is null", b"null\n")

# --- Missing required keys ----------------------------------------------
for path in (["format"], ["version"], ["skills"], ["roles"], ["people"], ["skills", 0, "category"],
             ["roles", 0, "name"], ["people", 0, "id"], ["people", 0, "assessments", 0, "date"],
             ["people", 0, "exemptions", 0, "until"], ["approval", "by"]):
    add("missing-" + path_name(path).replace("[", "-").replace("]", "").replace(".", "-") + ".json",
        "required key `%s` left out" % path_name(path), delpath(path))

# --- Duplicated and dangling ids ----------------------------------------
two_skills = copy.deepcopy(BASE)
two_skills["skills"][1]["id"] = "hearing"
add("id-duplicate-skill.json", "two skills share the id `hearing`", two_skills)
d = copy.deepcopy(BASE)
d["roles"].append({"id": "sales", "name": "Sales again"})
add("id-duplicate-role.json", "two roles share the id `sales`", d)
d = copy.deepcopy(BASE)
d["people"].append({"id": "p001", "name": "Someone else"})
add("id-duplicate-person.json", "two people share the id `p001`", d)
add("id-dangling-requires.json", "a role requires a skill id that does not exist",
    setpath(["roles", 0, "requires"], {"hearing": 4, "firewalls": 3}))
add("id-dangling-person-role.json", "a person has a role id that does not exist",
    setpath(["people", 0, "roles"], ["sales", "engineer"]))
add("id-dangling-assessment.json", "an assessment names a skill id that does not exist",
    setpath(["people", 0, "assessments", 0, "skill"], "phishing"))
add("id-dangling-exemption.json", "an exemption names a skill id that does not exist",
    setpath(["people", 0, "exemptions", 0, "skill"], "phishing"))
add("id-role-twice.json", "a person lists the same role twice", setpath(["people", 0, "roles"], ["sales", "sales"]))
add("id-empty.json", "an empty id", setpath(["skills", 0, "id"], ""))
add("id-with-space.json", "an id with a space", setpath(["people", 0, "id"], "p 001"))
add("id-non-ascii.json", "an id in Japanese (ids are ASCII letters, digits, '-', '_', '.')",
    setpath(["roles", 0, "id"], "営業"))
add("key-duplicate.json", "the key `title` twice in the document",
    base_text().replace('"title": "Hostile test matrix",', '"title": "Hostile test matrix",\n  "title": "Again",'))
add("key-duplicate-requires.json", "the same skill twice in a role's requires",
    base_text().replace('"hearing": 4,', '"hearing": 4,\n        "hearing": 5,'))

# --- Levels and numbers ---------------------------------------------------
for text, slug in (("0", "0"), ("6", "6"), ("-1", "minus-1"), ("3.5", "3.5"), ("1e309", "1e309"),
                   ("-0", "minus-0"), ("3e0", "3e0"), ("99999999999999999999", "huge")):
    add("level-assessment-%s.json" % slug, "an assessment level of %s" % text,
        setpath(["people", 0, "assessments", 0, "level"], Raw(text)))
for text, slug in (("0", "0"), ("6", "6"), ("-1", "minus-1"), ("3.5", "3.5"), ("1e309", "1e309")):
    add("level-requires-%s.json" % slug, "a required level of %s" % text,
        setpath(["roles", 0, "requires", "hearing"], Raw(text)))
add("level-levels-0.json", "the levels list names a level 0", setpath(["levels", 0, "level"], 0))
add("level-levels-twice.json", "the levels list names level 2 twice", setpath(["levels", 0, "level"], 2))
add("level-levels-four.json", "only four levels", setpath(["levels"], BASE["levels"][:4]))
add("level-levels-six.json", "six levels", setpath(["levels"], BASE["levels"] + [{"level": 6, "name": "Guru"}]))
add("version-2.json", "a version newer than the program", setpath(["version"], 2))
add("version-0.json", "version 0", setpath(["version"], 0))
add("version-huge.json", "a version with 400 digits", setpath(["version"], Raw("1" + "0" * 400)))
add("refresh-0.json", "refreshMonths 0", setpath(["skills", 1, "refreshMonths"], 0))
add("number-leading-zero.json", "a number with a leading zero", setpath(["version"], Raw("01")))
add("number-plus.json", "a number with a '+' sign", setpath(["version"], Raw("+1")))
add("number-hex.json", "a hexadecimal number", setpath(["version"], Raw("0x1")))
add("number-nan.json", "NaN, which JSON does not have", setpath(["version"], Raw("NaN")))
add("number-bare-dot.json", "a number ending in '.'", setpath(["version"], Raw("1.")))
add("number-bare-exponent.json", "a number ending in 'e'", setpath(["version"], Raw("1e")))

# --- Dates ------------------------------------------------------------------
for text, slug, note in (("2026-02-30", "feb-30", "30 February"),
                         ("2025-02-29", "feb-29-not-leap", "29 February in a year that is not a leap year"),
                         ("2026-13-01", "month-13", "month 13"), ("2026-04-00", "day-0", "day 0"),
                         ("0000-01-01", "year-0", "year 0"), ("2026-4-1", "short", "no zero padding"),
                         ("2026-04-01T09:00:00Z", "timestamp", "a timestamp instead of a date"),
                         ("２０２６-０４-０１", "fullwidth", "full-width digits"),
                         ("2026/04/01", "slashes", "slashes instead of dashes")):
    add("date-%s.json" % slug, "an assessment dated %s (%s)" % (text, note),
        setpath(["people", 0, "assessments", 0, "date"], text))
add("date-exemption-feb-30.json", "an exemption until 2026-02-30", setpath(["people", 0, "exemptions", 0, "until"], "2026-02-30"))
add("date-approval-feb-30.json", "an approval dated 2026-02-30", setpath(["approval", "date"], "2026-02-30"))

# --- Bytes: UTF-8, BOM, NUL ---------------------------------------------
def with_title(raw):
    t = base_text().encode("utf-8")
    return t.replace(b'"Hostile test matrix"', b'"Hostile ' + raw + b' matrix"')


add("utf8-lone-continuation.json", "a lone UTF-8 continuation byte (0x80) in the title", with_title(b"\x80"))
add("utf8-overlong.json", "an overlong encoding of '/' (0xC0 0xAF)", with_title(b"\xc0\xaf"))
add("utf8-truncated-sequence.json", "a three-byte sequence cut to two bytes", with_title(b"\xe6\x97"))
add("utf8-surrogate.json", "a UTF-16 surrogate encoded as UTF-8 (0xED 0xA0 0x80)", with_title(b"\xed\xa0\x80"))
add("utf8-beyond-unicode.json", "a four-byte sequence beyond U+10FFFF (0xF4 0x90 0x80 0x80)", with_title(b"\xf4\x90\x80\x80"))
add("utf8-latin1.json", "the title in Latin-1 (0xE9 for é)", with_title(b"caf\xe9"))
add("utf8-escaped-lone-surrogate.json", "a \\u escape of a lone surrogate (\\ud800)", with_title(b"\\ud800"))
add("utf8-outside-string.json", "a non-ASCII byte between tokens", base_text().encode().replace(b'"version": 1,', b'"version": 1,\xff'))
add("utf16-le-bom.json", "a UTF-16 (little-endian) file with its byte order mark", b"\xff\xfe" + base_text().encode("utf-16-le"))
add("utf16-be.json", "a UTF-16 (big-endian) file without a byte order mark", base_text().encode("utf-16-be"))
add("bom-utf8.json", "a UTF-8 byte order mark before a valid document (accepted)", b"\xef\xbb\xbf" + base_text().encode())
add("bom-twice.json", "two UTF-8 byte order marks", b"\xef\xbb\xbf\xef\xbb\xbf" + base_text().encode())
add("bom-in-middle.json", "a byte order mark between two keys", base_text().encode().replace(b'"version": 1,', b'"version": 1,\xef\xbb\xbf'))
add("nul-in-string.json", "a raw NUL byte inside the title", with_title(b"\x00"))
add("nul-between-tokens.json", "a raw NUL byte between tokens", base_text().encode().replace(b'"version": 1,', b'"version": 1,\x00'))
add("nul-after-document.json", "NUL padding after the document (as a crash during a copy leaves)", base_text().encode() + b"\x00" * 64)
add("nul-only.json", "a file of 4 KiB of NUL bytes (a block allocated but never written)", b"\x00" * 4096)
add("nul-escaped-in-name.json", "a \\u0000 escape in a person's name (valid JSON; loads, shown escaped)",
    setpath(["people", 0, "name"], "Sato\u0000Hanako"))

# --- Syntax ----------------------------------------------------------------
add("syntax-trailing-comma-object.json", "a trailing comma before '}'", base_text().replace('"category": "business"\n', '"category": "business",\n'))
add("syntax-trailing-comma-array.json", "a trailing comma before ']'", base_text().replace('"sales"\n      ],', '"sales",\n      ],'))
add("syntax-comment.json", "a // comment", base_text().replace('"version": 1,', '"version": 1, // the format'))
add("syntax-single-quotes.json", "a string in single quotes", base_text().replace('"Hostile test matrix"', "'Hostile test matrix'"))
add("syntax-unquoted-key.json", "a key without quotes", base_text().replace('"title":', 'title:'))
add("syntax-missing-comma.json", "two keys without a comma between them", base_text().replace('"version": 1,', '"version": 1'))
add("syntax-two-documents.json", "two documents one after the other", base_text() + base_text())
add("syntax-raw-line-break.json", "a line break inside a string", with_title(b"\n"))
add("syntax-raw-tab.json", "a tab inside a string", with_title(b"\t"))
add("syntax-unknown-escape.json", "an unknown escape \\x41", with_title(b"\\x41"))
add("syntax-raw-escape-char.json", "a raw ESC byte (a terminal colour sequence) inside a string", with_title(b"\x1b[31mred\x1b[0m"))
add("syntax-wrong-format.json", "format names another program's format", setpath(["format"], "excel-matrix"))
add("syntax-category.json", "a skill category that does not exist", setpath(["skills", 0, "category"], "technical"))
add("syntax-kind.json", "a person kind that does not exist", setpath(["people", 0, "kind"], "intern"))
add("syntax-awareness-state.json", "an awareness state that does not exist", setpath(["people", 0, "awareness", "state"], "unaware"))

# --- Control characters and escape sequences in every text field (valid) ---
HOSTILE = "\u001b[31mred\u001b[0m \u001b[2J\u001b[H \u001b]0;owned\u0007 \u001b]52;c;cm0gLXJmIH4=\u0007 \u009b1m \u202eevil\u202c \u0008\u007f\r\n\t"
d = copy.deepcopy(BASE)
d["title"] = "Title " + HOSTILE
d["owner"] = "Owner " + HOSTILE
d["approval"]["by"] = "Approver " + HOSTILE
for lv in d["levels"]:
    lv["name"] = "L%d " % lv["level"] + HOSTILE
for s in d["skills"]:
    s["name"] = s["name"] + " " + HOSTILE
d["roles"][0]["name"] = "Sales " + HOSTILE
p = d["people"][0]
p["name"] = "Sato " + HOSTILE
a = p["assessments"][0]
a["by"] = "By " + HOSTILE
a["method"] = "Method " + HOSTILE
a["evidence"] = "Evidence " + HOSTILE
p["awareness"]["note"] = "Note " + HOSTILE
p["exemptions"][0]["reason"] = "Reason " + HOSTILE
d["x-unknown \u001b[31m"] = {"text \u001b]0;title\u0007": ["\u001b[1;1H", "\u0007"]}
add("control-every-text-field.json",
    "colour, clear-screen, cursor-home, window-title (OSC 0), clipboard (OSC 52), C1 CSI, bidi override, "
    "BS, DEL, CR, LF and tab in every text field and in an unknown key (valid JSON; loads, shown escaped)", d)
d = copy.deepcopy(BASE)
d["people"][0]["name"] = "\u001b[1A\u001b[2K\u001b[1;1HAdmin OK\u001b[8m"
add("control-cursor-moves-name.json", "a name that moves the cursor up, erases the line and hides what follows (valid; shown escaped)", d)
add("control-escape-in-id.json", "an escape sequence in an id", setpath(["people", 0, "id"], "p\u001b[31m1"))
add("control-escape-in-format.json", "an escape sequence in the format value", setpath(["format"], "competence-matrix\u001b]0;owned\u0007"))
add("control-escape-in-category.json", "an escape sequence in a category", setpath(["skills", 0, "category"], "business\u001b[2J"))
add("control-escape-in-date.json", "an escape sequence in a date", setpath(["people", 0, "assessments", 0, "date"], "2026-04-01\u001b[2J"))
add("control-escape-in-requires-key.json", "an escape sequence in a required skill id (a key)",
    setpath(["roles", 0, "requires"], {"hearing\u001b[2J": 4}))

# --- Unicode normalisation -------------------------------------------------
nfc = "caf\u00e9"
nfd = "cafe\u0301"
add("normalisation-duplicate-unknown-key.json",
    "two unknown keys that differ only by Unicode normalisation (NFC and NFD of café)",
    base_text().replace('"title": "Hostile test matrix",',
                        '"title": "Hostile test matrix",\n  "%s": 1,\n  "%s": 2,' % (nfc, nfd)))
add("normalisation-duplicate-requires.json",
    "a role requires the same (non-ASCII) skill key in NFC and NFD",
    base_text().replace('"hearing": 4,', '"%s": 4,\n        "%s": 5,' % (nfc, nfd)))
d = copy.deepcopy(BASE)
d["people"].append({"id": "p002", "name": "Jos" + "e\u0301"})
d["people"][0]["name"] = "Jos\u00e9"
add("normalisation-names.json", "two people whose names differ only by normalisation (valid: names need not be unique)", d)

# --- Structure ---------------------------------------------------------------
add("structure-deep-unknown.json", "an unknown key nested 600 levels deep",
    base_text().replace('"title": "Hostile test matrix",', '"title": "Hostile test matrix",\n  "x": ' + "[" * 600 + "]" * 600 + ","))
add("structure-deep-known.json", "arrays nested inside the skills array", setpath(["skills"], Raw("[" * 40 + "]" * 40)))
add("structure-huge-format-value.json", "a 10,000-character format value", setpath(["format"], "x" * 10000))
add("structure-huge-unknown-key.json", "a 10,000-character unknown key holding a wrong-typed duplicate",
    base_text().replace('"title": "Hostile test matrix",', '"title": "Hostile test matrix",\n  "%s": 1,\n  "%s": 2,' % ("k" * 10000, "k" * 10000)))
add("structure-huge-id.json", "a 10,000-character id with a space at its end", setpath(["skills", 0, "id"], "s" * 10000 + " "))
add("structure-minified-late-error.json", "a minified one-line file with an error near its end",
    base_text().replace("\n", "").replace("  ", "").replace('"until": "2026-12-31"', '"until": "2026-12-32"'))


def main():
    os.makedirs(OUT, exist_ok=True)
    keep = set()
    for name, note, data in FIXTURES:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        keep.add(name)
    for name in os.listdir(OUT):
        if name.endswith(".json") and name not in keep:
            os.remove(os.path.join(OUT, name))
            exp = os.path.join(OUT, name[:-5] + ".expected")
            if os.path.exists(exp):
                os.remove(exp)
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("# Hostile and broken matrix files\n\n"
                "Made by `scripts/hostile-fixtures.py`; do not edit by hand. Each file breaks one thing.\n"
                "`NAME.expected` holds what `MatrixFile.decode` must answer: the exact error report\n"
                "(`FILE:LINE:COLUMN: path: message` and the excerpt with its caret), or, for the few\n"
                "files that are valid, `loads` and every text field as it is shown (escaped).\n"
                "`HostileFileTests` checks every file and that this table lists each one.\n"
                "Huge cases (100,000-deep nesting, a 50 MB name, 1,000,000 people) are made at run time\n"
                "by `HugeFileTests` rather than kept here.\n\n"
                "| file | what it breaks |\n| --- | --- |\n")
        for name, note, _ in FIXTURES:
            f.write("| `%s` | %s |\n" % (name, note.replace("|", "\\|")))
    print("%d fixtures in %s" % (len(FIXTURES), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
