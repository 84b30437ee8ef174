// Turns world-atlas's spherical polygons into planar ones on a map that does not wrap.
// world-atlas stitches Natural Earth's cuts at 180°, so Russia's Chukotka and Fiji cross the
// antimeridian and Antarctica winds round the South Pole. Drawn flat, those edges would span the
// whole world. Here each polygon is unwrapped (longitudes made continuous), rings that wind round
// a pole are closed along Mercator's polar limit, and the result is clipped to Mercator's
// latitudes and cut into copies of [-180°, 180°].

export const MERCATOR_MAX_LAT = 85.05112878;
const POLE_STEP_DEG = 10; // the polar closing edge gets a point every 10°, not one long edge

function withoutClosingPoint(ring) {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.slice(0, -1) : ring.slice();
}

function wrapDelta(d) {
  while (d > 180) d -= 360;
  while (d < -180) d += 360;
  return d;
}

function unwrap(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const prev = out[i - 1][0];
    out.push([prev + wrapDelta(ring[i][0] - ring[i - 1][0]), ring[i][1]]);
  }
  return out;
}

// Whole turns the ring makes round a pole: 0 for an ordinary ring, ±1 for Antarctica's coast.
function turnsRoundPole(unwrapped) {
  const first = unwrapped[0];
  const last = unwrapped[unwrapped.length - 1];
  const end = last[0] + wrapDelta(first[0] - last[0]);
  return Math.round((end - first[0]) / 360);
}

function closeAlongPole(unwrapped, turns) {
  const meanLat = unwrapped.reduce((s, p) => s + p[1], 0) / unwrapped.length;
  const poleLat = meanLat < 0 ? -MERCATOR_MAX_LAT : MERCATOR_MAX_LAT;
  const startLon = unwrapped[0][0] + 360 * turns;
  const ring = unwrapped.concat([[startLon, unwrapped[0][1]]]);
  const steps = Math.ceil(360 / POLE_STEP_DEG);
  for (let i = 0; i <= steps; i++) ring.push([startLon - (360 * turns * i) / steps, poleLat]);
  return ring;
}

function meanLon(ring) {
  return ring.reduce((s, p) => s + p[0], 0) / ring.length;
}

export function signedArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return a / 2;
}

// Sutherland-Hodgman against one axis-aligned line (axis 0: a meridian, 1: a parallel).
// Concave rings that cross it more than once get zero-width bridges along the line; earcut copes,
// and outlines skip edges on the map border.
function clipAgainst(ring, axis, value, keepBelow) {
  const inside = (p) => (keepBelow ? p[axis] <= value : p[axis] >= value);
  const other = 1 - axis;
  const cross = (a, b) => {
    const p = [0, 0];
    p[axis] = value;
    p[other] = a[other] + ((value - a[axis]) / (b[axis] - a[axis])) * (b[other] - a[other]);
    return p;
  };
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    if (inside(cur)) {
      if (!inside(prev)) out.push(cross(prev, cur));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(cross(prev, cur));
    }
  }
  return out;
}

// Web Mercator ends at ±85.05°: clipping there (rather than clamping) keeps Antarctica's
// far-south coast from folding onto the map's bottom edge.
function clipToMercator(ring) {
  const south = clipAgainst(ring, 1, -MERCATOR_MAX_LAT, false);
  return clipAgainst(south, 1, MERCATOR_MAX_LAT, true);
}

function clipToStrip(ring, k) {
  const lo = -180 + 360 * k;
  const hi = 180 + 360 * k;
  const clipped = clipAgainst(clipAgainst(ring, 0, lo, false), 0, hi, true);
  return clipped.map((p) => [p[0] - 360 * k, p[1]]);
}

function isUsableRing(ring) {
  return ring.length >= 3 && signedArea(ring) !== 0;
}

// Largest ring first (the outer one), holes after it.
function asPolygon(rings) {
  const usable = rings.filter(isUsableRing);
  usable.sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)));
  return usable;
}

function unwrapPolygon(polygon) {
  const rings = [];
  let aroundPole = false;
  for (const raw of polygon) {
    const ring = withoutClosingPoint(raw);
    if (ring.length < 3) continue;
    const unwrapped = unwrap(ring);
    const turns = turnsRoundPole(unwrapped);
    aroundPole ||= turns !== 0;
    const planar = clipToMercator(turns === 0 ? unwrapped : closeAlongPole(unwrapped, turns));
    if (planar.length >= 3) rings.push(planar);
  }
  if (rings.length === 0) return { rings, aroundPole };
  // Holes move to the same copy of the world as their outer ring.
  const outerLon = meanLon(asPolygon(rings)[0] ?? rings[0]);
  const shifted = rings.map((ring) => {
    const shift = 360 * Math.round((outerLon - meanLon(ring)) / 360);
    return shift === 0 ? ring : ring.map((p) => [p[0] + shift, p[1]]);
  });
  return { rings: shifted, aroundPole };
}

function lonRange(rings) {
  let min = Infinity;
  let max = -Infinity;
  for (const ring of rings) {
    for (const p of ring) {
      min = Math.min(min, p[0]);
      max = Math.max(max, p[0]);
    }
  }
  return [min, max];
}

// One polygon ([outer, ...holes] of [lon, lat]) in, zero or more planar pieces out:
// { rings: [outer, ...holes], aroundPole }, every longitude in [-180, 180], latitudes within
// Mercator's, rings open (no repeated closing point). aroundPole marks Antarctica's main piece,
// which legitimately spans the whole map.
export function splitAtAntimeridian(polygon) {
  const { rings, aroundPole } = unwrapPolygon(polygon);
  const [minLon, maxLon] = lonRange(rings);
  const pieces = [];
  const firstCopy = Math.floor((minLon + 180) / 360);
  const lastCopy = Math.ceil((maxLon - 180) / 360);
  for (let k = firstCopy; k <= lastCopy; k++) {
    const inside = minLon >= -180 + 360 * k && maxLon <= 180 + 360 * k;
    const clipped = asPolygon(inside ? rings : rings.map((ring) => clipToStrip(ring, k)));
    if (clipped.length) pieces.push({ rings: clipped, aroundPole });
  }
  return pieces;
}
