#!/usr/bin/env python3
"""Build the Word (.docx) application-form templates of the procedure catalogue.

Reads   src/Infrastructure/Persistence/Seed/procedures/templates/src/<name>.txt
Writes  src/Infrastructure/Persistence/Seed/procedures/templates/<name>.docx

Python 3 standard library only (zipfile + hand-written WordprocessingML); the
output is byte-for-byte reproducible (fixed zip timestamps, sorted input).

Source conventions (one paragraph per line, UTF-8):

  line 1            the form title; printed bold, centred, upper-case, below the
                    national motto header, which every template gets automatically
                    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc")
  ## text           sub-title: centred, italic (e.g. "(Ban hành kèm theo ...)")
  > text            centred paragraph (e.g. the "Kính gửi: ..." addressee line)
  # text            bold paragraph (section heading)
  - text            indented paragraph (list item)
  >> text           right-aligned paragraph (date line, signer's title)
  >>* text          right-aligned, italic (e.g. "(Ký và ghi rõ họ tên)")
  (empty line)      empty paragraph
  % text            comment, not printed
  anything else     ordinary justified paragraph

Blanks to fill are written as runs of dots ("……") in the source and kept as is.

Usage:  python3 scripts/templates/build_docx.py [--check]
        --check  rebuild in memory and fail if any .docx on disk differs.
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "src/Infrastructure/Persistence/Seed/procedures/templates"
SOURCES = TEMPLATES / "src"
FIXED_DATE = (2020, 1, 1, 0, 0, 0)  # zip entries get this timestamp: reproducible output

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT = "Times New Roman"
SIZE = 26  # half-points, i.e. 13 pt (the usual size of Vietnamese administrative forms)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/><w:sz w:val="{SIZE}"/><w:szCs w:val="{SIZE}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
</w:styles>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>HanoiDvc build_docx.py</Application></Properties>"""


def core_xml(title: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>HanoiDvc</dc:creator><dc:language>vi-VN</dc:language>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:created>'
        "</cp:coreProperties>"
    )


def paragraph(text: str, *, align: str = "both", bold: bool = False, italic: bool = False,
              indent: int = 0, size: int | None = None, after: int | None = None) -> str:
    ppr = f'<w:jc w:val="{align}"/>'
    if indent:
        ppr += f'<w:ind w:left="{indent}"/>'
    if after is not None:
        ppr += f'<w:spacing w:after="{after}"/>'
    rpr = ""
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if italic:
        rpr += "<w:i/><w:iCs/>"
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if not text:
        return f"<w:p><w:pPr>{ppr}</w:pPr></w:p>"
    run = f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>"


def body_from_source(lines: list[str]) -> tuple[str, str]:
    lines = [l.rstrip("\n").rstrip() for l in lines]
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ValueError("empty template source")
    title = lines[0].strip()
    parts = [
        paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="center", bold=True, after=0),
        paragraph("Độc lập - Tự do - Hạnh phúc", align="center", bold=True, after=0),
        paragraph("―――――――――――――", align="center"),
        paragraph(""),
        paragraph(title.upper(), align="center", bold=True, size=SIZE + 2),
    ]
    for raw in lines[1:]:
        line = raw.strip()
        if line.startswith("%"):
            continue
        if not line:
            parts.append(paragraph(""))
        elif line.startswith(">>*"):
            parts.append(paragraph(line[3:].strip(), align="right", italic=True))
        elif line.startswith(">>"):
            parts.append(paragraph(line[2:].strip(), align="right"))
        elif line.startswith("##"):
            parts.append(paragraph(line[2:].strip(), align="center", italic=True))
        elif line.startswith(">"):
            parts.append(paragraph(line[1:].strip(), align="center"))
        elif line.startswith("#"):
            parts.append(paragraph(line[1:].strip(), bold=True))
        elif line.startswith("- "):
            parts.append(paragraph(line[2:].strip(), indent=360))
        else:
            parts.append(paragraph(line))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'
            "</w:sectPr>")
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(parts)}{sect}</w:body></w:document>'
    )
    return title, document


def build(source: Path) -> bytes:
    title, document = body_from_source(source.read_text(encoding="utf-8").splitlines())
    entries = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/app.xml", APP),
        ("docProps/core.xml", core_xml(title)),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/document.xml", document),
        ("word/styles.xml", STYLES),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    sources = sorted(SOURCES.glob("*.txt"))
    if not sources:
        print(f"no sources in {SOURCES}", file=sys.stderr)
        return 1
    stale = []
    for src in sources:
        out = TEMPLATES / (src.stem + ".docx")
        data = build(src)
        if check:
            if not out.exists() or out.read_bytes() != data:
                stale.append(out.name)
        else:
            out.write_bytes(data)
            print(f"wrote {out.relative_to(ROOT)} ({len(data)} bytes)")
    if check and stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
