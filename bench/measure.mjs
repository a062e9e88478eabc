/**
 * One run of one page: a fresh browser context, the CPU throttled through CDP
 * (Emulation.setCPUThrottlingRate), a navigation from a blank page of the same origin, and
 * what it shows:
 *
 * - timed run (`runPage`): ready time (bench/pages/harness.js), time to coop-load, FCP; a
 *   trace of the load (TRACE_CATEGORIES) for the main-thread breakdown, stopped at ready;
 *   CLS over navigation → ready + 1 s; the JS heap after a forced GC; then, where the page
 *   has gestures and they are asked for, zoom and pan frame rates.
 * - profiled run (`profilePage`): the same load with V8's CPU profiler on (100 µs), for the
 *   data / layout / render split of our script time. The profiler slows a page by a third
 *   or more, so its run times are not used; only the split's proportions are.
 */
import { waitReady, newContext } from './bytes.mjs';
import { measureGestures } from './gestures.mjs';
import { BLANK } from './pages.mjs';
import { attributeProfile } from './profile.mjs';
import { mainThreadBreakdown } from './trace.mjs';

/**
 * The brief's categories (devtools.timeline, v8, disabled-by-default-devtools.timeline), plus
 * blink.user_timing (the bench-ready mark bounds the window), v8.execute (microtasks, where
 * Lit renders: without it their time is lost in the tasks' own time) and
 * disabled-by-default-v8.compile (lazy parsing and compiling of functions: without it
 * parse/compile shows only the eager top-level compile, a tenth of the real figure).
 * Measured here: no overhead beyond the run-to-run noise, unlike the CPU profiler.
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.compile'];

async function open(browser, origin, throttle) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await page.goto(origin + BLANK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp, problems };
}

/** Starts a trace; returns a function that ends it and resolves to its events. */
async function startTrace(cdp) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] } });
  return async () => {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** A timed run of `def` at `throttle`; `gestures`: also measure zoom and pan frame rates. */
export async function runPage(browser, origin, def, { throttle, gestures = false, timeout = 180_000 }) {
  const started = Date.now();
  const { context, page, cdp, problems } = await open(browser, origin, throttle);
  try {
    const url = `${origin}/pages/${def.name}.html`;
    const endTrace = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'commit', timeout });
    let ready;
    try {
      ready = await waitReady(page, timeout);
    } catch {
      const bench = await page.evaluate(() => window.__bench).catch(() => null);
      await endTrace().catch(() => null);
      return { ok: false, problems: [...problems, `not ready after ${timeout / 1000} s`, ...(bench?.errors ?? [])] };
    }
    // The trace ends (and travels) during the CLS second.
    const traced = endTrace();
    await page.waitForFunction((t) => performance.now() >= t, ready.t + 1000, { polling: 50 });
    const bench = await page.evaluate(() => {
      const b = window.__bench;
      return { fcp: b.fcp, cls: b.cls, shifts: b.shifts, coopLoad: b.coopLoad, loads: b.loads.map((l) => ({ tag: l.tag, t: l.t, detail: l.detail })), errors: b.errors };
    });
    const mainThread = mainThreadBreakdown(await traced, url);
    if (!mainThread) problems.push('no main-thread trace for the page');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const result = {
      ok: true,
      ready: ready.t,
      coopLoad: bench.coopLoad,
      fcp: bench.fcp,
      cls: bench.cls,
      shifts: bench.shifts,
      loads: bench.loads,
      heap,
      mainThread,
      problems: [...problems, ...bench.errors],
    };
    result.loadSeconds = (Date.now() - started) / 1000;
    if (gestures && def.gestures) result.gestures = await measureGestures(page, cdp, def.gestures);
    result.wallSeconds = (Date.now() - started) / 1000;
    return result;
  } finally {
    await context.close();
  }
}

/** A profiled run of one of our pages: the CPU profile from navigation to ready, attributed to our source files. */
export async function profilePage(browser, origin, def, { throttle, timeout = 180_000 }) {
  const { context, page, cdp, problems } = await open(browser, origin, throttle);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${origin}/pages/${def.name}.html`, { waitUntil: 'commit', timeout });
    await waitReady(page, timeout);
    const { profile } = await cdp.send('Profiler.stop');
    return { ok: true, ...attributeProfile(profile), problems };
  } catch (e) {
    return { ok: false, problems: [...problems, e.message] };
  } finally {
    await context.close();
  }
}
