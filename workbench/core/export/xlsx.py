"""The CSV export's tables as one Excel workbook: a sheet per table, the same rows, the same inert cells.

Article text is untrusted: a cell that would start a formula gets the CSV's leading quote
(spreadsheet_cell), and every text cell is written as a string, so openpyxl never writes a formula.
"""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from ..summary import Report
from . import DATA_TABLES, spreadsheet_cell

# Excel's limits: rows on a sheet (the header included) and characters in a cell.
MAX_ROWS = 1_048_576
MAX_CELL = 32_767
# Characters an xlsx file (XML 1.0) cannot hold; they are shown as U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def text_cell(value: str) -> str:
    """Text as an xlsx cell can hold it: inert, without the characters XML forbids, within Excel's length."""
    value = _NOT_XML.sub("\ufffd", spreadsheet_cell(value))
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"


def _cell(sheet, value) -> WriteOnlyCell:
    if not isinstance(value, str):
        return WriteOnlyCell(sheet, value)
    cell = WriteOnlyCell(sheet, text_cell(value))
    cell.data_type = "s"  # a string, whatever it starts with
    return cell


def to_xlsx(report: Report) -> bytes:
    """One sheet per CSV table; a table longer than a sheet goes on over 'Events (2)', 'Events (3)'…"""
    book = Workbook(write_only=True)
    for title, table in DATA_TABLES:
        header, rows = table(report)
        chunks = [rows[i : i + MAX_ROWS - 1] for i in range(0, len(rows), MAX_ROWS - 1)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            sheet = book.create_sheet(title if n == 1 else f"{title} ({n})")
            sheet.append([_cell(sheet, name) for name in header])
            for row in chunk:
                sheet.append([_cell(sheet, value) for value in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
