#!/usr/bin/env python3
"""Writes the hostile files of tests/data/hostile (run from that folder; the files are committed).

Each is small and built to hurt a naive reader: entity expansion ("billion laughs"), deep
nesting, and Factur-X PDFs whose attachments inflate to far more than any invoice. Relance must
refuse each quickly and without growing its memory (tests/core/tst_hostile.cpp). Made for Relance;
no third-party content; same licence as the project.
"""
import zlib

LAUGHS = '<!DOCTYPE r [\n  <!ENTITY l0 "lol">\n' + ''.join(
    f'  <!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">\n' for i in range(1, 10)) + ']>\n'

def cii(name_text):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + LAUGHS +
            '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
            'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">\n'
            '  <rsm:ExchangedDocument><ram:ID>' + name_text + '</ram:ID></rsm:ExchangedDocument>\n'
            '</rsm:CrossIndustryInvoice>\n')

open('cii-entity-expansion.xml', 'w').write(cii('&l9;'))

open('camt-entity-expansion.xml', 'w').write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' + LAUGHS +
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>'
    '<Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><AddtlNtryInf>&l9;</AddtlNtryInf></Ntry>'
    '</Stmt></BkToCstmrStmt></Document>\n')

# 100,000 nested elements: each end tag of a naive reader joins the whole path.
depth = 100000
open('ubl-deep-nesting.xml', 'w').write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">'
    + '<a>' * depth + '</a>' * depth + '</Invoice>\n')
open('camt-deep-nesting.xml', 'w').write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Document><BkToCstmrStmt><Stmt>'
    + '<a>' * depth + '</a>' * depth + '</Stmt></BkToCstmrStmt></Document>\n')

def pdf_with_attachment(name, inflated_bytes):
    """A one-page PDF with one embedded file of `inflated_bytes` zeros, deflated."""
    data = zlib.compress(b'\0' * inflated_bytes, 9)
    objects = [
        b'<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(' + name.encode() + b') 4 0 R] >> >> >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
        b'<< /Type /Filespec /F (' + name.encode() + b') /EF << /F 5 0 R >> >>',
        b'<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length ' + str(len(data)).encode() +
        b' /Params << /Size 2000 >> >>\nstream\n' + data + b'\nendstream',
    ]
    out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for o in offsets:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return bytes(out)

# 256 MB of zeros each, about 250 KB on disk; the second lies about its size (/Params /Size 2000).
open('facturx-bomb-logo.pdf', 'wb').write(pdf_with_attachment('logo.bin', 256 * 1024 * 1024))
open('facturx-bomb-named.pdf', 'wb').write(pdf_with_attachment('factur-x.xml', 256 * 1024 * 1024))
