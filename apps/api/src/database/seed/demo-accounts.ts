import type { DataSource } from 'typeorm';
import type { PasswordHasher } from '../../modules/auth/password-hasher';

export const DEMO_PASSWORD = 'qifu-demo-password';

export const DEMO_ACCOUNTS = [
  { email: 'operator@demo.qifu', displayName: '园区运营中心 张老师', org: { kind: 'operator' as const } },
  { email: 'company@demo.qifu', displayName: '埃尓森 王经理', org: { kind: 'company' as const, shortName: '埃尓森' } },
  { email: 'provider@demo.qifu', displayName: '北京外企 李顾问', org: { kind: 'provider' as const, name: '北京外企人力资源服务河南有限公司' } },
];

// Three ready-made logins for trying the product on the embedded database. Never created when
// NODE_ENV=production or on a real server (the caller decides). Idempotent.
export async function seedDemoAccounts(db: DataSource, hasher: PasswordHasher): Promise<number> {
  const hash = await hasher.hash(DEMO_PASSWORD);
  let added = 0;
  for (const a of DEMO_ACCOUNTS) {
    const rows: unknown[] = await db.query(
      `INSERT INTO app_user (email, password_hash, display_name, org_kind, company_id, provider_id, role)
       SELECT $1, $2, $3, $4,
              (SELECT id FROM company WHERE short_name = $5),
              (SELECT id FROM provider WHERE name = $6),
              'admin'
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [
        a.email,
        hash,
        a.displayName,
        a.org.kind,
        a.org.kind === 'company' ? a.org.shortName : null,
        a.org.kind === 'provider' ? a.org.name : null,
      ],
    );
    added += rows.length;
  }
  return added;
}
