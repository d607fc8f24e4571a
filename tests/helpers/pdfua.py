"""A PDF/UA checker for the tests: walks the structure tree and the page content with pikepdf.

``check(data)`` returns a ``Findings`` with the problems found (empty when the
file passes) and what it saw (tags in reading order, headings, figures' Alt
texts, outline), so a test can assert on both. It covers the machine-checkable
Matterhorn checkpoints listed in docs/accessibility.md; it is not a full
validator (no font-program checks beyond ToUnicode).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Name
from pypdf import PdfReader

TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
STANDARD = {
    "Document",
    "Part",
    "Art",
    "Sect",
    "Div",
    "BlockQuote",
    "Caption",
    "TOC",
    "TOCI",
    "Index",
    "NonStruct",
    "Private",
    "P",
    "H",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "L",
    "LI",
    "Lbl",
    "LBody",
    "Table",
    "TR",
    "TH",
    "TD",
    "THead",
    "TBody",
    "TFoot",
    "Span",
    "Quote",
    "Note",
    "Reference",
    "BibEntry",
    "Code",
    "Link",
    "Annot",
    "Ruby",
    "Warichu",
    "RB",
    "RT",
    "RP",
    "WT",
    "WP",
    "Figure",
    "Formula",
    "Form",
}
PARENTS = {
    "TR": {"Table", "THead", "TBody", "TFoot"},
    "TH": {"TR"},
    "TD": {"TR"},
    "THead": {"Table"},
    "TBody": {"Table"},
    "TFoot": {"Table"},
    "LI": {"L"},
    "Lbl": {"LI"},
    "LBody": {"LI"},
}
PAINTING = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI"}


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # every structure element, depth first
    headings: list[tuple[int, int]] = field(default_factory=list)  # (level, page index)
    figures: list[str] = field(default_factory=list)  # Alt texts
    outline: list[tuple[int, str, int]] = field(default_factory=list)  # (depth, title, page index)
    tables: int = 0
    marked: int = 0  # MCIDs in the content
    pages: int = 0

    def problem(self, text: str) -> None:
        if len(self.problems) < 200:
            self.problems.append(text)


def _number_tree(node, out: dict) -> None:
    nums = node.get("/Nums")
    if nums is not None:
        for i in range(0, len(nums), 2):
            out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids") or []:
        _number_tree(kid, out)


def _page_content(page: pikepdf.Page, number: int, findings: Findings) -> set[int]:
    """MCIDs on the page; a problem for anything text or painting outside marked content."""
    mcids: set[int] = set()
    stack: list[tuple[str, int | None]] = []
    loose: Counter = Counter()
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            tag = str(operands[0])
            mcid = None
            if op == "BDC" and len(operands) != 2:
                findings.problem(f"page {number}: BDC with {len(operands)} operands")
                operands = [operands[0], None]
            if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                mcid = int(operands[1].MCID)
                if mcid in mcids:
                    findings.problem(f"page {number}: MCID {mcid} used twice")
                mcids.add(mcid)
                if any(m is not None for _, m in stack) or any(t == "/Artifact" for t, _ in stack):
                    findings.problem(f"page {number}: MCID {mcid} nested in another marked sequence")
            if tag == "/Artifact" and any(m is not None for _, m in stack):
                findings.problem(f"page {number}: artifact inside tagged content")
            stack.append((tag, mcid))
        elif op == "EMC":
            if not stack:
                findings.problem(f"page {number}: EMC without BDC")
            else:
                stack.pop()
        elif (op in TEXT_SHOWING or op in PAINTING) and not any(m is not None or t == "/Artifact" for t, m in stack):
            loose["text" if op in TEXT_SHOWING else "graphics"] += 1
    for what, count in sorted(loose.items()):
        findings.problem(f"page {number}: {count} {what} operators outside marked content and artifacts")
    if stack:
        findings.problem(f"page {number}: {len(stack)} marked sequences not closed")
    return mcids


def _attributes(element) -> list:
    a = element.get("/A")
    if a is None:
        return []
    return list(a) if isinstance(a, pikepdf.Array) else [a]


def check(data: bytes) -> Findings:
    f = Findings()
    if not data.startswith(b"%PDF-1.7"):
        f.problem(f"header is {data[:8]!r}, not %PDF-1.7")
    pdf = pikepdf.open(io.BytesIO(data))
    root = pdf.Root
    pages = list(pdf.pages)
    f.pages = len(pages)
    page_index = {p.obj.objgen: i for i, p in enumerate(pages)}

    # ---------------------------------------------------------------- document level
    if not (root.get("/MarkInfo") and bool(root.MarkInfo.get("/Marked"))):
        f.problem("catalog: MarkInfo /Marked is not true")
    elif bool(root.MarkInfo.get("/Suspects", False)):
        f.problem("catalog: MarkInfo /Suspects is true")
    if "/RoleMap" in (root.get("/StructTreeRoot") or {}):
        f.problem("StructTreeRoot: a RoleMap (the checker knows only standard types)")
    lang = str(root.get("/Lang") or "")
    if not re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", lang):
        f.problem(f"catalog: /Lang is {lang!r}")
    prefs = root.get("/ViewerPreferences")
    if not (prefs and bool(prefs.get("/DisplayDocTitle"))):
        f.problem("catalog: ViewerPreferences /DisplayDocTitle is not true")
    meta = root.get("/Metadata")
    xmp = meta.read_bytes().decode("utf-8") if meta is not None else ""
    info_title = str(pdf.docinfo.get("/Title", ""))
    if not info_title:
        f.problem("info: no title")
    title = re.search(r"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", xmp, re.S)
    if not title or not title.group(1).strip():
        f.problem("XMP: no dc:title")
    if f"<rdf:li>{lang}</rdf:li>" not in xmp or "<dc:language>" not in xmp:
        f.problem("XMP: dc:language missing or not the catalog's /Lang")
    if "<pdfuaid:part>1</pdfuaid:part>" not in xmp:
        f.problem("XMP: pdfuaid:part 1 missing")

    # ---------------------------------------------------------------- fonts
    for number, page in enumerate(pages, start=1):
        fonts = (page.Resources.get("/Font") or {}) if page.get("/Resources") else {}
        for name in fonts:
            font = fonts[name]
            if "/ToUnicode" not in font:
                f.problem(f"page {number}: font {name} has no ToUnicode map")
            descriptor = (font.DescendantFonts[0] if "/DescendantFonts" in font else font).get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                f.problem(f"page {number}: font {name} is not embedded")

    # ---------------------------------------------------------------- content
    on_page = [_page_content(page, n, f) for n, page in enumerate(pages, start=1)]
    f.marked = sum(len(m) for m in on_page)

    tree = root.get("/StructTreeRoot")
    if tree is None:
        f.problem("catalog: no StructTreeRoot")
        return f
    parents: dict[int, object] = {}
    if "/ParentTree" not in tree:
        f.problem("StructTreeRoot: no ParentTree")
    else:
        _number_tree(tree.ParentTree, parents)

    # ---------------------------------------------------------------- tree walk
    referenced: Counter = Counter()
    owner: dict[tuple[int, int], tuple] = {}
    link_elements: list = []

    def walk(element, inherited_page, parent_tag=None) -> None:
        tag = str(element.get("/S"))[1:]
        f.tags.append(tag)
        if tag not in STANDARD:
            f.problem(f"non-standard structure type {tag}")
        if tag in PARENTS and parent_tag not in PARENTS[tag]:
            f.problem(f"{tag} inside {parent_tag}")
        page = element.get("/Pg")
        page = page_index.get(page.objgen) if page is not None else inherited_page
        kids = element.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else ([] if kids is None else [kids])
        if re.fullmatch(r"H[1-6]", tag):
            f.headings.append((int(tag[1]), page))
        if tag == "Figure":
            alt = str(element.get("/Alt", "")).strip()
            f.figures.append(alt)
            if not alt:
                f.problem("Figure without Alt")
        if tag == "Table":
            f.tables += 1
            th = []
            _collect(element, "TH", th)
            if not th:
                f.problem("Table without TH cells")
            for cell in th:
                scopes = [str(a.get("/Scope")) for a in _attributes(cell) if a.get("/O") == Name.Table]
                if not any(s in ("/Row", "/Column", "/Both") for s in scopes):
                    f.problem("TH without /Scope")
        if tag == "Link":
            link_elements.append(element)
        for kid in kids:
            if isinstance(kid, int):
                key = (page, int(kid))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == Name.MCR:
                p = kid.get("/Pg")
                key = (page_index.get(p.objgen) if p is not None else page, int(kid.MCID))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == Name.OBJR:
                continue
            elif isinstance(kid, pikepdf.Dictionary):
                walk(kid, page, tag)
                continue
            else:
                f.problem(f"{tag}: strange kid {kid!r}")
                continue
            referenced[key] += 1
            owner[key] = element.objgen

    document = tree.get("/K")
    if isinstance(document, pikepdf.Array):
        document = document[0] if len(document) == 1 else None
    if document is None or document.get("/S") != Name.Document:
        f.problem("StructTreeRoot: the root element is not one Document")
    else:
        walk(document, None)

    # every MCID in the content: referenced once from the tree, and the ParentTree agrees
    for index, (page, mcids) in enumerate(zip(pages, on_page, strict=True)):
        key = page.obj.get("/StructParents")
        if key is None:
            f.problem(f"page {index + 1}: no /StructParents")
            continue
        array = parents.get(int(key))
        for mcid in sorted(mcids):
            if referenced[(index, mcid)] != 1:
                f.problem(f"page {index + 1}: MCID {mcid} referenced {referenced[(index, mcid)]} times by the tree")
            if array is None or mcid >= len(array) or array[mcid].objgen != owner.get((index, mcid)):
                f.problem(f"page {index + 1}: MCID {mcid} not mapped to its element in the ParentTree")
    for index, mcid in referenced:
        if index is None or mcid not in on_page[index]:
            f.problem(f"tree references MCID {mcid} on page {index} that is not in the content")

    # headings never skip a level, and the first is H1
    previous = 0
    for level, _ in f.headings:
        if level > previous + 1:
            f.problem(f"heading H{level} after H{previous}")
        previous = level

    # ---------------------------------------------------------------- annotations
    for number, page in enumerate(pages, start=1):
        annots = page.obj.get("/Annots") or []
        if len(annots) and page.obj.get("/Tabs") != Name.S:
            f.problem(f"page {number}: annotations but no /Tabs /S")
        for annot in annots:
            if annot.get("/Subtype") == Name.Link:
                if not str(annot.get("/Contents", "")).strip():
                    f.problem(f"page {number}: link annotation without /Contents")
                if "/StructParent" not in annot:
                    f.problem(f"page {number}: link annotation not in a Link element")

    # ---------------------------------------------------------------- outline
    with pdf.open_outline() as outline:

        def visit(items, depth):
            for item in items:
                dest = item.destination
                target = None
                if isinstance(dest, pikepdf.Array) and len(dest):
                    target = page_index.get(dest[0].objgen)
                f.outline.append((depth, item.title, target))
                visit(item.children, depth + 1)

        visit(outline.root, 1)
    expected = [(level, page) for level, page in f.headings if level <= 2]
    if [(d, p) for d, _, p in f.outline] != expected:
        f.problem(f"outline {[(d, p) for d, _, p in f.outline]} does not match H1/H2 {expected}")
    else:
        texts = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
        for _depth, title, target in f.outline:
            if not _title_pattern(title).search(texts[target]):
                f.problem(f"outline entry {title!r} is not on page {target + 1}")
    return f


def _title_pattern(title: str) -> re.Pattern:
    """A heading's text as it may stand on the page: any line break where the title has a
    space, a line break after a hyphen of the title ("Langenhagen-|Süd"), and a hyphen plus
    line break that hyphenation put inside a word ("Maßnah-|me"); nothing else may differ."""
    parts = []
    for char in " ".join(title.split()):
        if char == " ":
            parts.append(r"\s+")
        elif char == "-":
            parts.append(r"-\s*")
        else:
            parts.append(re.escape(char) + (r"(?:-\s+)?" if char.isalpha() else ""))
    return re.compile("".join(parts))


def _collect(element, tag: str, out: list) -> None:
    kids = element.get("/K")
    kids = list(kids) if isinstance(kids, pikepdf.Array) else ([] if kids is None else [kids])
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            if Name("/" + tag) == kid.S:
                out.append(kid)
            _collect(kid, tag, out)


def only(data: bytes, keep: str) -> bytes:
    """The PDF with only its tagged content (keep="tagged") or only its artifacts (keep="artifacts")."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        kept, stack = [], []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                stack.append(str(operands[0]) == "/Artifact")
                continue
            if op == "EMC":
                stack.pop()
                continue
            artifact = any(stack)
            if op in ("Tj", "TJ", "'", '"') and artifact != (keep == "artifacts"):
                continue
            kept.append((operands, operator))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
