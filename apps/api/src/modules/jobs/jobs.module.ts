import { Global, Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { JobsConsoleService } from './jobs-console.service';
import { JobsMetrics } from './jobs-metrics';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

// Global: any module queues or works jobs through JobsService.
@Global()
@Module({ imports: [MetricsModule], controllers: [JobsController], providers: [JobsService, JobsConsoleService, JobsMetrics], exports: [JobsService] })
export class JobsModule {}
