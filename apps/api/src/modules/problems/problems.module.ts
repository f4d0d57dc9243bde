import { Module } from '@nestjs/common';
import { IntentsModule } from '../intents/intents.module';
import { ProblemDashboardController } from './problem-dashboard.controller';
import { ProblemDashboardService } from './problem-dashboard.service';
import { ProblemClock } from './problem-deadlines';
import { ProblemOverdueSweep } from './problem-overdue-sweep';
import { ProblemsController } from './problems.controller';
import { ProblemsService } from './problems.service';

@Module({
  imports: [IntentsModule],
  controllers: [ProblemsController, ProblemDashboardController],
  providers: [ProblemsService, ProblemClock, ProblemDashboardService, ProblemOverdueSweep],
})
export class ProblemsModule {}
