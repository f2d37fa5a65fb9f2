// After a release build: DIR/index.html loads the first visit's page (the `first` binary,
// src/first_visit.rs: the first-run notice alone, a fraction of the app's size) on a visit
// with no saved document and no route, and the app (the `backcare` binary) on any other.
//
// Trunk writes a loader for the app alone: a module script importing its script and
// wasm, and two preload links. This replaces all three with one small inline script that
// chooses, then preloads and starts the chosen pair the same way (with Trunk's integrity
// checks). It goes before the page's links, so it runs at once instead of waiting for
// the stylesheet, and the wasm downloads alongside it. "No saved document" means neither `backcare/doc` (her document,
// `web::storage::Store::doc_key`) nor `backcare/first-run` (her acknowledgement of the
// notice kept before she has one, `Store::first_run_key`). "No route" means the bare
// address (no hash, or `#`), as a first visit usually is and the installed app's start
// address is; any route, Today's `#/` included, is the app's, and the first visit's page
// leaves through `#/` once she has accepted (so it can never come back round to itself).
// Storage that cannot be read or written means the app, which says why. scripts/csp.mjs,
// run after, pins the script by its hash. `node scripts/first-visit.mjs DIR`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'dist');
const fail = (message) => {
  console.error(`first-visit: ${message}`);
  process.exit(1);
};
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');

const loader = html.match(/<script type=["']?module["']?>([\s\S]*?)<\/script>/);
const app = loader?.[1].match(/from '\.\/(backcare-[0-9a-f]+)\.js'/)?.[1];
if (!loader || !app || !loader[1].includes(`'./${app}_bg.wasm'`)) {
  fail(`no Trunk loader for the app in index.html; has Trunk changed its loader?\n${html.slice(0, 3000)}`);
}
const links = [...html.matchAll(/<link\b[^>]*>/g)]
  .map(([tag]) => tag)
  .filter((tag) => tag.includes(`./${app}.js`) || tag.includes(`./${app}_bg.wasm`));
if (links.length !== 2) fail(`expected Trunk's two preload links for ${app}, found ${links.length}`);

const names = await readdir(dir);
const firstJs = names.filter((n) => /^first-[0-9a-f]+\.js$/.test(n));
if (firstJs.length !== 1) fail(`expected one first-<hash>.js in ${dir}, found ${firstJs.length}`);
const first = firstJs[0].slice(0, -'.js'.length);
if (!names.includes(`${first}_bg.wasm`)) fail(`no ${first}_bg.wasm beside ${first}.js`);

const integrity = async (name) =>
  `sha384-${createHash('sha384').update(await readFile(join(dir, name))).digest('base64')}`;
const pair = async (stem) => ({
  js: `./${stem}.js`,
  wasm: `./${stem}_bg.wasm`,
  jsi: await integrity(`${stem}.js`),
  wasmi: await integrity(`${stem}_bg.wasm`),
});

const script = `(function(){var a=${JSON.stringify(await pair(app))},f=${JSON.stringify(await pair(first))},p=a;`
  + "try{var h=location.hash,s=localStorage;if((h===''||h==='#')&&s.getItem('backcare/doc')===null&&s.getItem('backcare/first-run')===null){s.setItem('backcare/probe','1');s.removeItem('backcare/probe');p=f}}catch(e){}"
  + "document.documentElement.setAttribute('data-page',p===f?'first':'app');"
  + "var m=document.createElement('link');m.rel='modulepreload';m.crossOrigin='anonymous';m.integrity=p.jsi;m.href=p.js;document.head.appendChild(m);"
  + "var w=document.createElement('link');w.rel='preload';w.as='fetch';w.type='application/wasm';w.crossOrigin='anonymous';w.integrity=p.wasmi;w.href=p.wasm;document.head.appendChild(w);"
  + "import(p.js).then(function(b){return b.default({module_or_path:p.wasm}).then(function(wasm){window.wasmBindings=b;dispatchEvent(new CustomEvent('TrunkApplicationStarted',{detail:{wasm:wasm}}))})})"
  + '})()';

for (const tag of links) html = html.replace(tag, '');
html = html.replace(loader[0], '');
// Before the stylesheet: a script after one waits for it to download, and the wasm with it.
const at = html.indexOf('<link');
if (at < 0) fail('no <link> in index.html to put the loader before');
html = `${html.slice(0, at)}<script>${script}</script>${html.slice(at)}`;
await writeFile(file, html);
console.log(`first-visit: index.html loads ${first} on a first visit and ${app} otherwise`);
