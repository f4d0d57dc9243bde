import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** A gauge's value at scrape time: one number, or one per label set. */
export type GaugeValue = number | { labels: Record<string, string>; value: number }[];

interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The process's Prometheus registry (its own, not prom-client's global one: two apps in one test
 * process must not share series). Request durations by route pattern and status, the pool, Node's
 * default process metrics; other modules add theirs with `registerGauge` (the job queue its depth
 * and failures).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status, from arrival to the last byte handed to the socket.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(@InjectDataSource() db: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    const pool = () => (db.driver as { master?: PgPoolCounts }).master;
    this.registerGauge('db_pool_connections', 'Connections of the database pool, by state (idle, busy), and requests waiting for one (waiting).', () => {
      const p = pool();
      if (!p) return [];
      return [
        { labels: { state: 'idle' }, value: p.idleCount },
        { labels: { state: 'busy' }, value: p.totalCount - p.idleCount },
        { labels: { state: 'waiting' }, value: p.waitingCount },
      ];
    }, ['state']);
  }

  /**
   * Adds a gauge read at every scrape. `collect` answers one number, or one value per label set
   * (declare the label names). Names must be unique in the registry (prom-client throws otherwise).
   */
  registerGauge(name: string, help: string, collect: () => GaugeValue | Promise<GaugeValue>, labelNames: string[] = []): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        const value = await collect();
        this.reset();
        if (typeof value === 'number') this.set(value);
        else for (const v of value) this.set(v.labels, v.value);
      },
    });
  }

  /** Times every request. The route is the pattern (`/api/intents/:id`), never the raw URL: an unknown path is `(unmatched)`. */
  attach(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (req, reply, done) => {
      this.requests.observe(
        { method: req.method, route: req.routeOptions?.url ?? '(unmatched)', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      done();
    });
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
