import { COMPANY_IMPORT_MAX_BYTES, COMPANY_IMPORT_TYPES } from '@qifu/contracts';
import type { FastifyInstance } from 'fastify';

/**
 * An uploaded file sent as the raw body (Content-Type text/csv or the XLSX type): no multipart
 * library needed for one file. Its own limit, above the JSON one (BODY_LIMIT_BYTES); any other
 * route given such a body refuses it in its schema (a Buffer is not its JSON object).
 */
export function registerFileBodyParser(fastify: FastifyInstance): void {
  for (const type of Object.values(COMPANY_IMPORT_TYPES)) {
    fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: COMPANY_IMPORT_MAX_BYTES }, (_req, body, done) => done(null, body));
  }
}
