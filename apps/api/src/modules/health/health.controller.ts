import { Access } from '../../common/auth/access.decorator';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthDto } from '@qifu/contracts';
import type { FastifyReply } from 'fastify';
import { HealthService } from './health.service';

@ApiTags('health')
@Access.public()
@Controller('health')
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(private readonly probe: HealthService) {}

  /** Readiness: the process is up and the database answers within two seconds. */
  @Get()
  @ApiOkResponse({ description: 'Ready: the database answers.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const up = await this.probe.databaseUp();
    if (!up) void reply.status(503);
    void reply.header('cache-control', 'no-store');
    return {
      status: up ? 'ok' : 'unavailable',
      database: up ? 'up' : 'down',
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }

  /** Liveness: the process answers; says nothing about the database. */
  @Get('live')
  @ApiOkResponse({ description: 'The process is alive.' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
