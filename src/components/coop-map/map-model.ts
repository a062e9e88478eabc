/**
 * What a map draws, derived from its inputs by pure, memoised steps: the partnerships the
 * filters keep, their layout in the projection's canonical coordinates, how the canonical
 * box fits the element, the initial view, the groups of nearby partners, and the marks on
 * screen in keyboard order. The zoom transform itself belongs to `ZoomController`.
 */
import type { Dataset, PartnershipRecord } from '../../data/dataset.js';
import { partnershipsMatching, type DataFilter, type DataFilters } from '../../data/query.js';
import { clusterAtZoom, fanOutOffsets, type PointCluster } from '../../geo/cluster.js';
import { fitToBox, type BoxTransform, type MapProjection } from '../../geo/map-projection.js';
import { transformToFit, type ZoomTransform } from '../../geo/zoom-transform.js';
import { memoize } from '../../model/memoize.js';
import { layoutMap, type HomePoint, type MapLayout, type PartnerPoint } from './map-layout.js';

/** The deepest zoom. */
export const MAX_ZOOM = 32;
/** Above this many arcs, arcs are drawn on a canvas: SVG with thousands of paths cannot hold 60 fps. */
export const CANVAS_ARCS = 400;
/** Marks outside the view by more than this (px) are left out of the DOM. */
const MARGIN = 40;

/** Marks closer than this (screen px) are grouped; more partners, wider groups, fewer marks to move each frame. */
export const clusterRadius = (points: number) => (points < 500 ? 24 : points < 2000 ? 32 : 40);

/** A mark on screen, in keyboard order. */
export type Mark =
  | { type: 'home'; key: string; x: number; y: number; home: HomePoint }
  | { type: 'partner'; key: string; x: number; y: number; point: PartnerPoint; fanned?: { cx: number; cy: number } }
  | { type: 'cluster'; key: string; x: number; y: number; cluster: PointCluster<PartnerPoint> };

/** `zoom` after `fit`: the transform from canonical coordinates to the screen. */
export function screenTransform(fit: BoxTransform, zoom: ZoomTransform): ZoomTransform {
  return { k: zoom.k * fit.k, x: zoom.x + zoom.k * fit.x, y: zoom.y + zoom.k * fit.y };
}

export class MapModel {
  /** The partnerships the page's filters keep that have partners to show: what a visitor can filter. */
  readonly available = memoize((dataset: Dataset, filter: DataFilter): PartnershipRecord[] =>
    partnershipsMatching(dataset, filter).filter((p) => p.partners.length > 0),
  );

  /** The partnerships the filters keep that have partners to show. */
  readonly partnerships = memoize((dataset: Dataset, filters: DataFilters): PartnershipRecord[] =>
    partnershipsMatching(dataset, filters).filter((p) => p.partners.length > 0),
  );

  /** Homes, partners and arcs in canonical coordinates. */
  readonly layout = memoize((dataset: Dataset, partnerships: readonly PartnershipRecord[], world: MapProjection): MapLayout => layoutMap(dataset, partnerships, world));

  /** How the canonical box sits in the element (k = 0: no room to draw). */
  readonly fit = memoize((world: MapProjection, width: number, height: number): BoxTransform => fitToBox(world, width, height));

  /** The view a map opens on: the box around its homes and partners. */
  readonly initial = memoize((layout: MapLayout, fit: BoxTransform, width: number, height: number): ZoomTransform =>
    transformToFit(
      [...layout.homes, ...layout.partners].map((p) => ({ x: p.x * fit.k + fit.x, y: p.y * fit.k + fit.y })),
      width,
      height,
    ),
  );

  /** Groups of partners that would overlap at `at` (the view at rest: groups follow a gesture, then regroup). */
  readonly clusters = memoize((layout: MapLayout, at: ZoomTransform): PointCluster<PartnerPoint>[] =>
    clusterAtZoom(layout.partners, at, clusterRadius(layout.partners.length)),
  );

  /**
   * The marks on screen under `t` (canonical to screen), in keyboard order: homes, then
   * partners and groups west to east. Those outside the view are left out: zoomed in on
   * thousands of partners, rendering the unseen ones would cost every frame. An open group
   * shows its members fanned out around it.
   */
  readonly marks = memoize((layout: MapLayout, clusters: readonly PointCluster<PartnerPoint>[], t: ZoomTransform, width: number, height: number, openCluster: string | null): Mark[] => {
    const visible = (x: number, y: number) => x >= -MARGIN && y >= -MARGIN && x <= width + MARGIN && y <= height + MARGIN;
    const marks: Mark[] = [];
    for (const home of layout.homes) {
      const [x, y] = [home.x * t.k + t.x, home.y * t.k + t.y];
      if (visible(x, y)) marks.push({ type: 'home', key: `home:${home.id}`, x, y, home });
    }
    for (const cluster of clusters) {
      const [x, y] = [cluster.baseX * t.k + t.x, cluster.baseY * t.k + t.y];
      if (!visible(x, y)) continue;
      if (cluster.members.length === 1) {
        const [point] = cluster.members;
        marks.push({ type: 'partner', key: point.id, x: point.x * t.k + t.x, y: point.y * t.k + t.y, point });
      } else if (cluster.key === openCluster) {
        fanOutOffsets(cluster.members.length).forEach(([dx, dy], i) => {
          const point = cluster.members[i];
          marks.push({ type: 'partner', key: point.id, x: x + dx, y: y + dy, point, fanned: { cx: x, cy: y } });
        });
      } else {
        marks.push({ type: 'cluster', key: `cluster:${cluster.key}`, x, y, cluster });
      }
    }
    return marks;
  });
}

/** The mark that holds partnership `id` (a partner, or the group with it in), else the first partner or group. */
export function defaultFocusKey(marks: readonly Mark[], selected: string | null): string | null {
  const holding = marks.find(
    (m) => (m.type === 'partner' && m.point.partnership.id === selected) || (m.type === 'cluster' && m.cluster.members.some((p) => p.partnership.id === selected)),
  );
  return (holding ?? marks.find((m) => m.type !== 'home') ?? marks[0])?.key ?? null;
}
