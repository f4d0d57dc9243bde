import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  approveProviderSchema,
  listApplicationsQuerySchema,
  rejectProviderSchema,
  type ListApplicationsQuery,
  type Page,
  type ProviderApplicationDto,
} from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import type { Actor, RequestContext } from '../../common/auth/actor';
import { CurrentActor, ReqContext } from '../../common/auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { ProviderApplicationsService } from './provider-applications.service';

@ApiTags('provider onboarding')
@Controller()
export class ProviderApplicationsController {
  constructor(private readonly applications: ProviderApplicationsService) {}

  @Get('provider-application')
  @Access.provider()
  mine(@CurrentActor() actor: Actor): Promise<ProviderApplicationDto> {
    return this.applications.mine(actor);
  }

  @Get('provider-applications')
  @Access.operator()
  @ApiZodQuery(listApplicationsQuerySchema)
  list(@Query(new ZodValidationPipe(listApplicationsQuerySchema)) q: ListApplicationsQuery): Promise<Page<ProviderApplicationDto>> {
    return this.applications.list(q);
  }

  @Get('provider-applications/:id')
  @Access.operator()
  get(@Param('id', new UuidPipe()) id: string): Promise<ProviderApplicationDto> {
    return this.applications.get(id);
  }

  @Post('provider-applications/:id/approve')
  @HttpCode(200)
  @Access.operator({ admin: true })
  @ApiZodBody(approveProviderSchema)
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(approveProviderSchema)) body: { note: string },
    @ReqContext() ctx: RequestContext,
  ): Promise<ProviderApplicationDto> {
    return this.applications.decide(actor, id, { approve: true, text: body.note }, ctx);
  }

  @Post('provider-applications/:id/reject')
  @HttpCode(200)
  @Access.operator({ admin: true })
  @ApiZodBody(rejectProviderSchema)
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(rejectProviderSchema)) body: { reason: string },
    @ReqContext() ctx: RequestContext,
  ): Promise<ProviderApplicationDto> {
    return this.applications.decide(actor, id, { approve: false, text: body.reason }, ctx);
  }
}
