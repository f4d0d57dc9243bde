import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListApplicationsQuery, Page, ProviderApplicationDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor, RequestContext } from '../../common/auth/actor';
import { toPage, windowTotal } from '../../common/db/page';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { CatalogueVersionFeed } from '../listings/catalogue-version-feed';
import { APPLICATION_BY_ID, applicationsCount, applicationsPage, DECIDE_APPLICATION, PROVIDER_EXISTS, toApplication, type ApplicationRow } from './provider-applications.sql';

// Provider onboarding: an application stays pending until the park operator decides.
@Injectable()
export class ProviderApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly versions: CatalogueVersionFeed,
  ) {}

  async list(q: ListApplicationsQuery): Promise<Page<ProviderApplicationDto>> {
    const byStatus = Boolean(q.status);
    const filter = byStatus ? [q.status] : [];
    const rows: (ApplicationRow & { total: string })[] = await this.db.query(applicationsPage(byStatus), [q.pageSize, (q.page - 1) * q.pageSize, ...filter]);
    const total = await windowTotal(rows, q.page, async () => ((await this.db.query(applicationsCount(byStatus), filter)) as { n: number }[])[0].n);
    return toPage(rows.map(toApplication), total, q);
  }

  async get(id: string): Promise<ProviderApplicationDto> {
    const rows: ApplicationRow[] = await this.db.query(APPLICATION_BY_ID, [id]);
    if (!rows.length) throw new AppError('APPLICATION_NOT_FOUND', 'No such application.');
    return toApplication(rows[0]);
  }

  /** The signed-in provider's own application, for its status page. */
  mine(actor: Actor): Promise<ProviderApplicationDto> {
    return this.get(actor.org.id);
  }

  async decide(actor: Actor, id: string, decision: { approve: boolean; text: string }, ctx: RequestContext): Promise<ProviderApplicationDto> {
    await this.db.transaction(async (m) => {
      const updated = await returning<{ id: string }>(m, DECIDE_APPLICATION, [
        id,
        decision.approve ? 'approved' : 'rejected',
        decision.approve ? decision.text : null,
        decision.approve ? null : decision.text,
        actor.userId,
      ]);
      if (!updated.length) {
        const exists: unknown[] = await m.query(PROVIDER_EXISTS, [id]);
        if (!exists.length) throw new AppError('APPLICATION_NOT_FOUND', 'No such application.');
        throw new AppError('APPLICATION_ALREADY_DECIDED', 'This application has already been decided.');
      }
      await this.audit.record(
        {
          action: decision.approve ? 'provider.approved' : 'provider.rejected',
          actor,
          context: ctx,
          organisationId: id,
          detail: decision.approve ? { note: decision.text } : { reason: decision.text },
        },
        m,
      );
    });
    // An approved provider's listings show at once in this process (see CatalogueVersionFeed).
    await this.versions.refresh();
    return this.get(id);
  }
}
