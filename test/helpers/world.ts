/**
 * The reference world for tests: Natural Earth 1:110m countries from world-atlas as
 * published, each tagged with its ISO 3166-1 alpha-2 code by `scripts/build-world.mjs`
 * (test/fixtures/world-110m.json), as d3 draws them: what the generated, simplified worlds
 * the elements draw are compared with.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from '../fixtures/world-110m.json';

/** A country shape; `id` is its ISO alpha-2 code, or undefined for the few without one. */
export type CountryFeature = Feature<Polygon | MultiPolygon, null> & { id?: string };

interface World {
  countries: CountryFeature[];
  byCode: Map<string, CountryFeature>;
  /** Borders between countries, as one line geometry (drawn once, not per country). */
  borders: MultiLineString;
  /** All land but Antarctica: what a world view is fitted to. */
  landWithoutAntarctica: FeatureCollection<Polygon | MultiPolygon, null>;
}

let cache: World | null = null;

/** The world's countries, borders and fitting shape, built once. */
export function getWorld(): World {
  if (cache) return cache;
  const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const countries = (feature(topology, topology.objects.countries) as unknown as FeatureCollection<Polygon | MultiPolygon, null>).features as CountryFeature[];
  cache = {
    countries,
    byCode: new Map(countries.filter((c) => c.id).map((c) => [c.id as string, c])),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    landWithoutAntarctica: { type: 'FeatureCollection', features: countries.filter((c) => c.id !== 'AQ') },
  };
  return cache;
}
