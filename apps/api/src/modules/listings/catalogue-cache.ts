import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SESSION_COOKIE } from '@qifu/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VersionedCache } from '../../common/cache/versioned-cache';
import { CatalogueVersionFeed } from './catalogue-version-feed';

/** How many distinct catalogue answers one process keeps (least recently used go first). */
const MAX_ENTRIES = 2000;
/** Larger answers are not kept (a page of cards is ≈ 10 KB). */
const MAX_BODY_BYTES = 256 * 1024;

interface Answer {
  /** The JSON text, encoded once (sent as is: no UTF-8 encoding or length count per request). */
  body: Buffer;
  etag: string;
  /** Run on every answer served, kept or fresh (a detail page counts a view). */
  onServe?: () => void;
}

/** Paths whose GET answers are kept (the prefix of every key). */
const PREFIX = '/api/services';

declare module 'fastify' {
  interface FastifyRequest {
    catalogueVersion?: string;
  }
}

// Public catalogue answers, kept in memory per API process and served while the catalogue's
// version (table catalogue_version, bumped by triggers in the transaction of every listing,
// provider or category write) is the one they were computed at. The version comes from
// CatalogueVersionFeed: pushed by PostgreSQL at every commit while its listening connection is up
// (no round trip per request; another process's write shows within the notification's delay, this
// process's own writes at once), read per request (one primary-key lookup) otherwise. Then the
// kept JSON text is sent or the answer computed afresh.
// The version is read before the data: an answer computed from rows newer than its version is
// only ever replaced early, never served late.
@Injectable()
export class CatalogueCache {
  private readonly answers = new VersionedCache<Answer>({ maxEntries: MAX_ENTRIES, newer: (a, b) => BigInt(a) > BigInt(b) });

  constructor(private readonly feed: CatalogueVersionFeed) {}

  version(): Promise<string> {
    return this.feed.current();
  }

  /**
   * Answers a catalogue read from the cache or from `compute`, with a strong ETag and
   * `Cache-Control: no-cache` (browsers revalidate every time; an unchanged answer is a 304).
   * Keys are the request's path and query string (the answer depends on nothing else).
   * `onServe` runs for every answer of this key, kept or fresh.
   */
  async serve(req: FastifyRequest, reply: FastifyReply, compute: () => Promise<unknown>, onServe?: () => void): Promise<Buffer | string> {
    const version = req.catalogueVersion ?? (await this.version());
    const answer = await this.answers.get(req.url, version, async () => {
      const body = Buffer.from(JSON.stringify(await compute()));
      const etag = `"${version}-${createHash('sha1').update(body).digest('base64url')}"`;
      return { value: { body, etag, onServe }, keep: body.length <= MAX_BODY_BYTES };
    });
    answer.onServe?.();
    return this.send(req, reply, answer);
  }

  /**
   * Answers kept entries before Nest's routing (guard, pipes, controller): for anonymous GETs the
   * route is public and its answer depends on the URL alone, so the kept JSON is all there is to
   * do. Requests with a session cookie take the full path, which keeps the session's last-seen
   * time moving. Security headers and the request log come from the hooks registered before.
   */
  attach(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', async (req, reply) => {
      if (req.method !== 'GET' || !req.url.startsWith(PREFIX) || req.cookies?.[SESSION_COOKIE]) return;
      // Synchronous when pushed: a kept answer is sent without leaving this hook's first tick.
      const version = this.feed.pushed() ?? (await this.feed.refresh());
      req.catalogueVersion = version;
      const answer = this.answers.peek(req.url, version);
      if (!answer) return;
      answer.onServe?.();
      return reply.send(this.send(req, reply, answer));
    });
  }

  private send(req: FastifyRequest, reply: FastifyReply, answer: Answer): Buffer | string {
    void reply.header('etag', answer.etag).header('cache-control', 'no-cache');
    if (matches(req.headers['if-none-match'], answer.etag)) {
      void reply.status(304);
      return '';
    }
    void reply.type('application/json; charset=utf-8');
    return answer.body;
  }

  /** For tests: how many answers are kept. */
  get size(): number {
    return this.answers.size;
  }
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((t) => t.trim() === etag);
}
