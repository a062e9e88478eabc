#!/usr/bin/env node
/**
 * Builds `bin/coop-widgets.js`, the command `npx coop-widgets check FILE` (src/cli/check.ts):
 * the data layer (CSV reader, schema, validator, messages in fr/en/ar) bundled into one ES
 * module for Node alone, no browser and no TypeScript runtime needed. The bundled dataset is
 * left out: the command only reads the files it is given.
 */
import { build } from 'esbuild';
import { chmodSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'bin', 'coop-widgets.js');

await build({
  stdin: {
    contents: "import { main } from './src/cli/check.ts';\nprocess.exitCode = await main(process.argv.slice(2));\n",
    resolveDir: root,
    sourcefile: 'coop-widgets-bin.ts',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  banner: { js: '#!/usr/bin/env node\n// coop-widgets check: built from src/cli/check.ts by scripts/build-cli.mjs.' },
  tsconfig: join(root, 'tsconfig.json'),
  // Only loadDataset() without a src reads the bundled data; the command never calls it.
  external: ['*/data/cooperation.json'],
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`build-cli: bin/coop-widgets.js, ${(statSync(outfile).size / 1024).toFixed(0)} kB`);
