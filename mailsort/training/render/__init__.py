"""Render Letters into files: DIN 5008 pages, scanner artefacts, born-digital PDFs, forwarded emails.

    pages = render_pages(letter, dpi=300, layout="A")           # clean PIL images
    scans = scanify(pages, rng, "office")                       # skew, noise, blur, rotation ...
    save_scan(scans, Path("letter.tif"))                         # .png .jpg .tif .pdf
    render_pdf(letter, Path("letter.pdf"))                      # text layer, same layout
    render_email(letter, Path("x.eml"), "outlook-de", intake, forwarder)
"""

from .artefacts import ScanProfile, save_scan, scanify
from .eml import build_email, render_email
from .forwarding import STYLES as EMAIL_STYLES
from .layout import Design, lay_out
from .page import render_pages
from .pdf import render_pdf

__all__ = ["EMAIL_STYLES", "Design", "ScanProfile", "build_email", "lay_out", "render_email",
           "render_pages", "render_pdf", "save_scan", "scanify"]
