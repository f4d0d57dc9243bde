/**
 * Polls `probe` until it gives something truthy (returned) or `timeoutMs` passes (thrown, naming
 * `what`). For what a test waits on that happens elsewhere: a job, a mail, another process.
 */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 15000,
  pollMs = 100,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
