import { CSRF_HEADER, type MeDto } from '@qifu/contracts';

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

// A minimal cookie-keeping client: what a browser would send, so the tests exercise the real
// cookie, CSRF and origin rules rather than a shortcut.
export class Browser {
  readonly cookies = new Map<string, string>();
  csrfToken?: string;
  me?: MeDto;

  constructor(private readonly baseUrl: string) {}

  get<T = unknown>(path: string, headers: Record<string, string> = {}) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = unknown>(path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request<T>('POST', path, body, headers);
  }
  delete<T = unknown>(path: string, headers: Record<string, string> = {}) {
    return this.request<T>('DELETE', path, undefined, headers);
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookies.size) h['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrfToken && method !== 'GET' && !(CSRF_HEADER in h)) h[CSRF_HEADER] = this.csrfToken;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.baseUrl + path, { method, headers: h, body: payload, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    const parsed = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed && 'user' in parsed) {
      this.me = parsed as MeDto;
      this.csrfToken = this.me.csrfToken;
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** A copy sharing nothing: another browser profile. */
  clone(): Browser {
    const b = new Browser(this.baseUrl);
    for (const [k, v] of this.cookies) b.cookies.set(k, v);
    b.csrfToken = this.csrfToken;
    return b;
  }
}
