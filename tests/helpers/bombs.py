"""Hostile files for the worker-limit tests, made in the test (never committed)."""

from __future__ import annotations

import zlib

MB = 2**20


def bomb_pdf(inflated_mb: int) -> bytes:
    """A one-page PDF whose 650 KB Flate content stream inflates to ``inflated_mb`` MB of
    drawing operators (PDFium inflates it whole): a decompression bomb for the limits."""
    line = b"BT 72 720 Td (x) Tj ET\n"
    chunk = line * (MB // len(line))
    deflate = zlib.compressobj(9)
    stream = b"".join(deflate.compress(chunk) for _ in range(inflated_mb)) + deflate.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
