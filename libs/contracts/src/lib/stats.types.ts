import type { StatsGranularity } from './stats.schemas';

/** Figures of the intents created in the period (the cohort), counted by how far they got. */
export interface CohortFigures {
  created: number;
  accepted: number;
  negotiating: number;
  signed: number;
  completed: number;
  rated: number;
  /** signed / created; null when nothing was created. */
  signRate: number | null;
  medianFirstResponseHours: number | null;
  p90FirstResponseHours: number | null;
  /** Mean score (1–5) of the cohort's ratings. */
  averageRating: number | null;
  /** Sum of the cohort's contract amounts, yuan. */
  signedAmount: number;
}

export interface StatsOverviewDto {
  period: { from: string; to: string };
  /** Approved providers with at least one published service, now. */
  activeProviders: number;
  publishedServices: number;
  companiesServed: number;
  cohort: CohortFigures;
  /** Unanswered intents past their response deadline, now. */
  overdueNow: number;
  funnel: { stage: 'submitted' | 'accepted' | 'negotiating' | 'signed' | 'completed' | 'rated'; count: number }[];
}

export interface StatsTrendDto {
  period: { from: string; to: string };
  granularity: StatsGranularity;
  /** One point per bucket (day, ISO week starting Monday, or month), empty buckets included. */
  points: { bucket: string; created: number; signed: number }[];
}

export interface StatsBreakdownRow extends CohortFigures {
  key: string;
  label: string;
}

export interface StatsBreakdownDto {
  period: { from: string; to: string };
  dimension: string;
  rows: StatsBreakdownRow[];
}
