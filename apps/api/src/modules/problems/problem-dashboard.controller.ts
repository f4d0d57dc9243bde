import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { problemDashboardQuerySchema, type ProblemDashboardDto, type ProblemDashboardQuery } from '@qifu/contracts';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/auth/access.decorator';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { ProblemDashboardService } from './problem-dashboard.service';

@ApiTags('problems')
@Access.operator()
@Controller('operator/problems/dashboard')
export class ProblemDashboardController {
  constructor(private readonly dashboard: ProblemDashboardService) {}

  @Get()
  @ApiZodQuery(problemDashboardQuerySchema)
  get(@Query(new ZodValidationPipe(problemDashboardQuerySchema)) q: ProblemDashboardQuery): Promise<ProblemDashboardDto> {
    return this.dashboard.dashboard(q);
  }

  @Get('export.csv')
  @ApiZodQuery(problemDashboardQuerySchema)
  async export(@Query(new ZodValidationPipe(problemDashboardQuerySchema)) q: ProblemDashboardQuery, @Res() reply: FastifyReply): Promise<void> {
    const { period, total } = await this.dashboard.countForExport(q);
    const name = `qifu-problems-${period.from}_${period.to}.csv`;
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('x-total-rows', String(total))
      .header('cache-control', 'no-store')
      .send(this.dashboard.exportCsv(period));
  }
}
