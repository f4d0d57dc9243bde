// A real nginx (Debian's /usr/sbin/nginx) in front of several API processes, on loopback, with a
// config of its own generated into a temporary directory (pid, logs and temp files there too), in
// the foreground (`daemon off`), so the harness owns the process and removes every trace.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

/**
 * The proxy as a deployment would run it (docker/nginx.conf says the same), with what the harness
 * needs to judge: the upstream that answered in `X-Upstream` and in the access log.
 * - `proxy_next_upstream error timeout`: a request nginx could not hand to a process (refused
 *   connection, reset before an answer) goes to the other one, but only when it is idempotent:
 *   since nginx 1.9.13 a POST already sent is never sent twice (`non_idempotent` stays off), since
 *   the process may have committed it; the client retries it with its Idempotency-Key.
 * - `max_fails=1 fail_timeout=2s`: a dead process is skipped for 2 s after one failure, then tried
 *   again, so a restarted one takes traffic within seconds.
 * - X-Forwarded-For is set to the client's address (not appended to): the API (TRUST_PROXY) takes
 *   it as the client for the rate limit, the sign-in limits and the metrics check.
 */
export function nginxConfig({ dir, port, upstreams }) {
  return `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  log_format upstream '$msec $status $request_method $uri $upstream_addr $upstream_status $request_time';
  access_log ${join(dir, 'access.log')} upstream;
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  client_max_body_size 1m;
  upstream qifu_api {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://qifu_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** Starts nginx; resolves once it answers on `port` (any status: the upstreams may not be up). */
export async function startNginx({ port, upstreams, log = () => undefined }) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install -y --no-install-recommends nginx-light`);
  const dir = mkdtempSync(join(tmpdir(), 'qifu-torture-nginx-'));
  // Run as root, nginx's workers drop to `nobody`: they must be able to write the temp files.
  chmodSync(dir, 0o755);
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(dir, d));
    chmodSync(join(dir, d), 0o777);
  }
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ dir, port, upstreams }));
  // -e: the error log before the config is read (the compiled-in /var/log path may not be writable).
  const child = spawn(NGINX, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  let exitedEarly = null;
  void exited.then((e) => (exitedEarly = e));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exitedEarly) throw new Error(`nginx exited (${JSON.stringify(exitedEarly)}):\n${out}\n${readLog(join(dir, 'error.log'))}`);
    try {
      await fetch(`http://127.0.0.1:${port}/api/health/live`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within 10 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const version = await new Promise((resolve) => {
    const v = spawn(NGINX, ['-v'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let s = '';
    v.stderr.on('data', (d) => (s += d));
    v.once('exit', () => resolve(s.trim().replace(/^nginx version: /, '')));
  });
  log(`  nginx ${version} on 127.0.0.1:${port} → ${upstreams.map((p) => `:${p}`).join(', ')} (config ${conf})`);
  return {
    dir,
    version,
    child,
    accessLog: () => readLog(join(dir, 'access.log')),
    errorLog: () => readLog(join(dir, 'error.log')),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT'); // graceful: finish what is in flight
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(file) {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
