import { Access } from '../../common/auth/access.decorator';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { listServicesQuerySchema, type ListServicesQuery, type Page, type ServiceDetailDto, type ServiceSummaryDto } from '@qifu/contracts';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { ListingsService } from './listings.service';
import { ViewCounter } from './view-counter';

@ApiTags('catalogue')
@Access.public()
@Controller('services')
export class ListingsController {
  constructor(
    private readonly listings: ListingsService,
    private readonly views: ViewCounter,
  ) {}

  @Get()
  @ApiZodQuery(listServicesQuerySchema)
  @ApiOkResponse({ description: 'A page of published services: { items, total, page, pageSize }.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, UNKNOWN_CATEGORY or UNKNOWN_PROVIDER.' })
  list(@Query(new ZodValidationPipe(listServicesQuerySchema)) query: ListServicesQuery): Promise<Page<ServiceSummaryDto>> {
    return this.listings.list(query);
  }

  @Get(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ description: 'The service with its provider and related services.' })
  @ApiBadRequestResponse({ description: 'INVALID_ID' })
  @ApiNotFoundResponse({ description: 'SERVICE_NOT_FOUND' })
  async get(@Param('id', new UuidPipe()) id: string): Promise<ServiceDetailDto> {
    const service = await this.listings.get(id);
    this.views.count(id);
    return service;
  }
}
