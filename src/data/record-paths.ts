/**
 * Paths into a record ("partners[0].lat") as segments, and values read or replaced at a path
 * without touching the record: the recovery (recover.ts) copies only the objects on the way
 * to what it changes, so the caller's data is never modified.
 */

export type Segment = string | number;

/** "partners[0].lat" gives ["partners", 0, "lat"]; 'title["a b"]' gives ["title", "a b"]; "" gives []. */
export function segmentsOf(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const [, quoted, index, key] of path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]|([^.[\]]+)/g)) {
    segments.push(quoted !== undefined ? (JSON.parse(quoted) as string) : index !== undefined ? Number(index) : key);
  }
  return segments;
}

/** A key as a path writes it: plain ("lat"), or quoted when it holds what a path is made of (a file may use any key). */
const PLAIN_KEY = /^[^.[\]"\s]+$/;

/** `path` and one more key or index: "partners[0]" and "lat" give "partners[0].lat"; a key like "a b" is written ["a b"]. */
export function childPath(path: string, key: Segment): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!PLAIN_KEY.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** The path of `segments`, as messages and `coop-error` name it; `segmentsOf` reads it back. */
export function pathOf(segments: readonly Segment[]): string {
  return segments.reduce<string>(childPath, '');
}

/** Joins a record's path and a path inside it. */
export function joinPath(base: string, path: string): string {
  return !path ? base : !base ? path : path.startsWith('[') ? base + path : `${base}.${path}`;
}

/** The value at `segments` in `value`, or undefined. */
export function valueAt(value: unknown, segments: readonly Segment[]): unknown {
  let current = value;
  for (const s of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[s as string];
  }
  return current;
}

/** Deletes the value (an object's key, or an array's item) instead of replacing it. */
export const REMOVE: unique symbol = Symbol('remove');

/**
 * `record` with the value at `segments` replaced by `value` (or removed with REMOVE): the
 * objects and arrays on the way are copied, the rest shared. A path through something that
 * is not an object returns the record unchanged.
 */
export function withValueAt<T>(record: T, segments: readonly Segment[], value: unknown): T {
  if (segments.length === 0) return (value === REMOVE ? undefined : value) as T;
  if (record === null || typeof record !== 'object') return record;
  const [head, ...rest] = segments;
  const container = record as unknown as Record<string, unknown> & unknown[];
  const child = rest.length ? withValueAt(container[head as string], rest, value) : value;
  if (Array.isArray(container)) {
    const copy = [...container];
    if (typeof head !== 'number' || head >= copy.length) return record;
    if (child === REMOVE) copy.splice(head, 1);
    else copy[head] = child;
    return copy as unknown as T;
  }
  const copy: Record<string, unknown> = { ...(container as Record<string, unknown>) };
  if (child === REMOVE) delete copy[head as string];
  else copy[head as string] = child;
  return copy as T;
}

/** Whether `value` is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
