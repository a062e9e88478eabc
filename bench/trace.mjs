/**
 * Main-thread time from a Chromium trace (bench/measure.mjs, TRACE_CATEGORIES), between the page's
 * navigationStart and its `bench-ready` mark (bench/pages/harness.js), on the renderer main
 * thread that navigationStart was recorded on.
 *
 * Every slice's self time (its duration less its children's) goes to the group its name
 * belongs to (GROUPS, after Lighthouse's main-thread-work breakdown); a slice whose name is
 * in no group gives its self time to its parent's group, and a top-level task's own time
 * (RunTask, scheduling, the HTML parser, context creation) is `other`.
 */


export const GROUP_NAMES = ['parseCompile', 'script', 'styleLayout', 'paint', 'gc', 'other'];

const GROUPS = [
  ['parseCompile', /^(v8\.compile|v8\.compileModule|v8\.compileLazy|v8\.parseOnBackground|v8\.produceCache|v8\.produceModuleCache|v8\.deserializeOnBackground|V8\.ScriptCompiler|V8\.Compile\w*|V8\.Parse\w*|V8\.PreParse\w*|CacheScript)$/],
  ['gc', /^(MinorGC|MajorGC|GCEvent|MinorGCFinalization|V8\.GC\w*|BlinkGC\w*|ThreadState::\w+|CppGC\.\w+|CppHeap\w*|V8\.Scavenge\w*|V8\.MarkCompact\w*)$/],
  ['script', /^(EvaluateScript|v8\.evaluateModule|v8\.run|v8\.callFunction|v8\.callAsConstructor|v8\.newInstance|FunctionCall|TimerFire|FireAnimationFrame|FireIdleCallback|EventDispatch|RunMicrotasks|V8\.Execute|V8\.RunMicrotasks|XHRReadyStateChange|XHRLoad|V8\.DeoptimizeCode|V8\.StackGuard|V8\.HandleInterrupts|V8\.InvokeApiInterruptCallbacks|V8\.OptimizeCode\w*|V8\.ConcurrentOptimize\w*|ResolveModule\w*|ModuleScript\w*)$/],
  ['styleLayout', /^(UpdateLayoutTree|RecalculateStyles|Layout|ScheduleStyleRecalculation|InvalidateLayout|ParseAuthorStyleSheet|ComputeIntersections|IntersectionObserverController::computeIntersections|ResizeObserverController::\w+|UpdateLayoutTree\w*)$/],
  ['paint', /^(Paint|PaintImage|PaintSetup|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|RasterTask|Decode Image|Decode LazyPixelRef|ImageDecodeTask|Commit|Animation|HitTest|ScrollLayer|BeginMainThreadFrame|Draw\w*)$/],
];

function groupOf(name) {
  for (const [group, pattern] of GROUPS) if (pattern.test(name)) return group;
  return null;
}

/**
 * `{ total, parseCompile, script, styleLayout, paint, gc, other, tasks }` in ms, for the page
 * at `url` (navigationStart's documentLoaderURL), or null when the trace has no such page.
 */
export function mainThreadBreakdown(events, url) {
  const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url).pop();
  if (!nav) return null;
  const ready = events.find((e) => e.name === 'bench-ready' && e.pid === nav.pid);
  const start = nav.ts;
  const end = ready ? ready.ts : Infinity;
  const slices = events
    .filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.dur != null && e.ts >= start && e.ts < end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = Object.fromEntries(GROUP_NAMES.map((g) => [g, 0]));
  out.total = 0;
  out.tasks = 0;
  /** Open slices: { end, group, childTime }. */
  const stack = [];
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const s = stack.pop();
      out[s.group] += Math.max(0, s.dur - s.childTime);
    }
  };
  for (const e of slices) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    // A slice that starts inside its parent but outlasts it (clock rounding) is cut to fit.
    const dur = parent ? Math.min(e.dur, parent.end - e.ts) : e.dur;
    if (parent) parent.childTime += dur;
    else {
      out.total += dur;
      out.tasks++;
    }
    stack.push({ end: e.ts + dur, dur, childTime: 0, group: groupOf(e.name) ?? parent?.group ?? 'other' });
  }
  close(Infinity);
  for (const k of [...GROUP_NAMES, 'total']) out[k] /= 1000;
  out.window = ((ready ? ready.ts : slices.at(-1)?.ts ?? start) - start) / 1000;
  return out;
}
