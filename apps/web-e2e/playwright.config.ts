import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The journeys run against the production build: the API (built) serving the storefront
// (built) on one origin, on DATABASE_URL when set, otherwise a fresh embedded database.
const root = resolve(__dirname, '../..');
const port = Number(process.env.E2E_PORT ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;
export const ARTIFACTS = join(root, 'artifacts', 'e2e');

export default defineConfig({
  testDir: './src',
  outputDir: join(ARTIFACTS, 'test-results'),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // One retry in CI: a journey that fails twice is a failure; once may be the 2-core machine.
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    ['html', { outputFolder: join(ARTIFACTS, 'report'), open: 'never' }],
    // Every checkA11y record, gathered into artifacts/e2e/a11y.json.
    ['./src/support/a11y-reporter.ts'],
  ],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: root,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_DIST_DIR: join(root, 'dist', 'apps', 'web'),
      EMBEDDED_DB_DIR: join(tmpdir(), `qifu-e2e-db-${process.pid}-${Date.now()}`),
      LOG_LEVEL: 'warn',
      // The journeys sign in as the demo operator and provider, also on a real server.
      DEMO_ACCOUNTS: 'true',
      RATE_LIMIT_ANON_PER_MINUTE: '0',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
