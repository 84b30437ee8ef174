// Projects a country's planar polygons to Web Mercator, triangulates them with earcut and derives
// the outline strips, bounding box and label anchor the asset stores.
import earcut, { deviation } from 'earcut';
import polylabel from 'polylabel';
import { MERCATOR_MAX_LAT, signedArea } from './antimeridian.mjs';

const f32 = Math.fround;

// Must match kiosk::map::toWorld (kiosk/map/map_view.cpp); rounded to the stored float32.
export function toWorld(lon, lat) {
  const clamped = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));
  const phi = (clamped * Math.PI) / 180;
  const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
  const x = (lon + 180) / 360;
  return [f32(Math.min(1, Math.max(0, x))), f32(Math.min(1, Math.max(0, y)))];
}

function samePoint(a, b) {
  return a[0] === b[0] && a[1] === b[1];
}

function projectRing(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const p = toWorld(lon, lat);
    if (out.length === 0 || !samePoint(out[out.length - 1], p)) out.push(p);
  }
  while (out.length > 1 && samePoint(out[0], out[out.length - 1])) out.pop();
  return out;
}

// Inserts factor-1 evenly spaced points on every edge: the benchmark's "10x coastline" asset.
function densifyRing(ring, factor) {
  if (factor <= 1) return ring;
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    out.push(a);
    for (let s = 1; s < factor; s++) {
      const t = s / factor;
      const p = [f32(a[0] + (b[0] - a[0]) * t), f32(a[1] + (b[1] - a[1]) * t)];
      if (!samePoint(p, out[out.length - 1]) && !samePoint(p, b)) out.push(p);
    }
  }
  return out;
}

// An edge along the map's border is an antimeridian cut or the clamped polar edge: fill, not
// coastline, so outlines leave it out.
function isBorderEdge(a, b) {
  return (
    (a[0] === b[0] && (a[0] === 0 || a[0] === 1)) || (a[1] === b[1] && (a[1] === 0 || a[1] === 1))
  );
}

// Rotates the ring so that, if it has border edges, its closing edge is one of them; then every
// outline strip is a contiguous run of the ring's vertices.
function rotateToBorderEdge(ring) {
  for (let i = 0; i < ring.length; i++) {
    if (isBorderEdge(ring[i], ring[(i + 1) % ring.length])) {
      return ring.slice(i + 1).concat(ring.slice(0, i + 1));
    }
  }
  return ring;
}

function outlineStrips(ring, firstVertex) {
  const closingIsBorder = isBorderEdge(ring[ring.length - 1], ring[0]);
  if (!closingIsBorder) return [{ first: firstVertex, count: ring.length, closed: true }];
  const strips = [];
  let start = 0;
  for (let i = 0; i < ring.length; i++) {
    const endsRun = i === ring.length - 1 || isBorderEdge(ring[i], ring[i + 1]);
    if (!endsRun) continue;
    if (i > start) strips.push({ first: firstVertex + start, count: i - start + 1, closed: false });
    start = i + 1;
  }
  return strips;
}

function triangleArea(v, a, b, c) {
  return (v[b][0] - v[a][0]) * (v[c][1] - v[a][1]) - (v[c][0] - v[a][0]) * (v[b][1] - v[a][1]);
}

function triangulate(rings, vertices, base) {
  const flat = [];
  const holes = [];
  for (const [i, ring] of rings.entries()) {
    if (i > 0) holes.push(flat.length / 2);
    for (const p of ring) flat.push(p[0], p[1]);
  }
  const local = earcut(flat, holes, 2);
  const error = deviation(flat, holes, 2, local);
  const triangles = [];
  for (let t = 0; t < local.length; t += 3) {
    const [a, b, c] = [local[t] + base, local[t + 1] + base, local[t + 2] + base];
    if (triangleArea(vertices, a, b, c) !== 0) triangles.push(a, b, c);
  }
  return { triangles, error };
}

// Earth-surface size of a lon/lat polygon, good enough to pick a country's main landmass
// (Mercator area would favour Svalbard over mainland Norway).
function roughSurfaceArea(rings) {
  const outer = rings[0];
  const meanLat = outer.reduce((s, p) => s + p[1], 0) / outer.length;
  return Math.abs(signedArea(outer)) * Math.cos((meanLat * Math.PI) / 180);
}

function boundsOf(points, first = 0, end = points.length) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = first; i < end; i++) {
    const [x, y] = points[i];
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

// The pole of inaccessibility of the main landmass: inside even for C-shaped countries.
function labelAnchor(mainRings) {
  const [minX, minY, maxX, maxY] = boundsOf(mainRings[0]);
  const precision = Math.max(maxX - minX, maxY - minY) / 200;
  const p = polylabel(mainRings, precision > 0 ? precision : 1e-9);
  return [f32(p[0]), f32(p[1])];
}

// Appends one planar piece (outer ring and holes) to the country's arrays as a part: the bounds
// and triangle and strip ranges the renderer culls by. Returns the rings as placed, or null.
function addPart(mesh, piece, densify) {
  const projected = piece.rings.map(projectRing);
  if (projected[0].length < 3) return null; // the outer ring collapsed: nothing to fill
  const rings = projected.filter((r) => r.length >= 3);
  const placed = rings.map((r) => rotateToBorderEdge(densifyRing(r, densify)));
  const part = { firstTriangle: mesh.triangles.length / 3, firstStrip: mesh.strips.length };
  const base = mesh.vertices.length;
  for (const ring of placed) {
    mesh.strips.push(...outlineStrips(ring, mesh.vertices.length));
    for (const p of ring) mesh.vertices.push(p);
  }
  const { triangles, error } = triangulate(placed, mesh.vertices, base);
  for (const index of triangles) mesh.triangles.push(index);
  mesh.worstDeviation = Math.max(mesh.worstDeviation, error);
  part.triangleCount = mesh.triangles.length / 3 - part.firstTriangle;
  part.stripCount = mesh.strips.length - part.firstStrip;
  part.bbox = boundsOf(mesh.vertices, base);
  part.aroundPole = piece.aroundPole;
  mesh.parts.push(part);
  return placed;
}

// pieces: planar [lon, lat] polygons from splitAtAntimeridian. Indices are local to the country.
export function buildCountryMesh(pieces, densify = 1) {
  const mesh = { vertices: [], triangles: [], strips: [], parts: [], worstDeviation: 0 };
  let main = { area: -1, rings: null };
  for (const piece of pieces) {
    const placed = addPart(mesh, piece, densify);
    const area = roughSurfaceArea(piece.rings);
    if (placed && area > main.area) main = { area, rings: placed };
  }
  if (!main.rings) return null;
  return { ...mesh, bbox: boundsOf(mesh.vertices), anchor: labelAnchor(main.rings) };
}
