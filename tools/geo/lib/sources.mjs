// Reads Natural Earth countries from world-atlas and names each with an ISO 3166-1 alpha-3 code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as topojson from 'topojson-client';
import isoCountries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);

// Countries drawn from the 1:10m data instead of 1:50m: the story happens here, and Gaza or the
// West Bank are only a few pixels wide at 1:50m. The set is closed under shared borders that are
// not straight desert lines, so the seam with 1:50m neighbours lies on near-straight borders
// (Egypt-Libya/Sudan, Jordan-Saudi Arabia/Iraq, Syria-Iraq) and Syria-Turkey.
export const DETAILED_ISO = new Set(['ISR', 'PSE', 'LBN', 'JOR', 'SYR', 'EGY']);

// Features without a numeric ISO id get user-assigned codes (ISO reserves XAA-XZZ for that).
const PSEUDO_ISO = new Map([
  ['Kosovo', 'XKX'], // the code the EU and IMF use
  ['N. Cyprus', 'XNC'],
  ['Somaliland', 'XSL'],
  ['Indian Ocean Ter.', 'XIO'], // Australia's Christmas and Cocos Islands, as one NE feature
  ['Siachen Glacier', 'XSG'],
]);

function loadFeatures(resolution) {
  const file = require.resolve(`world-atlas/countries-${resolution}.json`);
  const topology = JSON.parse(readFileSync(file, 'utf8'));
  return topojson.feature(topology, topology.objects.countries).features;
}

function isoOf(feature) {
  const name = feature.properties.name;
  if (feature.id === undefined) {
    const pseudo = PSEUDO_ISO.get(name);
    if (!pseudo) throw new Error(`no ISO code for "${name}": add it to PSEUDO_ISO`);
    return pseudo;
  }
  const iso = isoCountries.numericToAlpha3(feature.id);
  if (!iso) throw new Error(`numeric ISO id ${feature.id} ("${name}") has no alpha-3 code`);
  return iso;
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

// One entry per ISO code: { iso, name, polygons: [[ring [[lon, lat], ...], hole, ...], ...] }.
// Features sharing a code (Australia and its Ashmore and Cartier Islands) are merged; the name
// is the one of the feature with the most polygon points, i.e. the main one.
export function loadCountries() {
  const byIso = new Map();
  const add = (feature) => {
    const iso = isoOf(feature);
    const polygons = polygonsOf(feature.geometry);
    const points = polygons.flat(2).length;
    const entry = byIso.get(iso);
    if (!entry) {
      byIso.set(iso, { iso, name: feature.properties.name, polygons, points });
      return;
    }
    if (points > entry.points) entry.name = feature.properties.name;
    entry.polygons = entry.polygons.concat(polygons);
    entry.points += points;
  };
  for (const f of loadFeatures('50m')) if (!DETAILED_ISO.has(isoOf(f))) add(f);
  // Only numbered 10m features can be detailed ones; the rest (Dhekelia...) have no code here.
  const isDetailed10m = (f) => f.id !== undefined && DETAILED_ISO.has(isoOf(f));
  for (const f of loadFeatures('10m')) if (isDetailed10m(f)) add(f);
  for (const iso of DETAILED_ISO) {
    if (!byIso.has(iso)) throw new Error(`detailed country ${iso} missing from countries-10m`);
  }
  return [...byIso.values()].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
}
