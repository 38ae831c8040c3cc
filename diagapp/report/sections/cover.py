"""The cover: the dynamic, its territory, the workshop's date, a logo slot."""

from __future__ import annotations

import io
from dataclasses import asdict
from typing import Any

from diagapp.domain import scoring
from diagapp.report import charts, fonts
from diagapp.report.document import MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH
from diagapp.report.monograph import Monograph
from diagapp.report.sections.common import Ctx
from diagapp.report.styles import ALERT, PRIMARY
from diagapp.report.typography import long_date, shorten, typeset
from diagapp.report.wording import say

MM = 72 / 25.4
LOGO_SIZE = 34 * MM
RADAR_SIZE = (130 * MM, 108 * MM)
RADAR_MIN_HEIGHT = 45 * MM  # below this the radar is left out rather than unreadable
COVER_NAME, COVER_TEXT = 120, 180  # characters shown on the cover (4 and 3 lines at most)


def dimension_titles(monograph: Monograph) -> list[str]:
    lang = monograph.lang
    return [typeset(d.title.get(lang), lang) for d in monograph.questionnaire.dimensions]


def consensus_values(monograph: Monograph) -> list[float | None]:
    return [monograph.consensus[d.id].mean for d in monograph.questionnaire.dimensions]


def draw_cover_page(canvas: Any, monograph: Monograph, band: float) -> None:
    """What the cover draws straight on the page: the band, the logo, the notes at its foot."""
    from reportlab.lib.utils import ImageReader

    lang = monograph.lang
    canvas.saveState()
    canvas.setFillColor(PRIMARY)
    canvas.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
    canvas.setFillColor("#ffffff")
    canvas.setFont(fonts.SANS_BOLD, 10)
    canvas.drawString(MARGIN_X, PAGE_HEIGHT - 24 * MM, typeset(say("cover_kicker", lang), lang))
    canvas.setFont(fonts.SERIF_ITALIC, 10)
    report = monograph.questionnaire.report.get(lang)
    lines = charts.wrap(typeset(report, lang), fonts.SERIF_ITALIC, 10, 110 * MM)
    for index, line in enumerate(lines[:3]):
        canvas.drawString(MARGIN_X, PAGE_HEIGHT - 33 * MM - index * 13, line)
    if monograph.logo:
        x = PAGE_WIDTH - MARGIN_X - LOGO_SIZE
        y = PAGE_HEIGHT - band + (band - LOGO_SIZE) / 2
        canvas.roundRect(x - 3, y - 3, LOGO_SIZE + 6, LOGO_SIZE + 6, 4, stroke=0, fill=1)
        image = ImageReader(io.BytesIO(monograph.logo))
        canvas.drawImage(
            image, x, y, LOGO_SIZE, LOGO_SIZE, preserveAspectRatio=True, anchor="c", mask="auto"
        )
    _draw_notes(canvas, Ctx(monograph), MARGIN_X, PAGE_WIDTH - 2 * MARGIN_X)
    canvas.restoreState()


def _draw_notes(canvas: Any, ctx: Ctx, x: float, width: float) -> None:
    """The framework, the date made and the anonymisation, at the foot of the cover."""
    m = ctx.m
    a = m.assessment
    notes = [
        ctx.say("cover_framework", report=m.questionnaire.report.get(ctx.lang)),
        ctx.say(
            "cover_made",
            date=long_date(m.generated_on, ctx.lang),
            version=m.app_version,
            q=a.questionnaire_version,
        ),
    ]
    if m.anonymized:
        notes.append(ctx.say("anonymized_note"))
    if a.status != "done":
        notes.append(ctx.say("draft_note"))
    y = 18 * MM
    for note in reversed(notes):
        para = ctx.p(note, ctx.s.cover_small)
        _, height = para.wrap(width, 100)
        para.drawOn(canvas, x, y)
        y += height + 2
    canvas.setStrokeColor(PRIMARY)
    canvas.setLineWidth(1.2)
    canvas.line(x, y + 3, x + 40 * MM, y + 3)


def _radar(monograph: Monograph) -> Any:
    """A large radar of the five dimensions, the dynamic's shape at a glance, in the room the
    texts above leave (it never covers them, however long the name)."""
    from reportlab.graphics import renderPDF
    from reportlab.platypus import Flowable

    class CoverRadar(Flowable):  # reportlab is untyped (Any)
        """Takes the rest of the frame and stands at its foot, where the notes begin."""

        def wrap(self, width: float, height: float) -> tuple[float, float]:
            self.width = width
            self.height = height - 1 if height - 1 >= RADAR_MIN_HEIGHT else 0
            return width, self.height

        def draw(self) -> None:
            if not self.height:
                return
            width, height = min(RADAR_SIZE[0], self.width), min(RADAR_SIZE[1], self.height)
            drawing = charts.radar(
                dimension_titles(monograph),
                [charts.Series(consensus_values(monograph), PRIMARY)],
                width=width,
                height=height,
                label_size=8,
                label_width=80,
                absent=say("not_assessed", monograph.lang),
            )
            renderPDF.draw(drawing, self.canv, (self.width - width) / 2, 0)

    return CoverRadar()


def build(ctx: Ctx) -> list[Any]:
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

    m, s = ctx.m, ctx.s
    a = m.assessment
    # Long texts are cut here with an ellipsis; the identity card gives them in full.
    story: list[Any] = [ctx.p(shorten(a.dynamic_name, COVER_NAME), s.cover_title)]
    kind = m.option_label("identity.type")
    if kind:
        story.append(ctx.p(kind, s.cover_sub))
    territory = str(m.value("identity.territory") or "")
    if territory:
        story.append(ctx.p(shorten(territory, COVER_TEXT), s.cover_sub))
    story.append(Spacer(1, 6))
    when = ctx.say("workshop_of", date=long_date(a.date, ctx.lang))
    story.append(ctx.mp(f"<b>{ctx.text(when)}</b>", s.cover_sub))
    if a.label and str(a.date.year) not in a.label:
        story.append(ctx.p(shorten(a.label, COVER_TEXT), s.cover_sub))
    phase = m.option_label("identity.phase")
    if phase:
        story.append(ctx.mp(ctx.labelled(ctx.say("phase"), phase), s.cover_sub))
    basis = scoring.basis(m.consensus)
    if basis.partial:
        partial = ctx.text(ctx.say("partial_cover", **asdict(basis)))
        story.append(ctx.mp(f'<font color="{ALERT}"><b>{partial}</b></font>', s.cover_sub))
    story += [Spacer(1, 8), _radar(m), NextPageTemplate("body"), PageBreak()]
    return story
