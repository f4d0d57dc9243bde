import { Global, Module } from '@nestjs/common';
import { JobsConsoleService } from './jobs-console.service';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';

// Global: any module queues or works jobs through JobsService.
@Global()
@Module({ controllers: [JobsController], providers: [JobsService, JobsConsoleService], exports: [JobsService] })
export class JobsModule {}
