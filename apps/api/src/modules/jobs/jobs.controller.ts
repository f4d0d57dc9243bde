import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listFailedJobsQuerySchema, type FailedJobDto, type JobsSummaryDto, type ListFailedJobsQuery, type Page, type RetriedJobDto } from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import type { Actor, RequestContext } from '../../common/auth/actor';
import { CurrentActor, ReqContext } from '../../common/auth/current-actor.decorator';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { JobsConsoleService } from './jobs-console.service';

@ApiTags('operator')
@Controller('operator/jobs')
export class JobsController {
  constructor(private readonly console: JobsConsoleService) {}

  @Get('summary')
  @Access.operator()
  summary(): Promise<JobsSummaryDto> {
    return this.console.summary();
  }

  @Get('failed')
  @Access.operator()
  @ApiZodQuery(listFailedJobsQuerySchema)
  listFailed(@Query(new ZodValidationPipe(listFailedJobsQuerySchema)) q: ListFailedJobsQuery): Promise<Page<FailedJobDto>> {
    return this.console.listFailed(q);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @Access.operator()
  retry(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string, @ReqContext() ctx: RequestContext): Promise<RetriedJobDto> {
    return this.console.retry(actor, id, ctx);
  }
}
