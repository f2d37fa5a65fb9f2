// Writes DIR/sw.js from sw/sw.js with Workbox's injectManifest: every file in DIR (the
// release build), each with a revision (a hash of its content), is listed for the
// service worker to precache. `node scripts/sw.mjs [DIR]` (default dist/); Trunk runs it
// after release builds through scripts/sw.sh.
import { injectManifest } from 'workbox-build';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dir = resolve(process.argv[2] ?? join(root, 'dist'));

const { count, size, warnings } = await injectManifest({
  swSrc: join(root, 'sw', 'sw.js'),
  swDest: join(dir, 'sw.js'),
  globDirectory: dir,
  globPatterns: ['**/*'],
  globIgnores: ['sw.js', '**/*.map'],
  // The wasm is over Workbox's 2 MB default in a debug build; a release is far smaller.
  maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
});
for (const warning of warnings) console.warn(`sw: ${warning}`);
if (warnings.length > 0) process.exit(1);
console.log(`sw: ${join(dir, 'sw.js')} precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
