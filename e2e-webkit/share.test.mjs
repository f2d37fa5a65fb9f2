// A physio link in WebKit: built in the physio screen, opened on a fresh phone, where
// the preview shows what it holds and nothing is saved until she chooses.
import assert from 'node:assert/strict';
import { appUnderTest, onboard, test } from './support.mjs';

const app = appUnderTest();

test('a physio link opens with its preview; keeping it makes it her plan', async () => {
  const physio = await app.phone();
  let link;
  try {
    await physio.open();
    await onboard(physio);
    await physio.open('#/physio');
    await physio.heading('For physiotherapists');
    for (const name of ['Belly breathing', 'Pelvic tilt, lying', 'Knee rolls']) await physio.click('button', `Add ${name}`);
    const name = await physio.fill('Name', 'Lower back, first weeks', { exact: true });
    await physio.run((el) => el.blur(), name);
    const clinic = await physio.fill('Clinic (optional)', 'Riverside Physio');
    await physio.run((el) => el.blur(), clinic);
    link = await physio.until(async () => {
      const value = await physio.run(() => document.querySelector('#share-link')?.value ?? '');
      return /#\/shared\/[A-Za-z0-9_-]+$/.test(value) && value;
    }, 'the share link');
    assert.deepEqual(await physio.errors(), []);
  } finally {
    await physio.quit();
  }

  const phone = await app.phone();
  try {
    await phone.driver.get(link.replace(/^https?:\/\/[^/]+/, app.server.origin));
    await phone.ready();
    await phone.click('button', /I understand/);
    await phone.heading('A routine from your physiotherapist');
    const main = await phone.mainText();
    assert.match(main, /Riverside Physio/);
    assert.match(main, /3 exercises · about \d+ min/);
    assert.match(main, /Pelvic tilt, lying/);
    assert.doesNotMatch(await phone.driver.getCurrentUrl(), /shared\/[A-Za-z0-9_-]{10}/, 'the code left the address bar');
    const stored = await phone.run(() => JSON.parse(localStorage.getItem('backcare/doc') ?? '{}'));
    assert.equal((stored.imported ?? []).length, 0, 'nothing saved before she confirms');
    await phone.snap('webkit-import-preview');
    await phone.click('button', 'Make this my plan');
    await phone.text('Saved as your plan.');
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});
