import { Module } from '@nestjs/common';
import { SearchDictionary } from './search-dictionary';
import { SearchSuggestController } from './search-suggest.controller';
import { SearchSuggestService } from './search-suggest.service';
import { SearchSynonymsController } from './search-synonyms.controller';
import { SearchSynonymsService } from './search-synonyms.service';

@Module({
  controllers: [SearchSynonymsController, SearchSuggestController],
  providers: [SearchSynonymsService, SearchDictionary, SearchSuggestService],
  exports: [SearchDictionary],
})
export class SearchModule {}
