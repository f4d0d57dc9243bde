// Hostile requests generated from the API's own OpenAPI document with fast-check: every route,
// every role, bodies from each route's JSON schema mixed with wrong types, malformed JSON, huge
// and unicode-edge strings, injection strings and path params that are not UUIDs. Deterministic:
// the same seed, document and id pool give the same requests.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The error codes of libs/contracts (read from its source: one code per line, `CODE: status,`). */
export function contractErrorCodes(root) {
  const text = readFileSync(
    join(root, 'libs/contracts/src/lib/error-codes.ts'),
    'utf8',
  );
  const block =
    /ERROR_HTTP_STATUS = \{([\s\S]*?)\} as const/.exec(text)?.[1] ?? '';
  const codes = [...block.matchAll(/^\s*([A-Z][A-Z0-9_]*):\s*\d{3},/gm)].map(
    (m) => m[1],
  );
  if (codes.length < 10)
    throw new Error(
      'Could not read the error codes from libs/contracts/src/lib/error-codes.ts',
    );
  return new Set(codes);
}

const HUGE = 'x'.repeat(200_000);
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '\uDE00y',
  '\u202Eevil\u202C',
  'שלום עולם',
  'مرحبا',
  '\u200B',
  '\u200D\u200D',
  '\uFEFF',
  '\uFFFE\uFFFF',
  '👩‍👩‍👧‍👦',
  '🀄️🈶',
  'e\u0301'.repeat(500),
  '字'.repeat(3000),
  '\r\n\t',
  '\u2028\u2029',
  "'; DROP TABLE intent; --",
  "' OR '1'='1",
  '" OR ""="',
  '1; SELECT pg_sleep(10)',
  '$$; SELECT 1; $$',
  '\\',
  "\\\\'",
  '%',
  '%%',
  '%zz',
  '%00',
  '_',
  '*',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '${7*7}',
  '{{7*7}}',
  '../../../etc/passwd',
  '..%2f..%2f',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  '9'.repeat(400),
  '-1',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '1970-01-01T00:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
  'a'.repeat(1001),
  'a'.repeat(65_536),
  HUGE,
];
const WRONG_TYPES = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  [],
  [1, 'a'],
  {},
  { $gt: '' },
  JSON.parse('{"__proto__":{"admin":true}}'),
  [[[[[]]]]],
];

const anyUnicode = fc.string({
  unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 5 },
  { arbitrary: anyUnicode, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
);
const wrongType = fc.constantFrom(...WRONG_TYPES);
const hostileValue = fc.oneof(
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: wrongType, weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

const TEXT_UNITS = [
  ...'企业服务专利申请代理咨询测试数据安全高新技术园区财税人力资源法律知识产权abcXYZ0123 ，。',
];

/** Which pool of real ids a field or path parameter names. */
function poolFor(name, path, ids) {
  const by = (k) => (ids[k]?.length ? ids[k] : (ids.any ?? []));
  if (/^serviceId$/i.test(name)) return by('service');
  if (/^provider(Id)?$/i.test(name)) return by('provider');
  if (/^companyId$/i.test(name)) return by('company');
  if (name !== 'id') return ids.any ?? [];
  if (/\/intents\//.test(path)) return by('intent');
  if (/\/(provider|operator)\/listings\//.test(path)) return by('listing');
  if (/\/services\//.test(path)) return by('service');
  if (/\/providers\//.test(path)) return by('provider');
  if (/\/notifications\//.test(path)) return by('notification');
  if (/\/provider-applications\//.test(path)) return by('application');
  return ids.any ?? [];
}

/**
 * A value for `schema`. strict: one that satisfies it (so the request reaches the handler, with
 * real ids where the pool has them); otherwise "valid-ish": boundaries ±1 and, one field in five,
 * something hostile.
 */
function gen(schema, ctx, strict, depth = 0) {
  const inner = (s, name = ctx.name) =>
    strict
      ? gen(s, { ...ctx, name }, true, depth + 1)
      : fc.oneof(
          { arbitrary: gen(s, { ...ctx, name }, false, depth + 1), weight: 4 },
          { arbitrary: hostileValue, weight: 1 },
        );
  if (!schema || typeof schema !== 'object')
    return fc.jsonValue({ maxDepth: 2 });
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.anyOf || schema.oneOf)
    return fc.oneof(
      ...(schema.anyOf ?? schema.oneOf).map((s) =>
        gen(s, ctx, strict, depth + 1),
      ),
    );
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string': {
      if (
        schema.format === 'uuid' ||
        /\[0-9a-fA-F\]\{8\}/.test(schema.pattern ?? '')
      ) {
        const pool = poolFor(ctx.name ?? '', ctx.path, ctx.ids);
        return pool.length
          ? fc.oneof(
              { arbitrary: fc.constantFrom(...pool), weight: strict ? 9 : 2 },
              { arbitrary: fc.uuid(), weight: 1 },
            )
          : fc.uuid();
      }
      if (/categor/i.test(ctx.name ?? '') && ctx.ids.category?.length)
        return fc.oneof(
          {
            arbitrary: fc.constantFrom(...ctx.ids.category),
            weight: strict ? 9 : 2,
          },
          { arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{1,20}$/), weight: 1 },
        );
      if (/\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(schema.pattern ?? '')) {
        const [lo, hi] = strict ? [2025, 2027] : [1990, 2040];
        return fc
          .tuple(
            fc.integer({ min: lo, max: hi }),
            fc.integer({ min: 1, max: 12 }),
            fc.integer({ min: 1, max: strict ? 28 : 31 }),
          )
          .map(
            ([y, m, d]) =>
              `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          );
      }
      if (schema.format === 'email')
        return fc
          .tuple(
            fc.stringMatching(/^[a-z][a-z0-9.]{1,12}$/),
            fc.constantFrom('fuzz.test', 'bench.qifu'),
          )
          .map(([a, b]) => `${a}@${b}`);
      if (schema.pattern) {
        try {
          return fc
            .stringMatching(new RegExp(schema.pattern))
            .filter(
              (v) =>
                v.length >= (schema.minLength ?? 0) &&
                v.length <= (schema.maxLength ?? 200),
            );
        } catch {
          /* a pattern fast-check cannot invert: fall through */
        }
      }
      const min = schema.minLength ?? 0;
      const max = Math.max(min, Math.min(schema.maxLength ?? 60, 120));
      const text = fc
        .string({
          unit: fc.constantFrom(...TEXT_UNITS),
          minLength: Math.max(min, strict ? 1 : 0),
          maxLength: max,
        })
        .filter((v) => !strict || v.trim().length >= min);
      if (strict) return text;
      return fc.oneof(
        text,
        fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
        fc.constant('边'.repeat(max)),
        fc.constant('边'.repeat(max + 1)),
      );
    }
    case 'integer':
    case 'number': {
      const lo =
        schema.minimum ??
        (schema.exclusiveMinimum !== undefined
          ? schema.exclusiveMinimum + 1
          : -1000);
      const hi =
        schema.maximum ??
        (schema.exclusiveMaximum !== undefined
          ? schema.exclusiveMaximum - 1
          : 1_000_000);
      const inRange =
        type === 'integer'
          ? fc.integer({
              min: Math.max(lo, -(2 ** 31)),
              max: Math.min(hi, 2 ** 31),
            })
          : fc.double({
              min: lo,
              max: hi,
              noNaN: true,
              noDefaultInfinity: true,
            });
      if (strict)
        return fc.oneof(inRange, fc.constantFrom(lo, Math.min(hi, lo + 1)));
      return fc.oneof(
        inRange,
        fc.constantFrom(
          ...[lo, lo - 1, hi, hi + 1, 0, 1].filter((n) => Number.isFinite(n)),
        ),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minItems = schema.minItems ?? 0;
      const maxItems = Math.max(minItems, Math.min(schema.maxItems ?? 5, 12));
      const items = fc.array(inner(schema.items ?? {}), {
        minLength: strict ? minItems : 0,
        maxLength: strict ? maxItems : maxItems + 1,
      });
      return strict && schema.uniqueItems
        ? items
            .map((xs) => [...new Set(xs)])
            .filter((xs) => xs.length >= minItems)
        : items;
    }
    case 'object':
    default: {
      if (depth > 4 || !schema.properties)
        return strict
          ? fc.constant({})
          : fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, {
              maxKeys: 3,
            });
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties);
      const extra = strict
        ? fc.constant(null)
        : fc.oneof(
            { arbitrary: fc.constant(null), weight: 8 },
            {
              arbitrary: fc.tuple(
                fc.constantFrom(
                  '__proto__',
                  'constructor',
                  'isAdmin',
                  'role',
                  'id',
                  'status',
                  'version',
                  '\u0000',
                ),
                hostileValue,
              ),
              weight: 1,
            },
          );
      return fc
        .tuple(
          fc.tuple(
            ...entries.map(([k, s]) =>
              fc.tuple(
                fc.constant(k),
                inner(s, k),
                fc.integer({ min: 0, max: 99 }),
              ),
            ),
          ),
          extra,
        )
        .map(([parts, more]) => {
          const out = {};
          // Required fields are (nearly) always present; optional ones half the time.
          for (const [k, v, roll] of parts)
            if (required.has(k) ? strict || roll < 95 : roll < 50) out[k] = v;
          if (more)
            Object.defineProperty(out, more[0], {
              value: more[1],
              enumerable: true,
              configurable: true,
              writable: true,
            });
          return out;
        });
    }
  }
}

// Percent-encodes any string, lone surrogates included (encodeURIComponent throws on them).
export function encodeAny(s) {
  return String(s).replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g, (ch) => {
    if (ch.length === 2) return encodeURIComponent(ch);
    const c = ch.charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdfff)
      return `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    return encodeURIComponent(ch);
  });
}

const PATH_PARAM_HOSTILE = [
  '1',
  '0',
  '-1',
  'abc',
  "1' OR '1'='1",
  '%00',
  '..',
  '%2e%2e',
  'null',
  'undefined',
  '💥',
  '\u202E',
  'a'.repeat(3000),
  '00000000-0000-0000-0000-00000000000g',
  '{id}',
  ' ',
];

const RAW_BODIES = [
  '{',
  '}',
  '{"a":',
  '{"need": "x"',
  '[1,2',
  '{"a":1}garbage',
  'nul',
  'tru',
  '\u0000',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '[]',
  '1',
  'null',
  '"string"',
  '['.repeat(5000) + ']'.repeat(5000),
  `{"a":"${'x'.repeat(2 * 1024 * 1024)}"}`,
  '{"a":1,"a":2}',
  '{"a":1e99999}',
  '\uFEFF{}',
  '  ',
  '{"a": NaN}',
];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=latin1',
  '',
];

/**
 * Arbitrary of one request over the document's operations. `roles` is a list of role names (the
 * caller maps them to cookies); `ids` pools of real ids by kind ({ service, provider, intent,
 * listing, notification, application, company, category, any }) so requests name things that exist;
 * `examples` valid bodies by operation for the rules a JSON schema cannot express.
 */
/** The role a path is most likely meant for (the others are still tried, less often). */
function likelyRole(path, roles) {
  const want =
    /^\/api\/(operator|stats|audit-log|companies|provider-applications)\b/.test(
      path,
    )
      ? 'operator'
      : /^\/api\/provider\//.test(path) || /\/rating\/reply$/.test(path)
        ? 'provider'
        : /^\/api\/(intents|notifications|organisation|auth)\b/.test(path)
          ? 'company'
          : 'anonymous';
  return roles.includes(want) ? want : roles[0];
}

export function requestArbitrary(
  doc,
  { roles, ids, exclude = [], examples = {} },
) {
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
    const headerParams = params.filter(
      (p) => p.in === 'header' && !/^idempotency-key$/i.test(p.name),
    );
    const wantsIdempotency = params.some(
      (p) => p.in === 'header' && /^idempotency-key$/i.test(p.name),
    );
    const bodySchema = op.requestBody?.content?.['application/json']?.schema;
    const ctx = (name) => ({ ids, path, name });
    const realPathValue = (p) => {
      if (p.schema?.enum) return fc.constantFrom(...p.schema.enum);
      const pool = poolFor(p.name, path, ids);
      return pool.length ? fc.constantFrom(...pool) : fc.uuid();
    };

    // "well-formed": a request that satisfies the document (real ids, the role the path suggests,
    // valid CSRF and JSON), with at most one top-level body field or query value made hostile.
    const wellFormed = fc
      .record({
        role: fc.oneof(
          { arbitrary: fc.constant(likelyRole(path, roles)), weight: 4 },
          { arbitrary: fc.constantFrom(...roles), weight: 1 },
        ),
        pathValues: fc.tuple(...pathParams.map(realPathValue)),
        query: fc.tuple(
          fc.tuple(
            ...queryParams.map((p) =>
              fc.option(
                gen(p.schema ?? { type: 'string' }, ctx(p.name), true),
                { freq: 2, nil: undefined },
              ),
            ),
          ),
          fc.constant(null),
        ),
        body:
          method === 'GET' || method === 'DELETE' || !bodySchema
            ? fc.constant(undefined)
            : // Rules a schema cannot say (a check character, "a range needs both amounts"): hand-written valid bodies.
              fc
                .oneof(
                  { arbitrary: gen(bodySchema, ctx(''), true), weight: 1 },
                  ...(examples[key]
                    ? [{ arbitrary: examples[key], weight: 2 }]
                    : []),
                )
                .map((value) => ({ value })),
        poison: fc.option(fc.tuple(fc.nat(), hostileValue), {
          freq: 2,
          nil: null,
        }),
        idempotencyKey: wantsIdempotency
          ? fc.oneof(fc.uuid(), fc.constant(undefined))
          : fc.constant(undefined),
        headers: fc.tuple(...headerParams.map(() => fc.constant(null))),
      })
      .map((r) => {
        if (r.poison) {
          const [n, bad] = r.poison;
          const bodyKeys =
            r.body?.value && typeof r.body.value === 'object'
              ? Object.keys(r.body.value)
              : [];
          if (bodyKeys.length)
            r.body = {
              value: { ...r.body.value, [bodyKeys[n % bodyKeys.length]]: bad },
            };
          else if (queryParams.length)
            (r.query = [[...r.query[0]], null])[0][n % queryParams.length] =
              typeof bad === 'string' ? bad : JSON.stringify(bad);
        }
        return {
          ...r,
          contentType: 'application/json',
          csrf: 'valid',
          mode: 'well-formed',
        };
      });

    // "chaos": anything goes in every part of the request.
    const pathArb = fc.tuple(
      ...pathParams.map((p) =>
        fc.oneof(
          { arbitrary: realPathValue(p), weight: 4 },
          { arbitrary: fc.uuid(), weight: 2 },
          { arbitrary: fc.constantFrom(...PATH_PARAM_HOSTILE), weight: 2 },
          { arbitrary: hostileString, weight: 1 },
        ),
      ),
    );
    const queryArb = fc.tuple(
      fc.tuple(
        ...queryParams.map((p) =>
          fc.oneof(
            { arbitrary: fc.constant(undefined), weight: 4 },
            {
              arbitrary: gen(
                p.schema ?? { type: 'string' },
                ctx(p.name),
                false,
              ),
              weight: 4,
            },
            { arbitrary: hostileString, weight: 2 },
            // A repeated parameter arrives as an array.
            {
              arbitrary: fc.tuple(
                gen(p.schema ?? { type: 'string' }, ctx(p.name), false),
                hostileString,
              ),
              weight: 1,
            },
          ),
        ),
      ),
      fc.option(fc.tuple(hostileString, hostileString), { freq: 8 }),
    );
    // fetch() cannot send a body with GET; DELETE sometimes carries junk.
    const bodyArb =
      method === 'GET'
        ? fc.constant(undefined)
        : method === 'DELETE'
          ? fc.oneof(
              { arbitrary: fc.constant(undefined), weight: 9 },
              {
                arbitrary: fc
                  .constantFrom(...RAW_BODIES)
                  .map((raw) => ({ raw })),
                weight: 1,
              },
            )
          : fc.oneof(
              {
                arbitrary: (bodySchema
                  ? gen(bodySchema, ctx(''), false)
                  : fc.jsonValue({ maxDepth: 2 })
                ).map((value) => ({ value })),
                weight: 7,
              },
              {
                arbitrary: fc
                  .constantFrom(...RAW_BODIES)
                  .map((raw) => ({ raw })),
                weight: 2,
              },
              { arbitrary: fc.constant(undefined), weight: 1 },
            );
    const chaos = fc
      .record({
        role: fc.constantFrom(...roles),
        pathValues: pathArb,
        query: queryArb,
        body: bodyArb,
        contentType: fc.oneof(
          { arbitrary: fc.constant('application/json'), weight: 9 },
          { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 1 },
        ),
        csrf: fc.oneof(
          { arbitrary: fc.constant('valid'), weight: 18 },
          { arbitrary: fc.constantFrom('missing', 'wrong'), weight: 1 },
        ),
        idempotencyKey: wantsIdempotency
          ? fc.oneof(
              fc.uuid(),
              fc.string({ unit: 'binary-ascii', maxLength: 300 }),
              fc.constant(''),
              fc.constant('k'.repeat(5000)),
            )
          : fc.constant(undefined),
        headers: fc.tuple(
          ...headerParams.map(() =>
            fc.option(fc.string({ unit: 'binary-ascii', maxLength: 50 })),
          ),
        ),
      })
      .map((r) => ({ ...r, mode: 'chaos' }));

    return fc.oneof(wellFormed, chaos).map((r) => {
      let url = path;
      pathParams.forEach(
        (p, i) =>
          (url = url.replace(`{${p.name}}`, encodeAny(r.pathValues[i]))),
      );
      const qs = [];
      const [values, junk] = r.query;
      queryParams.forEach((p, i) => {
        const v = values[i];
        if (v === undefined) return;
        for (const one of Array.isArray(v) ? v : [v])
          qs.push(
            `${encodeAny(p.name)}=${encodeAny(typeof one === 'object' ? JSON.stringify(one) : one)}`,
          );
      });
      if (junk) qs.push(`${encodeAny(junk[0])}=${encodeAny(junk[1])}`);
      if (qs.length) url += `?${qs.join('&')}`;
      const headers = {};
      headerParams.forEach((p, i) => {
        const v = r.headers[i];
        if (v !== null && v !== undefined)
          headers[p.name] = v.replace(/[^\x20-\x7e]/g, '');
      });
      if (r.idempotencyKey !== undefined)
        headers['idempotency-key'] = r.idempotencyKey.replace(
          /[^\x20-\x7e]/g,
          '',
        );
      let body;
      if (r.body)
        body = 'raw' in r.body ? r.body.raw : JSON.stringify(r.body.value);
      if (body !== undefined && r.contentType)
        headers['content-type'] = r.contentType;
      return {
        op: key,
        mode: r.mode,
        method,
        url,
        role: r.role,
        csrf: r.csrf,
        headers,
        body,
      };
    });
  });
  // Every operation equally likely, whatever its number of variants.
  return { ops: ops.map((o) => o.key), arbitrary: fc.oneof(...opArbs) };
}
