import { Module } from '@nestjs/common';
import { StatsExportService } from './stats-export.service';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({ controllers: [StatsController], providers: [StatsService, StatsExportService] })
export class StatsModule {}
