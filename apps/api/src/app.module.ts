import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './config/env.schema';
import { dataSourceOptions, type DataSourceSettings } from './database/data-source';
import { DATABASE_SETTINGS, Statements } from './database/statements';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CategoriesModule } from './modules/categories/categories.module';
import { CompaniesModule } from './modules/companies/companies.module';
import { IntentsModule } from './modules/intents/intents.module';
import { ProblemsModule } from './modules/problems/problems.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MembersModule } from './modules/members/members.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { RatingsModule } from './modules/ratings/ratings.module';
import { StatsModule } from './modules/stats/stats.module';
import { ProviderApplicationsModule } from './modules/provider-applications/provider-applications.module';
import { HealthModule } from './modules/health/health.module';
import { ListingsModule } from './modules/listings/listings.module';
import { CatalogueVersionFeed } from './modules/listings/catalogue-version-feed';
import { ProvidersModule } from './modules/providers/providers.module';
import { SearchModule } from './modules/search/search.module';
import { RecommendationsModule } from './modules/recommendations/recommendations.module';
import { RateLimitModule } from './modules/rate-limit/rate-limit.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { MailModule } from './modules/mail/mail.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DataSourceSettings): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(database),
          // Fail the boot quickly with the driver's message instead of retrying for minutes.
          retryAttempts: 2,
          retryDelay: 1000,
        }),
        HealthModule,
        JobsModule,
        AuditModule,
        AuthModule,
        MembersModule,
        ProviderApplicationsModule,
        NotificationsModule,
        RatingsModule,
        IntentsModule,
        ProblemsModule,
        CompaniesModule,
        StatsModule,
        CategoriesModule,
        ListingsModule,
        ProvidersModule,
        SearchModule,
        RecommendationsModule,
        RateLimitModule,
        MetricsModule,
        MailModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: DATABASE_SETTINGS, useValue: database }, Statements, CatalogueVersionFeed],
      // The catalogue version feed is global: every module that writes the catalogue refreshes it.
      exports: [APP_CONFIG, DATABASE_SETTINGS, Statements, CatalogueVersionFeed],
    };
  }
}
