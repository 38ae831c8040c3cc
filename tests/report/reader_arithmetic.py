"""The sums a reader does on a monograph's text: each printed change against the printed
values, each list of shares against 100 %, each total against its printed parts.

Used by the property test over random assessments (test_reader_arithmetic.py). Reads the
text pypdf extracts in layout mode, where a table row stays on one line."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from decimal import Decimal

from diagapp.domain.questionnaire import Questionnaire

SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})
LEVEL = r"\d[,.]\d"
CHANGE = r"(?:[+−]\d[,.]\d|=)"
EUROS_FR = re.compile(r"(?<![\d,.])(\d{1,3}(?: \d{3})*) €")
EUROS_EN = re.compile(r"€(\d{1,3}(?:,\d{3})*)(?![\d,])")


@dataclass
class Checked:
    """What was checked (a reader's sums), to show the property test is not empty."""

    changes: int = 0  # evolution rows whose change was subtracted
    lead_changes: int = 0  # changes quoted in the evolution's lead sentence
    share_lists: int = 0  # lists of shares added up to 100 %
    share_mentions: int = 0  # public / own shares quoted elsewhere, against the list
    totals: int = 0  # matrix rows whose total was added up
    grand_totals: int = 0  # the yearly monetary total, against the matrix's rows
    problems: list[str] = field(default_factory=list)
    public_share: int | None = None  # as the resources' list prints it
    own_share: int | None = None


def layout_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    pages = [p.extract_text(extraction_mode="layout") or "" for p in reader.pages]
    return "\n".join(pages).translate(SPACES)


def _number(text: str) -> Decimal:
    return Decimal(text.replace("−", "-").replace(",", "."))


def _euros(text: str, lang: str) -> list[int]:
    if lang == "fr":
        return [int(m.replace(" ", "")) for m in EUROS_FR.findall(text)]
    return [int(m.replace(",", "")) for m in EUROS_EN.findall(text)]


def _rows(lines: list[str], labels: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The matrix's rows: a row starts with the first words of a resource's label."""
    rows: list[tuple[str, list[str]]] = []
    for line in lines:
        first = re.split(r"\s{2,}", line.strip())[0]
        key = next((k for k, t in labels.items() if len(first) > 3 and t.startswith(first)), None)
        if key is not None and key not in (k for k, _ in rows):
            rows.append((key, [line]))
        elif rows and line.strip():
            rows[-1][1].append(line)
    return rows


def _section(lines: list[str], start: re.Pattern[str], end: re.Pattern[str]) -> list[str]:
    for index, line in enumerate(lines):
        if start.search(line):
            for stop in range(index + 1, len(lines)):
                if end.search(lines[stop]):
                    return lines[index:stop]
            return lines[index:]
    return []


def check_evolution(lines: list[str], lang: str, out: Checked) -> None:
    head = re.compile(r"^\s*Dimension\s.*\s(Écart|Change)\s*$")
    table = _section(lines, head, re.compile(r"^\s*$"))
    if not table:
        return
    index = lines.index(table[0])
    rows = re.compile(rf"\s({LEVEL}|—)(?=\s)")
    changes: list[Decimal] = []
    for line in lines[index + 1 : index + 40]:
        if line.strip() and not line.startswith(" "):
            break  # past the table (its rows and wrapped labels are indented)
        found = re.search(rf"\s({CHANGE}|—)\s*$", line)
        values = rows.findall(line)
        if found and len(values) >= 2 and "—" not in (values[0], values[-1]):
            printed = Decimal(0) if found.group(1) == "=" else _number(found.group(1))
            expected = _number(values[-1]) - _number(values[0])
            out.changes += 1
            if printed != expected:
                out.problems.append(f"evolution row {line.strip()!r}: {expected} expected")
            if not re.match(r"^\s*(Maturité|Overall)", line):
                changes.append(printed)
        if re.match(r"^\s*(Maturité|Overall)", line):
            break  # the table's last row
    flat = " ".join(" ".join(lines).split())
    up = re.search(rf"(plus progressé est|progressed most is) .+? \(({CHANGE})\)", flat)
    down = re.search(rf"(a reculé|went back) \(({CHANGE})\)", flat)
    for match, extreme in ((up, max), (down, min)):
        if match and changes:
            out.lead_changes += 1
            if _number(match.group(2)) != extreme(changes):
                out.problems.append(f"lead {match.group(0)!r}: the table says {extreme(changes)}")


def check_funding(lines: list[str], q: Questionnaire, lang: str, out: Checked) -> None:
    resources = q.funding.resources
    labels = {r.key: r.label.get(lang) for r in resources}
    caption = re.compile(r"^(Intensité de chaque ressource|Intensity of each resource)")
    matrix = _section(lines, re.compile(r"\s(Total annuel|Yearly total)\s*$"), caption)
    row_totals: dict[str, int] = {}
    for key, block in _rows(matrix[1:], labels):
        total, parts = _euros(block[0], lang), [e for line in block[1:] for e in _euros(line, lang)]
        if not total:
            continue
        out.totals += 1
        row_totals[key] = total[-1]
        if len(total) != 1 or total[0] != sum(parts):
            out.problems.append(f"matrix row {key}: total {total} beside parts {parts}")
    flat = " ".join(" ".join(lines).split())
    monetary = [r.key for r in resources if r.monetary]
    if row_totals:
        name = "Ressources monétaires annuelles" if lang == "fr" else "Yearly monetary resources"
        money = r"\d[\d ,]*\d €|€\d[\d,]*\d|\d €|€\d"
        for found in re.finditer(rf"{name}((?:\s+(?:{money}|—))+)", flat):
            shown = _euros(found.group(1), lang)
            if not shown:
                continue
            out.grand_totals += 1
            expected = sum(row_totals.get(k, 0) for k in monetary)
            if shown[-1] != expected:
                out.problems.append(f"{name} {shown[-1]}: its rows add up to {expected}")
    legend = re.findall(
        r"(\S[^()]*?) \((\d+) ?%\)",
        " ".join(
            _section(
                lines,
                caption,
                re.compile(
                    r"(Règle de minimis|Alerte|De minimis rule|Alert|À vérifier avec|To check with)"
                ),
            )
        ),
    )
    legend = [(re.split(r"\s{2,}", label.strip())[-1], p) for label, p in legend]
    shares = {k: int(p) for label, p in legend for k, t in labels.items() if label == t}
    if not legend:
        return
    out.share_lists += 1
    if sum(int(p) for _, p in legend) != 100:
        out.problems.append(f"resource shares {legend} add up to {sum(int(p) for _, p in legend)}")
    own = sum(shares.get(r.key, 0) for r in resources if r.own_resource)
    quoted = (
        (
            r"Part des subventions(?: publiques)?|Share of public subsidies|Public share",
            shares.get("public_subsidies", 0),
        ),
        (r"Part des ressources propres|Share of own resources|Own share", own),
        (r"elles représentent|they make up", shares.get("public_subsidies", 0)),
    )
    out.public_share, out.own_share = shares.get("public_subsidies", 0), own
    for pattern, expected in quoted:
        for found in re.finditer(rf"(?:{pattern})[\s:]*((?:\d+ ?%\s*)+)", flat):
            out.share_mentions += 1
            printed = int(re.findall(r"(\d+) ?%", found.group(1))[-1])
            if printed != expected:
                out.problems.append(f"{found.group(0)!r}: the resources' shares say {expected} %")


def check(pdf: bytes, q: Questionnaire, lang: str) -> Checked:
    lines = layout_text(pdf).splitlines()
    out = Checked()
    check_evolution(lines, lang, out)
    check_funding(lines, q, lang, out)
    return out
