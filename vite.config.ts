import { defineConfig } from 'vite';

// Library build: an ES module for `<script type="module">` and npm, and an IIFE for CMS
// editors whose editor strips `type="module"`. Everything is bundled (lit, d3, the world
// topology, the dataset) so a page makes no request beyond the package's own files.
export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'CoopWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'coop-widgets.js' : 'coop-widgets.iife.js'),
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
