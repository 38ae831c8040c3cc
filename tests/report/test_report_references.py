"""Line references to the report (« l. 897-898 ») leave running text for notes at the end of
each section; captions, « Où dans le rapport » lines and the annex keep them."""

from __future__ import annotations

import io

from pdf_helpers import Made, loose
from pypdf import PdfReader

from diagapp.report.notes import Notes
from diagapp.report.typography import french


def test_references_become_numbered_notes() -> None:
    notes = Notes()
    text = french("Cinq dimensions (l. 157-181) : le ressort (rapport, l. 847).")
    assert notes.take(text) == "Cinq dimensions<super>1</super>\u202f: le ressort<super>2</super>."
    assert notes.flush() == [(1, "l.\u00a0157-181"), (2, "rapport, l.\u00a0847")]
    assert notes.take(french("(l. 12)")) == "<super>3</super>"  # numbers run on
    assert notes.take("une parenthèse (sans renvoi)") == "une parenthèse (sans renvoi)"


def test_running_text_has_no_line_reference(french: Made) -> None:
    pages = [loose(p.extract_text() or "") for p in PdfReader(io.BytesIO(french.pdf)).pages]
    # The annex starts a page only when the section before it fills one (CondPageBreak).
    heading = "Annexe : méthode et données Méthode"
    annex = next(i for i, p in enumerate(pages) if heading in p)
    body = " ".join([*pages[:annex], pages[annex].split(heading)[0]])
    for cited in ("(l. 157-181)", "(l. 896-898)", "(rapport, l. 125)", "(l. 999-1019)"):
        assert cited not in body
    assert body.count("Renvois au rapport :") >= 5
    assert "l. 157-181" in body  # in the notes
    assert "(l. 810-832, l. 1023-1043)" in " ".join(pages[annex:])  # the annex cites in full
