// A private, throwaway PostgreSQL server for the fault harness: initdb in a temporary directory,
// its own port and socket directory, started and stopped with pg_ctl. Stopping and restarting it
// is a real server restart without touching the machine's shared server (5432), which other test
// runs use. Run as root, the server runs as the `postgres` user (initdb refuses root).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir() {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  } catch {
    /* no pg_config: look in the Debian layout */
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('No PostgreSQL server binaries (initdb, pg_ctl) found: install postgresql or put pg_config on PATH.');
  return join(root, versions[0], 'bin');
}

function userIds(name) {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`Running as root needs a "${name}" user to own the throwaway server (initdb refuses root).`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

const portFree = (port) =>
  new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(false)));
    s.once('error', () => resolve(true));
  });

/** Creates and starts the server; `stop/start/crash` restart it; `drop()` removes every trace. */
export async function createPrivateCluster({ port = 5439, log = () => undefined } = {}) {
  if (!(await portFree(port))) throw new Error(`Port ${port} is taken; pass another with --pg-port.`);
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'qifu-torture-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
  }
  // UTF-8 character type: the API refuses a C/POSIX LC_CTYPE (Chinese search needs it).
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
  const command = (tool, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args]);
  const runSync = (tool, args, { allowFail = false } = {}) => {
    const [cmd, argv] = command(tool, args);
    const res = spawnSync(cmd, argv, { env, encoding: 'utf8', cwd: dir });
    if (res.status !== 0 && !allowFail) throw new Error(`${tool} ${args.join(' ')} failed (${res.status}):\n${res.stdout}${res.stderr}`);
    return res.status === 0;
  };
  // Asynchronous, so the load and the health probe keep running while the server stops/starts.
  const run = (tool, args) =>
    new Promise((resolve, reject) => {
      const [cmd, argv] = command(tool, args);
      const child = spawn(cmd, argv, { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} ${args.join(' ')} failed (${code}):\n${out}`))));
    });
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=60 -c shared_buffers=32MB`;
  let dropped = false;
  const cluster = {
    dir,
    port,
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    start() {
      return run('pg_ctl', ['-D', data, '-l', logFile, '-o', options, '-w', '-t', '60', 'start']);
    },
    /** `fast` rolls back open transactions and checkpoints; `immediate` is a crash (WAL replay on start). */
    stop(mode = 'fast') {
      return run('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
    },
    serverLog: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    drop() {
      if (dropped) return;
      dropped = true;
      if (existsSync(join(data, 'postmaster.pid'))) runSync('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], { allowFail: true });
      rmSync(dir, { recursive: true, force: true });
      process.off('exit', cluster.drop);
    },
  };
  // Never leave a server behind, whatever ends the run.
  process.on('exit', cluster.drop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => (cluster.drop(), process.exit(130)));
  runSync('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  await cluster.start();
  log(`  private PostgreSQL (${bin.split('/').slice(-2, -1)[0] ?? ''}) on 127.0.0.1:${port}, data in ${dir}`);
  return cluster;
}
