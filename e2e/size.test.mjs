// The release build must not grow unnoticed: the wasm and the whole first load, brotli-
// compressed, stay under the ceilings recorded in bench/size-ceiling.json (about 10%
// over the size when it was last recorded). Raise a ceiling deliberately, in its own
// commit, with the reason; `make bench` prints the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { distDir } from './support.mjs';

const ceiling = JSON.parse(await readFile(new URL('../bench/size-ceiling.json', import.meta.url), 'utf8'));
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function builtFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await builtFiles(path)));
    else out.push(path);
  }
  return out;
}

test("the release wasm, the app's, the first visit's and the desk's, stay under their size ceilings", async () => {
  const wasm = (await builtFiles(distDir)).filter((f) => f.endsWith('.wasm'));
  const app = wasm.filter((f) => /[/\\]backcare-[0-9a-f]+_bg\.wasm$/.test(f));
  const first = wasm.filter((f) => /[/\\]first-[0-9a-f]+_bg\.wasm$/.test(f));
  const desk = wasm.filter((f) => /[/\\]desk-[0-9a-f]+_bg\.wasm$/.test(f));
  assert.equal(app.length, 1, `one app wasm in ${distDir}: ${wasm}`);
  assert.equal(first.length, 1, `one first visit's wasm in ${distDir}: ${wasm}`);
  assert.equal(desk.length, 1, `one desk wasm in ${distDir}: ${wasm}`);
  assert.equal(wasm.length, 3, `no other wasm in ${distDir}: ${wasm}`);
  const firstSize = brotli(await readFile(first[0]));
  assert.ok(firstSize <= ceiling.first_wasm_brotli_bytes, `first visit's wasm ${firstSize} B brotli > ceiling ${ceiling.first_wasm_brotli_bytes} B`);
  const size = brotli(await readFile(app[0]));
  assert.ok(size <= ceiling.wasm_brotli_bytes, `wasm ${size} B brotli > ceiling ${ceiling.wasm_brotli_bytes} B`);
  const deskSize = brotli(await readFile(desk[0]));
  assert.ok(deskSize <= ceiling.desk_wasm_brotli_bytes, `desk wasm ${deskSize} B brotli > ceiling ${ceiling.desk_wasm_brotli_bytes} B`);
});

test('the first load, and a later visit without its worker, stay under their ceilings in every language', async () => {
  // Everything a visit downloads before its first screen: the built files, except the
  // PNG icons that only an installed app asks for, the physiotherapist's desk (its own
  // page, desk.html, with its own script and wasm), the library's details, fetched once
  // the first screen is up (a journey checks that order), and the words of languages
  // other than hers (English is in the wasm; another language adds its file). A first
  // visit loads the first visit's page (first-*) and not the app (backcare-*), which its
  // worker downloads behind the first screen (a journey checks that order too); a later
  // visit loads the app and not the first visit's page.
  const files = await builtFiles(distDir);
  const shared = files.filter((f) => !/icons?[/\\]|\.png$|exercise-details-|words-|[/\\]desk[-.]/.test(f));
  const words = files.filter((f) => /words-[a-z]+-[0-9a-f]{16}\.txt$/.test(f));
  assert.ok(words.length >= 1, 'a words file for each language but English');
  for (const [what, leftOut, limit] of [
    ['first load', /[/\\]backcare-/, ceiling.first_load_brotli_bytes],
    ["a later visit's load", /[/\\]first-/, ceiling.app_load_brotli_bytes],
  ]) {
    let total = 0;
    for (const f of shared.filter((f) => !leftOut.test(f))) total += brotli(await readFile(f));
    assert.ok(total <= limit, `${what} ${total} B brotli > ceiling ${limit} B`);
    for (const f of words) {
      const inLanguage = total + brotli(await readFile(f));
      assert.ok(inLanguage <= limit, `${what} with ${f} ${inLanguage} B brotli > ceiling ${limit} B`);
    }
  }
});
