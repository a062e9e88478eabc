/**
 * The small locator map of a card: the partners' countries highlighted among their
 * neighbours, and a dot where the partner is known to the city (none when known only by
 * country). Pure: returns path strings for Lit to render; never touches the DOM.
 */
import { geoBounds, geoCircle, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { Partner } from '../../data/schema.generated.js';
import { getWorld, type CountryFeature } from '../../geo/world.js';

export interface Locator {
  width: number;
  height: number;
  countries: { key: string; d: string; highlighted: boolean }[];
  points: { x: number; y: number }[];
}

const bounds = new WeakMap<CountryFeature, [[number, number], [number, number]]>();
function boundsOf(country: CountryFeature): [[number, number], [number, number]] {
  let b = bounds.get(country);
  if (!b) bounds.set(country, (b = geoBounds(country) as [[number, number], [number, number]]));
  return b;
}

/**
 * A locator for `partners` in a `width` x `height` box, or null when nothing about them can
 * be placed (no known country, no coordinates).
 */
export function locatorMap(partners: readonly Partner[], width = 160, height = 110): Locator | null {
  const world = getWorld();
  const codes = new Set(partners.map((p) => p.country).filter((c): c is string => !!c));
  const highlighted = [...codes].map((c) => world.byCode.get(c)).filter((c): c is CountryFeature => !!c);
  const located = partners.filter((p) => p.lat != null && p.lon != null && p.precision !== 'country');
  // Some context around small countries and single cities: a 6° circle around each place.
  const context: Feature<Polygon>[] = located.map((p) => ({ type: 'Feature', properties: null, geometry: geoCircle().center([p.lon!, p.lat!]).radius(6)() }));
  const fitted: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: [...highlighted, ...context] };
  if (fitted.features.length === 0) return null;

  const projection = geoEqualEarth().fitExtent([[6, 6], [width - 6, height - 6]], fitted);
  const path = geoPath(projection);
  // Only countries near the view are drawn: a card grid has dozens of locators.
  const [[west, south], [east, north]] = geoBounds(fitted);
  const margin = 10;
  const near = (c: CountryFeature) => {
    const [[w, s], [e, n]] = boundsOf(c);
    const lonOverlap = west > east || w > e || (w <= east + margin && e >= west - margin);
    return lonOverlap && s <= north + margin && n >= south - margin;
  };
  return {
    width,
    height,
    countries: world.countries
      .filter((c) => highlighted.includes(c) || near(c))
      .map((c, i) => ({ key: c.id ?? `#${i}`, d: path(c) ?? '', highlighted: highlighted.includes(c) }))
      .filter((c) => c.d),
    points: located
      .map((p) => projection([p.lon!, p.lat!]))
      .filter((xy): xy is [number, number] => !!xy)
      .map(([x, y]) => ({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 })),
  };
}
