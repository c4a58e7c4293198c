"""HTML mail bodies to readable plain text that keeps the line structure of the letter."""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, NavigableString

_DROP = ("script", "style", "head", "title", "meta", "noscript", "template", "svg")
# Elements that start a new line; their text stays together on its own lines.
_BLOCK = {
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "address",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
    "tbody", "tfoot", "tr", "blockquote", "pre", "hr", "center", "form", "fieldset", "figure",
}
_CELL = {"td", "th"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "ul", "ol", "pre"}


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail: scripts/styles dropped, <br> and blocks become line breaks."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    out: list[str] = []
    _walk(soup, out)
    return tidy_text("".join(out))


def _walk(node, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            # Whitespace in HTML source is layout, not content, except inside <pre>.
            text = str(child)
            if child.find_parent("pre") is None:
                # ASCII whitespace only: a lone &nbsp; is Outlook's empty line and must survive.
                text = re.sub(r"[ \t\r\n\f]+", " ", text)
                if not text.strip(" ") and (not out or out[-1].endswith("\n")):
                    continue
            out.append(text)
            continue
        name = child.name
        if name == "br":
            out.append("\n")
        elif name in _BLOCK:
            brk = _paragraph_break if _is_paragraph(child) else _line_break
            brk(out)                                    # one break per boundary, however nested
            _walk(child, out)
            brk(out)
        elif name in _CELL:
            _walk(child, out)
            out.append(" ")
        else:
            _walk(child, out)


def _line_break(out: list[str]) -> None:
    if out and not out[-1].endswith("\n"):
        out.append("\n")


def _paragraph_break(out: list[str]) -> None:
    if out and not "".join(out[-2:]).endswith("\n\n"):
        _line_break(out)
        out.append("\n")


def _is_paragraph(tag) -> bool:
    """Blocks shown with space around them. Outlook writes every single line as
    <p class=MsoNormal> with zero margins: those are lines, not paragraphs."""
    if tag.name not in _PARAGRAPH:
        return False
    classes = " ".join(tag.get("class") or []).lower()
    style = (tag.get("style") or "").replace(" ", "").lower()
    return "msonormal" not in classes and "margin:0" not in style


def tidy_text(text: str) -> str:
    """Unix newlines, no trailing blanks, no runs of more than one empty line, no nbsp."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").replace("\u200b", "")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
