import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { searchAnalyticsQuerySchema, type SearchAnalyticsPage, type SearchAnalyticsQuery } from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { SearchAnalyticsService } from './search-analytics.service';

// What users search, by week, in the operator console.
@ApiTags('operator')
@Controller('operator/search-analytics')
export class SearchAnalyticsController {
  constructor(private readonly analytics: SearchAnalyticsService) {}

  @Get()
  @Access.operator()
  @ApiZodQuery(searchAnalyticsQuerySchema)
  list(@Query(new ZodValidationPipe(searchAnalyticsQuerySchema)) q: SearchAnalyticsQuery): Promise<SearchAnalyticsPage> {
    return this.analytics.list(q);
  }
}
