// After a release build: each page (DIR/index.html, DIR/desk.html) starts downloading
// her language's words file (words-<lang>-<hash>.txt, see src/domain/text/words.rs)
// while the wasm downloads, instead of after it. A small inline script, put before the
// page's first script or link (so it runs before the stylesheet has downloaded), picks
// the language as the app does (`hooks::use_lang::stored_or_browser`: her stored choice
// under `backcare/lang`, else the first of `navigator.languages` the app speaks) and adds
// `<link rel="preload" as="fetch">` for its file; the app's own fetch then takes the
// preloaded response. English has no file. scripts/csp.mjs, run
// next, pins this script by its hash like the loader. `node scripts/preload.mjs DIR`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'dist');
const files = {};
for (const name of await readdir(dir)) {
  const m = name.match(/^words-([a-z]+)-[0-9a-f]{16}\.txt$/);
  if (m) files[m[1]] = name;
}
if (Object.keys(files).length === 0) {
  console.error(`preload: no words files in ${dir}`);
  process.exit(1);
}
// Every language the app speaks: English (in the wasm) and those with a file.
const spoken = ['en', ...Object.keys(files)];
const script = `(function(){try{var w=${JSON.stringify(files)},s=${JSON.stringify(spoken)};`
  + 'var p=function(t){return String(t).split(/[-_]/)[0].toLowerCase()};'
  + "var c=localStorage.getItem('backcare/lang');c=c&&s.indexOf(p(c))>=0?p(c):null;"
  + 'if(!c){var l=navigator.languages||[navigator.language];for(var i=0;i<l.length;i++){if(s.indexOf(p(l[i]))>=0){c=p(l[i]);break}}}'
  + "var f=c&&w[c];if(f){var k=document.createElement('link');k.rel='preload';k.as='fetch';k.crossOrigin='anonymous';k.href=f;document.head.appendChild(k)}"
  + '}catch(e){}})()';
for (const page of ['index.html', 'desk.html']) {
  const file = join(dir, page);
  const html = await readFile(file, 'utf8');
  // Before the first script or link, whichever comes first: a script after the
  // stylesheet's link would wait for it to download.
  const at = Math.min(...['<script', '<link'].map((t) => html.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) {
    console.error(`preload: no script or link in ${page}; has Trunk changed its loader?`);
    process.exit(1);
  }
  await writeFile(file, `${html.slice(0, at)}<script>${script}</script>${html.slice(at)}`);
}
console.log(`preload: each page preloads the words file of her language (${Object.keys(files).join(', ')})`);
