import { Module } from '@nestjs/common';
import { SearchDictionary } from './search-dictionary';
import { SearchAnalyticsController } from './search-analytics.controller';
import { SearchAnalyticsService } from './search-analytics.service';
import { SearchLog } from './search-log';
import { SearchSuggestController } from './search-suggest.controller';
import { SearchSuggestService } from './search-suggest.service';
import { SearchSynonymsController } from './search-synonyms.controller';
import { SearchSynonymsService } from './search-synonyms.service';

@Module({
  controllers: [SearchSynonymsController, SearchSuggestController, SearchAnalyticsController],
  providers: [SearchSynonymsService, SearchDictionary, SearchSuggestService, SearchAnalyticsService, SearchLog],
  exports: [SearchDictionary, SearchLog],
})
export class SearchModule {}
