import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  listingInputSchema,
  listModeratedListingsQuerySchema,
  listProviderListingsQuerySchema,
  moderateListingSchema,
  type ListingInput,
  type ListModeratedListingsQuery,
  type ListProviderListingsQuery,
  type ModeratedListingDto,
  type Page,
  type ProviderFiguresDto,
  type ProviderListingDto,
} from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { ProviderListingsService } from './provider-listings.service';

// The provider workspace: only staff of an approved provider publish anything.
@ApiTags('provider workspace')
@Controller('provider/listings')
export class ProviderListingsController {
  constructor(private readonly listings: ProviderListingsService) {}

  @Get()
  @Access.provider({ approved: true })
  @ApiZodQuery(listProviderListingsQuerySchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listProviderListingsQuerySchema)) q: ListProviderListingsQuery): Promise<Page<ProviderListingDto>> {
    return this.listings.list(actor, q);
  }

  @Post()
  @Access.provider({ approved: true })
  @ApiZodBody(listingInputSchema)
  create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(listingInputSchema)) body: ListingInput): Promise<ProviderListingDto> {
    return this.listings.create(actor, body);
  }

  @Get(':id')
  @Access.provider({ approved: true })
  get(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string): Promise<ProviderListingDto> {
    return this.listings.get(actor, id);
  }

  @Put(':id')
  @Access.provider({ approved: true })
  @ApiZodBody(listingInputSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(listingInputSchema)) body: ListingInput,
  ): Promise<ProviderListingDto> {
    return this.listings.update(actor, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Access.provider({ approved: true })
  publish(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string): Promise<ProviderListingDto> {
    return this.listings.publish(actor, id);
  }

  @Post(':id/unlist')
  @HttpCode(200)
  @Access.provider({ approved: true })
  unlist(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string): Promise<ProviderListingDto> {
    return this.listings.unlist(actor, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access.provider({ approved: true })
  remove(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string): Promise<void> {
    return this.listings.deleteDraft(actor, id);
  }
}

@ApiTags('provider workspace')
@Controller('provider/figures')
export class ProviderFiguresController {
  constructor(private readonly listings: ProviderListingsService) {}

  @Get()
  @Access.provider({ approved: true })
  get(@CurrentActor() actor: Actor): Promise<ProviderFiguresDto> {
    return this.listings.figures(actor);
  }
}

@ApiTags('operator')
@Controller('operator/listings')
export class ListingModerationController {
  constructor(private readonly listings: ProviderListingsService) {}

  // `moderated=true` is required: the list is of moderated listings only, and a later filter can
  // widen it without changing what today's callers get.
  @Get()
  @Access.operator()
  @ApiZodQuery(listModeratedListingsQuerySchema)
  list(@Query(new ZodValidationPipe(listModeratedListingsQuerySchema)) q: ListModeratedListingsQuery): Promise<Page<ModeratedListingDto>> {
    return this.listings.listModerated(q);
  }

  @Post(':id/unlist')
  @HttpCode(204)
  @Access.operator()
  @ApiZodBody(moderateListingSchema)
  unlist(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body(new ZodValidationPipe(moderateListingSchema)) body: { reason: string },
  ): Promise<void> {
    return this.listings.moderate(actor, id, body.reason);
  }

  @Post(':id/restore')
  @HttpCode(204)
  @Access.operator({ admin: true })
  restore(@Param('id', new UuidPipe()) id: string): Promise<void> {
    return this.listings.clearModeration(id);
  }
}
