// The 13710 sweep's statements. Each stage's "open and past its deadline" is a range on its
// partial open-stage index (problem_*_open_idx); problem_overdue's key keeps each flag once.

/**
 * Flags every open stage past its deadline not flagged yet, a batch at a time, and returns what it
 * flagged with what the notice says. Two sweeps at once: the second waits on the first's keys and
 * inserts nothing for them (ON CONFLICT DO NOTHING), so nobody is told twice.
 */
export const FLAG_OVERDUE_STAGES = `WITH due AS (
    SELECT id AS problem_id, 'accept' AS stage, accept_due_at AS due_at FROM problem WHERE accepted_at IS NULL AND accept_due_at < now()
    UNION ALL
    SELECT id, 'progress', progress_due_at FROM problem WHERE progress_at IS NULL AND progress_due_at < now()
    UNION ALL
    SELECT id, 'solve', solve_due_at FROM problem WHERE solved_at IS NULL AND solve_due_at < now()
  ), fresh AS (
    SELECT d.* FROM due d
     WHERE NOT EXISTS (SELECT 1 FROM problem_overdue o WHERE o.problem_id = d.problem_id AND o.stage = d.stage)
     ORDER BY d.due_at
     LIMIT 500
  ), flagged AS (
    INSERT INTO problem_overdue (problem_id, stage, due_at) SELECT problem_id, stage, due_at FROM fresh
    ON CONFLICT DO NOTHING
    RETURNING problem_id, stage, due_at
  )
  SELECT f.problem_id, f.stage, f.due_at, p.assignee_user_id, c.name AS company_name, pc.name AS category_name, p.hard
    FROM flagged f
    JOIN problem p ON p.id = f.problem_id
    JOIN company c ON c.id = p.company_id
    JOIN problem_category pc ON pc.code = p.category_code
   ORDER BY f.due_at, f.problem_id, f.stage`;

export interface FlaggedStageRow {
  problem_id: string;
  stage: 'accept' | 'progress' | 'solve';
  due_at: Date;
  assignee_user_id: string | null;
  company_name: string;
  category_name: string;
  hard: boolean;
}

/** The operation centre's administrators: told of every overdue stage, beside the assignee. */
export const OPERATOR_ADMINS = `SELECT id FROM app_user WHERE org_kind = 'operator' AND role = 'admin'`;

/** $1 problem: the stages flagged overdue so far (the detail page shows when). */
export const PROBLEM_OVERDUE_FLAGS = `SELECT stage, due_at, flagged_at FROM problem_overdue WHERE problem_id = $1 ORDER BY flagged_at, stage`;
