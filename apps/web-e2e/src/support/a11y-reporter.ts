import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { A11yRecord } from './fixtures';

// Gathers every checkA11y record (attached to its test) into artifacts/e2e/a11y.json: per page
// and language/width, the violating nodes by impact and the blocking rules.
const OUT = join(resolve(__dirname, '../../../..'), 'artifacts', 'e2e', 'a11y.json');

export default class A11yReporter implements Reporter {
  private readonly pages: (A11yRecord & { test: string })[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    for (const attachment of result.attachments) {
      if (attachment.name !== 'a11y' || !attachment.body) continue;
      const record = JSON.parse(attachment.body.toString()) as A11yRecord;
      this.pages.push({ test: test.title, ...record });
    }
    // Written after every test, so an interrupted run still leaves its figures.
    this.write();
  }

  onEnd() {
    this.write();
  }

  private write() {
    if (this.pages.length === 0) return;
    const totals: Record<string, number> = {};
    const blockingRules: Record<string, number> = {};
    for (const page of this.pages) {
      for (const [impact, n] of Object.entries(page.byImpact))
        totals[impact] = (totals[impact] ?? 0) + n;
      for (const [rule, n] of Object.entries(page.blocking))
        blockingRules[rule] = (blockingRules[rule] ?? 0) + n;
    }
    const pagesWithBlocking = this.pages.filter(
      (p) => Object.keys(p.blocking).length > 0,
    ).length;
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(
      OUT,
      `${JSON.stringify(
        {
          checks: this.pages.length,
          pagesWithBlocking,
          totals,
          blockingRules,
          pages: this.pages,
        },
        null,
        2,
      )}\n`,
    );
  }
}
