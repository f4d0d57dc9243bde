import { formatHoldout, HOLDOUT_TOP, recommendationsHoldout } from '../src/database/cli/recommendations-holdout';
import { startTestApp, type TestApp } from './support/test-app';

// The holdout script's measure, on the test database (the seed plus what other tests wrote).

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

it('hides each company\'s latest intent and counts its category in the top five, for three variants', async () => {
  const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(DISTINCT company_id)::int AS n FROM intent`);
  const variants = await recommendationsHoldout(t.db);
  expect(variants.map((v) => v.name)).toEqual(['rules + peers (as served)', 'rules only', 'peers only']);
  for (const v of variants) {
    expect(v.total).toBe(n);
    expect(v.hits).toBeGreaterThanOrEqual(0);
    expect(v.hits).toBeLessThanOrEqual(v.total);
  }
  // Five of sixteen categories by chance would be ≈ 31 %; the peers alone know what the park asks for.
  expect(variants[2].hits / variants[2].total).toBeGreaterThan(0.2);
  const text = formatHoldout(variants);
  expect(text).toContain(`top ${HOLDOUT_TOP}: ${variants[0].hits} of ${n}`);
});
