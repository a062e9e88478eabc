import { defineConfig } from 'vite';
import { coopCheckPage, coopDetails, coopEmbedFiles, coopPreloads, coopReservedCss, detailsThroughImports, minifyCssLiterals, minifyHtmlLiterals } from './vite.plugins.js';

/** The modules every element imports (Lit, localization, the data's index and request, shared parts). */
const EVERY_ELEMENT = new RegExp(
  [
    // Lit, but the directives only some elements use (views, below).
    'node_modules/(lit-element|@lit)/',
    'node_modules/lit/(?!directives/|static-html)',
    'node_modules/lit-html/(?!directives/|directive-helpers|static)',
    '/src/(localization|define)\\.ts',
    '/src/generated/(locale-codes|data/index)',
    '/src/events/',
    '/src/model/(group-store|memoize)\\.ts',
    '/src/time/(partial-date|format-date)\\.ts',
    '/src/data/(bundled|request|dataset|localized-text)\\.ts',
    '/src/components/shared/(coop-element|theme|labels|attributes|in-language)\\.ts',
    '/src/format/(intl|numbers|plural)\\.ts',
    '/src/controllers/(dataset|group)-controller\\.ts',
  ].join('|'),
);

/** What the views of many partnerships share (map, timeline, cards): filtering, states, zoom and the toolbar. */
const EVERY_VIEW = new RegExp(
  [
    'node_modules/(lit|lit-html)/(directives/repeat|directive-helpers|static)',
    '/src/components/shared/(coop-filtered-element|states|download-buttons|card-dialog|card-tag|icons)\\.ts',
    '/src/data/(query|tokens|vocabulary\\.generated)\\.ts',
    '/src/controllers/(zoom-gestures|wheel-hint-controller|resize-controller|load-announcer)\\.ts',
  ].join('|'),
);

/**
 * Three builds, chosen by `--mode`:
 * - default: `dist/coop-widgets.js`, the ES module for `<script type="module">`; each
 *   element's code, and each part of the bundled data, is a chunk beside it, loaded when
 *   a tag needs it. With it, `dist/check.html` and its script `dist/check.js`; and the iframe
 *   embed: `dist/embed.html`, its script `dist/coop-embed-frame.js` and `dist/coop-embed.js`
 *   for the page around the iframe.
 * - `iife`: `dist/coop-widgets.iife.js`, a classic script for CMS editors whose editor strips
 *   `type="module"`: it loads `coop-widgets.js`, hence the same chunks.
 * - `npm`: `lib/`, one ES module per source module for bundlers (tree-shakable), with lit,
 *   d3 and topojson-client left as dependencies.
 * `vite` alone serves the demo page (index.html) in development.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'iife') {
    return {
      build: {
        target: 'es2022',
        emptyOutDir: false,
        sourcemap: true,
        lib: { entry: 'src/classic.ts', name: 'CoopWidgetsLoader', formats: ['iife'], fileName: () => 'coop-widgets.iife.js' },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  if (mode === 'npm') {
    return {
      plugins: [minifyCssLiterals(), minifyHtmlLiterals(), detailsThroughImports()],
      build: {
        target: 'es2022',
        outDir: 'lib',
        sourcemap: true,
        lib: {
          entry: { index: 'src/index.ts', map: 'src/map.ts', timeline: 'src/timeline.ts', card: 'src/card.ts', filters: 'src/filters.ts', classes: 'src/classes.ts' },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^topojson-client/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  const details = coopDetails();
  return {
    // The details are copied (and their folder written in) before the loader's preloads are.
    plugins: [details, coopPreloads(details), coopReservedCss(), coopCheckPage(), coopEmbedFiles(), minifyCssLiterals(), minifyHtmlLiterals()],
    build: {
      target: 'es2022',
      sourcemap: true,
      // `check`: dist/check.js, the script of dist/check.html (the page that checks a file);
      // `coop-embed-frame`: the script of dist/embed.html, which loads the loader like any page.
      lib: { entry: { 'coop-widgets': 'src/coop-widgets.ts', check: 'src/check/check-page.ts', 'coop-embed-frame': 'src/embed/embed-frame.ts' } as Record<string, string>, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        output: {
          minify: true,
          // Parts of the bundled data by hash alone: their loaders name them, and names the length
          // of a partnership's id, twice in every loader, weigh on every page.
          chunkFileNames: (chunk) => (/\/src\/generated\/data\//.test(chunk.facadeModuleId ?? '') ? 'coop-data-[hash].js' : 'coop-[name]-[hash].js'),
          // What every element needs, in one file: fewer requests, less per-file overhead.
          codeSplitting: { groups: [{ name: 'core', test: EVERY_ELEMENT }, { name: 'views', test: EVERY_VIEW }] },
        },
      },
    },
  };
});
