import { expect, test } from './support/fixtures';

// The guard itself: an undeclared failing /api/ answer or a console error fails the test, a
// declared one does not. test.fail() turns the guard's failure into this test's pass.

test('an undeclared failing /api/ answer fails the test', async ({ page }) => {
  test.fail();
  await page.goto('/404-for-the-guard');
  await page.evaluate(() => fetch('/api/no-such-route'));
});

test('a console error fails the test', async ({ page }) => {
  test.fail();
  await page.goto('/404-for-the-guard');
  await page.evaluate(() => console.error('guard check'));
});

test('a declared failing /api/ answer passes', async ({ page, expectApiFailure }) => {
  await page.goto('/404-for-the-guard');
  expectApiFailure(404, '/api/no-such-route');
  const status = await page.evaluate(() => fetch('/api/no-such-route').then((r) => r.status));
  expect(status).toBe(404);
});
