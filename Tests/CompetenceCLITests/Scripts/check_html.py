#!/usr/bin/env python3
"""Checks HTML pages printed by `competence print --format html` and
`--audit-pack`: each must parse as valid HTML (html5lib's strict parser when
it is installed, else a strict tag-balance check on html.parser) and must
need nothing outside itself: no scripts, no images, no style sheets or fonts
from elsewhere, no url() or @import, and no links except, with --pack DIR,
relative links between the pack's own pages that exist.

Usage: check_html.py [--pack DIR] [--no-html5lib] FILE...
Prints "ok: N files (PARSER)" and exits 0, or one line per problem and exits 1.
"""
import os
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
FORBIDDEN_TAGS = {"script", "link", "img", "iframe", "object", "embed", "frame", "frameset", "base",
                  "audio", "video", "source", "picture", "svg", "form", "input", "noscript", "template"}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "data", "poster", "background",
                  "xlink:href", "cite", "longdesc", "manifest", "ping"}
CSS_EXTERNAL = re.compile(r"url\s*\(|@import|expression\s*\(", re.IGNORECASE)


class Checker(HTMLParser):
    """Collects problems: tag balance (the fallback's validity check) and references."""

    def __init__(self, path, pack):
        super().__init__(convert_charrefs=True)
        self.path, self.pack = path, pack
        self.stack, self.problems = [], []
        self.in_style = False
        self.saw_doctype = False

    def problem(self, text):
        line, column = self.getpos()
        self.problems.append(f"{self.path}:{line}:{column + 1}: {text}")

    def handle_decl(self, decl):
        if decl.lower() == "doctype html":
            self.saw_doctype = True
        else:
            self.problem(f"unexpected declaration <!{decl}>")

    def handle_starttag(self, tag, attrs):
        if not self.saw_doctype:
            self.problem("missing <!DOCTYPE html> before the first tag")
            self.saw_doctype = True
        if tag in FORBIDDEN_TAGS:
            self.problem(f"<{tag}> is not allowed in a self-contained page")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problem(f"event handler attribute {name} on <{tag}>")
            elif name == "style" and CSS_EXTERNAL.search(value):
                self.problem(f"external reference in a style attribute: {value!r}")
            elif name in URL_ATTRIBUTES:
                self.check_reference(tag, name, value)
        if tag == "style":
            self.in_style = True
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False
        if tag in VOID:
            self.problem(f"end tag </{tag}> for a void element")
        elif not self.stack or self.stack[-1] != tag:
            self.problem(f"</{tag}> does not close the open <{self.stack[-1] if self.stack else 'nothing'}>")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if self.in_style and CSS_EXTERNAL.search(data):
            self.problem("external reference (url(), @import) in the style sheet")

    def check_reference(self, tag, name, value):
        if self.pack is None or tag != "a" or name != "href":
            self.problem(f"reference {name}={value!r} on <{tag}>: the page must stand alone")
            return
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value) or value.startswith("/") or value.startswith("//") \
                or "?" in value or "#" in value or not value.endswith(".html"):
            self.problem(f"link {value!r} is not a relative link to a page of the pack")
            return
        target = os.path.normpath(os.path.join(os.path.dirname(self.path), value))
        pack = os.path.normpath(self.pack)
        if os.path.commonpath([os.path.abspath(target), os.path.abspath(pack)]) != os.path.abspath(pack):
            self.problem(f"link {value!r} leaves the pack")
        elif not os.path.isfile(target):
            self.problem(f"link {value!r} points at a missing page")

    def finish(self):
        self.close()
        if self.stack:
            self.problem(f"unclosed elements at the end: {' '.join('<' + t + '>' for t in self.stack)}")


def html5lib_errors(path, data):
    """Parse errors from html5lib's strict HTML5 parser, or None when it is not installed."""
    try:
        import html5lib
    except ImportError:
        return None
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        parser.parse(data)
    except Exception as error:  # html5lib raises ParseError with the first problem
        return [f"{path}: not valid HTML5: {error}"]
    return []


def main(argv):
    pack, use_html5lib = None, True
    while argv and argv[0].startswith("--"):
        if argv[0] == "--pack" and len(argv) > 1:
            pack, argv = argv[1], argv[2:]
        elif argv[0] == "--no-html5lib":
            use_html5lib, argv = False, argv[1:]
        else:
            break
    if not argv:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 64
    problems, parser_name = [], "html.parser with a strict tag-balance check"
    for path in argv:
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            problems.append(f"{path}: not UTF-8: {error}")
            continue
        strict = html5lib_errors(path, raw) if use_html5lib else None
        if strict is not None:
            parser_name = "html5lib, strict"
            problems += strict
        checker = Checker(path, pack)
        checker.feed(text)
        checker.finish()
        problems += checker.problems
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"ok: {len(argv)} files ({parser_name})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
