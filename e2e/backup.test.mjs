// Her data lasts: a backup saved on one phone restores on another (merge, then
// replace with what was there kept aside); a file that is not a backup changes nothing;
// "Delete everything" names what goes and leaves no key behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUnderTest, newPhone, open, onboard, startThroughCheck, snap, axeViolations, outputDir, finishRoutine } from './support.mjs';

const app = appUnderTest();
const START = new Date('2026-11-20T09:00:00Z');

const keys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('backcare/')).sort());
const doc = async (page) => JSON.parse(await page.evaluate(() => localStorage.getItem('backcare/doc')));

test('a backup saved on one phone merges into, then replaces, another', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'backup-'));
  // Phone A: one session, then "Save a backup file".
  const a = await newPhone(app.browser);
  await a.page.clock.install({ time: START });
  await open(a.page, app.server.origin);
  await onboard(a.page, { weeksAgo: 8 });
  await startThroughCheck(a.page, 'Only 5 minutes? Do the short version');
  await finishRoutine(a.page);
  await a.page.goto(`${app.server.origin}/#/settings`);
  await a.page.getByRole('heading', { level: 2, name: 'Keep a copy' }).waitFor();
  const [download] = await Promise.all([
    a.page.waitForEvent('download'),
    a.page.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^gentle-back-2026-11-\d\d\.json$/);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const saved = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(saved.backup, 'gentle-back');
  assert.equal(saved.document.history.length, 1);
  await a.page.getByText(/Saved as gentle-back-/).waitFor();
  await a.context.close();

  // Phone B: a fresh start, then merge the file in.
  const b = await newPhone(app.browser);
  await open(b.page, app.server.origin);
  await onboard(b.page, { weeksAgo: 3, delivery: 'Planned caesarean' });
  await b.page.goto(`${app.server.origin}/#/settings`);
  await b.page.locator('input[type=file]').setInputFiles(file);
  const preview = b.page.getByRole('definition').filter({ hasText: /^1, on / });
  await preview.waitFor();
  await snap(b.page, 'backup-preview');
  await b.page.locator('#backup').screenshot({ path: join(outputDir, 'backup-card-preview.png') });
  assert.deepEqual(await axeViolations(b.page), []);
  await b.page.getByRole('button', { name: "Merge with what's here" }).click();
  await b.page.getByText('1 session added from the file.').waitFor();
  await snap(b.page, 'backup-merged');
  assert.equal((await doc(b.page)).history.length, 1);
  assert.equal((await doc(b.page)).profile.delivery, 'planned-caesarean', 'her newer profile here is kept');

  // Replace: confirmed, and what was here is kept aside first.
  await b.page.locator('input[type=file]').setInputFiles(file);
  await b.page.getByRole('button', { name: "Replace what's here…" }).click();
  await b.page.getByText(/This phone has 1 session/).waitFor();
  await snap(b.page, 'backup-replace-confirm');
  await b.page.locator('#backup').screenshot({ path: join(outputDir, 'backup-card-replace.png') });
  await b.page.getByRole('button', { name: 'Yes, replace' }).click();
  await b.page.getByText('Restored from the backup file.').waitFor();
  const aside = (await keys(b.page)).filter((k) => k.startsWith('backcare/set-aside/'));
  assert.equal(aside.length, 1);
  assert.notEqual((await doc(b.page)).profile.delivery, 'planned-caesarean', "the file's profile now");

  // Something that is not a backup changes nothing, and says so.
  const before = await b.page.evaluate(() => localStorage.getItem('backcare/doc'));
  const photo = join(dir, 'photo.json');
  await writeFile(photo, JSON.stringify({ hello: 'world' }));
  await b.page.locator('input[type=file]').setInputFiles(photo);
  await b.page.getByText("This file isn't a Gentle Back backup.").waitFor();
  const empty = join(dir, 'empty.json');
  await writeFile(empty, '');
  await b.page.locator('input[type=file]').setInputFiles(empty);
  await b.page.getByText('This file is empty').waitFor();
  assert.equal(await b.page.evaluate(() => localStorage.getItem('backcare/doc')), before);

  // "Delete everything" names what goes, then removes every key the app wrote.
  await b.page.getByRole('button', { name: 'Delete everything…' }).click();
  const named = await b.page.getByRole('alertdialog').textContent();
  assert.match(named, /1 session/);
  assert.match(named, /1 copy kept aside/);
  await snap(b.page, 'delete-everything-confirm');
  await b.page.getByRole('alertdialog').screenshot({ path: join(outputDir, 'delete-everything-dialog.png') });
  await b.page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await b.page.getByRole('heading', { level: 1, name: 'Before you begin' }).waitFor();
  assert.deepEqual(await keys(b.page), []);
  assert.deepEqual(b.errors, []);
  await b.context.close();
});
