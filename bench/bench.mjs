// `make bench`: figures for the release build in dist/. Prints; never passes or fails.
//  - each file's raw, gzip and brotli size, and the total;
//  - median time-to-interactive over 5 cold loads in headless Chromium at 4x CPU throttling
//    (navigation start to the app's `app-ready` performance mark).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serveDist, launch, distDir, PHONE } from '../e2e/support.mjs';

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out.sort();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);

async function sizes() {
  console.log('Release build sizes (dist/)');
  console.log(`${'file'.padEnd(44)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
  const total = { raw: 0, gz: 0, br: 0 };
  for (const path of await files(distDir)) {
    const body = await readFile(path);
    const raw = (await stat(path)).size;
    const gz = gzipSync(body, { level: 9 }).length;
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total.raw += raw; total.gz += gz; total.br += br;
    console.log(`${relative(distDir, path).padEnd(44)}${kb(raw)}${kb(gz)}${kb(br)}`);
  }
  console.log(`${'total'.padEnd(44)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}`);
}

async function timeToInteractive(runs = 5) {
  const server = await serveDist();
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${server.origin}/#/`);
      await page.waitForSelector('html[data-ready]');
      times.push(await page.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`\nTime to interactive, 4x CPU throttling, ${runs} cold loads (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
  console.log(`median: ${median.toFixed(0)} ms`);
}

await sizes();
await timeToInteractive();
