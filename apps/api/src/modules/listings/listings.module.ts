import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { SearchModule } from '../search/search.module';
import { CatalogueCache } from './catalogue-cache';
import { ListingsController } from './listings.controller';
import { ListingsService } from './listings.service';
import { ListingModerationController, ProviderFiguresController, ProviderListingsController } from './provider-listings.controller';
import { ProviderListingsService } from './provider-listings.service';
import { ViewCounter } from './view-counter';
import { ViewFold } from './view-fold';

@Module({
  imports: [CategoriesModule, SearchModule],
  controllers: [ListingsController, ProviderListingsController, ProviderFiguresController, ListingModerationController],
  providers: [ListingsService, ProviderListingsService, ViewCounter, ViewFold, CatalogueCache],
  exports: [ListingsService, ViewCounter, ViewFold, CatalogueCache],
})
export class ListingsModule {}
