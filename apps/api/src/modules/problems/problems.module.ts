import { Module } from '@nestjs/common';
import { IntentsModule } from '../intents/intents.module';
import { ProblemClock } from './problem-deadlines';
import { ProblemsController } from './problems.controller';
import { ProblemsService } from './problems.service';

@Module({ imports: [IntentsModule], controllers: [ProblemsController], providers: [ProblemsService, ProblemClock] })
export class ProblemsModule {}
