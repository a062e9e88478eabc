/**
 * Groups points that would overlap on screen, and fans a group's members out around it
 * when it is opened. Works in screen pixels, so the grouping follows the zoom. Pure and
 * deterministic: the same points in the same order give the same clusters.
 */

import { roundTo } from '../format/numbers.js';
import type { ZoomTransform } from './zoom-transform.js';

/** A point to place: an id and its screen position. */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/** Points drawn as one mark: their ids, their centre, and a key that stays the same for the same members. */
export interface Cluster<P extends ScreenPoint = ScreenPoint> {
  key: string;
  x: number;
  y: number;
  members: P[];
}

/**
 * Greedy grid clustering: each point joins the first cluster whose seed is within
 * `radius` pixels, otherwise seeds a new one. O(n) with a grid of `radius`-sized cells.
 * A cluster's position is its members' centroid; its key is its members' ids, sorted.
 */
export function clusterPoints<P extends ScreenPoint>(points: readonly P[], radius: number): Cluster<P>[] {
  const cells = new Map<string, { seed: P; members: P[] }[]>();
  const groups: { seed: P; members: P[] }[] = [];
  const r2 = radius * radius;
  for (const point of points) {
    const cx = Math.floor(point.x / radius);
    const cy = Math.floor(point.y / radius);
    let home: { seed: P; members: P[] } | undefined;
    search: for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const group of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          const ddx = group.seed.x - point.x;
          const ddy = group.seed.y - point.y;
          if (ddx * ddx + ddy * ddy <= r2) {
            home = group;
            break search;
          }
        }
      }
    }
    if (home) home.members.push(point);
    else {
      const group = { seed: point, members: [point] };
      groups.push(group);
      const key = `${cx},${cy}`;
      const cell = cells.get(key);
      if (cell) cell.push(group);
      else cells.set(key, [group]);
    }
  }
  return groups.map(({ members }) => ({
    key: members
      .map((m) => m.id)
      .sort()
      .join('|'),
    x: members.reduce((s, m) => s + m.x, 0) / members.length,
    y: members.reduce((s, m) => s + m.y, 0) / members.length,
    members,
  }));
}

/**
 * Offsets, in pixels from a cluster's centre, at which to show its `count` members when it
 * is opened: evenly on a circle for up to 8, then on a spiral, always at least `spacing`
 * pixels apart so every member can be pointed at and labelled. The first member sits at
 * the top; the order goes clockwise.
 */
export function fanOutOffsets(count: number, spacing = 26): [number, number][] {
  if (count <= 1) return [[0, 0]];
  if (count <= 8) {
    const radius = Math.max(spacing, spacing / (2 * Math.sin(Math.PI / count)));
    return Array.from({ length: count }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
      return [roundTo(radius * Math.cos(angle)), roundTo(radius * Math.sin(angle))];
    });
  }
  // Archimedean spiral r = a·θ with arc-length steps of `spacing`.
  const a = spacing / (2 * Math.PI);
  const offsets: [number, number][] = [];
  let theta = 2 * Math.PI; // one turn out, clear of the centre mark
  for (let i = 0; i < count; i++) {
    const r = a * theta + spacing;
    offsets.push([roundTo(r * Math.cos(theta - Math.PI / 2)), roundTo(r * Math.sin(theta - Math.PI / 2))]);
    theta += spacing / r;
  }
  return offsets;
}

/** A cluster in the points' own coordinates, so it can follow the zoom until it is recomputed. */
export type PointCluster<P extends { id: string; x: number; y: number }> = Cluster<P & ScreenPoint> & {
  /** Centre in the points' own coordinates. */
  baseX: number;
  baseY: number;
};

/**
 * Groups points that would fall within `radius` screen pixels of each other under `t`
 * (screen = point × k + (x, y)). The members keep the input order, so a map's clusters
 * begin with their westernmost member.
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
