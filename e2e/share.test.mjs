// A physiotherapist builds a routine and shares it; a patient on a fresh phone opens
// the link, previews it, keeps it and runs it; hostile links are refused harmlessly;
// the QR code scans back to the same link; the printout and the report back work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { appUnderTest, newPhone, open, onboard, snap, startThroughCheck, axeViolations, DESKTOP } from './support.mjs';

const app = appUnderTest();
const XSS = '<img src=x onerror=alert(1)>';
const jsqrSource = readFile('node_modules/jsqr/dist/jsQR.js', 'utf8');

/** The physio's side, on a desktop: builds a routine and returns its link. */
async function buildRoutine(context, page, { exercises, note = {} }) {
  await open(page, app.server.origin, '#/physio');
  await page.getByRole('heading', { level: 1, name: 'For physiotherapists' }).waitFor();
  assert.equal(await page.locator('#pick-region').inputValue(), '', 'the picker starts unfiltered');
  assert.equal(await page.locator('#pick-weeks').inputValue(), '');
  for (const name of exercises) await page.getByRole('button', { name: `Add ${name}` }).click();
  await page.getByLabel('Name', { exact: true }).fill('Lower back, first weeks');
  await page.getByLabel('Name', { exact: true }).blur();
  await page.getByLabel('Your name (optional)').fill('Sam Patel');
  await page.getByLabel('Clinic (optional)').fill('Riverside Physio');
  await page.getByLabel('Clinic (optional)').blur();
  for (const [exercise, text] of Object.entries(note)) {
    await page.getByLabel(`Note for ${exercise}`).fill(text);
    await page.getByLabel(`Note for ${exercise}`).blur();
  }
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('#share-link').inputValue());
  assert.match(copied, /#\/shared\/[A-Za-z0-9_-]+$/);
  return copied;
}

/** A fresh phone (empty storage) that has never seen the app. */
async function freshPhone() {
  const ctx = await newPhone(app.browser);
  const dialogs = [];
  ctx.page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  return { ...ctx, dialogs };
}

const storedDoc = (page) => page.evaluate(() => localStorage.getItem('backcare/doc'));

test('a physio shares a routine; the patient previews, keeps and runs it; again offers an update', async () => {
  const physio = await newPhone(app.browser, { viewport: DESKTOP });
  await open(physio.page, app.server.origin);
  await onboard(physio.page);
  const link = await buildRoutine(physio.context, physio.page, {
    exercises: ['Belly breathing', 'Deep tummy brace, lying', 'Pelvic tilt, lying', 'Knee rolls'],
    note: { 'Pelvic tilt, lying': 'Keep it small' },
  });
  // The draft survives a reload.
  await physio.page.reload();
  await physio.page.waitForSelector('html[data-ready]');
  assert.equal(await physio.page.locator('#share-link').inputValue(), link);
  await snap(physio.page, 'physio-builder');
  await physio.context.close();

  const patient = await freshPhone();
  const { page } = patient;
  await page.clock.install({ time: new Date('2026-11-21T09:00:00Z') });
  await page.goto(link);
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByRole('heading', { level: 1, name: 'A routine from your physiotherapist' }).waitFor();
  assert.match(await page.textContent('main'), /From Sam Patel, Riverside Physio/);
  assert.match(await page.textContent('main'), /4 exercises · about \d+ min · once a day for 6 weeks/);
  assert.match(await page.textContent('main'), /Keep it small/);
  assert.doesNotMatch(page.url(), /shared\/[A-Za-z0-9_-]{10}/, 'the code left the address bar');
  const before = JSON.parse(await storedDoc(page));
  assert.equal((before.imported ?? []).length, 0, 'nothing saved before she confirms');
  await snap(page, 'import-preview');

  await page.getByRole('button', { name: 'Make this my plan' }).click();
  await page.getByText('Saved as your plan.').waitFor();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  // Her own safety still applies: a profile first, then the check before the session.
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  await page.getByRole('button', { name: "I'd rather say how many weeks ago" }).click();
  await page.getByLabel('About how many weeks ago?').fill('4');
  await page.getByRole('radio', { name: 'Vaginal birth', exact: true }).check();
  await page.getByRole('button', { name: 'Save and see my routine' }).click();
  await page.getByText('Your plan, from your physiotherapist').waitFor();
  await page.clock.pauseAt(new Date('2026-11-21T10:00:00Z'));
  await startThroughCheck(page, "Start today's routine");
  assert.equal(await page.locator('.player__name').textContent(), 'Belly breathing');
  for (let i = 0; i < 60 && (await page.locator('.player').count()) > 0; i++) await page.clock.runFor(15_000);
  await page.getByRole('heading', { level: 1, name: 'All done' }).waitFor();
  assert.match(await page.textContent('main'), /4 of 4/);

  // The same link again, opened fresh in a new tab, offers to update her copy.
  const again = await patient.context.newPage();
  await again.goto(link);
  await again.waitForSelector('html[data-ready]');
  await again.getByRole('button', { name: 'Update my copy' }).waitFor();
  assert.doesNotMatch(again.url(), /shared\/[A-Za-z0-9_-]{10}/);
  assert.deepEqual(patient.dialogs, []);
  await patient.context.close();
});

test('the builder offers only the session counts a link carries, and the link says what was chosen', async () => {
  // A phone-sized builder: physios use phones too.
  const physio = await newPhone(app.browser);
  const { page } = physio;
  await open(page, app.server.origin);
  await onboard(page);
  await open(page, app.server.origin, '#/physio');
  await page.getByRole('button', { name: 'Add Belly breathing' }).click();
  const howOften = page.getByLabel('How often');
  const per = page.getByLabel('Per', { exact: true });
  const offered = () => howOften.locator('option').allTextContents();
  assert.deepEqual(await offered(), ['1 time', '2 times', '3 times', '4 times', '5 times'], 'a link carries 1–5 a day');
  await per.selectOption('week');
  assert.deepEqual(await offered(), ['1 time', '2 times', '3 times', '4 times', '5 times', '6 times', '7 times']);
  await howOften.selectOption({ label: '7 times' });
  await page.getByText(/· 7 times a week for 6 weeks/).waitFor();
  // Back to per day: seven a day cannot be sent, so the form shows the five the link will say.
  await per.selectOption('day');
  assert.equal(await howOften.inputValue(), '5');
  await page.getByText(/· 5 times a day for 6 weeks/).waitFor();
  await page.getByLabel('For (weeks)').selectOption('52');
  await page.getByText(/· 5 times a day for 52 weeks/).waitFor();
  const link = await page.locator('#share-link').inputValue();
  await snap(page, 'physio-builder-phone');
  await physio.context.close();

  const patient = await freshPhone();
  await patient.page.goto(link);
  await patient.page.waitForSelector('html[data-ready]');
  await patient.page.getByRole('button', { name: /I understand/ }).click();
  await patient.page.getByRole('heading', { level: 1, name: 'A routine from your physiotherapist' }).waitFor();
  assert.match(await patient.page.textContent('main'), /5 times a day for 52 weeks/);
  assert.deepEqual(patient.dialogs, []);
  await patient.context.close();
});

test('at a desk: a template, search and add, reorder by keyboard and by drag, save, reload, duplicate, share', async () => {
  const physio = await newPhone(app.browser, { viewport: DESKTOP });
  const { page } = physio;
  await open(page, app.server.origin, '#/physio');
  await page.getByRole('button', { name: /I understand/ }).click();
  const order = () => page.locator('.builder__item-name').allTextContents();
  const said = () => page.locator('.desk__chosen [role=status]').textContent();

  // The library and the routine side by side; the library stays in view.
  const library = await page.locator('.desk__library').boundingBox();
  const routine = await page.locator('.desk__routine').boundingBox();
  assert.ok(library.x + library.width <= routine.x, 'two panes at desk size');

  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('button', { name: 'Use this template: Bracing and pelvic floor basics' }).click();
  await page.getByText('is in the builder').waitFor();
  assert.equal((await order()).length, 5);

  // Search as you type, by another name for it.
  await page.getByLabel('Search the library').fill('bridge');
  assert.deepEqual(await page.locator('.picker__text strong').allTextContents(), ['Bridge']);
  await page.getByRole('button', { name: 'Add Bridge' }).click();
  await page.getByRole('button', { name: 'Added Bridge' }).waitFor();

  // By keyboard: the move is announced and the focus stays on the moved item's button.
  await page.getByRole('button', { name: 'Move Bridge up' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.builder__item-name')[4]?.textContent.endsWith('Bridge'));
  assert.equal(await said(), 'Bridge moved to position 5 of 6.');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Move Bridge up');

  // By drag: the second exercise's handle onto the top half of the first.
  const [first, second] = (await order()).map((n) => n.replace(/^\d+\. /, ''));
  await page.locator('.builder__item').nth(0).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.locator('.builder__item').nth(1).locator('.builder__handle')
    .dragTo(page.locator('.builder__item').nth(0), { targetPosition: { x: 60, y: 20 } });
  await page.waitForFunction((name) => document.querySelector('.builder__item-name')?.textContent.endsWith(name), second);
  assert.equal((await order())[1], `2. ${first}`);
  assert.equal(await said(), `${second} moved to position 1 of 6.`);

  // A dose changed, then saved in her routines; a reload keeps it open and saved.
  await page.getByLabel('Sets').first().fill('3');
  await page.getByLabel('Sets').first().blur();
  await page.getByLabel('Name', { exact: true }).fill('Core basics, week 2');
  await page.getByLabel('Name', { exact: true }).blur();
  await page.getByRole('button', { name: 'Save to your routines' }).click();
  await page.getByText('Saved in your routines as “Core basics, week 2”.').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await snap(page, 'physio-desk');
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.getByText('Saved in your routines as “Core basics, week 2”.').waitFor();
  await page.getByRole('button', { name: 'Saved (1)' }).click();
  await page.getByRole('button', { name: 'Duplicate Core basics, week 2' }).click();
  await page.getByRole('button', { name: 'Open Core basics, week 2 (copy)' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  const link = await page.locator('#share-link').inputValue();
  const names = (await order()).map((n) => n.replace(/^\d+\. /, ''));
  await physio.context.close();

  // The link opens on a phone with the same routine, in the same order.
  const patient = await freshPhone();
  await patient.page.goto(link);
  await patient.page.waitForSelector('html[data-ready]');
  await patient.page.getByRole('button', { name: /I understand/ }).click();
  await patient.page.getByRole('heading', { level: 1, name: 'A routine from your physiotherapist' }).waitFor();
  assert.deepEqual(await patient.page.locator('.shared__name').allTextContents(), names);
  assert.match(await patient.page.textContent('main'), /Core basics, week 2/);
  assert.deepEqual(patient.dialogs, []);
  await patient.context.close();
});

/** A link body with a valid checksum whose version byte is `version`. */
function withVersion(code, version) {
  const bytes = Buffer.from(code.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  const body = Buffer.from(bytes.subarray(0, bytes.length - 4));
  body[0] = version;
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([body, crc]).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

test('hostile and broken links show a message, save nothing and run nothing', async () => {
  const physio = await newPhone(app.browser, { viewport: DESKTOP });
  await open(physio.page, app.server.origin);
  await onboard(physio.page);
  const link = await buildRoutine(physio.context, physio.page, {
    exercises: ['Belly breathing', 'Knee rolls'],
    note: { 'Knee rolls': XSS },
  });
  await physio.context.close();
  const code = link.split('#/shared/')[1];
  const base = `${app.server.origin}/#/shared/`;

  const patient = await freshPhone();
  const { page } = patient;
  await open(page, app.server.origin);
  await onboard(page);
  const saved = await storedDoc(page);
  const cases = {
    garbage: 'this is not a routine!!',
    truncated: code.slice(0, Math.floor(code.length / 2)),
    tampered: code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21),
    huge: 'A'.repeat(40_000),
    'wrong version': withVersion(code, 9),
  };
  for (const [name, body] of Object.entries(cases)) {
    await page.goto(base + body);
    await page.waitForSelector('html[data-ready]');
    await page.getByRole('heading', { level: 1, name: "This link can't be opened" }).waitFor();
    assert.match(await page.textContent('main'), /Nothing has been saved or changed/, name);
    assert.equal(await storedDoc(page), saved, `${name}: storage unchanged`);
    if (name === 'wrong version') await snap(page, 'import-bad-link');
  }
  // A note with markup is shown as text, never run.
  await page.goto(link);
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('heading', { level: 1, name: 'A routine from your physiotherapist' }).waitFor();
  await page.getByText(XSS, { exact: true }).waitFor();
  assert.equal(await page.locator('main img').count(), 0, 'no element was created from the note');
  assert.equal(await storedDoc(page), saved, 'the preview saved nothing');
  assert.deepEqual(patient.dialogs, [], 'no script ran');
  await patient.context.close();
});

test('the QR code scans back to the same link, and the printout is clean', async () => {
  const physio = await newPhone(app.browser, { viewport: DESKTOP });
  await open(physio.page, app.server.origin);
  await onboard(physio.page);
  const link = await buildRoutine(physio.context, physio.page, {
    exercises: ['Belly breathing', 'Deep tummy brace, lying', 'Pelvic floor: long holds', 'Pelvic tilt, lying',
      'Knee rolls', 'Chin tuck', 'Shoulder blade squeeze', 'Relaxing breath out'],
    note: { 'Pelvic tilt, lying': 'Keep it small', 'Knee rolls': 'Stop if the scar pulls' },
  });
  const { page } = physio;
  await page.evaluate(await jsqrSource);
  const scanned = await page.evaluate(async () => {
    const svg = document.querySelector('.qr svg');
    const markup = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = 'data:image/svg+xml;base64,' + btoa(markup);
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 480;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 480, 480);
    ctx.drawImage(img, 0, 0, 480, 480);
    const data = ctx.getImageData(0, 0, 480, 480);
    return globalThis.jsQR(data.data, 480, 480)?.data ?? null;
  });
  assert.equal(scanned, link);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.nav').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Copy link' }).isVisible(), false);
  assert.equal(await page.locator('.qr svg').isVisible(), true);
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await snap(page, 'print-a4');
  await page.setViewportSize({ width: 816, height: 1056 }); // US Letter
  await snap(page, 'print-letter');
  await physio.context.close();
});

test('a patient sends a progress summary that her physio opens read-only', async () => {
  const patient = await freshPhone();
  const { page } = patient;
  await page.clock.install({ time: new Date('2026-11-21T09:00:00Z') });
  await open(page, app.server.origin);
  await onboard(page);
  await page.clock.pauseAt(new Date('2026-11-21T10:00:00Z'));
  await startThroughCheck(page, 'Only 5 minutes? Do the short version');
  for (let i = 0; i < 40 && (await page.locator('.player').count()) > 0; i++) await page.clock.runFor(15_000);
  await page.getByRole('radio', { name: '3', exact: true }).check();
  await page.getByRole('button', { name: 'About right' }).click();
  await page.getByLabel('A note for yourself (optional)').fill('Back felt looser after');
  await page.getByRole('button', { name: 'Save how it felt' }).click();
  await page.getByRole('link', { name: 'See your history' }).click();
  await page.getByRole('button', { name: 'Make a progress summary' }).click();
  const link = await page.locator('#share-link').inputValue();
  await snap(page, 'report-back');
  await patient.context.close();

  const physio = await freshPhone();
  await physio.page.goto(link);
  await physio.page.waitForSelector('html[data-ready]');
  await physio.page.getByRole('button', { name: /I understand/ }).click();
  await physio.page.getByRole('heading', { level: 1, name: 'Progress summary from your patient' }).waitFor();
  const text = await physio.page.textContent('main');
  assert.match(text, /1 of 28 planned sessions done/);
  assert.match(text, /Back felt looser after/);
  assert.match(text, /None\./, 'no warning signs');
  assert.equal(JSON.parse(await storedDoc(physio.page)).history?.length ?? 0, 0, 'nothing stored on the physio side');
  await snap(physio.page, 'summary-view');
  await physio.context.close();
});
