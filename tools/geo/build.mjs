// Builds assets/world.geo: Natural Earth countries, projected to Web Mercator and triangulated,
// so the exhibit only uploads vertex buffers. See README.md.
//
//   node build.mjs                               -> ../../assets/world.geo
//   node build.mjs --densify 10 --out /tmp/x.geo -> every edge split in 10 (benchmark stress)
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCountries } from './lib/sources.mjs';
import { splitAtAntimeridian } from './lib/antimeridian.mjs';
import { buildCountryMesh } from './lib/mesh.mjs';
import { encodeAsset } from './lib/encode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const MAX_TRIANGLE_WIDTH = 0.5; // world units; anything wider is an antimeridian artefact
const MAX_DEVIATION = 1e-3; // earcut's relative area error per polygon before we complain

function options() {
  const { values } = parseArgs({
    options: {
      densify: { type: 'string', default: '1' },
      out: { type: 'string', default: resolve(here, '../../assets/world.geo') },
    },
  });
  const densify = Number(values.densify);
  if (!Number.isInteger(densify) || densify < 1 || densify > 100) {
    throw new Error(`--densify expects an integer 1..100, got "${values.densify}"`);
  }
  return { densify, out: resolve(values.out) };
}

// Only Antarctica's main piece, which winds round the pole, may span the map.
function checkTriangles(iso, mesh) {
  const v = mesh.vertices;
  for (const part of mesh.parts.filter((p) => !p.aroundPole)) {
    const end = part.firstTriangle + part.triangleCount;
    for (let t = part.firstTriangle; t < end; t++) {
      const xs = [0, 1, 2].map((k) => v[mesh.triangles[3 * t + k]][0]);
      const width = Math.max(...xs) - Math.min(...xs);
      if (width > MAX_TRIANGLE_WIDTH) throw new Error(`${iso}: triangle ${t} is ${width} wide`);
    }
  }
  if (mesh.worstDeviation > MAX_DEVIATION) {
    console.warn(`warning: ${iso}: earcut area deviation ${mesh.worstDeviation.toExponential(2)}`);
  }
}

function buildAll(densify) {
  const meshes = [];
  for (const country of loadCountries()) {
    const planar = country.polygons.flatMap(splitAtAntimeridian);
    const mesh = buildCountryMesh(planar, densify);
    if (!mesh) {
      console.warn(`warning: ${country.iso} (${country.name}) has no area on the map; skipped`);
      continue;
    }
    checkTriangles(country.iso, mesh);
    meshes.push({ iso: country.iso, name: country.name, ...mesh });
  }
  return meshes;
}

const { densify, out } = options();
const { bytes, counts } = encodeAsset(buildAll(densify));
writeFileSync(out, bytes);
console.log(
  `${out}: ${bytes.length} bytes, ${counts.countries} countries, ${counts.vertices} vertices, ` +
    `${counts.triangles} triangles, ${counts.strips} outline strips, ${counts.parts} parts`,
);
