import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { ListingsModule } from '../listings/listings.module';
import { ProviderProfileController } from './provider-profile.controller';
import { ProviderProfileService } from './provider-profile.service';
import { ProvidersController } from './providers.controller';
import { ProvidersService } from './providers.service';

@Module({
  imports: [CategoriesModule, ListingsModule],
  controllers: [ProvidersController, ProviderProfileController],
  providers: [ProvidersService, ProviderProfileService],
})
export class ProvidersModule {}
