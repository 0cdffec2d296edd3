"""Reads ritrack's workbooks back with openpyxl, an independent reader, and
checks what a person opening them relies on. Usage: read_back.py CASE FILE..."""
import sys

import openpyxl


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def header(ws, row):
    return [c.value for c in ws[row]]


def column(ws, row, name):
    """The cells under heading `name` of the header in `row`."""
    names = header(ws, row)
    if name not in names:
        fail(f"{ws.title}: no column {name!r} in {names}")
    i = names.index(name)
    return [r[i] for r in ws.iter_rows(min_row=row + 1)]


def progress_fixture(path):
    wb = openpyxl.load_workbook(path)
    if wb.sheetnames != ["Progress — as of 2019-Q4", "About this report"]:
        fail(f"sheets: {wb.sheetnames}")
    ws = wb.worksheets[0]
    if ws.freeze_panes != "A2":
        fail(f"the header row is not frozen: {ws.freeze_panes}")
    if ws.auto_filter.ref is None:
        fail("no filter on the header row")
    ids = column(ws, 1, "ID")
    if any(c.data_type != "s" for c in ids):
        fail("IDs must be text")
    by_id = {c.value: c.row for c in ids}
    row = by_id["1.1"]

    def cell(name):
        return ws.cell(row=row, column=header(ws, 1).index(name) + 1)

    for name, value in [("Baseline", 0), ("Current", 22), ("Target", 40), ("%", 55),
                        ("Countries reported", 2), ("Countries carried forward", 0), ("Countries missing", 1)]:
        c = cell(name)
        if c.data_type != "n" or c.value != value:
            fail(f"1.1 {name}: {c.value!r} ({c.data_type}), expected the number {value}")
    for name, value in [("Period", "2019-Q4"), ("Baseline period", "2018-Q4"), ("Target period", "2020-Q4"),
                        ("Status", "on track"), ("Status code", "on_track"), ("Trend", "5 → 11 → 15 → 22")]:
        c = cell(name)
        if c.data_type != "s" or c.value != value:
            fail(f"1.1 {name}: {c.value!r} ({c.data_type}), expected the text {value!r}")
    unit = ws.cell(row=by_id["1.2"], column=header(ws, 1).index("Unit") + 1).value
    if unit != "USD":
        fail(f"1.2's unit: {unit!r}")
    if ws.cell(row=by_id["1.2"], column=header(ws, 1).index("Baseline") + 1).value is not None:
        fail("an absent value must be an empty cell")
    for letter in "ABCD":
        if not ws.column_dimensions[letter].width or ws.column_dimensions[letter].width < 4:
            fail(f"column {letter} has no width that fits")
    about = {r[0]: r[1] for r in wb["About this report"].iter_rows(values_only=True) if r[0]}
    for label, value in [("Generated", "2026-11-22T10:00:00Z"), ("As of", "2019-Q4"), ("Data", "data")]:
        if about.get(label) != value:
            fail(f"provenance {label}: {about.get(label)!r}")
    if "BRA report Q4" not in about.values():
        fail(f"the sources are missing from the provenance sheet: {about}")


def bundled_ids(path):
    ws = openpyxl.load_workbook(path).worksheets[0]
    ids = [c.value for c in column(ws, 1, "ID")]
    if "1.10" not in ids or "1.1" not in ids:
        fail(f"1.1 and 1.10 must both be there, as text: {ids}")


def spanish(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    names = header(ws, 1)
    for word in ["Indicador", "Estado", "Sección"]:
        if word not in names:
            fail(f"Spanish headings expected, got {names}")
    if wb.sheetnames[-1] != "Acerca de este informe":
        fail(f"the provenance sheet in Spanish: {wb.sheetnames}")


def illustrative(path):
    ws = openpyxl.load_workbook(path).worksheets[0]
    if not str(ws["A1"].value).startswith("ILLUSTRATIVE DATA"):
        fail(f"the banner must come first: {ws['A1'].value!r}")
    if ws.freeze_panes != "A3":
        fail(f"under the banner, the header row is frozen at A3: {ws.freeze_panes}")


def report(path):
    wb = openpyxl.load_workbook(path)
    if len(wb.sheetnames) < 4:
        fail(f"the quarterly report has several tables: {wb.sheetnames}")
    for ws in wb.worksheets[:-1]:
        if ws.freeze_panes is None:
            fail(f"{ws.title}: no frozen header")
    if wb.sheetnames[-1] != "About this report":
        fail(f"the report's provenance sheet is missing: {wb.sheetnames}")
    # A heading too long for a sheet name gives its first part, not a truncation.
    if "Reporting gaps" not in wb.sheetnames:
        fail(f"the sheets are not named by their headings: {wb.sheetnames}")


def matrix_sheets(path):
    names = openpyxl.load_workbook(path).sheetnames
    # A heading over several tables names each sheet by its section, not by a number.
    for n in range(1, 6):
        if f"Reporting matrix (Result {n})" not in names:
            fail(f"the matrix sheets are not named by their results: {names}")


def first_row(ws, name, header_row=1):
    """The first data row's cell under heading `name`."""
    return column(ws, header_row, name)[0]


def expect(c, kind, value, what):
    if c.data_type != kind or c.value != value:
        fail(f"{what}: {c.value!r} ({c.data_type}), expected {value!r} ({kind})")


def every_sheet_frozen(wb, about="About this report"):
    if about and wb.sheetnames[-1] != about:
        fail(f"the provenance sheet must come last: {wb.sheetnames}")
    for ws in wb.worksheets[:-1] if about else wb.worksheets:
        if ws.freeze_panes is None:
            fail(f"{ws.title}: no frozen header")


def gaps(path):
    wb = openpyxl.load_workbook(path)
    if wb.sheetnames != ["Indicators behind their targets", "Reporting gaps", "About this report"]:
        fail(f"sheets: {wb.sheetnames}")
    every_sheet_frozen(wb)
    ws = wb.worksheets[0]
    expect(first_row(ws, "ID"), "s", "1.1", "gaps ID")
    expect(first_row(ws, "Gap"), "n", 18, "gaps Gap")
    # People read the quarter a projection reaches, not a fractional year.
    expect(first_row(ws, "Projected"), "s", "2020-Q4", "gaps Projected")
    expect(first_row(ws, "Status code"), "s", "on_track", "gaps Status code")


def matrix(path):
    wb = openpyxl.load_workbook(path)
    every_sheet_frozen(wb)
    ws = wb.worksheets[0]
    if "1.1" not in header(ws, 1):
        fail(f"indicator IDs must head the matrix as text: {header(ws, 1)}")
    expect(first_row(ws, "Country"), "s", "PER", "matrix Country")


def history(path):
    wb = openpyxl.load_workbook(path)
    every_sheet_frozen(wb)
    ws = wb.worksheets[0]
    expect(first_row(ws, "Period"), "s", "2019-Q1", "history Period")
    expect(first_row(ws, "Value"), "n", 5, "history Value (a count is a number)")
    expect(first_row(ws, "Indicator"), "s", "1.1", "history Indicator")


def plan_spanish(path):
    wb = openpyxl.load_workbook(path)
    if wb.sheetnames != ["Plan operativo 2018-2019", "Recursos del plan 2018-2019", "Acerca de este informe"]:
        fail(f"sheets named at a word's end, in Spanish: {wb.sheetnames}")
    every_sheet_frozen(wb, "Acerca de este informe")
    states = [c.value for c in column(wb.worksheets[0], 1, "Estado") if c.value]
    if "en curso" not in states or "in_progress" in states:
        fail(f"states by their Spanish labels, not their codes: {states}")
    expect(first_row(wb.worksheets[1], "Necesario"), "n", 60000, "plan Necesario")


def plan_gaps(path):
    wb = openpyxl.load_workbook(path)
    if wb.sheetnames != ["Products, most urgent first", "By result", "By provider", "Activities needing attention",
                         "About this report"]:
        fail(f"sheets named by their sections, not cut mid-word: {wb.sheetnames}")
    every_sheet_frozen(wb)
    rows = {(r[1], r[4]): r for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True)}
    if rows.get(("1.a", "USD"), [None] * 8)[7] != 36500:
        fail(f"1.a's missing dollars (README beside the plan goldens): {rows.get(('1.a', 'USD'))}")
    needs = [c.value for c in column(wb.worksheets[3], 1, "Needs attention") if c.value]
    if "no responsible" not in needs:
        fail(f"what needs attention, in words: {needs}")


def pledges(path):
    wb = openpyxl.load_workbook(path)
    every_sheet_frozen(wb)
    ws = wb.worksheets[0]  # under the illustrative banner: the header is row 2
    expect(first_row(ws, "Total", 2), "n", 1, "pledges Total")
    statuses = [c.value for c in column(wb.worksheets[1], 2, "Status") if c.value]
    if not statuses or any("_" in s for s in statuses):
        fail(f"statuses by their labels: {statuses}")


CASES = {"progress-fixture": progress_fixture, "bundled-ids": bundled_ids, "spanish": spanish,
         "illustrative": illustrative, "report": report, "matrix-sheets": matrix_sheets, "gaps": gaps,
         "matrix": matrix, "history": history, "plan-spanish": plan_spanish, "plan-gaps": plan_gaps,
         "pledges": pledges}
CASES[sys.argv[1]](sys.argv[2])
print("ok", sys.argv[1])
