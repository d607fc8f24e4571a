"""The logical structure of a tagged PDF, and writing it into the file.

While the pages draw, ``tagging.Tagger`` builds a tree of ``Element``s whose
leaves point at marked content (page, MCID) or at annotations. After reportlab
has written the file, ``finish`` opens it with pikepdf and adds what PDF/UA
asks of the document: the StructTreeRoot with its ParentTree, StructParents on
each page, MarkInfo, ViewerPreferences DisplayDocTitle, XMP metadata (dc:title,
dc:language, pdfuaid:part 1), the outline (H1 and H2), /Tabs /S on pages with
annotations, and the PDF 1.7 header.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

if TYPE_CHECKING:
    import pikepdf

# Elements kept even when nothing was drawn into them (a table must stay regular).
KEEP_EMPTY = {"Document", "Table", "THead", "TBody", "TR", "TH", "TD"}


@dataclass
class Content:
    """One marked-content sequence: page index and MCID."""

    page: int
    mcid: int


@dataclass
class Annotation:
    """The n-th link annotation drawn on a page."""

    page: int
    index: int
    contents: str


@dataclass(eq=False)
class Element:
    tag: str
    kids: list[Element | Content | Annotation] = field(default_factory=list)
    alt: str | None = None
    attributes: dict[str, dict[str, object]] | None = None  # /A: owner name ("Table", "Layout") -> {key: value}
    lang: str | None = None
    title: str | None = None  # for headings: the outline text


@dataclass
class Heading:
    level: int
    text: str
    page: int
    top: float


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    lang: str
    author: str = ""
    subject: str = ""
    keywords: str = ""
    creator: str = ""
    producer: str = ""


def _prune(element: Element) -> bool:
    """Drop elements without content (a paragraph that drew nothing); True if kept."""
    element.kids = [k for k in element.kids if not isinstance(k, Element) or _prune(k)]
    return bool(element.kids) or element.tag in KEEP_EMPTY


def _pdf_value(value: object) -> object:
    from pikepdf import Array, Name

    if isinstance(value, str):
        return Name("/" + value)
    if isinstance(value, (list, tuple)):
        return Array([round(v, 2) for v in value])
    return value


def _write_tree(pdf: pikepdf.Pdf, root: Element) -> None:
    from pikepdf import Array, Dictionary, Name, String

    pages = [p.obj for p in pdf.pages]
    tree_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    by_page: dict[int, dict[int, pikepdf.Object]] = {i: {} for i in range(len(pages))}
    annotations: list[tuple[pikepdf.Object, pikepdf.Object]] = []
    link_annots = [[a for a in (p.get("/Annots") or []) if a.get("/Subtype") == Name.Link] for p in pages]

    def build(element: Element, parent: pikepdf.Object) -> pikepdf.Object:
        node = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + element.tag), P=parent))
        kids = Array()
        page = None
        for kid in element.kids:
            if isinstance(kid, Element):
                kids.append(build(kid, node))
            elif isinstance(kid, Content):
                if page is None:
                    page = kid.page
                    node.Pg = pages[page]
                if kid.page == page:
                    kids.append(kid.mcid)
                else:
                    kids.append(Dictionary(Type=Name.MCR, Pg=pages[kid.page], MCID=kid.mcid))
                by_page[kid.page][kid.mcid] = node
            elif isinstance(kid, Annotation) and kid.index < len(link_annots[kid.page]):
                annot = link_annots[kid.page][kid.index]
                annot.Contents = String(kid.contents)
                kids.append(Dictionary(Type=Name.OBJR, Pg=pages[kid.page], Obj=annot))
                annotations.append((annot, node))
        node.K = kids
        if element.alt is not None:
            node.Alt = String(element.alt)
        if element.lang:
            node.Lang = String(element.lang)
        if element.attributes:
            owners = [
                Dictionary({"/O": Name("/" + owner), **{"/" + k: _pdf_value(v) for k, v in values.items()}})
                for owner, values in element.attributes.items()
            ]
            node.A = owners[0] if len(owners) == 1 else Array(owners)
        return node

    _prune(root)
    document = build(root, tree_root)
    nums = Array()
    for index, page in enumerate(pages):
        page.StructParents = index
        marked = by_page[index]
        nums.append(index)
        nums.append(pdf.make_indirect(Array([marked[m] for m in sorted(marked)])))
    key = len(pages)
    for annot, node in annotations:
        annot.StructParent = key
        nums.append(key)
        nums.append(node)
        key += 1
    tree_root.K = document
    tree_root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    tree_root.ParentTreeNextKey = key
    pdf.Root.StructTreeRoot = tree_root
    for page in pages:
        if page.get("/Annots"):
            page.Tabs = Name.S


def _outline(pdf: pikepdf.Pdf, headings: list[Heading]) -> None:
    from pikepdf import Name
    from pikepdf.models.outlines import OutlineItem

    with pdf.open_outline() as outline:
        parent = None
        for h in headings:
            if h.level > 2:
                continue
            item = OutlineItem(h.text, h.page, "XYZ", top=round(h.top, 2))
            if h.level == 1 or parent is None:
                outline.root.append(item)
                parent = item if h.level == 1 else None
            else:
                parent.children.append(item)
    pdf.Root.PageMode = Name.UseOutlines


def _iso_date(pdf_date: object) -> str | None:
    match = re.match(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-Z])?(\d\d)?'?(\d\d)?", str(pdf_date or ""))
    if not match:
        return None
    y, mo, d, h, mi, s, sign, tzh, tzm = match.groups()
    zone = "Z" if sign in (None, "Z") else f"{sign}{tzh or '00'}:{tzm or '00'}"
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{zone}"


def xmp(info: DocumentInfo, created: str | None, modified: str | None) -> bytes:
    """The XMP packet, written by hand so it is the same bytes for the same input."""
    e = escape
    dates = "".join(f"<xmp:{k}>{v}</xmp:{k}>" for k, v in (("CreateDate", created), ("ModifyDate", modified)) if v)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        f'   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(info.title)}</rdf:li></rdf:Alt></dc:title>\n'
        f"   <dc:language><rdf:Bag><rdf:li>{e(info.lang)}</rdf:li></rdf:Bag></dc:language>\n"
        f"   <dc:creator><rdf:Seq><rdf:li>{e(info.author)}</rdf:li></rdf:Seq></dc:creator>\n"
        f'   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(info.subject)}</rdf:li></rdf:Alt>'
        "</dc:description>\n"
        f"   <pdf:Keywords>{e(info.keywords)}</pdf:Keywords>\n"
        f"   <pdf:Producer>{e(info.producer)}</pdf:Producer>\n"
        f"   <xmp:CreatorTool>{e(info.creator)}</xmp:CreatorTool>{dates}\n"
        "   <pdfuaid:part>1</pdfuaid:part>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return packet.encode("utf-8")


def finish(data: bytes, root: Element, headings: list[Heading], info: DocumentInfo) -> bytes:
    """The reportlab output with the structure tree and the document-level entries of PDF/UA."""
    import pikepdf  # only when a PDF is written: keeps the program's start light
    from pikepdf import Dictionary, Name, String

    with pikepdf.open(io.BytesIO(data)) as pdf:
        _write_tree(pdf, root)
        _outline(pdf, headings)
        catalog = pdf.Root
        catalog.MarkInfo = Dictionary(Marked=True)
        catalog.Lang = String(info.lang)
        catalog.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        docinfo = pdf.trailer.get("/Info")
        created = _iso_date(docinfo.get("/CreationDate")) if docinfo is not None else None
        modified = _iso_date(docinfo.get("/ModDate")) if docinfo is not None else None
        stream = pdf.make_stream(xmp(info, created, modified))
        stream.Type = Name.Metadata
        stream.Subtype = Name.XML
        catalog.Metadata = stream
        out = io.BytesIO()
        pdf.save(out, force_version="1.7", deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()
