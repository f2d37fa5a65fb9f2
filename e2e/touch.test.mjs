// Every control comfortable to touch on a phone: at 390×844, each button, link and form
// control on every route (and in the states a route can be in) offers at least 44×44 px
// to a finger, and at 320 px wide nothing makes the page scroll sideways.
//
// A checkbox or radio is measured by its label (a tap anywhere on it ticks the box);
// controls that are not on screen (hidden, or a skip link waiting for focus) are not
// measured. Links inside a running sentence are exempt, as in WCAG 2.5.8, when they are
// marked `.inline-link`; none is needed today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, newPhone, open, onboard, startThroughCheck } from './support.mjs';

const app = appUnderTest();
const MIN = 44;

/** Controls smaller than MIN px to touch, described for a failure message. */
function tooSmall(min) {
  const out = [];
  const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
  for (const el of document.querySelectorAll(controls)) {
    if (el.closest('.inline-link')) continue;
    let target = el;
    if (el.matches('input[type=checkbox], input[type=radio]')) {
      target = el.closest('label') ?? (el.id && document.querySelector(`label[for="${el.id}"]`)) ?? el;
    }
    if (!target.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const r = target.getBoundingClientRect();
    // A visually hidden element (a 1 px skip link) is not a target until focused.
    if (r.width <= 2 || r.height <= 2) continue;
    if (r.width + 0.5 < min || r.height + 0.5 < min) {
      const name = (target.innerText || el.getAttribute('aria-label') || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
      out.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  return out;
}

/** Collects what is too small on the page as it is now, under `where`. */
async function measure(page, where, found) {
  // Let layout settle (fonts, the details file, a re-render after a save).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (const item of await page.evaluate(tooSmall, MIN)) found.push(`${where}: ${item}`);
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, ...(name ? { name } : {}) }).first().waitFor();
}

test('every control on every phone screen is at least 44×44 px to touch', async () => {
  const { context, page, errors } = await newPhone(app.browser);
  await context.clock.install({ time: new Date('2026-11-20T09:00:00Z') });
  const found = [];
  const go = async (hash, name) => {
    await page.goto(`${app.server.origin}/${hash}`);
    await heading(page, name);
  };

  await open(page, app.server.origin);
  await measure(page, 'first-run notice', found);
  await page.getByRole('button', { name: /I understand/ }).click();
  await heading(page, 'About you and your baby');
  await measure(page, 'onboarding', found);
  await page.getByRole('button', { name: "I'd rather say how many weeks ago" }).click();
  await measure(page, 'onboarding by weeks', found);
  await page.goto(`${app.server.origin}/#/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await onboard(page);
  await measure(page, 'Today', found);

  for (const [hash, name, where] of [
    ['#/library', undefined, 'library'],
    ['#/library/bird-dog', undefined, 'an exercise'],
    ['#/library/lesson-sitting-support', undefined, 'a lesson'],
    ['#/plan', undefined, 'the plan'],
    ['#/history', 'History', 'History, empty'],
    ['#/settings', undefined, 'Settings'],
    ['#/physio', 'For physiotherapists', 'the builder'],
    ['#/shared', undefined, 'an empty share link'],
    ['#/nowhere', undefined, 'not found'],
  ]) {
    await go(hash, name);
    await measure(page, where, found);
  }

  // Settings with every section open, and the delete confirmation.
  await go('#/settings');
  for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click();
  await measure(page, 'Settings, sections open', found);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await measure(page, 'Settings, delete confirmation', found);

  // The builder with exercises in it; then its link opened as the patient sees it.
  await go('#/physio', 'For physiotherapists');
  for (const name of ['Belly breathing', 'Pelvic tilt, lying']) await page.getByRole('button', { name: `Add ${name}` }).click();
  await page.getByLabel('Name', { exact: true }).fill('First weeks');
  await page.getByLabel('Name', { exact: true }).blur();
  await measure(page, 'the builder with two exercises', found);
  const link = await page.locator('#share-link').inputValue();
  await page.goto(link);
  await heading(page, 'A routine from your physiotherapist');
  await measure(page, 'a physio link', found);

  // The safety check, a routine playing, its end and the report.
  await go('#/');
  await startThroughCheck(page, "Start today's routine");
  await page.locator('.player__name').waitFor();
  await measure(page, 'the player', found);
  await page.getByRole('button', { name: 'Pause' }).click();
  await measure(page, 'the player, paused', found);
  await page.getByRole('button', { name: 'Resume' }).click();
  for (let i = 0; i < 80 && (await page.locator('.player').count()) > 0; i++) await page.clock.runFor(15_000);
  await heading(page, 'All done');
  await measure(page, 'the report', found);
  await page.getByRole('radio', { name: '2', exact: true }).check();
  await page.getByRole('button', { name: 'About right' }).click();
  await page.getByRole('button', { name: 'Save how it felt' }).click();
  await measure(page, 'the report, saved', found);

  // The next morning: Today's morning check; History with a session, opened.
  await page.clock.runFor(22 * 3_600_000);
  await go('#/', 'Today');
  await measure(page, 'Today, morning check', found);
  await go('#/history', 'History');
  await page.locator('.history__item summary').first().click();
  await measure(page, 'History with a session open', found);

  // "Something's not right" in the player: the checklist.
  await go('#/check/today');
  await measure(page, 'the safety check', found);

  assert.deepEqual(found, [], `controls under ${MIN} px:\n${found.join('\n')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 px wide no screen scrolls sideways', async () => {
  const { context, page, errors } = await newPhone(app.browser, { viewport: { width: 320, height: 640 } });
  await context.clock.install({ time: new Date('2026-11-20T09:00:00Z') });
  await open(page, app.server.origin);
  await onboard(page);
  const wide = [];
  for (const hash of ['#/', '#/library', '#/library/bird-dog', '#/plan', '#/history', '#/settings', '#/physio', '#/check/today']) {
    await page.goto(`${app.server.origin}/${hash}`);
    await heading(page);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (scroll > client) wide.push(`${hash}: ${scroll} px wide in ${client}`);
  }
  assert.deepEqual(wide, []);
  assert.deepEqual(errors, []);
  await context.close();
});
