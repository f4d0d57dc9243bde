import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createProblemSchema,
  createVisitSchema,
  listProblemsQuerySchema,
  requestServiceForProblemSchema,
  transitionProblemSchema,
  type CreateProblemRequest,
  type CreateVisitRequest,
  type ListProblemsQuery,
  type Page,
  type ProblemCategoryDto,
  type ProblemDetailDto,
  type ProblemSummaryDto,
  type RequestServiceForProblemRequest,
  type TransitionProblemRequest,
  type VisitDto,
} from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { ProblemsService } from './problems.service';

@ApiTags('problems')
@Controller()
export class ProblemsController {
  constructor(private readonly problems: ProblemsService) {}

  @Get('problem-categories')
  @Access.signedIn()
  categories(): Promise<ProblemCategoryDto[]> {
    return this.problems.categories();
  }

  @Post('visits')
  @Access.operator()
  @ApiZodBody(createVisitSchema)
  recordVisit(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(createVisitSchema)) body: CreateVisitRequest): Promise<VisitDto> {
    return this.problems.recordVisit(actor, body);
  }

  @Post('problems')
  @Access.orgs(['company', 'operator'])
  @ApiZodBody(createProblemSchema)
  raise(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(createProblemSchema)) body: CreateProblemRequest): Promise<ProblemDetailDto> {
    return this.problems.raise(actor, body);
  }

  @Get('problems')
  @Access.orgs(['company', 'operator'])
  @ApiZodQuery(listProblemsQuerySchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listProblemsQuerySchema)) q: ListProblemsQuery): Promise<Page<ProblemSummaryDto>> {
    return this.problems.list(actor, q);
  }

  @Get('problems/:id')
  @Access.orgs(['company', 'operator'])
  get(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string): Promise<ProblemDetailDto> {
    return this.problems.get(actor, id);
  }

  @Post('problems/:id/transitions')
  @HttpCode(200)
  @Access.orgs(['company', 'operator'])
  @ApiZodBody(transitionProblemSchema)
  move(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(transitionProblemSchema)) body: TransitionProblemRequest,
  ): Promise<ProblemDetailDto> {
    return this.problems.move(actor, id, body);
  }

  /** Operators: the problem becomes a cooperation intent for its company, linked both ways. */
  @Post('problems/:id/intent')
  @HttpCode(200)
  @Access.operator()
  @ApiZodBody(requestServiceForProblemSchema)
  requestService(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(requestServiceForProblemSchema)) body: RequestServiceForProblemRequest,
  ): Promise<ProblemDetailDto> {
    return this.problems.requestService(actor, id, body);
  }
}
