import type { FastifyInstance } from 'fastify';
import sjson from 'secure-json-parse';
import { AppError } from '../errors/app-error';

// Fastify's own JSON parser reports bad JSON as a FastifyError that Nest flattens into a bare
// HttpException, losing its code. This parser keeps the code (MALFORMED_JSON) and still refuses
// prototype-poisoning keys (__proto__, constructor.prototype).
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch {
      done(new AppError('MALFORMED_JSON', 'The request body is not valid JSON.'), undefined);
    }
  });
}
