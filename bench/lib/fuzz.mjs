// Hostile requests generated from the API's own OpenAPI document with fast-check: every route,
// every role, bodies from each route's JSON schema mixed with wrong types, malformed JSON, huge
// and unicode-edge strings, injection strings and path params that are not UUIDs. Deterministic:
// the same seed, document and id pool give the same requests.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The error codes of libs/contracts (read from its source: one code per line, `CODE: status,`). */
export function contractErrorCodes(root) {
  const text = readFileSync(join(root, 'libs/contracts/src/lib/error-codes.ts'), 'utf8');
  const block = /ERROR_HTTP_STATUS = \{([\s\S]*?)\} as const/.exec(text)?.[1] ?? '';
  const codes = [...block.matchAll(/^\s*([A-Z][A-Z0-9_]*):\s*\d{3},/gm)].map((m) => m[1]);
  if (codes.length < 10) throw new Error('Could not read the error codes from libs/contracts/src/lib/error-codes.ts');
  return new Set(codes);
}

const HUGE = 'x'.repeat(200_000);
export const HOSTILE_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\uD800', '\uDFFF', 'x\uD83D', '\uDE00y', '\u202Eevil\u202C', 'שלום עולם', 'مرحبا',
  '\u200B', '\u200D\u200D', '\uFEFF', '\uFFFE\uFFFF', '👩‍👩‍👧‍👦', '🀄️🈶', 'e\u0301'.repeat(500), '字'.repeat(3000), '\r\n\t', '\u2028\u2029',
  "'; DROP TABLE intent; --", "' OR '1'='1", '" OR ""="', '1; SELECT pg_sleep(10)', "$$; SELECT 1; $$", '\\', '\\\\\'', '%', '%%', '%zz', '%00', '_', '*',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '${7*7}', '{{7*7}}', '../../../etc/passwd', '..%2f..%2f',
  '__proto__', 'constructor', 'prototype', 'null', 'undefined', 'NaN', 'Infinity', '-0', '1e309', '0x10', '9'.repeat(400), '-1',
  '2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31', '1970-01-01T00:00:00Z', '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff', 'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ', 'a'.repeat(1001), 'a'.repeat(65_536), HUGE,
];
const WRONG_TYPES = [null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, [], [1, 'a'], {}, { $gt: '' }, JSON.parse('{"__proto__":{"admin":true}}'), [[[[[]]]]]];

const anyUnicode = fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 40 });
const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 5 },
  { arbitrary: anyUnicode, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
);
const wrongType = fc.constantFrom(...WRONG_TYPES);
const hostileValue = fc.oneof({ arbitrary: hostileString, weight: 3 }, { arbitrary: wrongType, weight: 2 }, { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 });

/** A value that mostly satisfies the schema (to get past validation and reach the handlers). */
function validish(schema, ids, depth = 0) {
  if (!schema || typeof schema !== 'object') return fc.jsonValue({ maxDepth: 2 });
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf || schema.oneOf) return fc.oneof(...(schema.anyOf ?? schema.oneOf).map((s) => valueFor(s, ids, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string': {
      if (schema.format === 'uuid' || /\[0-9a-fA-F\]\{8\}/.test(schema.pattern ?? '')) return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
      if (/\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(schema.pattern ?? '')) {
        return fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      }
      if (schema.pattern) {
        try {
          return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, schema.maxLength ?? 200));
        } catch {
          /* a pattern fast-check cannot invert: fall through */
        }
      }
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 60, 200);
      return fc.oneof(
        fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, max) }),
        fc.constantFrom('企业服务对接需求：希望尽快沟通报价。', '测试', 'hello world', `${'长'.repeat(Math.max(min, 1))}`),
        fc.constant('边'.repeat(Math.max(min, max))),
        fc.constant('边'.repeat(max + 1)),
      );
    }
    case 'integer':
    case 'number': {
      const lo = schema.minimum ?? -1000;
      const hi = schema.maximum ?? 1_000_000;
      const around = [lo, lo - 1, hi, hi + 1, 0, 1].filter((n) => Number.isFinite(n));
      return fc.oneof(type === 'integer' ? fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31) }) : fc.double({ min: lo, max: hi, noNaN: true }), fc.constantFrom(...around));
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor(schema.items ?? {}, ids, depth + 1), { maxLength: Math.min(schema.maxItems ?? 5, 12) + 1 });
    case 'object':
    default: {
      if (depth > 4 || !schema.properties) return fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 3 });
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties);
      return fc
        .tuple(
          ...entries.map(([k, s]) => fc.tuple(fc.constant(k), valueFor(s, ids, depth + 1), fc.integer({ min: 0, max: 99 }))),
          fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, { arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'role', 'id', 'status', 'version', '\u0000'), hostileValue), weight: 1 }),
        )
        .map((parts) => {
          const extra = parts.pop();
          const out = {};
          // Required fields are nearly always present (so bodies reach the handlers); optional ones half the time.
          for (const [k, v, roll] of parts) if (required.has(k) ? roll < 95 : roll < 50) out[k] = v;
          if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
          return out;
        });
    }
  }
}

function valueFor(schema, ids, depth = 0) {
  return fc.oneof({ arbitrary: validish(schema, ids, depth), weight: 4 }, { arbitrary: hostileValue, weight: 1 });
}

// Percent-encodes any string, lone surrogates included (encodeURIComponent throws on them).
export function encodeAny(s) {
  return String(s).replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g, (ch) => {
    if (ch.length === 2) return encodeURIComponent(ch);
    const c = ch.charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdfff) return `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    return encodeURIComponent(ch);
  });
}

const PATH_PARAM_HOSTILE = ['1', '0', '-1', 'abc', "1' OR '1'='1", '%00', '..', '%2e%2e', 'null', 'undefined', '💥', '\u202E', 'a'.repeat(3000), '00000000-0000-0000-0000-00000000000g', '{id}', ' '];

const RAW_BODIES = [
  '{', '}', '{"a":', '{"need": "x"', '[1,2', '{"a":1}garbage', 'nul', 'tru', '\u0000', '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}', '[]', '1', 'null', '"string"', '[' .repeat(5000) + ']'.repeat(5000), `{"a":"${'x'.repeat(2 * 1024 * 1024)}"}`,
  '{"a":1,"a":2}', '{"a":1e99999}', '\uFEFF{}', '  ', '{"a": NaN}',
];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1', ''];

/**
 * Arbitrary of one request over the document's operations. `roles` is a list of role names (the
 * caller maps them to cookies); `ids` a pool of real ids (services, intents, listings…) so some
 * requests name things that exist.
 */
export function requestArbitrary(doc, { roles, ids, exclude = [] }) {
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      if (exclude.includes(key)) continue;
      ops.push({ key, method: method.toUpperCase(), path, op });
    }
  }
  if (!ops.length) throw new Error('The OpenAPI document lists no operations');
  const opArbs = ops.map(({ key, method, path, op }) => {
    const params = op.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const headerParams = params.filter((p) => p.in === 'header' && !/^idempotency-key$/i.test(p.name));
    const wantsIdempotency = params.some((p) => p.in === 'header' && /^idempotency-key$/i.test(p.name));
    const bodySchema = op.requestBody?.content?.['application/json']?.schema;
    const pathArb = fc.tuple(
      ...pathParams.map((p) =>
        fc.oneof(
          { arbitrary: p.schema?.enum ? fc.constantFrom(...p.schema.enum) : ids.length ? fc.constantFrom(...ids) : fc.uuid(), weight: 4 },
          { arbitrary: fc.uuid(), weight: 2 },
          { arbitrary: fc.constantFrom(...PATH_PARAM_HOSTILE), weight: 2 },
          { arbitrary: hostileString, weight: 1 },
        ),
      ),
    );
    const queryArb = fc.tuple(
      fc.tuple(...queryParams.map((p) =>
        fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 4 },
          { arbitrary: validish(p.schema ?? { type: 'string' }, ids), weight: 4 },
          { arbitrary: hostileString, weight: 2 },
          // A repeated parameter arrives as an array.
          { arbitrary: fc.tuple(validish(p.schema ?? { type: 'string' }, ids), hostileString), weight: 1 },
        ),
      )),
      fc.option(fc.tuple(hostileString, hostileString), { freq: 8 }),
    );
    // fetch() cannot send a body with GET; DELETE sometimes carries junk.
    const bodyArb = method === 'GET'
      ? fc.constant(undefined)
      : method === 'DELETE'
      ? fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ raw })), weight: 1 })
      : fc.oneof(
          { arbitrary: (bodySchema ? valueFor(bodySchema, ids) : fc.jsonValue({ maxDepth: 2 })).map((value) => ({ value })), weight: 7 },
          { arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ raw })), weight: 2 },
          { arbitrary: fc.constant(undefined), weight: 1 },
        );
    return fc
      .record({
        role: fc.constantFrom(...roles),
        pathValues: pathArb,
        query: queryArb,
        body: bodyArb,
        contentType: fc.oneof({ arbitrary: fc.constant('application/json'), weight: 9 }, { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 1 }),
        csrf: fc.oneof({ arbitrary: fc.constant('valid'), weight: 18 }, { arbitrary: fc.constantFrom('missing', 'wrong'), weight: 1 }),
        idempotencyKey: wantsIdempotency ? fc.oneof(fc.uuid(), fc.string({ unit: 'binary-ascii', maxLength: 300 }), fc.constant(''), fc.constant('k'.repeat(5000))) : fc.constant(undefined),
        headers: fc.tuple(...headerParams.map(() => fc.option(fc.string({ unit: 'binary-ascii', maxLength: 50 })))),
      })
      .map((r) => {
        let url = path;
        pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeAny(r.pathValues[i]))));
        const qs = [];
        const [values, junk] = r.query;
        queryParams.forEach((p, i) => {
          const v = values[i];
          if (v === undefined) return;
          for (const one of Array.isArray(v) && !p.schema?.type?.includes?.('array') ? v : [v]) qs.push(`${encodeAny(p.name)}=${encodeAny(typeof one === 'object' ? JSON.stringify(one) : one)}`);
        });
        if (junk) qs.push(`${encodeAny(junk[0])}=${encodeAny(junk[1])}`);
        if (qs.length) url += `?${qs.join('&')}`;
        const headers = {};
        headerParams.forEach((p, i) => {
          const v = r.headers[i];
          if (v !== null) headers[p.name] = v.replace(/[^\x20-\x7e]/g, '');
        });
        if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey.replace(/[^\x20-\x7e]/g, '');
        let body;
        if (r.body) body = 'raw' in r.body ? r.body.raw : JSON.stringify(r.body.value);
        if (body !== undefined && r.contentType) headers['content-type'] = r.contentType;
        return { op: key, method, url, role: r.role, csrf: r.csrf, headers, body };
      });
  });
  // Every operation equally likely, whatever its number of variants.
  return { ops: ops.map((o) => o.key), arbitrary: fc.oneof(...opArbs) };
}
