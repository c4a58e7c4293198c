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
                text = re.sub(r"\s+", " ", text)
            out.append(text)
            continue
        name = child.name
        if name == "br":
            out.append("\n")
        elif name in _BLOCK:
            out.append("\n")
            _walk(child, out)
            out.append("\n")
        elif name in _CELL:
            _walk(child, out)
            out.append(" ")
        else:
            _walk(child, out)


def tidy_text(text: str) -> str:
    """Unix newlines, no trailing blanks, no runs of more than one empty line, no nbsp."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").replace("\u200b", "")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
