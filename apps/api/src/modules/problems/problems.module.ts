import { Module } from '@nestjs/common';
import { ProblemClock } from './problem-deadlines';
import { ProblemsController } from './problems.controller';
import { ProblemsService } from './problems.service';

@Module({ controllers: [ProblemsController], providers: [ProblemsService, ProblemClock] })
export class ProblemsModule {}
