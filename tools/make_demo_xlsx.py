#!/usr/bin/env python3
"""Writes resources/demo/demo.xlsx: the demo study (resources/demo/*.csv) as one Excel workbook
with the sheets casussen, trajecten and gebeurtenissen, so a user can see what a correct
workbook looks like. Dates are real Excel dates (serial numbers shown as dd-mm-jjjj), numbers
are numbers, everything else text. Only the standard library: an .xlsx is a zip of XML files.
Run after changing the demo CSV files; tests/core/test_demo_workbook.cpp checks that the workbook
gives the same figures as the CSV files."""
import datetime
import pathlib
import zipfile
from xml.sax.saxutils import escape

DEMO = pathlib.Path(__file__).resolve().parent.parent / "resources" / "demo"
TABLES = ["casussen", "trajecten", "gebeurtenissen"]
DATES = {"melddatum", "einde_followup", "datum_overdracht", "startdatum", "einddatum", "datum"}
NUMBERS = {"geschiedenis_jaren"}
EXCEL_EPOCH = datetime.date(1899, 12, 30)   # serials after 1900-03-01 count days from here


def parse_date(text):
    if len(text) == 10 and text[4] == "-":
        return datetime.date.fromisoformat(text)
    day, month, year = (int(part) for part in text.split("-"))
    return datetime.date(year, month, day)


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class Strings:
    def __init__(self):
        self.index = {}

    def id(self, text):
        return self.index.setdefault(text, len(self.index))

    def xml(self):
        items = "".join(f"<si><t xml:space=\"preserve\">{escape(t)}</t></si>" for t in self.index)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'count="{len(self.index)}" uniqueCount="{len(self.index)}">{items}</sst>')


def sheet_xml(lines, strings):
    header = lines[0].split(";")
    rows = []
    for r, line in enumerate(lines, start=1):
        cells = []
        for c, value in enumerate(line.split(";")):
            ref = f"{column_letters(c)}{r}"
            field = header[c] if r > 1 else ""
            if value == "":
                continue
            if field in DATES:
                serial = (parse_date(value) - EXCEL_EPOCH).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif field in NUMBERS:
                cells.append(f'<c r="{ref}"><v>{float(value.replace(",", "."))!r}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{strings.id(value)}</v></c>')
        rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData>" + "".join(rows) + "</sheetData></worksheet>")


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def main():
    strings = Strings()
    sheets = [sheet_xml((DEMO / f"{t}.csv").read_text(encoding="utf-8-sig").splitlines(), strings) for t in TABLES]
    n = len(TABLES)
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
                     + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="{CT}.worksheet+xml"/>'
                               for i in range(n))
                     + f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/>'
                     f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
                     "</Types>")
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG_REL}">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                + "".join(f'<sheet name="{t}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, t in enumerate(TABLES))
                + "</sheets></workbook>")
    workbook_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG_REL}">'
                     + "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                               for i in range(n))
                     + f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/>'
                     f'<Relationship Id="rId{n + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                     "</Relationships>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{MAIN}">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              "</styleSheet>")
    out = DEMO / "demo.xlsx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", strings.xml())
        for i, xml in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
    print(out)


main()
