// The app in Spanish, as a Spanish-speaking mother and her physiotherapist use it: a
// phone whose browser prefers Spanish (es-ES) gets every screen in Spanish, with
// `<html lang="es">`, no English sentence from the English message files, and no axe
// violations; switching language in Settings changes every screen at once; a link
// built in English opens in Spanish, the physiotherapist's own notes shown as written.
// Every label is read from locales/es/*.ftl, so a changed word cannot slip past.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, newPhone, open, axeViolations, snap, onboard, startThroughCheck, finishRoutine, DESKTOP } from './support.mjs';
import { word, englishIn } from './words.mjs';

const app = appUnderTest();
const es = (id, vars) => word('es', id, vars);
const en = (id, vars) => word('en', id, vars);
const START = new Date('2026-11-21T09:00:00Z');

/** The screen is in Spanish: `<html lang="es">`, no English sentence, axe finds nothing. */
async function inSpanish(page, name) {
  assert.equal(await page.getAttribute('html', 'lang'), 'es', `${name}: html lang`);
  const text = await page.locator('body').innerText();
  assert.deepEqual(englishIn(text), [], `${name}: English left on a Spanish screen`);
  assert.deepEqual(await axeViolations(page), [], `${name}: axe`);
  await snap(page, `es-${name}`);
}

/** Through the first-run notice and onboarding in Spanish: a planned caesarean `weeks` ago. */
async function onboardInSpanish(page, weeks = 8) {
  await page.getByRole('heading', { level: 1, name: es('first-run-title') }).waitFor();
  await inSpanish(page, 'first-run');
  await page.getByRole('button', { name: es('first-run-accept') }).click();
  await page.getByRole('heading', { level: 1, name: es('today-welcome-title') }).waitFor();
  await page.getByRole('button', { name: es('settings-profile-use-weeks') }).click();
  await page.getByLabel(es('settings-profile-weeks')).fill(String(weeks));
  await page.getByRole('radio', { name: es('label-delivery-planned-caesarean'), exact: true }).check();
  await inSpanish(page, 'welcome');
  await page.getByRole('button', { name: es('today-welcome-submit') }).click();
  await page.getByRole('heading', { level: 1, name: es('today-title') }).waitFor();
}

test('in Spanish: first visit, onboarding, the safety check, a routine, the report and History', async () => {
  const { context, page, errors } = await newPhone(app.browser, { locale: 'es-ES' });
  await page.clock.install({ time: START });
  await open(page, app.server.origin);
  await onboardInSpanish(page);
  await inSpanish(page, 'today');

  await page.getByRole('link', { name: es('today-short') }).click();
  await page.getByRole('heading', { level: 1, name: es('session-check-title') }).waitFor();
  await inSpanish(page, 'check');
  await page.getByRole('button', { name: es('session-check-start') }).click();
  await page.locator('.player').waitFor();
  assert.equal(await page.locator('.player__phase').textContent(), es('session-phase-get-ready'));
  await inSpanish(page, 'player');

  // The page clock stands in for the minutes of the routine.
  await page.clock.pauseAt(new Date(START.getTime() + 3_600_000));
  for (let i = 0; i < 60 && (await page.locator('.player').count()) > 0; i++) {
    await page.clock.runFor(15_000);
  }
  await page.getByRole('heading', { level: 1, name: es('session-finished-done-title') }).waitFor();
  await page.getByRole('radio', { name: '2', exact: true }).check();
  await page.getByRole('button', { name: es('label-effort-moderate') }).click();
  await page.clock.resume();
  await inSpanish(page, 'finished');
  await page.getByRole('button', { name: es('session-after-save') }).click();
  await page.getByRole('link', { name: es('session-finished-history') }).click();
  await page.getByRole('heading', { level: 1, name: es('history-title') }).waitFor();
  // The app's own routine is named in Spanish, though it is saved language-neutral.
  await page.getByText(es('planner-routine-short')).first().click();
  const worst = es('history-session-worst-during', { pain: 2 }).split('·')[0].trim();
  await page.getByText(worst).waitFor();
  await inSpanish(page, 'history');

  // A warning sign before a session: the care screen in Spanish.
  await page.getByRole('link', { name: es('nav-today') }).click();
  await page.getByRole('link', { name: es('today-start') }).click();
  await page.getByRole('checkbox', { name: es('safety-flag-calf') }).check();
  await page.getByRole('button', { name: es('session-check-stop') }).click();
  await page.getByRole('heading', { level: 1, name: es('safety-tier-today') }).waitFor();
  await inSpanish(page, 'care');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the Spanish words cannot be downloaded, the app is in English and says so in Spanish', async () => {
  const { context, page } = await newPhone(app.browser, { locale: 'es-ES' });
  await page.route(/\/words-es-[0-9a-f]{16}\.txt$/, (route) => route.abort());
  await open(page, app.server.origin);
  await page.getByText(es('words-unavailable')).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('.notices[lang="es"] button', 'lang'), null, 'the notice is marked Spanish as a whole');
  // The first-run notice still works, in English meanwhile.
  await page.getByRole('button', { name: /I understand/ }).waitFor();
  await snap(page, 'words-unavailable');
  assert.deepEqual(await axeViolations(page), []);
  // Once the file can be had, "try again" puts every screen in Spanish.
  await page.unroute(/\/words-es-[0-9a-f]{16}\.txt$/);
  await page.getByRole('button', { name: es('words-retry') }).click();
  await page.waitForSelector('html[lang="es"]');
  assert.equal(await page.getByText(es('words-unavailable')).count(), 0);
  await page.getByRole('button', { name: es('first-run-accept') }).waitFor();
  await context.close();
});

test('switching language in Settings changes every screen at once, and is kept', async () => {
  const { context, page, errors } = await newPhone(app.browser);
  await page.clock.install({ time: START });
  await open(page, app.server.origin);
  await onboard(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // A session done in English, so History and "why" have something to say.
  await startThroughCheck(page, en('today-short'));
  await page.clock.pauseAt(new Date(START.getTime() + 3_600_000));
  await finishRoutine(page);
  await page.clock.resume();
  await open(page, app.server.origin, '#/settings');
  await page.getByRole('heading', { level: 1, name: en('settings-title') }).waitFor();
  await page.getByRole('radio', { name: 'Español' }).check();
  // The same screen, at once, and the navigation with it.
  await page.getByRole('heading', { level: 1, name: es('settings-title') }).waitFor();
  await inSpanish(page, 'switched-settings');
  for (const [nav, heading] of [['nav-today', 'today-title'], ['nav-exercises', 'library-title'], ['nav-history', 'history-title']]) {
    await page.getByRole('link', { name: es(nav) }).click();
    await page.getByRole('heading', { level: 1, name: es(heading) }).waitFor();
    await inSpanish(page, `switched-${heading.replace(/-title$/, '')}`);
  }
  // The session saved in English reads in Spanish: saved data holds no sentences.
  await page.getByText(es('planner-routine-short')).first().waitFor();
  await page.getByRole('link', { name: es('nav-today') }).click();
  await page.getByText(es('today-why')).click();
  assert.deepEqual(englishIn(await page.locator('body').innerText()), []);
  await open(page, app.server.origin, '#/plan');
  await page.getByRole('heading', { level: 1, name: es('library-plan-title') }).waitFor();
  await inSpanish(page, 'switched-plan');
  // Kept across a reload; and back to English the same way.
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('heading', { level: 1, name: es('library-plan-title') }).waitFor();
  await open(page, app.server.origin, '#/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('heading', { level: 1, name: en('settings-title') }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link built in English opens in Spanish; the builder works in Spanish', async () => {
  const physio = await newPhone(app.browser, { viewport: DESKTOP });
  await open(physio.page, app.server.origin, '#/physio');
  await physio.page.getByRole('button', { name: /I understand/ }).click();
  await physio.page.getByRole('heading', { level: 1, name: en('physio-title') }).waitFor();
  for (const name of ['Belly breathing', 'Pelvic tilt, lying']) {
    await physio.page.getByRole('button', { name: en('physio-add-named', { name }) }).click();
  }
  const note = 'Keep it small and slow';
  await physio.page.getByLabel(en('physio-note-for', { name: 'Pelvic tilt, lying' })).fill(note);
  await physio.page.getByLabel(en('physio-note-for', { name: 'Pelvic tilt, lying' })).blur();
  await physio.page.getByLabel(en('physio-routine-name'), { exact: true }).fill('Lumbar, first weeks');
  await physio.page.getByLabel(en('physio-routine-name'), { exact: true }).blur();
  const link = await physio.page.locator('#share-link').inputValue();
  assert.match(link, /#\/shared\/[A-Za-z0-9_-]+$/);
  await physio.context.close();

  const { context, page, errors } = await newPhone(app.browser, { locale: 'es-ES' });
  await page.goto(link);
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('button', { name: es('first-run-accept') }).click();
  await page.getByRole('heading', { level: 1, name: es('physio-offer-title') }).waitFor();
  // The library's words in Spanish; what the physiotherapist wrote, as written.
  await page.getByText('Basculación pélvica, tumbada').first().waitFor();
  await page.getByText(note, { exact: true }).waitFor();
  await page.getByText('Lumbar, first weeks').first().waitFor();
  await inSpanish(page, 'shared');

  // The builder itself, in Spanish, at desk size.
  await page.setViewportSize(DESKTOP);
  await open(page, app.server.origin, '#/physio');
  await page.getByRole('heading', { level: 1, name: es('physio-title') }).waitFor();
  await page.getByRole('button', { name: es('physio-add-named', { name: 'Respiración abdominal' }) }).click();
  await page.locator('#share-link').waitFor();
  await inSpanish(page, 'physio');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printout can be in the other language, chosen at print time', async () => {
  const { context, page, errors } = await newPhone(app.browser, { viewport: DESKTOP });
  // The print dialog, stood in for: what the page says while it is open, then closed.
  await context.addInitScript(() => {
    window.print = () => {
      window.__printed = { lang: document.documentElement.lang, text: document.body.innerText };
      setTimeout(() => window.dispatchEvent(new Event('afterprint')), 0);
    };
  });
  await open(page, app.server.origin, '#/physio');
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByRole('button', { name: en('physio-add-named', { name: 'Belly breathing' }) }).click();
  await page.getByLabel(en('physio-share-print-language')).selectOption('es');
  await page.getByRole('button', { name: en('physio-share-print'), exact: true }).click();
  await page.waitForFunction(() => window.__printed !== undefined);
  const printed = await page.evaluate(() => window.__printed);
  assert.equal(printed.lang, 'es');
  assert.ok(printed.text.includes('Respiración abdominal'), 'the library in Spanish on the printout');
  assert.deepEqual(englishIn(printed.text), []);
  // After the dialog, the screen is in English again, and her choice is unchanged.
  await page.getByRole('heading', { level: 1, name: en('physio-title') }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});
