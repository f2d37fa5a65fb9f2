// The printed handout: a physiotherapist builds a routine and prints it; on paper (print
// media) the sheet has the routine's header, the safety line, a grid to tick sessions,
// and every exercise with its drawing, dose, note, steps and "stop if" lines, and none
// of the app's screen; the PDF comes out on A4 and Letter. The printout in the other
// language is Spanish throughout, steps included; a patient opening the link in Spanish
// prints the same sheet in Spanish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appUnderTest, newPhone, open, snap, outputDir, DESKTOP } from './support.mjs';
import { word, englishIn } from './words.mjs';

const app = appUnderTest();
const en = (id, vars) => word('en', id, vars);
const es = (id, vars) => word('es', id, vars);

/** An entry's first step and first "stop if" line, as its library file writes them. */
function library(id, lang = 'en') {
  const toml = readFileSync(join('exercises', lang === 'en' ? '' : lang, `${id}.toml`), 'utf8');
  const first = (key) => JSON.parse(toml.match(new RegExp(`^${key} = \\[\\s*("(?:[^"\\\\]|\\\\.)*")`, 'm'))[1]);
  return { name: JSON.parse(toml.match(/^name = (".*")$/m)[1]), step: first('instructions'), stop: first('stop_if') };
}

const ROUTINE = [
  ['breathing-belly', 'Start here, slow breaths'],
  ['brace-lying', 'Gentle, no more than half effort'],
  ['pelvic-tilt-lying', 'Keep it small'],
  ['knee-rolls', 'Only as far as is comfortable'],
];

/** The builder at desk size with the routine above, its notes, and who made it. */
async function build(page) {
  await open(page, app.server.origin, '#/physio');
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByRole('heading', { level: 1, name: en('physio-title') }).waitFor();
  for (const [id] of ROUTINE) {
    await page.getByRole('button', { name: en('physio-add-named', { name: library(id).name }) }).click();
  }
  const fill = async (label, value, options = {}) => {
    await page.getByLabel(label, options).fill(value);
    await page.getByLabel(label, options).blur();
  };
  await fill(en('physio-routine-name'), 'Lower back, first weeks', { exact: true });
  await fill(en('physio-clinician'), 'Sam Patel');
  await fill(en('physio-clinic'), 'Riverside Physio');
  await page.getByLabel(en('physio-how-often')).selectOption({ label: '2 times' });
  for (const [id, note] of ROUTINE) await fill(en('physio-note-for', { name: library(id).name }), note);
  // The handout has its steps once the library's words have arrived.
  await page.waitForFunction((n) => document.querySelectorAll('.handout__steps').length === n, ROUTINE.length);
  return page.locator('#share-link').inputValue();
}

/** The number of pages in a PDF Chromium made. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Prints to PDF in both paper sizes; returns their page counts. */
async function pdfs(page, name) {
  await mkdir(outputDir, { recursive: true });
  const counts = {};
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: false });
    await writeFile(join(outputDir, `${name}-${format}.pdf`), pdf);
    counts[format] = pageCount(pdf);
  }
  return counts;
}

/** Nothing on the printed sheet reaches past the paper's width. */
async function nothingOverflows(page) {
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.handout, .handout *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 0.5 || el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
      .map((el) => el.className || el.tagName);
  });
  assert.deepEqual(wide, [], 'something on the handout is wider than the paper');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
}

test('the printed sheet is a handout: header, safety, tick grid, each exercise in full, and no app chrome', async () => {
  const { context, page, errors } = await newPhone(app.browser, { viewport: DESKTOP });
  await build(page);
  // On screen nothing changes: the handout is print-only.
  assert.equal(await page.locator('.handout').isVisible(), false);
  assert.equal(await page.locator('.shared').isVisible(), true);

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  const handout = page.locator('.handout');
  assert.equal(await handout.isVisible(), true);
  const text = await handout.innerText();
  assert.match(text, /Lower back, first weeks/);
  assert.match(text, new RegExp(en('handout-by', { by: 'Sam Patel, Riverside Physio' })));
  assert.match(text, /Do it twice a day for 6 weeks/);
  assert.ok(text.includes(en('handout-safety-title')) && text.includes(en('handout-safety')), 'the safety line');
  for (const [id, note] of ROUTINE) {
    const { name, step, stop } = library(id);
    const item = handout.locator('.handout__item', { has: page.getByRole('heading', { name, exact: true }) });
    assert.equal(await item.isVisible(), true, name);
    const words = await item.innerText();
    assert.ok(words.includes(step), `${name}: a step`);
    assert.ok(words.includes(stop), `${name}: a stop-if line`);
    assert.ok(words.includes(note), `${name}: the note`);
    assert.equal(await item.locator('.handout__art svg').isVisible(), true, `${name}: its drawing`);
  }
  // The grid: a column per day, a row per week, two boxes a day.
  const grid = handout.getByRole('table');
  assert.equal(await grid.isVisible(), true);
  assert.ok(text.includes(en('handout-ticks-title')));
  assert.deepEqual(await grid.locator('thead th').allInnerTexts(), ['Week', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  assert.deepEqual(await grid.locator('tbody th').allInnerTexts(), ['1', '2', '3', '4', '5', '6']);
  assert.equal(await grid.locator('tbody tr').first().locator('.handout__box').count(), 14);
  // None of the app's screen prints: navigation, the builder, the preview, the link.
  for (const selector of ['.nav', '.shell__header', '.shared', '#share-link', '#physio-title', '.picker']) {
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} is on the printout`);
  }
  assert.equal(await page.locator('.qr svg').isVisible(), true, 'the QR code to open it in the app');
  await nothingOverflows(page);
  await snap(page, 'handout-a4');
  await page.setViewportSize({ width: 816, height: 1056 }); // US Letter
  await nothingOverflows(page);
  await snap(page, 'handout-letter');
  const counts = await pdfs(page, 'handout');
  assert.ok(counts.A4 >= 1 && counts.Letter >= 1, JSON.stringify(counts));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a printout in the other language is Spanish throughout, steps included', async () => {
  const { context, page, errors } = await newPhone(app.browser, { viewport: DESKTOP });
  // The print dialog, stood in for: the handout as it is while the dialog is open.
  await context.addInitScript(() => {
    window.print = () => {
      const sheet = document.querySelector('.handout');
      window.__printed = { lang: document.documentElement.lang, text: sheet?.innerText ?? '' };
      setTimeout(() => window.dispatchEvent(new Event('afterprint')), 0);
    };
  });
  await build(page);
  await page.getByLabel(en('physio-share-print-language')).selectOption('es');
  await page.emulateMedia({ media: 'print' });
  // Print media hides the button; press it as a script would.
  await page.getByRole('button', { name: en('physio-share-print'), exact: true, includeHidden: true }).evaluate((b) => b.click());
  await page.waitForFunction(() => window.__printed !== undefined);
  const printed = await page.evaluate(() => window.__printed);
  assert.equal(printed.lang, 'es');
  for (const [id, note] of ROUTINE) {
    const spanish = library(id, 'es');
    assert.ok(printed.text.includes(spanish.name), `${id}: its Spanish name`);
    assert.ok(printed.text.includes(spanish.step), `${id}: a Spanish step`);
    assert.ok(printed.text.includes(spanish.stop), `${id}: a Spanish stop-if line`);
    assert.ok(!printed.text.includes(library(id).step), `${id}: no English step`);
    assert.ok(printed.text.includes(note), `${id}: the note as written`);
  }
  assert.ok(printed.text.includes(es('handout-safety')));
  assert.deepEqual(englishIn(printed.text), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a patient whose phone is in Spanish prints the routine from her link', async () => {
  const physio = await newPhone(app.browser, { viewport: DESKTOP });
  const link = await build(physio.page);
  await physio.context.close();

  const { context, page, errors } = await newPhone(app.browser, { locale: 'es-ES' });
  await page.goto(link);
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('button', { name: es('first-run-accept') }).click();
  await page.getByRole('heading', { level: 1, name: es('physio-offer-title') }).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('.handout__steps').length === n, ROUTINE.length);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  const text = await page.locator('.handout').innerText();
  assert.ok(text.includes(es('handout-by', { by: 'Sam Patel, Riverside Physio' })));
  assert.ok(text.includes(library('pelvic-tilt-lying', 'es').step));
  assert.ok(text.includes('Keep it small'));
  assert.deepEqual(englishIn(text), []);
  assert.deepEqual(await page.locator('.handout thead th').allInnerTexts(), ['Semana', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom']);
  // Her screen's offer (title, choices) stays off the paper.
  for (const selector of ['#shared-title', '.action-bar', '.shared', '.nav']) {
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} is on the printout`);
  }
  await nothingOverflows(page);
  await snap(page, 'handout-es-a4');
  const counts = await pdfs(page, 'handout-es');
  assert.ok(counts.A4 >= 1 && counts.Letter >= 1, JSON.stringify(counts));
  assert.deepEqual(errors, []);
  await context.close();
});
