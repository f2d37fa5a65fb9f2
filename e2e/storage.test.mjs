// Storage at the browser edge, as a person would meet it: blocked, full, and a
// second tab. Each gets a plain message and keeps what she has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, newPhone, open, snap } from './support.mjs';

const app = appUnderTest();

test('blocked storage: the app runs in memory and says so', async () => {
  const { context, page, errors } = await newPhone(app.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await open(page, app.server.origin);
  await page.getByText('not letting the app save anything').waitFor();
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByText('only kept while this tab is open').waitFor();
  await snap(page, 'storage-blocked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('full storage: a failed save is reported and the change is kept in the tab', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.endsWith('/doc')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await open(page, app.server.origin);
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByText('could not be saved').waitFor();
  // The acknowledgment still holds in this tab.
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  await context.close();
});

test('a second tab follows changes made in the first', async () => {
  const { context, page } = await newPhone(app.browser);
  await open(page, app.server.origin);
  const second = await context.newPage();
  await open(second, app.server.origin);
  await second.getByRole('heading', { level: 1, name: 'Before you begin' }).waitFor();

  await page.getByRole('button', { name: /I understand/ }).click();
  await second.getByText('updated from another tab').waitFor();
  await second.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  await context.close();
});
