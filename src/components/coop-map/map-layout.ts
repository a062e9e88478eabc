/**
 * What the map draws, computed from the data and a fitted projection, without the DOM:
 * home institutions, partner points, great-circle arcs as SVG path strings, and the
 * countries to highlight. Positions are in the projection's own pixels ("base"
 * coordinates); the zoom transform maps them to the screen.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Dataset, PartnershipRecord } from '../../data/dataset.js';
import type { Institution, Partner } from '../../data/schema.generated.js';
import { greatCircleArc, type LonLat } from '../../geo/arcs.js';
import { clusterPoints, type Cluster, type ScreenPoint } from '../../geo/cluster.js';
import type { ZoomTransform } from '../../geo/zoom-transform.js';

/** A located partner of a partnership. */
export interface PartnerPoint {
  /** `${partnershipId}#${partnerIndex}`: unique on the map. */
  id: string;
  partnership: PartnershipRecord;
  partner: Partner;
  partnerIndex: number;
  lonLat: LonLat;
  /** Base (unzoomed) position. */
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
  /** SVG path in base coordinates (clipped at the antimeridian by geoPath). */
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

/** Lays out `partnerships` of `dataset` with `projection`. */
export function layoutMap(dataset: Dataset, partnerships: readonly PartnershipRecord[], projection: GeoProjection): MapLayout {
  const path = geoPath(projection);
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
      const xy = projection(lonLat);
      if (!xy) return;
      located++;
      const id = `${partnership.id}#${partnerIndex}`;
      partners.push({ id, partnership, partner, partnerIndex, lonLat, x: xy[0], y: xy[1] });
      if (home) {
        const d = path(greatCircleArc(home.lonLat, lonLat));
        if (d) arcs.push({ id, partnershipId: partnership.id, dashed: isTentative(partnership), d });
      }
    });
    if (located === 0 && partnership.partners.length > 0) unlocated.push(partnership);
  }

  partners.sort((a, b) => a.lonLat[0] - b.lonLat[0] || b.lonLat[1] - a.lonLat[1] || (a.id < b.id ? -1 : 1));
  return { homes: [...homes.values()], partners, arcs, partnerCountries, unlocated };
}

function homePoint(institution: Institution, projection: GeoProjection, homes: Map<string, HomePoint>): HomePoint | null {
  const known = homes.get(institution.id);
  if (known) return known;
  if (institution.lat == null || institution.lon == null) return null;
  const lonLat: LonLat = [institution.lon, institution.lat];
  const xy = projection(lonLat);
  if (!xy) return null;
  const home = { id: institution.id, institution, lonLat, x: xy[0], y: xy[1] };
  homes.set(institution.id, home);
  return home;
}

/** A cluster in base coordinates, so it can follow the zoom until it is recomputed. */
export type PointCluster<P extends { id: string; x: number; y: number }> = Cluster<P & ScreenPoint> & {
  /** Centre in base coordinates. */
  baseX: number;
  baseY: number;
};

/**
 * Groups points that would fall within `radius` screen pixels of each other at zoom `t`.
 * The members keep the input order, so a cluster's first member is its westernmost.
 */
export function clusterAtZoom<P extends { id: string; x: number; y: number }>(
  points: readonly P[],
  t: ZoomTransform,
  radius: number,
): PointCluster<P>[] {
  const screen = points.map((p) => ({ ...p, base: p, x: p.x * t.k + t.x, y: p.y * t.k + t.y }));
  return clusterPoints(screen, radius).map((c) => {
    const members = c.members.map((m) => m.base) as (P & ScreenPoint)[];
    return {
      key: c.key,
      x: c.x,
      y: c.y,
      members,
      baseX: members.reduce((s, m) => s + m.x, 0) / members.length,
      baseY: members.reduce((s, m) => s + m.y, 0) / members.length,
    };
  });
}
