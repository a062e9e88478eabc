/**
 * Reads SVG path data (M, L, H, V, Z in either case, implicit repeats) into subpaths of
 * absolute points, to compare generated paths with what d3 draws.
 */
export function parsePath(d: string): [number, number][][] {
  const tokens = d.match(/[MLHVZmlhvz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const parts: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (/[A-Za-z]/.test(t)) {
      command = t;
      i++;
      if (command === 'z' || command === 'Z') [x, y] = start;
      continue;
    }
    const n = (k: number) => Number(tokens[i + k]);
    const relative = command === command.toLowerCase();
    switch (command.toLowerCase()) {
      case 'm':
        x = relative ? x + n(0) : n(0);
        y = relative ? y + n(1) : n(1);
        start = [x, y];
        parts.push([[x, y]]);
        i += 2;
        command = relative ? 'l' : 'L'; // pairs after a moveto are linetos
        continue;
      case 'l':
        x = relative ? x + n(0) : n(0);
        y = relative ? y + n(1) : n(1);
        i += 2;
        break;
      case 'h':
        x = relative ? x + n(0) : n(0);
        i += 1;
        break;
      case 'v':
        y = relative ? y + n(0) : n(0);
        i += 1;
        break;
      default:
        throw new Error(`unexpected ${t} after ${command}`);
    }
    parts[parts.length - 1].push([x, y]);
  }
  return parts;
}

/** The bounding box [x0, y0, x1, y1] of path data. */
export function pathBounds(d: string): [number, number, number, number] {
  const points = parsePath(d).flat();
  return [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
}

/** A seeded generator of numbers in [0, 1) (mulberry32), so that a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
