// Fails the build when the citizen entry's initial download grows past its budget. Angular's own budgets (angular.json)
// count raw bytes; what a phone downloads is the compressed size, so this measures the files index.html loads at once
// (its scripts, module preloads and stylesheets) gzipped, as the server sends them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 300 * 1000; // 300 kB gzipped
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/WebApi/wwwroot');
const index = await readFile(path.join(root, 'index.html'), 'utf8');
const files = [
  ...index.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...index.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g),
  ...index.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="(?:modulepreload|stylesheet)"/g),
].map((m) => m[1]);
const unique = [...new Set(files)].filter((f) => !/^https?:/.test(f));

let raw = 0;
let gzipped = 0;
for (const file of unique) {
  const content = await readFile(path.join(root, file));
  raw += content.length;
  gzipped += gzipSync(content, { level: 9 }).length;
}
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `Initial download: ${unique.length} files, ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)} gzipped)`,
);
if (unique.length === 0 || gzipped > BUDGET_BYTES) {
  console.error(unique.length === 0 ? 'No initial files found in index.html.' : 'Over budget.');
  process.exit(1);
}
