import { PendingCounts } from './pending-counts';

class Counts extends PendingCounts<string, number> {
  written: Map<string, number>[] = [];
  fail = false;
  up = true;

  constructor() {
    super('things');
  }

  count(k: string, n = 1): void {
    this.pending.set(k, (this.pending.get(k) ?? 0) + n);
  }

  protected async write(batch: Map<string, number>): Promise<void> {
    if (this.fail) throw new Error('database down');
    this.written.push(new Map(batch));
  }

  protected add(a: number, b: number): number {
    return a + b;
  }

  protected ready(): boolean {
    return this.up;
  }
}

describe('PendingCounts', () => {
  it('writes what was counted in one batch, then nothing until more is counted', async () => {
    const c = new Counts();
    c.count('a');
    c.count('a');
    c.count('b');
    await c.flush();
    await c.flush();
    expect(c.written).toEqual([new Map([['a', 2], ['b', 1]])]);
  });

  it('keeps a failed batch and adds it to what came meanwhile', async () => {
    const c = new Counts();
    c.count('a', 3);
    c.fail = true;
    await c.flush();
    c.count('a', 2);
    c.count('c');
    c.fail = false;
    await c.flush();
    expect(c.written).toEqual([new Map([['a', 5], ['c', 1]])]);
  });

  it('waits while the database is not ready, and flushes at shutdown', async () => {
    const c = new Counts();
    c.count('a');
    c.up = false;
    await c.flush();
    expect(c.written).toEqual([]);
    c.up = true;
    c.onModuleInit();
    await c.onApplicationShutdown();
    expect(c.written).toEqual([new Map([['a', 1]])]);
  });
});
