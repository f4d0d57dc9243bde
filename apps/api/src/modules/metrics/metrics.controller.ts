import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../../common/auth/access.decorator';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { mayReadMetrics } from './metrics-access';
import { MetricsService } from './metrics.service';

// For the operator's Prometheus, not for the public API document.
@ApiExcludeController()
@Access.public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!mayReadMetrics(req, this.config.METRICS_TOKEN, this.config.TRUST_PROXY)) {
      throw new AppError('FORBIDDEN', this.config.METRICS_TOKEN ? 'The metrics need the configured bearer token.' : 'The metrics are served to this machine only (or set METRICS_TOKEN).');
    }
    const { contentType, body } = await this.metrics.exposition();
    void reply.header('content-type', contentType).header('cache-control', 'no-store').send(body);
  }
}
