import type { EmbeddedPostgres } from '../../src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __QIFU_EMBEDDED__?: EmbeddedPostgres }).__QIFU_EMBEDDED__;
  if (embedded) await embedded.stop();
}
