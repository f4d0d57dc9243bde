import { CatalogueVersionFeed } from '../../src/modules/listings/catalogue-version-feed';
import type { TestApp } from './test-app';

/**
 * After a catalogue write made straight in SQL (not by the API's services, which refresh the
 * version themselves): waits until the version PostgreSQL pushes at commit (NOTIFY) has reached
 * this process, as another process's write must within 100 ms (catalogue-version-feed.http.spec.ts).
 * Immediate when the feed is off (embedded server): every read asks the database then.
 */
export async function versionPushed(t: TestApp, withinMs = 100): Promise<void> {
  const feed = t.app.get(CatalogueVersionFeed);
  if (feed.state === 'off') return;
  const target = BigInt((await t.db.query(`SELECT version FROM catalogue_version`))[0].version);
  const end = Date.now() + withinMs;
  while (BigInt(feed.latest) < target) {
    if (Date.now() > end) throw new Error(`catalogue version ${target} not pushed within ${withinMs} ms (at ${feed.latest}, feed ${feed.state})`);
    await new Promise((r) => setTimeout(r, 2));
  }
}
