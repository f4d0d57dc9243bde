import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { createOperator } from '../src/database/cli/create-operator';
import { createDataSource } from '../src/database/data-source';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { PASSWORD, uniq } from './support/accounts';
import { prepareDatabase, testDatabaseUrl } from './support/test-app';

// The built API as production runs it (node dist/apps/api/main.js; the api test target builds it
// first), stopped with SIGTERM while a request is in flight.
const MAIN = join(__dirname, '../../../dist/apps/api/main.js');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

interface Api {
  child: ChildProcess;
  port: number;
  log: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}

async function startApi(env: Record<string, string>): Promise<Api> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npx nx run api:build)`);
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: testDatabaseUrl(), PORT: String(port), HOST: '127.0.0.1', MIGRATE_ON_START: 'false', SEED_ON_START: 'false', DEMO_ACCOUNTS: 'false', RATE_LIMIT_ANON_PER_MINUTE: '0', OVERDUE_SWEEP_SECONDS: '0', LOG_LEVEL: 'info', WEB_DIST_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<{ code: number | null; at: number }>((r) => child.once('exit', (code) => r({ code, at: Date.now() })));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited before it was ready:\n${log}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`the API was not ready in 30 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, log: () => log, exited };
}

/** A sign-in whose headers are sent now and whose body is sent when `finish()` is called: a request in flight for as long as we like. */
async function slowSignIn(port: number, email: string) {
  const body = JSON.stringify({ email, password: PASSWORD });
  const sock = net.connect(port, '127.0.0.1');
  await new Promise((r) => sock.once('connect', r));
  let answer = '';
  sock.on('data', (d) => (answer += d));
  sock.on('error', () => undefined);
  const closed = new Promise<void>((r) => sock.once('close', () => r()));
  sock.write(`POST /api/auth/login HTTP/1.1\r\nHost: qifu\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
  return {
    finish: () => sock.write(body),
    answer: async () => {
      await closed;
      return answer;
    },
  };
}

const refusal = (port: number) =>
  fetch(`http://127.0.0.1:${port}/api/health/live`, { signal: AbortSignal.timeout(2000) }).then(
    (r) => `answered ${r.status}`,
    (err: { cause?: { code?: string } }) => err.cause?.code ?? String(err),
  );

describe('graceful shutdown on SIGTERM', () => {
  const email = `shutdown-${uniq()}@park.test`;

  beforeAll(async () => {
    await prepareDatabase();
    const ds = createDataSource({ url: testDatabaseUrl(), poolSize: 1, statementTimeoutMs: 10000 });
    await ds.initialize();
    try {
      await createOperator(ds, new PasswordHasher(), { email, name: '停机测试', password: PASSWORD, role: 'admin' });
    } finally {
      await ds.destroy();
    }
  });

  it('refuses new connections, finishes the request in flight (200), closes and exits 0 well within the grace', async () => {
    const api = await startApi({ SHUTDOWN_GRACE_MS: '10000' });
    try {
      // An idle keep-alive connection must not hold the close up.
      const idle = await fetch(`http://127.0.0.1:${api.port}/api/health/live`);
      await idle.text();
      const inFlight = await slowSignIn(api.port, email);
      await new Promise((r) => setTimeout(r, 200));
      const signalled = Date.now();
      api.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      expect(api.child.exitCode).toBeNull(); // still finishing the sign-in
      expect(await refusal(api.port)).toBe('ECONNREFUSED');
      inFlight.finish();
      const answer = await inFlight.answer();
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
      expect(answer.toLowerCase()).toContain('connection: close');
      const exit = await api.exited;
      expect(exit.code).toBe(0);
      expect(exit.at - signalled).toBeLessThan(5000);
      expect(api.log()).toMatch(/SIGTERM: closing/);
      expect(api.log()).toMatch(/closed in \d+ ms/);
    } finally {
      api.child.kill('SIGKILL');
    }
  });

  it('closes a request still running when the grace is over, and exits 0', async () => {
    const api = await startApi({ SHUTDOWN_GRACE_MS: '1500' });
    try {
      const stuck = await slowSignIn(api.port, email); // its body never comes
      await new Promise((r) => setTimeout(r, 200));
      const signalled = Date.now();
      api.child.kill('SIGTERM');
      const exit = await api.exited;
      expect(exit.code).toBe(0);
      expect(exit.at - signalled).toBeGreaterThanOrEqual(1400);
      expect(exit.at - signalled).toBeLessThan(4500);
      expect(await stuck.answer()).toBe(''); // closed without an answer
      expect(api.log()).toMatch(/still running after 1500 ms/);
    } finally {
      api.child.kill('SIGKILL');
    }
  });
});
