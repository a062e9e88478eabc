/** Timing helpers shared by the benchmark pages. Results go to `window.__bench`. */

export interface BenchRow {
  name: string;
  median: number;
  min: number;
  runs: number;
  /** Unit of median and min: milliseconds unless said. */
  unit?: 'ms' | 'fps';
  /** For frame rates: the longest frame, in ms. */
  worst?: number;
}

declare global {
  interface Window {
    __bench?: { page: string; rows: BenchRow[]; info: Record<string, unknown> };
  }
}

/** Runs `task` `runs` times (after one warm-up) and keeps the median and the fastest, in ms. */
export async function time(name: string, task: () => unknown, runs = 7): Promise<BenchRow> {
  await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { name, median: samples[Math.floor(runs / 2)], min: samples[0], runs };
}

/** Publishes a page's results for the runner. */
export function report(page: string, rows: BenchRow[], info: Record<string, unknown> = {}): void {
  window.__bench = { page, rows, info };
}
