// Writes projected rings and lines as compact SVG path data: coordinates snapped to a grid
// of `step` canonical units (absolute positions are rounded, then differenced, so a border
// shared by two countries lands on the same pixels in both), relative commands (h and v for
// axis-aligned steps), and no separator where the next number's sign or point makes one.

/** Snaps `[x, y]` points to integer grid units and drops repeated points. */
export function snap(points, step) {
  const out = [];
  for (const [x, y] of points) {
    const gx = Math.round(x / step);
    const gy = Math.round(y / step);
    const last = out[out.length - 1];
    if (!last || last[0] !== gx || last[1] !== gy) out.push([gx, gy]);
  }
  return out;
}

/** Snapped ring: no closing duplicate; null when fewer than 3 points are left. */
export function snapRing(points, step) {
  const ring = snap(points, step);
  while (ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]) ring.pop();
  return ring.length >= 3 ? ring : null;
}

/** Signed area of a ring of grid points (positive when clockwise on screen, y down). */
export function ringArea(ring) {
  let area = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) area += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return area / 2;
}

/**
 * Path data for grid-unit `parts` (rings when `closed`, else open lines), in canonical
 * units of `step` each. The first `m` of a path is absolute by the SVG rules; later ones
 * are relative to where the pen is (a ring's start after `z`, a line's end otherwise).
 */
export function pathData(parts, step, closed) {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  const format = (g) => {
    let s = (g * step).toFixed(decimals);
    if (s.includes('.')) s = s.replace(/\.?0+$/, '');
    if (s === '-0') s = '0';
    return s.replace(/^(-?)0\./, '$1.');
  };
  let out = '';
  let command = '';
  let previous = ''; // the last number written, to know whether a separator is needed
  const put = (c, numbers) => {
    if (c !== command) {
      out += c;
      command = c;
      previous = '';
    }
    for (const n of numbers) {
      const s = format(n);
      if (previous && !(s[0] === '-' || (s[0] === '.' && previous.includes('.')))) out += ' ';
      out += s;
      previous = s;
    }
  };
  let pen = [0, 0];
  for (const part of parts) {
    const [first] = part;
    put('m', [first[0] - pen[0], first[1] - pen[1]]);
    command = 'l'; // numbers after m's pair are implicit lineto
    let at = first;
    for (let i = 1; i < part.length; i++) {
      const p = part[i];
      const dx = p[0] - at[0];
      const dy = p[1] - at[1];
      if (dy === 0) put('h', [dx]);
      else if (dx === 0) put('v', [dy]);
      else put('l', [dx, dy]);
      at = p;
    }
    if (closed) {
      out += 'z';
      command = '';
      previous = '';
      pen = first;
    } else pen = at;
  }
  return out;
}
