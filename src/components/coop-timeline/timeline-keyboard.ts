/**
 * The timeline's keyboard model, pure: which action a key asks for, and where a move takes
 * the focus among the entries (lane by lane, chronological in each).
 */

export type Move = 'next' | 'previous' | 'first' | 'last' | 'lane-up' | 'lane-down';

/** What a key does to the timeline, or null when it is not the timeline's. */
export type KeyAction = Move | 'page-next' | 'page-previous' | 'zoom-in' | 'zoom-out' | 'reset' | 'clear';

/**
 * Arrows follow time (mirrored in right-to-left pages) and, when events are in lanes on the
 * axis, Up and Down change lanes; Home/End, Page Up/Down, + − 0, Escape (Enter and Space are the buttons' own).
 */
export function keyAction(key: string, options: { rtl: boolean; lanes: boolean }): KeyAction | null {
  switch (key) {
    case 'ArrowRight':
      return options.rtl ? 'previous' : 'next';
    case 'ArrowLeft':
      return options.rtl ? 'next' : 'previous';
    case 'ArrowDown':
      return options.lanes ? 'lane-down' : 'next';
    case 'ArrowUp':
      return options.lanes ? 'lane-up' : 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'PageDown':
      return 'page-next';
    case 'PageUp':
      return 'page-previous';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'reset';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}

/**
 * Where a move takes the focus: the next or previous entry in reading order, the first or
 * last, or the entry nearest in time in the lane above or below. Null: nowhere to go.
 */
export function neighbourKey(lanes: readonly { entries: readonly { key: string; x?: number }[] }[], key: string | null, move: Move): string | null {
  const all = lanes.flatMap((lane, laneIndex) => lane.entries.map((entry) => ({ entry, laneIndex })));
  if (!all.length) return null;
  if (move === 'first') return all[0].entry.key;
  if (move === 'last') return all[all.length - 1].entry.key;
  const at = all.findIndex((a) => a.entry.key === key);
  if (at < 0) return all[0].entry.key;
  if (move === 'next') return all[at + 1]?.entry.key ?? null;
  if (move === 'previous') return all[at - 1]?.entry.key ?? null;
  const current = all[at];
  const step = move === 'lane-down' ? 1 : -1;
  for (let lane = current.laneIndex + step; lane >= 0 && lane < lanes.length; lane += step) {
    const entries = lanes[lane].entries;
    if (!entries.length) continue;
    const x = current.entry.x ?? 0;
    let best = entries[0];
    for (const e of entries) if (Math.abs((e.x ?? 0) - x) < Math.abs((best.x ?? 0) - x)) best = e;
    return best.key;
  }
  return null;
}

/** Where entry `key` is: its lane's index and the entry, or null. */
export function findEntry<E extends { key: string }>(lanes: readonly { entries: readonly E[] }[], key: string | null): { lane: number; entry: E } | null {
  if (!key) return null;
  for (let lane = 0; lane < lanes.length; lane++) {
    const entry = lanes[lane].entries.find((e) => e.key === key);
    if (entry) return { lane, entry };
  }
  return null;
}

/** The entry that shows item `key`: the item itself, or the count that holds it. */
export function entryHolding<E extends { key: string; type: string; items?: readonly { key: string }[] }>(
  lanes: readonly { entries: readonly E[] }[],
  key: string,
): { lane: number; entry: E } | null {
  for (let lane = 0; lane < lanes.length; lane++) {
    for (const entry of lanes[lane].entries) {
      if (entry.key === key || (entry.type === 'cluster' && entry.items?.some((i) => i.key === key))) return { lane, entry };
    }
  }
  return null;
}
