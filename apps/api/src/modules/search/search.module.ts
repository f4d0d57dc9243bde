import { Module } from '@nestjs/common';
import { SearchDictionary } from './search-dictionary';
import { SearchSynonymsController } from './search-synonyms.controller';
import { SearchSynonymsService } from './search-synonyms.service';

@Module({
  controllers: [SearchSynonymsController],
  providers: [SearchSynonymsService, SearchDictionary],
  exports: [SearchDictionary],
})
export class SearchModule {}
