import { defineConfig } from 'vite';

/**
 * Three builds, chosen by `--mode`:
 * - default: `dist/coop-widgets.js`, the ES module for `<script type="module">`; each
 *   element's code is a chunk beside it, loaded when its tag appears.
 * - `iife`: `dist/coop-widgets.iife.js`, everything in one classic script, for CMS editors
 *   whose editor strips `type="module"`.
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
        lib: { entry: 'src/index.ts', name: 'CoopWidgets', formats: ['iife'], fileName: () => 'coop-widgets.iife.js' },
        rolldownOptions: { output: { minify: true, inlineDynamicImports: true } },
      },
    };
  }
  if (mode === 'npm') {
    return {
      build: {
        target: 'es2022',
        outDir: 'lib',
        sourcemap: true,
        lib: {
          entry: { index: 'src/index.ts', map: 'src/map.ts', timeline: 'src/timeline.ts', card: 'src/card.ts', classes: 'src/classes.ts' },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^topojson-client/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    build: {
      target: 'es2022',
      sourcemap: true,
      lib: { entry: 'src/coop-widgets.ts', formats: ['es'], fileName: () => 'coop-widgets.js' },
      rolldownOptions: { output: { minify: true, chunkFileNames: 'coop-[name]-[hash].js' } },
    },
  };
});
