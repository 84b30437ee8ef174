#!/usr/bin/env python3
"""Draw the Mediation Map's simple pictures: two flags.

Python 3 standard library only (PNG written with zlib + struct). Deterministic: the same
script always writes byte-identical files. Usage:

    python3 tools/make-media/make_media.py [OUTPUT_DIR]

OUTPUT_DIR defaults to content/media next to this repository's tools folder.
See README.md in this folder for what each picture shows and where its geometry comes from.
"""
import os
import struct
import sys
import zlib


# --------------------------------------------------------------------------- canvas + PNG

class Canvas:
    def __init__(self, width, height, background):
        self.w, self.h = width, height
        self.px = [list(background) for _ in range(width * height)]

    def set(self, x, y, rgb):
        if 0 <= x < self.w and 0 <= y < self.h:
            self.px[y * self.w + x] = list(rgb)

    def rect(self, x0, y0, x1, y1, rgb):
        """Fill [x0, x1) x [y0, y1)."""
        for y in range(max(0, y0), min(self.h, y1)):
            row = y * self.w
            for x in range(max(0, x0), min(self.w, x1)):
                self.px[row + x] = list(rgb)

    def polygon(self, pts, rgb, ss=4):
        """Fill a polygon with anti-aliased edges (ss x ss supersamples per pixel)."""
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        x0, x1 = max(0, int(min(xs))), min(self.w - 1, int(max(xs)) + 1)
        y0, y1 = max(0, int(min(ys))), min(self.h - 1, int(max(ys)) + 1)
        n = len(pts)
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                hits = 0
                for sy in range(ss):
                    py = y + (sy + 0.5) / ss
                    for sx in range(ss):
                        px = x + (sx + 0.5) / ss
                        inside = False
                        j = n - 1
                        for i in range(n):
                            xi, yi = pts[i]
                            xj, yj = pts[j]
                            if (yi > py) != (yj > py):
                                if px < (xj - xi) * (py - yi) / (yj - yi) + xi:
                                    inside = not inside
                            j = i
                        hits += inside
                if hits:
                    self.blend(x, y, rgb, hits / (ss * ss))

    def disc(self, cx, cy, r, rgb, ss=4):
        for y in range(int(cy - r) - 1, int(cy + r) + 2):
            for x in range(int(cx - r) - 1, int(cx + r) + 2):
                hits = 0
                for sy in range(ss):
                    for sx in range(ss):
                        dx = x + (sx + 0.5) / ss - cx
                        dy = y + (sy + 0.5) / ss - cy
                        hits += dx * dx + dy * dy <= r * r
                if hits:
                    self.blend(x, y, rgb, hits / (ss * ss))

    def blend(self, x, y, rgb, a):
        if 0 <= x < self.w and 0 <= y < self.h:
            p = self.px[y * self.w + x]
            self.px[y * self.w + x] = [round(p[k] * (1 - a) + rgb[k] * a) for k in range(3)]

    def write_png(self, path):
        raw = bytearray()
        for y in range(self.h):
            raw.append(0)  # filter: none
            for x in range(self.w):
                raw.extend(self.px[y * self.w + x])

        def chunk(tag, data):
            body = tag + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        png = b"\x89PNG\r\n\x1a\n"
        png += chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0))
        png += chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        png += chunk(b"IEND", b"")
        with open(path, "wb") as f:
            f.write(png)


# --------------------------------------------------------------------------- flags

def flag_russia():
    # Three equal horizontal stripes, white / blue / red, proportions 2:3.
    w, h = 600, 400
    c = Canvas(w, h, (255, 255, 255))
    c.rect(0, h // 3, w, 2 * h // 3, (0x00, 0x39, 0xA6))
    c.rect(0, 2 * h // 3, w, h, (0xD5, 0x2B, 0x1E))
    return c


def flag_palestine():
    # Three equal horizontal stripes, black / white / green, proportions 1:2, with a red
    # isosceles triangle based on the hoist whose apex lies one third of the way along.
    w, h = 600, 300
    c = Canvas(w, h, (255, 255, 255))
    c.rect(0, 0, w, h // 3, (0, 0, 0))
    c.rect(0, 2 * h // 3, w, h, (0x00, 0x97, 0x36))
    c.polygon([(0, 0), (w / 3, h / 2), (0, h)], (0xEE, 0x2A, 0x35))
    return c


IMAGES = {
    "flag-russia.png": flag_russia,
    "flag-palestine.png": flag_palestine,
}


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    out = argv[1] if len(argv) > 1 else os.path.join(here, "..", "..", "content", "media")
    os.makedirs(out, exist_ok=True)
    for name, make in IMAGES.items():
        canvas = make()
        assert canvas.w <= 800 and canvas.h <= 800
        path = os.path.join(out, name)
        canvas.write_png(path)
        print(f"wrote {os.path.normpath(path)} ({canvas.w}x{canvas.h})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
