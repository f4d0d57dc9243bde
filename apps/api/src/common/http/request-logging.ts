import type { FastifyInstance } from 'fastify';

// One JSON line per request (id, method, route, status, duration) after the response is sent.
// The request id comes from `x-request-id` only behind a trusted proxy (TRUST_PROXY, see
// app.factory.ts), and is echoed back either way.
export function registerRequestLogging(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  // The line is written at info level: below it (LOG_LEVEL=warn, as in the benchmark) the hook
  // would only build an object to throw away on every request.
  if (!(fastify.log as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled?.('info')) return;
  fastify.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions?.url ?? null,
        url: request.url,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
      },
      'request',
    );
    done();
  });
}
