"""Render Letters into files: DIN 5008 pages, scanner artefacts, born-digital PDFs, forwarded emails.

    pages = render_pages(letter, dpi=300, layout="A")           # clean PIL images
    scans = scanify(pages, rng, "office")                       # skew, noise, blur, rotation ...
    save_scan(scans, Path("letter.tif"))                         # .png .jpg .tif .pdf
    render_pdf(letter, Path("letter.pdf"))                      # text layer, same layout
    render_email(letter, Path("x.eml"), "outlook-de", intake, forwarder)
"""

from mailsort_lab.render.artefacts import ScanProfile, save_scan, scanify
from mailsort_lab.render.eml import build_email, render_email
from mailsort_lab.render.forwarding import STYLES as EMAIL_STYLES
from mailsort_lab.render.layout import Design, lay_out
from mailsort_lab.render.page import render_pages
from mailsort_lab.render.pdf import render_pdf

__all__ = ["EMAIL_STYLES", "Design", "ScanProfile", "build_email", "lay_out", "render_email",
           "render_pages", "render_pdf", "save_scan", "scanify"]
