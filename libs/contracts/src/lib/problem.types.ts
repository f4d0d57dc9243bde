import type { IntentStatus } from './intent.workflow';
import type { ProblemSatisfaction, ProblemStage, ProblemStatus, ProblemTransitionField, ProblemUrgency } from './problem.workflow';

export interface ProblemCategoryDto {
  code: string;
  name: string;
}

/** One 13710 stage: its deadline, when it was done, and whether it is overdue now (DB clock). */
export interface ProblemStageDto {
  dueAt: string;
  doneAt: string | null;
  /** Not done and past its deadline. */
  overdue: boolean;
  /** Done, but after its deadline. */
  late: boolean;
}

export interface ProblemSummaryDto {
  id: string;
  company: { id: string; name: string };
  category: ProblemCategoryDto;
  description: string;
  urgency: ProblemUrgency;
  hard: boolean;
  status: ProblemStatus;
  assignee: { id: string; name: string } | null;
  visitId: string | null;
  createdAt: string;
  version: number;
  stages: Record<ProblemStage, ProblemStageDto>;
}

export interface ProblemEventDto {
  id: string;
  at: string;
  actorRole: 'company' | 'operator';
  actorName: string;
  fromStatus: ProblemStatus | null;
  toStatus: ProblemStatus;
  note: string | null;
  detail: Record<string, unknown>;
}

export interface ProblemDetailDto extends ProblemSummaryDto {
  department: { name: string; contact: string } | null;
  satisfaction: ProblemSatisfaction | null;
  /** Confirmed by the operator after the company left it unanswered (no rating; 满意率 leaves it out). */
  closedWithoutAnswer: boolean;
  /** While solved: when the company's time to answer ends (after it the operator may close it). */
  answerDueAt: string | null;
  events: ProblemEventDto[];
  /** The marketplace request made for this problem (its cooperation intent), if any. */
  intent: { id: string; status: IntentStatus; serviceTitle: string | null; providerName: string } | null;
  /** The caller (an operator) may turn it into a marketplace request now. */
  canRequestService: boolean;
  /** The moves the caller may make now, from the transitions table. */
  actions: { to: ProblemStatus; requires: ProblemTransitionField[] }[];
}

export interface VisitDto {
  id: string;
  company: { id: string; name: string };
  visitedOn: string;
  visitors: string[];
  notes: string;
  recordedBy: string;
  createdAt: string;
  problems: ProblemSummaryDto[];
}
