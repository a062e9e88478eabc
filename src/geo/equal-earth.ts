/**
 * Equal Earth (Šavrič, Patterson and Jenny 2018) written out, in the canonical box the
 * generated worlds are drawn in: the same numbers as d3's `geoEqualEarth()` fitted with
 * `fitWidth(1000, land but Antarctica)`, without d3.
 */
import { EQUAL_EARTH_FIT } from './generated/equal-earth-fit.js';

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RADIANS = Math.PI / 180;

/** The canonical position of [longitude, latitude] (degrees), or null for a non-finite one. */
export function equalEarthCanonical(lonLat: readonly [number, number]): [number, number] | null {
  let lambda = lonLat[0] * RADIANS;
  const phi = lonLat[1] * RADIANS;
  if (!Number.isFinite(lambda) || !Number.isFinite(phi)) return null;
  // As d3 does for a projection without rotation: 190° is -170°.
  if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / (2 * Math.PI)) * 2 * Math.PI;
  const l = Math.asin(M * Math.sin(phi));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  const { k, x, y } = EQUAL_EARTH_FIT;
  return [
    x + (k * lambda * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))),
    y - k * l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)),
  ];
}
