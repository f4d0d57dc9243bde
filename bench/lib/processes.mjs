import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const API_MAIN = join(ROOT, 'dist/apps/api/main.js');

/** Builds projects through Nx (a cache hit when nothing changed). */
export function nxBuild(projects) {
  const started = Date.now();
  const res = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'], {
    cwd: ROOT,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    process.stderr.write(res.stdout + res.stderr);
    throw new Error(`nx build of ${projects.join(', ')} failed`);
  }
  return Date.now() - started;
}

/** Starts a Node process and resolves once `readyUrl` answers 200. */
export async function startNode(name, script, { env = {}, args = [], readyUrl, nodeArgs = [], timeoutMs = 120_000, quiet = false } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (d) => {
    log = (log + d.toString()).slice(-20000);
    if (!quiet && process.env.BENCH_VERBOSE) process.stderr.write(`[${name}] ${d}`);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
  const proc = {
    name,
    child,
    pid: child.pid,
    get log() {
      return log;
    },
    exited,
    async stop(signal = 'SIGTERM', waitMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const t = setTimeout(() => child.kill('SIGKILL'), waitMs);
      await exited;
      clearTimeout(t);
    },
    /** Resident set size in bytes, from /proc. */
    rss() {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : null;
      } catch {
        return null;
      }
    },
  };
  if (readyUrl) {
    const deadline = Date.now() + timeoutMs;
    let exitedEarly = null;
    void exited.then((e) => (exitedEarly = e));
    for (;;) {
      if (exitedEarly) throw new Error(`${name} exited (${JSON.stringify(exitedEarly)}) before it was ready:\n${log}`);
      try {
        const res = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) });
        if (res.ok) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) {
        await proc.stop('SIGKILL');
        throw new Error(`${name} was not ready within ${timeoutMs} ms:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return proc;
}

/** The API as built for production, with the settings the benchmark uses. */
export function apiEnv(databaseUrl, port, extra = {}) {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANON_PER_MINUTE: '0',
    SEED_ON_START: 'false',
    MIGRATE_ON_START: 'true',
    DEMO_ACCOUNTS: 'false',
    // The overdue sweep is a background job; off so it cannot land inside a measured window.
    OVERDUE_SWEEP_SECONDS: '0',
    // No job worker polling inside a measured window either (jobs still queue).
    JOBS_ENABLED: 'false',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    ...extra,
  };
}

export function startApi(databaseUrl, port, { extra = {}, nodeArgs = [] } = {}) {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing; build the API first (npx nx run api:build)`);
  return startNode('api', API_MAIN, { env: apiEnv(databaseUrl, port, extra), readyUrl: `http://127.0.0.1:${port}/api/health`, nodeArgs });
}
