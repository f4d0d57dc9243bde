import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { searchSuggestQuerySchema, type SearchSuggestQuery, type SuggestDto } from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { SearchSuggestService } from './search-suggest.service';

@ApiTags('catalogue')
@Access.public()
@Controller('search')
export class SearchSuggestController {
  constructor(private readonly suggestions: SearchSuggestService) {}

  @Get('suggest')
  @ApiZodQuery(searchSuggestQuerySchema)
  @ApiOkResponse({ description: 'Up to 8 services, categories and providers for what is typed: { q, items: [{ kind, id, label, labelEn, href }] }.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED (q blank or longer than 30 characters).' })
  suggest(@Query(new ZodValidationPipe(searchSuggestQuerySchema)) query: SearchSuggestQuery): Promise<SuggestDto> {
    return this.suggestions.suggest(query.q);
  }
}
