// After a release build: the Content Security Policy in DIR/index.html (and the desk's
// DIR/desk.html) allows exactly
// the inline scripts the build wrote (Trunk's loader), by their SHA-256 hashes, instead
// of 'unsafe-inline'; and no inline styles at all. `node scripts/csp.mjs DIR` (Trunk's
// post-build hook runs it through scripts/sw.sh, before the service worker lists files).
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'dist');

for (const name of ['index.html', 'desk.html']) {
  const file = join(dir, name);
  let html = await readFile(file, 'utf8');

  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );
  if (hashes.length === 0) {
    console.error(`csp: no inline script found in ${name}; has Trunk changed its loader?`);
    process.exit(1);
  }
  // The policy's meta tag, with its attributes in any order and quoting (Trunk's release
  // minifier reorders them and drops quotes where it can).
  const tag = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map(([t]) => t)
    .find((t) => /http-equiv=["']?Content-Security-Policy/i.test(t));
  const content = tag?.match(/content="([^"]*)"/);
  if (!tag || !content) {
    console.error(`csp: no Content-Security-Policy meta tag in ${name}:\n${html.slice(0, 700)}`);
    process.exit(1);
  }
  const policy = content[1]
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [directive, ...values] = d.split(/\s+/);
      const kept = values.filter((v) => v !== "'unsafe-inline'");
      if (directive === 'script-src') kept.push(...hashes);
      return [directive, ...kept].join(' ');
    })
    .join('; ');
  html = html.replace(tag, tag.replace(content[0], `content="${policy}"`));
  await writeFile(file, html);
  console.log(`csp: ${name}: script-src allows ${hashes.length} inline script(s) by hash; no 'unsafe-inline'`);
}
