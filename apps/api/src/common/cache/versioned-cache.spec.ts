import { VersionedCache } from './versioned-cache';

const numeric = (a: string, b: string) => Number(a) > Number(b);

describe('VersionedCache', () => {
  it('serves a kept value only at the stamp it was computed at', async () => {
    const cache = new VersionedCache<string>({ maxEntries: 10, newer: numeric });
    let computed = 0;
    const compute = async () => ({ value: `v${++computed}` });
    expect(await cache.get('k', '1', compute)).toBe('v1');
    expect(await cache.get('k', '1', compute)).toBe('v1');
    expect(cache.peek('k', '1')).toBe('v1');
    expect(cache.peek('k', '2')).toBeUndefined();
    expect(await cache.get('k', '2', compute)).toBe('v2');
    expect(computed).toBe(2);
  });

  it('lets a reader with an older stamp neither drop the newer entries nor keep its answer', async () => {
    const cache = new VersionedCache<string>({ maxEntries: 10, newer: numeric });
    await cache.get('a', '5', async () => ({ value: 'new' }));
    expect(await cache.get('b', '4', async () => ({ value: 'old' }))).toBe('old');
    expect(cache.peek('a', '5')).toBe('new');
    expect(cache.peek('b', '4')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('drops every entry of an older stamp when a newer one arrives', async () => {
    const cache = new VersionedCache<string>({ maxEntries: 10, newer: numeric });
    await cache.get('a', '1', async () => ({ value: 'a1' }));
    await cache.get('b', '1', async () => ({ value: 'b1' }));
    await cache.get('a', '2', async () => ({ value: 'a2' }));
    expect(cache.size).toBe(1);
    expect(cache.peek('b', '1')).toBeUndefined();
  });

  it('stops serving at validUntil', async () => {
    const cache = new VersionedCache<string>({ maxEntries: 10 });
    await cache.get('k', 's', async () => ({ value: 'x', validUntil: 1000 }), 0);
    expect(cache.peek('k', 's', 999)).toBe('x');
    expect(cache.peek('k', 's', 1000)).toBeUndefined();
    expect(await cache.get('k', 's', async () => ({ value: 'y' }), 1000)).toBe('y');
  });

  it('computes simultaneous misses of one key once', async () => {
    const cache = new VersionedCache<number>({ maxEntries: 10 });
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const compute = async () => {
      calls++;
      await gate;
      return { value: 42 };
    };
    const all = Promise.all([cache.get('k', '1', compute), cache.get('k', '1', compute), cache.get('k', '1', compute)]);
    release();
    expect(await all).toEqual([42, 42, 42]);
    expect(calls).toBe(1);
  });

  it('does not keep values marked keep: false, nor a failed computation', async () => {
    const cache = new VersionedCache<string>({ maxEntries: 10 });
    await cache.get('big', '1', async () => ({ value: 'x', keep: false }));
    expect(cache.peek('big', '1')).toBeUndefined();
    await expect(cache.get('bad', '1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('bad', '1', async () => ({ value: 'ok' }))).toBe('ok');
  });

  it('evicts the least recently used key past maxEntries', async () => {
    const cache = new VersionedCache<string>({ maxEntries: 2 });
    await cache.get('a', '1', async () => ({ value: 'a' }));
    await cache.get('b', '1', async () => ({ value: 'b' }));
    cache.peek('a', '1');
    await cache.get('c', '1', async () => ({ value: 'c' }));
    expect(cache.peek('b', '1')).toBeUndefined();
    expect(cache.peek('a', '1')).toBe('a');
    expect(cache.peek('c', '1')).toBe('c');
  });
});
