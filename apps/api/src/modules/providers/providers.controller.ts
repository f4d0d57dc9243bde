import { Access } from '../../common/auth/access.decorator';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  listProvidersQuerySchema,
  type ListProvidersQuery,
  type Page,
  type ProviderDetailDto,
  type ProviderSummaryDto,
} from '@qifu/contracts';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { ProvidersService } from './providers.service';

@ApiTags('catalogue')
@Access.public()
@Controller('providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Get()
  @ApiZodQuery(listProvidersQuerySchema)
  @ApiOkResponse({ description: 'A page of approved providers: { items, total, page, pageSize }.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED or UNKNOWN_CATEGORY.' })
  list(@Query(new ZodValidationPipe(listProvidersQuerySchema)) query: ListProvidersQuery): Promise<Page<ProviderSummaryDto>> {
    return this.providers.list(query);
  }

  @Get(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ description: 'The provider with its published services.' })
  @ApiBadRequestResponse({ description: 'INVALID_ID' })
  @ApiNotFoundResponse({ description: 'PROVIDER_NOT_FOUND' })
  get(@Param('id', new UuidPipe()) id: string): Promise<ProviderDetailDto> {
    return this.providers.get(id);
  }
}
