"""Bookmarks and table-of-contents links take the reader to the heading they name."""

from __future__ import annotations

import io
from typing import Any

from pdf_helpers import Made, loose
from pypdf import PdfReader
from pypdf.generic import Destination

from diagapp.report.wording import say


def _outline(reader: PdfReader) -> list[Destination]:
    """Every outline entry, in reading order."""
    flat: list[Destination] = []

    def walk(items: list[Any]) -> None:
        for entry in items:
            if isinstance(entry, list):
                walk(entry)
            else:
                flat.append(entry)

    walk(reader.outline)
    return flat


def _page_text(reader: PdfReader, index: int) -> str:
    return loose(reader.pages[index].extract_text() or "")


def test_every_bookmark_opens_the_page_of_its_heading(french: Made, english: Made) -> None:
    for made in (french, english):
        reader = PdfReader(io.BytesIO(made.pdf))
        entries = _outline(reader)
        assert len(entries) > 30
        pages = []
        for entry in entries:
            page = reader.get_destination_page_number(entry)
            assert loose(str(entry.title)) in _page_text(reader, page), (entry.title, page + 1)
            pages.append(page)
        assert pages == sorted(pages)  # the bookmarks follow the document
        assert len(set(pages)) > 10  # spread over the document, not all on one page


def test_every_contents_link_opens_the_page_of_its_entry(french: Made, english: Made) -> None:
    for made, lang in ((french, "fr"), (english, "en")):
        reader = PdfReader(io.BytesIO(made.pdf))
        contents_title = loose(say("contents", lang))
        listed = [e for e in _outline(reader) if loose(str(e.title)) != contents_title]
        links = []
        for page in reader.pages:
            for annot in page.get("/Annots") or []:
                annot = annot.get_object()
                if annot.get("/Subtype") == "/Link" and "/Dest" in annot:
                    links.append(annot["/Dest"])
        # Each entry of the contents links twice: its title and its page number.
        assert len(links) == 2 * len(listed)
        for index, dest in enumerate(links):
            entry = listed[index // 2]
            target = reader.get_page_number(dest[0].get_object())
            assert loose(str(entry.title)) in _page_text(reader, target), (entry.title, target + 1)
            assert contents_title not in _page_text(reader, target) or index == 0


def test_the_outline_counts_its_visible_entries(french: Made) -> None:
    reader = PdfReader(io.BytesIO(french.pdf))
    outlines = reader.trailer["/Root"]["/Outlines"].get_object()
    assert outlines["/Count"] == len(_outline(reader))
