/**
 * From runs to figures: per-page statistics (median, min, max over rounds), ratios computed
 * within each round (ours / anchor in the same round and throttle, then their median and
 * range), the issue's goals, and the printed table (100 columns).
 */
import { budgetResults } from './budgets.mjs';
import { PAGES } from './pages.mjs';
import { SCRIPT_CATEGORIES } from './profile.mjs';

const MAIN = ['total', 'parseCompile', 'script', 'styleLayout', 'paint', 'gc', 'other'];

/** A metric of one timed run, or null. */
export function metricOf(run, metric) {
  if (!run?.ok) return null;
  const [a, b] = metric.split('.');
  let v;
  if (a === 'main') v = run.mainThread?.[b];
  else if (a === 'split') v = run.split?.[b];
  else if (a === 'zoom' || a === 'pan') v = run.gestures?.[a]?.[b];
  else v = run[a];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((p, q) => p - q);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v[v.length - 1], n: v.length };
}

/**
 * Gives each timed run of our pages `split`: its trace's script time shared out as the
 * profiled runs of the same page and throttle share it (median share per category).
 */
export function applySplits(runs, profiles) {
  for (const [page, byThrottle] of Object.entries(profiles)) {
    for (const [throttle, list] of Object.entries(byThrottle)) {
      const ok = list.filter((p) => p.ok);
      if (!ok.length) continue;
      const share = Object.fromEntries(SCRIPT_CATEGORIES.map((c) => [c, stats(ok.map((p) => p.share[c])).median]));
      const sum = Object.values(share).reduce((a, b) => a + b, 0) || 1;
      for (const run of runs[page]?.[throttle] ?? []) {
        if (run?.ok && run.mainThread) run.split = Object.fromEntries(SCRIPT_CATEGORIES.map((c) => [c, (run.mainThread.script * share[c]) / sum]));
      }
    }
  }
}

/** Statistics of every metric, per page and throttle. */
export function summarize(runs) {
  const metrics = ['ready', 'coopLoad', 'fcp', 'cls', 'heap', ...MAIN.map((m) => `main.${m}`), ...SCRIPT_CATEGORIES.map((c) => `split.${c}`), 'zoom.fps', 'zoom.longest', 'pan.fps', 'pan.longest'];
  const out = {};
  for (const [page, byThrottle] of Object.entries(runs)) {
    out[page] = {};
    for (const [throttle, list] of Object.entries(byThrottle)) {
      out[page][throttle] = {};
      for (const m of metrics) {
        const s = stats(list.map((r) => metricOf(r, m)));
        if (s) out[page][throttle][m] = s;
      }
      const moved = (kind) => list.filter((r) => r?.gestures?.[kind]).map((r) => r.gestures[kind].moved);
      if (moved('zoom').length) out[page][throttle].moved = { zoom: moved('zoom').every(Boolean), pan: moved('pan').every(Boolean) };
    }
  }
  return out;
}

/** Per-round values of `metric` for `pages` combined (min of several pages, e.g. two anchors), at `throttle`. */
function perRound(runs, pages, metric, throttle) {
  const lists = pages.map((p) => runs[p]?.[throttle] ?? []);
  const n = Math.max(0, ...lists.map((l) => l.length));
  return Array.from({ length: n }, (_, i) => {
    const values = lists.map((l) => metricOf(l[i], metric));
    return values.some((v) => v == null) ? null : Math.min(...values);
  });
}

/** `{ median, min, max, n }` of the per-round ratios us / anchor, or null. */
export function ratioStats(runs, us, anchor, throttle) {
  const num = perRound(runs, [us.page], us.metric, throttle);
  const den = perRound(runs, anchor.pages, anchor.metric ?? us.metric, throttle);
  return stats(num.map((v, i) => (v != null && den[i] ? v / den[i] : null)));
}

// ---------------------------------------------------------------------------------------
// The table

const ROW = (label, page, metric, anchorPages = null, goal = null, extra = {}) => ({ label, us: { page, metric }, anchor: anchorPages && { pages: anchorPages, metric }, goal, ...extra });

/** The rows of the timed sections; `goal`: { ratio: x } (ratio ≤ x at 4x), { atLeast: x } (ours ≥ x at 4x). */
export function timedSections() {
  const pairs = [
    ['map / Datamaps', 'map', ['datamaps']],
    ['timeline / TimelineJS', 'timeline', ['timelinejs']],
    ['5,000 / ECharts', 'map-5000', ['echarts-5000']],
    ['10,000 / vis-timeline', 'timeline-10000', ['vis-timeline-10000']],
  ];
  const oursOnly = [
    ['card', 'card', null],
    ['all three', 'all', null],
    ['all 5 institutions', 'all-institutions', null],
    ['classic map / map', 'classic-map', ['map']],
    ['classic all / all', 'classic-all', ['all']],
    ['atlas map', 'atlas-map', null],
    ['atlas timeline', 'atlas-timeline', null],
    ['atlas map, all 32', 'atlas-map-all', null],
  ];
  return [
    {
      title: 'First paint: ready (content drawn, then painted), ms',
      unit: 'ms',
      rows: [
        ROW('map / Datamaps', 'map', 'ready', ['datamaps'], { ratio: 0.75 }),
        ROW('  map: coop-load', 'map', 'coopLoad'),
        ROW('  map: FCP / Datamaps FCP', 'map', 'fcp', ['datamaps']),
        ROW('timeline / min(TL, vis)', 'timeline', 'ready', ['timelinejs', 'vis-timeline'], { ratio: 0.5 }),
        ROW('  timeline / TimelineJS', 'timeline', 'ready', ['timelinejs']),
        ROW('  timeline / vis-timeline', 'timeline', 'ready', ['vis-timeline']),
        ROW('  timeline: coop-load', 'timeline', 'coopLoad'),
        ROW('5,000 / ECharts', 'map-5000', 'ready', ['echarts-5000'], { ratio: 0.8 }),
        ROW('  5,000: coop-load', 'map-5000', 'coopLoad'),
        ROW('10,000 / vis-timeline', 'timeline-10000', 'ready', ['vis-timeline-10000'], { ratio: 0.25 }),
        ROW('  10,000: coop-load', 'timeline-10000', 'coopLoad'),
        ...oursOnly.map(([label, page, anchor]) => ROW(label, page, 'ready', anchor)),
      ],
    },
    {
      title: 'Main thread, navigation → ready (trace), ms; script split by CPU profile',
      unit: 'ms',
      rows: [
        ...pairs.flatMap(([label, page, anchor]) => [
          ROW(`${label} total`, page, 'main.total', anchor),
          ROW('  parse/compile', page, 'main.parseCompile', anchor),
          ROW('  script', page, 'main.script', anchor),
          ...(PAGES.find((p) => p.name === page)?.ours ? SCRIPT_CATEGORIES.map((c) => ROW(`    ${c === 'other' ? 'other JS' : c}`, page, `split.${c}`)) : []),
          ROW('  style+layout', page, 'main.styleLayout', anchor),
          ROW('  paint', page, 'main.paint', anchor),
          ROW('  GC', page, 'main.gc', anchor),
          ROW('  other (tasks, HTML)', page, 'main.other', anchor),
        ]),
        ROW('timeline / vis total', 'timeline', 'main.total', ['vis-timeline']),
        ...oursOnly.map(([label, page, anchor]) => ROW(`${label} total`, page, 'main.total', anchor)),
      ],
    },
    {
      title: 'JS heap after GC, MB',
      unit: 'MB',
      rows: [
        ...pairs.map(([label, page, anchor]) => ROW(label, page, 'heap', anchor)),
        ROW('timeline / vis-timeline', 'timeline', 'heap', ['vis-timeline']),
        ...oursOnly.map(([label, page, anchor]) => ROW(label, page, 'heap', anchor)),
      ],
    },
    {
      title: 'Frame rates: 2 s of wheel zoom / drag pan, fps (longest frame, ms)',
      unit: 'fps',
      rows: [
        ROW('map zoom (no anchor)', 'map', 'zoom.fps'),
        ROW('map pan', 'map', 'pan.fps'),
        ROW('5,000 zoom / ECharts', 'map-5000', 'zoom.fps', ['echarts-5000'], { atLeast: 55 }),
        ROW('5,000 pan / ECharts', 'map-5000', 'pan.fps', ['echarts-5000'], { atLeast: 55 }),
        ROW('  zoom longest frame', 'map-5000', 'zoom.longest', ['echarts-5000'], null, { unit: 'ms' }),
        ROW('  pan longest frame', 'map-5000', 'pan.longest', ['echarts-5000'], null, { unit: 'ms' }),
        ROW('timeline zoom / vis', 'timeline', 'zoom.fps', ['vis-timeline']),
        ROW('timeline pan / vis', 'timeline', 'pan.fps', ['vis-timeline']),
        ROW('10,000 zoom / vis', 'timeline-10000', 'zoom.fps', ['vis-timeline-10000'], { atLeast: 55 }),
        ROW('10,000 pan / vis', 'timeline-10000', 'pan.fps', ['vis-timeline-10000']),
        ROW('  zoom longest frame', 'timeline-10000', 'zoom.longest', ['vis-timeline-10000'], null, { unit: 'ms' }),
        ROW('  pan longest frame', 'timeline-10000', 'pan.longest', ['vis-timeline-10000'], null, { unit: 'ms' }),
      ],
    },
  ];
}

const W = { label: 27, value: 7, ratio: 12, goal: 10 };

function fmtValue(v, unit) {
  if (v == null) return '—';
  if (unit === 'MB') return (v / 1e6).toFixed(1);
  if (unit === 'fps') return v.toFixed(1);
  if (unit === 'cls') return v.toFixed(4);
  if (unit === 'KiB') return (v / 1024).toFixed(1);
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

function fmtRatio(s) {
  if (!s) return '—';
  const f = (x) => (x < 9.995 ? x.toFixed(2) : x.toFixed(1));
  // Compact bounds: .55, 1.4, 17 (what rounds to 1.00 is written 1.0, to 10.0 is 10).
  const g = (x) => (x < 0.995 ? x.toFixed(2).replace(/^0/, '') : x < 9.95 ? x.toFixed(1) : x.toFixed(0));
  return s.n > 1 ? `${f(s.median)} ${g(s.min)}-${g(s.max)}` : f(s.median);
}

const cell = (text, width) => String(text).padStart(width);

/** One line: label, then per throttle [us, anchor, ratio], then the goal. */
function line(label, groups, goal = '') {
  const parts = groups.map(([us, anchor, ratio]) => `${cell(us, W.value)} ${cell(anchor, W.value)} ${cell(ratio, W.ratio)}`);
  return `${label.slice(0, W.label).padEnd(W.label)}${parts.map((p) => ` │${p}`).join('')} │ ${goal}`.trimEnd();
}

function goalText(goal, ratio4, us4, moved) {
  if (!goal) return '';
  if (goal.ratio != null) return `≤${goal.ratio}× ${ratio4 ? (ratio4.median <= goal.ratio ? '✓' : '✗') : '?'}`;
  if (goal.atLeast != null) return `≥${goal.atLeast} ${us4 ? (us4.median >= goal.atLeast && moved !== false ? '✓' : '✗') : '?'}`;
  return '';
}

/** The printed report: one table in sections, then notes and warnings. Returns `{ text, goals }`. */
export function renderTable({ bytes, summary, runs, throttles, rounds, meta, notes = [] }) {
  const out = [];
  const goals = [];
  const sep = '─'.repeat(100);
  const headT = throttles.map((t) => [`${t}x ours`, 'anchor', 'ratio (range)']);
  out.push(`coop-widgets bench: ${rounds} round${rounds > 1 ? 's' : ''}, CPU ${throttles.map((t) => `${t}x`).join(' and ')}; medians (ratios: median and min-max of per-round ratios)`);
  out.push(`${meta.chromium}, Node ${process.versions.node}, ${meta.cpus}; ${meta.date}`);

  // Bytes.
  out.push(sep);
  out.push('Bytes of every file the page loads (one load), KiB: gzip -9 | brotli -q 11; goals on gzip');
  out.push(line('  KiB', [['gz ours', 'anchor', 'ratio'], ['br ours', 'anchor', 'ratio']], 'goal'));
  const b = (name) => bytes[name];
  const { results: budgets, world } = budgetResults(bytes);
  const budgetOf = (page) => budgets.find((r) => r.page === page);
  const byteRow = (label, page, anchorBytes, { goal = true } = {}) => {
    const us = b(page);
    if (!us) return;
    const r = (k) => (us && anchorBytes ? (us[k] / anchorBytes[k]).toFixed(2) : '—');
    const budget = goal ? budgetOf(page) : null;
    let goalCell = '';
    if (budget) {
      goalCell = budget.relative ? `≤${budget.relative.factor.toFixed(2)}× ${budget.ok ? '✓' : '✗'}` : `≤${(budget.budget / 1024).toFixed(0)} ${budget.ok ? '✓' : '✗'}`;
      goals.push({ goal: `${page}.html ≤ ${(budget.budget / 1024).toFixed(1)} KiB gzip`, value: us.gzip / 1024, ok: budget.ok });
    }
    out.push(line(label, [[fmtValue(us?.gzip, 'KiB'), fmtValue(anchorBytes?.gzip, 'KiB'), r('gzip')], [fmtValue(us?.brotli, 'KiB'), fmtValue(anchorBytes?.brotli, 'KiB'), r('brotli')]], goalCell));
  };
  const withoutTextFonts = (x) => {
    if (!x) return null;
    const files = x.files.filter((f) => !/fontsource-/.test(f.path));
    return { gzip: files.reduce((n, f) => n + f.gzip, 0), brotli: files.reduce((n, f) => n + f.brotli, 0) };
  };
  byteRow('map / Datamaps', 'map', b('datamaps'));
  byteRow('timeline / TimelineJS', 'timeline', b('timelinejs'));
  byteRow('  / TL w/o its PT fonts', 'timeline', withoutTextFonts(b('timelinejs')), { goal: false });
  byteRow('  / vis-timeline', 'timeline', b('vis-timeline'), { goal: false });
  byteRow('card', 'card', null);
  if (world) {
    out.push(line('  card: no map world', [[world.ok ? 'none' : `${world.pulled.length} file`, '', ''], ['', '', '']], world.ok ? 'none ✓' : 'none ✗'));
    goals.push({ goal: "card.html loads none of the map's world files", value: world.pulled, ok: world.ok });
  }
  byteRow('all three', 'all', null);
  byteRow('all five institutions', 'all-institutions', null);
  byteRow('classic map / map', 'classic-map', b('map'));
  byteRow('classic all / all', 'classic-all', b('all'));
  byteRow('5,000 / ECharts', 'map-5000', b('echarts-5000'));
  byteRow('10,000 / vis-timeline', 'timeline-10000', b('vis-timeline-10000'));
  byteRow('atlas map', 'atlas-map', null);
  byteRow('atlas timeline', 'atlas-timeline', null);
  byteRow('atlas map, all 32', 'atlas-map-all', null);

  const warnings = [];
  for (const section of timedSections()) {
    out.push(sep);
    out.push(section.title);
    out.push(line(`  ${section.unit}`, headT, 'goal'));
    for (const row of section.rows) {
      if (!runs[row.us.page]) continue;
      const unit = row.unit ?? section.unit;
      const groups = throttles.map((t) => {
        const us = summary[row.us.page]?.[t]?.[row.us.metric];
        let anchorCell = '';
        let ratio = null;
        if (row.anchor) {
          const anchorStats = stats(perRound(runs, row.anchor.pages, row.anchor.metric, t));
          anchorCell = fmtValue(anchorStats?.median, unit);
          ratio = ratioStats(runs, row.us, row.anchor, t);
        }
        let usCell = fmtValue(us?.median, unit);
        const kind = row.us.metric.split('.')[0];
        if ((kind === 'zoom' || kind === 'pan') && summary[row.us.page]?.[t]?.moved?.[kind] === false) usCell += '!';
        return [usCell, anchorCell, row.anchor ? fmtRatio(ratio) : ''];
      });
      const t4 = throttles.includes(4) ? 4 : throttles.at(-1);
      const ratio4 = row.anchor ? ratioStats(runs, row.us, row.anchor, t4) : null;
      const us4 = summary[row.us.page]?.[t4]?.[row.us.metric];
      const kind = row.us.metric.split('.')[0];
      const moved = kind === 'zoom' || kind === 'pan' ? summary[row.us.page]?.[t4]?.moved?.[kind] : undefined;
      const goalCell = goalText(row.goal, ratio4, us4, moved);
      if (row.goal) {
        goals.push({
          goal: `${row.label.trim()} ${row.goal.ratio != null ? `≤ ${row.goal.ratio}×` : `≥ ${row.goal.atLeast}`} at ${t4}x`,
          value: row.goal.ratio != null ? ratio4?.median ?? null : us4?.median ?? null,
          ok: goalCell.endsWith('✓'),
        });
      }
      out.push(line(row.label, groups, goalCell));
    }
  }

  // CLS: every page, max over all runs.
  out.push(sep);
  out.push('Cumulative layout shift, navigation → ready + 1 s: the largest of all runs');
  out.push(line('  CLS', headT.map(([a]) => [a, 'anchors', '']), 'goal'));
  const ours = PAGES.filter((p) => p.ours && runs[p.name]).map((p) => p.name);
  const anchors = PAGES.filter((p) => p.anchor && runs[p.name]).map((p) => p.name);
  const maxCls = (pages, t) => {
    const values = pages.flatMap((p) => (runs[p]?.[t] ?? []).map((r) => metricOf(r, 'cls'))).filter((v) => v != null);
    return values.length ? Math.max(...values) : null;
  };
  const t4 = throttles.includes(4) ? 4 : throttles.at(-1);
  const cls4 = maxCls(ours, t4);
  out.push(line(`our pages (${ours.length}) / anchors`, throttles.map((t) => [fmtValue(maxCls(ours, t), 'cls'), fmtValue(maxCls(anchors, t), 'cls'), '']), cls4 == null ? '' : `0 ${cls4 === 0 ? '✓' : '✗'}`));
  if (cls4 != null) goals.push({ goal: `CLS 0 on every page of ours at ${t4}x`, value: cls4, ok: cls4 === 0 });
  for (const p of [...ours, ...anchors]) {
    for (const t of throttles) {
      const c = stats((runs[p]?.[t] ?? []).map((r) => metricOf(r, 'cls')));
      if (c && c.max > 0) warnings.push(`CLS ${p} at ${t}x: max ${c.max.toFixed(4)} (median ${c.median.toFixed(4)})`);
    }
  }
  out.push(sep);

  // Warnings: gestures that did not move the view, problems.
  for (const [page, byThrottle] of Object.entries(summary)) {
    for (const [t, s] of Object.entries(byThrottle)) {
      if (s.moved && !s.moved.zoom) warnings.push(`${page} at ${t}x: the zoom gesture did not change the view in every round: its fps measures nothing (marked !)`);
      if (s.moved && !s.moved.pan) warnings.push(`${page} at ${t}x: the pan gesture did not change the view in every round: its fps measures nothing (marked !)`);
    }
  }
  for (const [page, byThrottle] of Object.entries(runs)) {
    const seen = new Set();
    for (const list of Object.values(byThrottle)) for (const r of list) for (const p of r?.problems ?? []) seen.add(p);
    for (const p of seen) warnings.push(`${page}: ${p}`);
    for (const [t, list] of Object.entries(byThrottle)) {
      const failed = list.filter((r) => !r?.ok).length;
      if (failed) warnings.push(`${page} at ${t}x: ${failed} run(s) failed`);
    }
  }
  for (const [page, x] of Object.entries(bytes)) for (const p of x.problems) warnings.push(`${page} (bytes): ${p}`);

  const passed = goals.filter((g) => g.ok).length;
  out.push(`Goals (the issue's; times at ${t4}x): ${passed} of ${goals.length} met.`);
  for (const n of notes) out.push(`note: ${n}`);
  for (const w of warnings) out.push(`warning: ${w}`);
  return { text: out.join('\n'), goals, warnings };
}
