import { Module } from '@nestjs/common';
import { ExportJobsController } from './export-jobs.controller';
import { ExportJobsService } from './export-jobs.service';
import { StatsExportService } from './stats-export.service';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({ controllers: [StatsController, ExportJobsController], providers: [StatsService, StatsExportService, ExportJobsService] })
export class StatsModule {}
