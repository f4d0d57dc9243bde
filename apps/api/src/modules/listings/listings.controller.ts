import { Access } from '../../common/auth/access.decorator';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { listServicesQuerySchema, type ListServicesQuery } from '@qifu/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { SearchLog, type SearchSeen } from '../search/search-log';
import { CatalogueCache } from './catalogue-cache';
import { ListingsService } from './listings.service';
import { ViewCounter } from './view-counter';

@ApiTags('catalogue')
@Access.public()
@Controller('services')
export class ListingsController {
  constructor(
    private readonly listings: ListingsService,
    private readonly views: ViewCounter,
    private readonly cache: CatalogueCache,
    private readonly searchLog: SearchLog,
  ) {}

  @Get()
  @ApiZodQuery(listServicesQuerySchema)
  @ApiOkResponse({ description: 'A page of published services: { items, total, page, pageSize }.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, UNKNOWN_CATEGORY or UNKNOWN_PROVIDER.' })
  // Answers are the JSON text kept by CatalogueCache (exact to the catalogue's version).
  list(
    @Query(new ZodValidationPipe(listServicesQuerySchema)) query: ListServicesQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    // A search's first page is counted for the analytics on every answer, kept or fresh: the
    // kept answer's onServe is the closure of the request that computed it.
    let seen: SearchSeen | undefined;
    return this.cache.serve(
      req,
      reply,
      async () => {
        const { page, expanded } = await this.listings.listWithExpansion(query);
        if (query.q && query.page === 1) seen = { q: query.q, total: page.total, typoApplied: page.suggestion?.applied === true, expanded };
        return page;
      },
      () => seen && this.searchLog.record(seen),
    );
  }

  @Get(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ description: 'The service with its provider and related services.' })
  @ApiBadRequestResponse({ description: 'INVALID_ID' })
  @ApiNotFoundResponse({ description: 'SERVICE_NOT_FOUND' })
  get(
    @Param('id', new UuidPipe()) id: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    return this.cache.serve(req, reply, () => this.listings.get(id), () => this.views.count(id));
  }
}
