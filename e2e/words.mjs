// The app's words as the journeys need them: each language's messages read from
// locales/<lang>/*.ftl, so a journey in Spanish clicks what a Spanish-speaking mother
// reads, and can check that no English sentence is left on a Spanish screen.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Every message of a language, by id, as written in its files: plain messages whole
 * (with `{ -term }` filled in and `{ $var }` left as is), and selects as their default
 * variant.
 */
export function messages(lang) {
  const dir = join(root, 'locales', lang);
  const raw = new Map();
  const terms = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    let current = null;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const entry = line.match(/^(-?[a-z][a-z0-9-]*)\s*=\s?(.*)$/);
      if (entry) {
        current = { id: entry[1], lines: [entry[2]] };
        (current.id.startsWith('-') ? terms : raw).set(current.id, current);
      } else if (current && (/^\s+\S/.test(line) || line === '}')) {
        current.lines.push(line.trim());
      } else if (!line.startsWith('#')) {
        current = null;
      }
    }
  }
  const text = ({ lines }) => {
    const joined = lines.filter((l) => l !== '').join(' ');
    // A select: its default variant (`*[other] …`).
    const select = joined.match(/\*\[[^\]]+\]\s*(.*?)(?:\s*\}\s*$|\s*\[|$)/);
    const value = joined.includes('->') && select ? select[1] : joined;
    return value.replace(/\{\s*(-[a-z0-9-]+)\s*\}/g, (_, t) => (terms.has(t) ? text(terms.get(t)) : t));
  };
  return new Map([...raw].map(([id, m]) => [id, text(m).trim()]));
}

const cache = new Map();

/** One message in `lang` (throws on an unknown id, so a renamed message is seen). */
export function word(lang, id, vars = {}) {
  if (!cache.has(lang)) cache.set(lang, messages(lang));
  const value = cache.get(lang).get(id);
  if (value === undefined) throw new Error(`no message ${id} in ${lang}`);
  return value.replace(/\{\s*\$([a-z_]+)\s*\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/**
 * The English sentences a Spanish screen must not show: every English message of three
 * words or more that has no variable and differs from its Spanish.
 */
export function englishSentences() {
  const en = messages('en');
  const es = messages('es');
  return [...en]
    .filter(([id, value]) => !value.includes('{') && value.split(/\s+/).length >= 3 && es.get(id) !== value)
    .map(([, value]) => value.replace(/<\/?strong>/g, ''));
}

/** The English sentences found in `text` (a screen's innerText). */
export function englishIn(text) {
  const flat = text.replace(/\s+/g, ' ');
  return englishSentences().filter((s) => flat.includes(s));
}
