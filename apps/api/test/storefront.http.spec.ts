import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

// With a built storefront present, one origin serves the site and the API.
describe('storefront on the API origin', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qifu-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>企服超市</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    t = await startTestApp({ WEB_DIST_DIR: dir });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the app shell at / and for client-side routes', async () => {
    for (const path of ['/', '/services?q=%E7%A8%8E', '/providers/some-id']) {
      const res = await t.get<string>(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.body).toContain('企服超市');
    }
  });

  it('gives pages the document policy and JSON answers the API one', async () => {
    const page = await t.get<string>('/services');
    const pagePolicy = page.headers.get('content-security-policy') ?? '';
    expect(pagePolicy).toContain("script-src 'self'");
    expect(pagePolicy).toContain("frame-ancestors 'none'");
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    const docs = await t.get<string>('/api/docs');
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
    const api = await t.get('/api/categories');
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    for (const res of [page, api]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect(api.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves fingerprinted assets with a long cache life', async () => {
    const res = await t.get<string>('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('keeps unknown API routes as JSON 404s', async () => {
    const res = await t.get<{ code: string }>('/api/not-a-route');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('ROUTE_NOT_FOUND');
  });
});
