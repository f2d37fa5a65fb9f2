// The app shell in WebKit (MiniBrowser, the engine of every iPhone) at phone size: the
// first-run notice, onboarding (by weeks, and by the date input WebKit draws), Today,
// the bottom navigation and Settings.
import assert from 'node:assert/strict';
import { appUnderTest, onboard, test } from './support.mjs';

const app = appUnderTest();

test('first visit: the notice, onboarding, then Today, and a reload keeps her there', async () => {
  const phone = await app.phone();
  try {
    // The bare address, as a first visit is: the first visit's page, the notice alone.
    await phone.open('');
    await phone.heading('Before you begin');
    assert.equal(await phone.run(() => document.documentElement.dataset.page), 'first');
    assert.match(await phone.mainText(), /does not give medical advice/);
    assert.equal(await phone.count('navigation', 'Main'), 0, 'no navigation before the notice');
    await phone.snap('webkit-first-run');
    // Accepting opens the app (at Today's address) on her questions.
    await onboard(phone);
    assert.equal(await phone.run(() => document.documentElement.dataset.page), 'app');
    await phone.role('link', "Start today's routine");
    await phone.role('link', 'Only 5 minutes? Do the short version');
    assert.match(await phone.mainText(), /10 weeks since the birth/);
    await phone.snap('webkit-today');
    await phone.reload();
    await phone.heading('Today');
    const stored = await phone.run(() => JSON.parse(localStorage.getItem('backcare/doc')));
    assert.equal(stored.notice.version, 1);
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});

test('the bottom navigation moves between the main screens', async () => {
  const phone = await app.phone();
  try {
    await phone.open();
    await onboard(phone);
    const nav = await phone.role('navigation', 'Main');
    // Today's tab may carry its "a session to do today" mark in its name.
    for (const [link, heading] of [['Exercises', 'Exercises'], ['History', 'History'], ['Settings', 'Settings'], [/^Today( — .+)?$/, 'Today']]) {
      await phone.clickElement(await phone.role('link', link, { within: nav, exact: true }));
      await phone.heading(heading);
    }
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});

test("onboarding by date: WebKit's date input takes a typed date; an empty one gets a plain message", async () => {
  const phone = await app.phone();
  try {
    await phone.open();
    await phone.click('button', /I understand/);
    await phone.heading('About you and your baby');
    const date = await phone.label('Birth date');
    assert.equal(await date.getAttribute('type'), 'date', 'WebKitGTK draws a real date input');
    await phone.click('radio', 'Vaginal birth', { exact: true });
    // Nothing entered yet: a message, not an error.
    await phone.click('button', 'Save and see my routine');
    await phone.text("Please enter your baby's birth date.");
    // Eight weeks before today, typed as WebKit's date fields take it: each field in
    // the order of the browser's locale, with a separator to move to the next.
    const { iso, typed } = await phone.run(() => {
      const d = new Date(Date.now() - 56 * 86_400_000);
      const p = (n) => String(n).padStart(2, '0');
      const value = { month: p(d.getMonth() + 1), day: p(d.getDate()), year: String(d.getFullYear()) };
      const order = new Intl.DateTimeFormat().formatToParts(d).map((x) => x.type).filter((t) => t in value);
      return { iso: `${value.year}-${value.month}-${value.day}`, typed: order.map((t) => value[t]).join('/') };
    });
    await date.click();
    await date.sendKeys(typed);
    await phone.until(async () => (await phone.run((el) => el.value, date)) === iso, `the date input to hold ${iso}`);
    await phone.click('button', 'Save and see my routine');
    await phone.heading('Today');
    assert.match(await phone.mainText(), /8 weeks since the birth/);
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});

test('Settings in WebKit: no Storage API, so no "kept for good" line; vibration says where it works', async () => {
  const phone = await app.phone();
  try {
    await phone.open();
    await onboard(phone);
    await phone.open('#/settings');
    await phone.heading('Settings');
    const hasStorageApi = await phone.run(() => typeof navigator.storage?.persist === 'function');
    await phone.text('Where the phone supports it.');
    if (!hasStorageApi) {
      assert.equal(await phone.cssCount('#storage-kept'), 0, 'nothing said about keeping data for good');
      assert.equal(await phone.count('button', 'Ask to keep it for good'), 0);
    }
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});
