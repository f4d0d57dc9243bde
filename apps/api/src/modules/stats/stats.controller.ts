import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  STATS_DIMENSIONS,
  statsQuerySchema,
  type StatsDimension,
  type StatsOverviewDto,
  type StatsQuery,
} from '@qifu/contracts';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/auth/access.decorator';
import { AppError } from '../../common/errors/app-error';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { StatsExportService } from './stats-export.service';
import { resolvePeriod } from './stats-period';
import { StatsService } from './stats.service';

const JSON_TYPE = 'application/json; charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('operator statistics')
@Access.operator()
@Controller('stats')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly exports: StatsExportService,
  ) {}

  @Get('overview')
  @ApiZodQuery(statsQuerySchema)
  overview(@Query(new ZodValidationPipe(statsQuerySchema)) q: StatsQuery): Promise<StatsOverviewDto> {
    return this.stats.overview(q);
  }

  // The trend and the breakdowns are sent as the JSON text StatsService keeps per statistics stamp.
  @Get('trend')
  @ApiZodQuery(statsQuerySchema)
  @ApiOkResponse({ description: 'StatsTrendDto' })
  async trend(@Query(new ZodValidationPipe(statsQuerySchema)) q: StatsQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const body = await this.stats.trend(q);
    void reply.type(JSON_TYPE);
    return body;
  }

  @Get('breakdown/:dimension')
  @ApiParam({ name: 'dimension', enum: STATS_DIMENSIONS })
  @ApiZodQuery(statsQuerySchema)
  @ApiOkResponse({ description: 'StatsBreakdownDto' })
  async breakdown(
    @Param('dimension') dimension: string,
    @Query(new ZodValidationPipe(statsQuerySchema)) q: StatsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    if (!(STATS_DIMENSIONS as readonly string[]).includes(dimension)) {
      throw new AppError('VALIDATION_FAILED', `Unknown dimension "${dimension.slice(0, 40)}".`, [{ field: 'dimension', message: `one of ${STATS_DIMENSIONS.join(', ')}` }]);
    }
    const body = await this.stats.breakdown(dimension as StatsDimension, q);
    void reply.type(JSON_TYPE);
    return body;
  }

  @Get('export/intents.:format')
  @ApiParam({ name: 'format', enum: ['csv', 'xlsx'] })
  @ApiZodQuery(statsQuerySchema)
  async exportIntents(@Param('format') format: string, @Query(new ZodValidationPipe(statsQuerySchema)) q: StatsQuery, @Res() reply: FastifyReply): Promise<void> {
    const kind = this.format(format);
    const total = await this.exports.countIntents(q);
    const p = resolvePeriod(q);
    const name = `qifu-intents-${p.from}_${p.to}.${kind}`;
    await this.send(reply, kind, name, total, this.exports.intentFile(q, kind));
  }

  @Get('export/providers.:format')
  @ApiParam({ name: 'format', enum: ['csv', 'xlsx'] })
  @ApiZodQuery(statsQuerySchema)
  async exportProviders(@Param('format') format: string, @Query(new ZodValidationPipe(statsQuerySchema)) q: StatsQuery, @Res() reply: FastifyReply): Promise<void> {
    const kind = this.format(format);
    const { rows, body } = await this.exports.providerFile(q, kind);
    const p = resolvePeriod(q);
    const name = `qifu-providers-${p.from}_${p.to}.${kind}`;
    await this.send(reply, kind, name, rows, body);
  }

  private format(format: string): 'csv' | 'xlsx' {
    if (format !== 'csv' && format !== 'xlsx') {
      throw new AppError('VALIDATION_FAILED', 'Export as csv or xlsx.', [{ field: 'format', message: 'csv or xlsx' }]);
    }
    return format;
  }

  private async send(reply: FastifyReply, kind: 'csv' | 'xlsx', name: string, total: number, body: NodeJS.ReadableStream): Promise<void> {
    await reply
      .header('content-type', kind === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('x-total-rows', String(total))
      .header('cache-control', 'no-store')
      .send(body);
  }
}
