/**
 * What the map draws, computed from the data and a projection, without the DOM: home
 * institutions, partner points, great-circle arcs as SVG path strings, and the countries to
 * highlight. Positions are in the projection's canonical coordinates (see
 * geo/map-projection.ts): they do not change when the map is resized or zoomed; one
 * transform maps them to the screen.
 */
import type { Dataset, PartnershipRecord } from '../../data/dataset.js';
import type { Institution, Partner } from '../../data/schema.generated.js';
import { arcPath, type LonLat } from '../../geo/arcs.js';
import type { MapProjection } from '../../geo/map-projection.js';

/** A located partner of a partnership. */
export interface PartnerPoint {
  /** `${partnershipId}#${partnerIndex}`: unique on the map. */
  id: string;
  partnership: PartnershipRecord;
  partner: Partner;
  partnerIndex: number;
  lonLat: LonLat;
  /** Canonical position. */
  x: number;
  y: number;
}

/** A home institution on the map. */
export interface HomePoint {
  id: string;
  institution: Institution;
  lonLat: LonLat;
  x: number;
  y: number;
}

/** A great-circle arc from a home institution to one partner. */
export interface ArcPath {
  id: string;
  partnershipId: string;
  /** Solid for active (and ended) partnerships, dashed for planned and under study. */
  dashed: boolean;
  /** SVG path in canonical coordinates, cut at the antimeridian. */
  d: string;
}

export interface MapLayout {
  homes: HomePoint[];
  /** In keyboard order: west to east, then north to south. */
  partners: PartnerPoint[];
  arcs: ArcPath[];
  /** ISO codes of the partners' countries, highlighted on the map. */
  partnerCountries: Set<string>;
  /** Partnerships with partners but no coordinates: listed in the table, not drawn. */
  unlocated: PartnershipRecord[];
}

/** Whether a partnership's arcs are drawn dashed (not yet, or not certainly, under way). */
export function isTentative(p: Pick<PartnershipRecord, 'status'>): boolean {
  return p.status === 'planned' || p.status === 'under-study' || p.status === 'unknown';
}

/** Lays out `partnerships` of `dataset` in `projection`. */
export function layoutMap(dataset: Dataset, partnerships: readonly PartnershipRecord[], projection: MapProjection): MapLayout {
  const homes = new Map<string, HomePoint>();
  const partners: PartnerPoint[] = [];
  const arcs: ArcPath[] = [];
  const partnerCountries = new Set<string>();
  const unlocated: PartnershipRecord[] = [];

  for (const partnership of partnerships) {
    const institution = dataset.institutionById.get(partnership.institution);
    const home = institution ? homePoint(institution, projection, homes) : null;
    let located = 0;
    partnership.partners.forEach((partner, partnerIndex) => {
      if (partner.country) partnerCountries.add(partner.country);
      if (partner.lat == null || partner.lon == null) return;
      const lonLat: LonLat = [partner.lon, partner.lat];
      const xy = projection.project(lonLat);
      if (!xy) return;
      located++;
      const id = `${partnership.id}#${partnerIndex}`;
      partners.push({ id, partnership, partner, partnerIndex, lonLat, x: xy[0], y: xy[1] });
      if (home) {
        const d = arcPath(home.lonLat, lonLat, projection);
        if (d) arcs.push({ id, partnershipId: partnership.id, dashed: isTentative(partnership), d });
      }
    });
    if (located === 0 && partnership.partners.length > 0) unlocated.push(partnership);
  }

  partners.sort((a, b) => a.lonLat[0] - b.lonLat[0] || b.lonLat[1] - a.lonLat[1] || (a.id < b.id ? -1 : 1));
  return { homes: [...homes.values()], partners, arcs, partnerCountries, unlocated };
}

function homePoint(institution: Institution, projection: MapProjection, homes: Map<string, HomePoint>): HomePoint | null {
  const known = homes.get(institution.id);
  if (known) return known;
  if (institution.lat == null || institution.lon == null) return null;
  const lonLat: LonLat = [institution.lon, institution.lat];
  const xy = projection.project(lonLat);
  if (!xy) return null;
  const home = { id: institution.id, institution, lonLat, x: xy[0], y: xy[1] };
  homes.set(institution.id, home);
  return home;
}
