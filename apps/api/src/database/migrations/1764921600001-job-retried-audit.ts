import { AUDIT_ACTIONS } from '@qifu/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// An operator's retry of a failed job is audit-logged ('job.retried'). The CHECK is rebuilt from
// the whole list in libs/contracts, so it holds every action known when this runs.
export class JobRetriedAudit1764921600001 implements MigrationInterface {
  name = 'JobRetriedAudit1764921600001';

  async up(q: QueryRunner): Promise<void> {
    const list = AUDIT_ACTIONS.map((a) => `'${a}'`).join(', ');
    await q.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check`);
    await q.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN (${list}))`);
  }

  async down(): Promise<void> {
    // Narrowing the list back would refuse the rows already written.
  }
}
