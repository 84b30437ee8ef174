#!/usr/bin/env python3
"""Draw the Mediation Map's simple pictures: two flags and three schematic locators.

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


# --------------------------------------------------------------------------- 5x7 font

FONT = {
    "A": ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
    "B": ["11110", "10001", "10001", "11110", "10001", "10001", "11110"],
    "C": ["01110", "10001", "10000", "10000", "10000", "10001", "01110"],
    "D": ["11110", "10001", "10001", "10001", "10001", "10001", "11110"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "F": ["11111", "10000", "10000", "11110", "10000", "10000", "10000"],
    "G": ["01110", "10001", "10000", "10111", "10001", "10001", "01111"],
    "H": ["10001", "10001", "10001", "11111", "10001", "10001", "10001"],
    "I": ["01110", "00100", "00100", "00100", "00100", "00100", "01110"],
    "J": ["00111", "00010", "00010", "00010", "00010", "10010", "01100"],
    "K": ["10001", "10010", "10100", "11000", "10100", "10010", "10001"],
    "L": ["10000", "10000", "10000", "10000", "10000", "10000", "11111"],
    "M": ["10001", "11011", "10101", "10101", "10001", "10001", "10001"],
    "N": ["10001", "10001", "11001", "10101", "10011", "10001", "10001"],
    "O": ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
    "P": ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
    "Q": ["01110", "10001", "10001", "10001", "10101", "10010", "01101"],
    "R": ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
    "S": ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    "U": ["10001", "10001", "10001", "10001", "10001", "10001", "01110"],
    "V": ["10001", "10001", "10001", "10001", "10001", "01010", "00100"],
    "W": ["10001", "10001", "10001", "10101", "10101", "10101", "01010"],
    "X": ["10001", "10001", "01010", "00100", "01010", "10001", "10001"],
    "Y": ["10001", "10001", "01010", "00100", "00100", "00100", "00100"],
    "Z": ["11111", "00001", "00010", "00100", "01000", "10000", "11111"],
    "0": ["01110", "10001", "10011", "10101", "11001", "10001", "01110"],
    "1": ["00100", "01100", "00100", "00100", "00100", "00100", "01110"],
    "2": ["01110", "10001", "00001", "00010", "00100", "01000", "11111"],
    "3": ["11111", "00010", "00100", "00010", "00001", "10001", "01110"],
    "4": ["00010", "00110", "01010", "10010", "11111", "00010", "00010"],
    "5": ["11111", "10000", "11110", "00001", "00001", "10001", "01110"],
    "6": ["00110", "01000", "10000", "11110", "10001", "10001", "01110"],
    "7": ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
    "8": ["01110", "10001", "10001", "01110", "10001", "10001", "01110"],
    "9": ["01110", "10001", "10001", "01111", "00001", "00010", "01100"],
    " ": ["00000"] * 7,
    "-": ["00000", "00000", "00000", "11111", "00000", "00000", "00000"],
    ".": ["00000", "00000", "00000", "00000", "00000", "01100", "01100"],
    ",": ["00000", "00000", "00000", "00000", "01100", "00100", "01000"],
    ":": ["00000", "01100", "01100", "00000", "01100", "01100", "00000"],
    "'": ["00100", "00100", "01000", "00000", "00000", "00000", "00000"],
    "(": ["00010", "00100", "01000", "01000", "01000", "00100", "00010"],
    ")": ["01000", "00100", "00010", "00010", "00010", "00100", "01000"],
    "/": ["00000", "00001", "00010", "00100", "01000", "10000", "00000"],
    "&": ["01100", "10010", "10100", "01000", "10101", "10010", "01101"],
}


def text_width(s, scale):
    return len(s) * 6 * scale - scale


def draw_text(c, x, y, s, rgb, scale=2):
    for i, ch in enumerate(s.upper()):
        glyph = FONT[ch]
        for gy, row in enumerate(glyph):
            for gx, bit in enumerate(row):
                if bit == "1":
                    c.rect(x + (i * 6 + gx) * scale, y + gy * scale,
                           x + (i * 6 + gx + 1) * scale, y + (gy + 1) * scale, rgb)


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


# --------------------------------------------------------------------------- schematic locators

# Coordinates: the project's fact sheet (city centres; New York is UN Headquarters).
PLACES = {
    "Moscow": (55.76, 37.62), "Cairo": (30.04, 31.24), "Munich": (48.14, 11.58),
    "Amman": (31.95, 35.93), "Paris": (48.86, 2.35), "Ramallah": (31.90, 35.20),
    "Washington": (38.90, -77.04), "New York": (40.75, -73.97), "Brussels": (50.85, 4.35),
    "Madrid": (40.42, -3.70),
}

BG = (0xF4, 0xF1, 0xEA)
GRID = (0xD9, 0xD3, 0xC7)
INK = (0x1E, 0x1E, 0x1E)
DOT = (0x00, 0x72, 0xB2)
MUTED = (0x5A, 0x5A, 0x5A)


def locator(title, names, lon0, lon1, lat0, lat1, label_side, w=800, h=500):
    """Plain background, a 10-degree graticule, one dot per city, positioned by its
    latitude and longitude (equirectangular, longitude scaled by the cosine of the
    middle latitude). No coastlines or borders: it is a schematic, and says so."""
    import math
    c = Canvas(w, h, BG)
    top, bottom, left, right = 70, h - 50, 30, w - 30
    k = math.cos(math.radians((lat0 + lat1) / 2))
    sx = (right - left) / ((lon1 - lon0) * k)
    sy = (bottom - top) / (lat1 - lat0)
    s = min(sx, sy)
    ox = left + ((right - left) - (lon1 - lon0) * k * s) / 2
    oy = top + ((bottom - top) - (lat1 - lat0) * s) / 2

    def xy(lat, lon):
        return ox + (lon - lon0) * k * s, oy + (lat1 - lat) * s

    for lon in range(int(math.ceil(lon0 / 10) * 10), int(lon1) + 1, 10):
        x, _ = xy(lat0, lon)
        c.rect(int(x), int(oy), int(x) + 1, int(oy + (lat1 - lat0) * s), GRID)
    for lat in range(int(math.ceil(lat0 / 10) * 10), int(lat1) + 1, 10):
        _, y = xy(lat, lon0)
        c.rect(int(ox), int(y), int(ox + (lon1 - lon0) * k * s), int(y) + 1, GRID)

    draw_text(c, 30, 22, title, INK, 3)
    note = "SCHEMATIC: POSITIONS BY LATITUDE/LONGITUDE. NO BORDERS."
    draw_text(c, 30, h - 30, note, MUTED, 2)

    for name in names:
        lat, lon = PLACES[name]
        x, y = xy(lat, lon)
        c.disc(x, y, 9, (255, 255, 255))
        c.disc(x, y, 7, DOT)
        side = label_side.get(name, "right")
        tw = text_width(name, 2)
        if side == "right":
            tx, ty = x + 14, y - 7
        elif side == "left":
            tx, ty = x - 14 - tw, y - 7
        elif side == "above":
            tx, ty = x - tw / 2, y - 28
        else:  # below
            tx, ty = x - tw / 2, y + 14
        draw_text(c, int(tx), int(ty), name, INK, 2)
    return c


def locator_munich_format():
    return locator("MUNICH FORMAT: WHERE THE MINISTERS MET",
                   ["Munich", "Paris", "Amman", "Cairo"], -5, 45, 25, 55,
                   {"Paris": "left", "Cairo": "left"})


def locator_reconciliation():
    return locator("MOSCOW, CAIRO AND RAMALLAH",
                   ["Moscow", "Cairo", "Ramallah"], 15, 55, 25, 60,
                   {"Cairo": "left"})


def locator_quartet():
    return locator("THE QUARTET: MEMBERS AND FIRST MEETING",
                   ["Washington", "New York", "Brussels", "Moscow", "Madrid"], -85, 45, 30, 62,
                   {"Washington": "below", "New York": "above", "Madrid": "below",
                    "Brussels": "above", "Moscow": "left"})


IMAGES = {
    "flag-russia.png": flag_russia,
    "flag-palestine.png": flag_palestine,
    "locator-munich-format.png": locator_munich_format,
    "locator-reconciliation.png": locator_reconciliation,
    "locator-quartet.png": locator_quartet,
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
