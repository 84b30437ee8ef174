// Writes the binary map asset. The layout is documented in ../README.md and must match
// kiosk/map/geo_asset.cpp; all numbers little-endian.
export const MAGIC = 'MMGEOBIN';
export const VERSION = 1;
export const HEADER_BYTES = 52;
export const COUNTRY_BYTES = 68;
export const PART_BYTES = 32;
export const VERTEX_BYTES = 8;
export const TRIANGLE_BYTES = 12;
export const STRIP_BYTES = 12;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

// CRC-32 as in zlib and PNG (reflected, polynomial 0xEDB88320).
export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// countries: [{ iso, name, anchor, bbox, vertices, triangles, strips, parts }] with
// country-local indices; they are laid out one after another and made absolute here.
export function encodeAsset(countries) {
  const names = countries.map((c) => Buffer.from(c.name, 'utf8'));
  const counts = {
    countries: countries.length,
    parts: countries.reduce((s, c) => s + c.parts.length, 0),
    vertices: countries.reduce((s, c) => s + c.vertices.length, 0),
    triangles: countries.reduce((s, c) => s + c.triangles.length / 3, 0),
    strips: countries.reduce((s, c) => s + c.strips.length, 0),
    nameBytes: names.reduce((s, n) => s + n.length, 0),
  };
  const payloadBytes =
    counts.countries * COUNTRY_BYTES +
    counts.parts * PART_BYTES +
    counts.vertices * VERTEX_BYTES +
    counts.triangles * TRIANGLE_BYTES +
    counts.strips * STRIP_BYTES +
    counts.nameBytes;
  const out = Buffer.alloc(HEADER_BYTES + payloadBytes);
  let at = HEADER_BYTES;
  let partAt = at + counts.countries * COUNTRY_BYTES;
  let vertexAt = partAt + counts.parts * PART_BYTES;
  let triangleAt = vertexAt + counts.vertices * VERTEX_BYTES;
  let stripAt = triangleAt + counts.triangles * TRIANGLE_BYTES;
  let nameAt = stripAt + counts.strips * STRIP_BYTES;
  const next = { vertex: 0, triangle: 0, strip: 0, part: 0, name: 0 };

  countries.forEach((c, i) => {
    if (!/^[A-Z]{3}$/.test(c.iso)) throw new Error(`bad ISO code "${c.iso}"`);
    out.write(c.iso, at, 'ascii');
    out.writeUInt32LE(next.name, at + 4);
    out.writeUInt32LE(names[i].length, at + 8);
    [c.anchor[0], c.anchor[1], ...c.bbox].forEach((v, k) => out.writeFloatLE(v, at + 12 + 4 * k));
    const ranges = [
      [next.vertex, c.vertices.length],
      [next.triangle, c.triangles.length / 3],
      [next.strip, c.strips.length],
      [next.part, c.parts.length],
    ];
    ranges.flat().forEach((v, k) => out.writeUInt32LE(v, at + 36 + 4 * k));
    at += COUNTRY_BYTES;

    for (const part of c.parts) {
      part.bbox.forEach((v, k) => out.writeFloatLE(v, partAt + 4 * k));
      const fields = [next.triangle + part.firstTriangle, part.triangleCount];
      fields.push(next.strip + part.firstStrip, part.stripCount);
      fields.forEach((v, k) => out.writeUInt32LE(v, partAt + 16 + 4 * k));
      partAt += PART_BYTES;
    }
    for (const [x, y] of c.vertices) {
      out.writeFloatLE(x, vertexAt);
      out.writeFloatLE(y, vertexAt + 4);
      vertexAt += VERTEX_BYTES;
    }
    for (const index of c.triangles) {
      out.writeUInt32LE(next.vertex + index, triangleAt);
      triangleAt += 4;
    }
    for (const s of c.strips) {
      out.writeUInt32LE(next.vertex + s.first, stripAt);
      out.writeUInt32LE(s.count, stripAt + 4);
      out.writeUInt32LE(s.closed ? 1 : 0, stripAt + 8);
      stripAt += STRIP_BYTES;
    }
    names[i].copy(out, nameAt);
    nameAt += names[i].length;
    next.vertex += c.vertices.length;
    next.triangle += c.triangles.length / 3;
    next.strip += c.strips.length;
    next.part += c.parts.length;
    next.name += names[i].length;
  });

  out.write(MAGIC, 0, 'ascii');
  const header = [VERSION, HEADER_BYTES, counts.countries, counts.parts, counts.vertices];
  header.push(counts.triangles);
  header.push(counts.strips, counts.nameBytes, payloadBytes);
  header.push(crc32(out.subarray(HEADER_BYTES)), 0);
  header.forEach((v, k) => out.writeUInt32LE(v, 8 + 4 * k));
  return { bytes: out, counts };
}
