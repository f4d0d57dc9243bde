import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  createIntentSchema,
  listIntentsQuerySchema,
  listPageQuerySchema,
  postMessageSchema,
  rateIntentSchema,
  replyRatingSchema,
  transitionIntentSchema,
  type CreateIntentRequest,
  type IntentDetailDto,
  type IntentSummaryDto,
  type ListIntentsQuery,
  type ListPageQuery,
  type MessageDto,
  type Page,
  type RateIntentRequest,
  type TransitionIntentRequest,
} from '@qifu/contracts';
import type { FastifyReply } from 'fastify';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { AppError } from '../../common/errors/app-error';
import {
  ApiZodBody,
  ApiZodQuery,
} from '../../common/openapi/api-zod.decorators';
import {
  UuidPipe,
  ZodValidationPipe,
} from '../../common/validation/zod-validation.pipe';
import { IntentMessagesService } from './intent-messages.service';
import { IntentRatingsService } from './intent-ratings.service';
import { IntentsService } from './intents.service';

@ApiTags('intents')
@Controller('intents')
export class IntentsController {
  constructor(
    private readonly intents: IntentsService,
    private readonly messages: IntentMessagesService,
    private readonly ratings: IntentRatingsService,
  ) {}

  @Post()
  @Access.orgs(['company', 'operator'])
  @ApiZodBody(createIntentSchema)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Repeat-safe creation: the same key gives the same intent.',
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(createIntentSchema)) body: CreateIntentRequest,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IntentDetailDto> {
    if (key !== undefined && !/^[\x21-\x7e]{1,100}$/.test(key)) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Idempotency-Key must be 1–100 visible ASCII characters.',
        [{ field: 'Idempotency-Key', message: 'invalid' }],
      );
    }
    const { id, created, detail } = await this.intents.create(actor, body, key);
    void reply.status(created ? 201 : 200);
    return detail ?? this.intents.get(actor, id);
  }

  @Get()
  @Access.signedIn()
  @ApiZodQuery(listIntentsQuerySchema)
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(listIntentsQuerySchema)) q: ListIntentsQuery,
  ): Promise<Page<IntentSummaryDto>> {
    return this.intents.list(actor, q);
  }

  @Get(':id')
  @Access.signedIn()
  get(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
  ): Promise<IntentDetailDto> {
    return this.intents.get(actor, id);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Access.signedIn()
  @ApiZodBody(transitionIntentSchema)
  transition(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(transitionIntentSchema))
    body: TransitionIntentRequest,
  ): Promise<IntentDetailDto> {
    return this.intents.transition(actor, id, body);
  }

  @Get(':id/messages')
  @Access.signedIn()
  @ApiZodQuery(listPageQuerySchema)
  listMessages(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Query(new ZodValidationPipe(listPageQuerySchema)) q: ListPageQuery,
  ): Promise<Page<MessageDto>> {
    return this.messages.list(actor, id, q.page, q.pageSize);
  }

  @Post(':id/messages')
  @Access.signedIn()
  @ApiZodBody(postMessageSchema)
  postMessage(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(postMessageSchema)) body: { body: string },
  ): Promise<MessageDto> {
    return this.messages.post(actor, id, body.body);
  }

  @Post(':id/rating')
  @Access.company()
  @ApiZodBody(rateIntentSchema)
  async rate(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(rateIntentSchema)) body: RateIntentRequest,
  ): Promise<IntentDetailDto> {
    await this.ratings.rate(actor, id, body);
    return this.intents.get(actor, id);
  }

  @Post(':id/rating/reply')
  @HttpCode(200)
  @Access.provider()
  @ApiZodBody(replyRatingSchema)
  async replyToRating(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(replyRatingSchema)) body: { reply: string },
  ): Promise<IntentDetailDto> {
    await this.ratings.reply(actor, id, body.reply);
    return this.intents.get(actor, id);
  }
}
