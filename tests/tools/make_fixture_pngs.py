#!/usr/bin/env python3
"""Writes the few-byte PNGs the content fixtures use. Run from the repository root."""
import struct
import zlib


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width, height, pixels=True):
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    body = b""
    if pixels:
        rows = b"".join(b"\0" + b"\xff\x00\x00\xff" * width for _ in range(height))
        body = chunk(b"IDAT", zlib.compress(rows))
    return b"\x89PNG\r\n\x1a\n" + header + body + chunk(b"IEND", b"")


FIXTURES = "tests/fixtures/content"
open(f"{FIXTURES}/minimal/media/dot.png", "wb").write(png(2, 2))
open(f"{FIXTURES}/broken-media/media/huge-header.png", "wb").write(png(20000, 20000, False))
open(f"{FIXTURES}/broken-media/media/corrupt.png", "wb").write(
    b"\x89PNG\r\n\x1a\nthis is not really a picture")
