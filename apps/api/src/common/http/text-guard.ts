import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error';

// PostgreSQL text cannot hold U+0000: a NUL in a query string, path or JSON body reached the
// database and failed there as a 500 (found by the torture fuzzer: `?q=a%00b`, a NUL in an
// unlisting reason). Refused for every route before validation, as a 400 with a code.
//
// Likewise a lone UTF-16 surrogate ("\udf83" in JSON, valid for JSON.parse): PostgreSQL's json
// type refuses it (a message with one failed in its notification's detail as a 500 — torture
// fuzzer, seed 926968844), and text would silently store U+FFFD instead. Not text; refused alike.
const TEXT_REFUSED = 'Text may not contain the NUL character (U+0000) or an unpaired UTF-16 surrogate.';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const notText = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** Whether any string in a parsed value (or a key) is not storable text (NUL, lone surrogate); iterative, as JSON may nest deeply. */
function containsNonText(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (notText(v)) return true;
    } else if (Array.isArray(v)) {
      for (const inner of v) stack.push(inner);
    } else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        if (notText(k)) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}

export function registerTextGuard(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    if (
      containsNonText(request.params) ||
      containsNonText(request.query) ||
      containsNonText(request.body)
    ) {
      throw new AppError('VALIDATION_FAILED', TEXT_REFUSED);
    }
  });
}
