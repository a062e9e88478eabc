/**
 * The map's keyboard model, pure: what a key asks for. Arrows move between marks (west to
 * east, in reading order), Shift + arrows pan, Home/End go to the first and last mark,
 * Enter or Space activates, Escape closes a group then clears the selection, + − zoom and
 * 0 returns to the initial view.
 */

/** How far Shift + an arrow pans, px. */
export const PAN_STEP = 60;
/** How much + and − zoom. */
export const ZOOM_STEP = 1.6;

export type MapKeyAction =
  | { type: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'activate' }
  | { type: 'escape' }
  | { type: 'zoom'; factor: number }
  | { type: 'reset' };

/** The action of `key` (with Shift held or not), or null when it is not the map's. */
export function mapKeyAction(key: string, shift: boolean): MapKeyAction | null {
  switch (key) {
    case 'ArrowRight':
      return shift ? { type: 'pan', dx: -PAN_STEP, dy: 0 } : { type: 'move', to: 'next' };
    case 'ArrowDown':
      return shift ? { type: 'pan', dx: 0, dy: -PAN_STEP } : { type: 'move', to: 'next' };
    case 'ArrowLeft':
      return shift ? { type: 'pan', dx: PAN_STEP, dy: 0 } : { type: 'move', to: 'previous' };
    case 'ArrowUp':
      return shift ? { type: 'pan', dx: 0, dy: PAN_STEP } : { type: 'move', to: 'previous' };
    case 'Home':
      return { type: 'move', to: 'first' };
    case 'End':
      return { type: 'move', to: 'last' };
    case 'Enter':
    case ' ':
      return { type: 'activate' };
    case 'Escape':
      return { type: 'escape' };
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'reset' };
    default:
      return null;
  }
}

/** The index a move lands on among `count` marks from `index` (wrapping around), or -1 when there are none. */
export function moveIndex(index: number, count: number, to: 'next' | 'previous' | 'first' | 'last'): number {
  if (count === 0) return -1;
  switch (to) {
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'next':
      return (index + 1 + count) % count;
    case 'previous':
      return (index - 1 + count) % count;
  }
}
