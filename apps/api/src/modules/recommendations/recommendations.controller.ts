import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  listRecommendationRulesQuerySchema,
  recommendationsQuerySchema,
  type ListRecommendationRulesQuery,
  type Page,
  type RecommendationRuleDto,
  type RecommendationsDto,
  type RecommendationsQuery,
} from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { RecommendationsService } from './recommendations.service';

// A signed-in company's recommendations: for its own organisation only, so no id of another
// company can be named (the dismissal's key is a service id, scoped to the caller's company).
@ApiTags('recommendations')
@Controller('recommendations')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get()
  @Access.company()
  @ApiZodQuery(recommendationsQuerySchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(recommendationsQuerySchema)) q: RecommendationsQuery): Promise<RecommendationsDto> {
    return this.recommendations.forCompany(actor.org.id, q);
  }

  @Post(':key/dismiss')
  @HttpCode(204)
  @Access.company()
  async dismiss(@CurrentActor() actor: Actor, @Param('key', new UuidPipe()) key: string): Promise<void> {
    await this.recommendations.dismiss(actor.org.id, key);
  }

  @Delete(':key/dismiss')
  @HttpCode(204)
  @Access.company()
  async undismiss(@CurrentActor() actor: Actor, @Param('key', new UuidPipe()) key: string): Promise<void> {
    await this.recommendations.undismiss(actor.org.id, key);
  }
}

// The rules, read-only in the operator console.
@ApiTags('operator')
@Controller('operator/recommendation-rules')
export class RecommendationRulesController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get()
  @Access.operator()
  @ApiZodQuery(listRecommendationRulesQuerySchema)
  list(@Query(new ZodValidationPipe(listRecommendationRulesQuerySchema)) q: ListRecommendationRulesQuery): Promise<Page<RecommendationRuleDto>> {
    return this.recommendations.listRules(q);
  }
}
