// Accounts: the statements of sign-in, sign-up and password change (the sessions are sessions.sql.ts).

/** $1 the e-mail address. */
export const USER_CREDENTIALS_BY_EMAIL = `SELECT id, password_hash FROM app_user WHERE email = $1`;

/** $1 the user. */
export const USER_PASSWORD_HASH = `SELECT password_hash FROM app_user WHERE id = $1`;

/** $1 the user, $2 the new hash. */
export const SET_PASSWORD = `UPDATE app_user SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`;

/** $1 e-mail, $2 password hash, $3 display name, $4 org kind, $5 company, $6 provider: the organisation's first admin. */
export const INSERT_ADMIN_USER = `INSERT INTO app_user (email, password_hash, display_name, org_kind, company_id, provider_id, role)
           VALUES ($1, $2, $3, $4, $5, $6, 'admin') RETURNING id`;

/** $1 name, $2 short name, $3 credit code, $4 industry, $5 size, $6 stage, $7 tiers, $8/$9 contact. */
export const INSERT_COMPANY = `INSERT INTO company (name, short_name, credit_code, industry, size, stage, tiers, contact_name, contact_phone)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`;

/** $1 the category codes: those that exist. */
export const KNOWN_CATEGORIES = `SELECT code FROM category WHERE code = ANY($1::text[])`;

/** $1 name, $2 short name, $3 kind, $4 summary, $5 description, $6/$7 contact, $8 address, $9 credit code, $10 qualifications, $11 the names' search pinyin; pending review. */
export const INSERT_PROVIDER_APPLICATION = `INSERT INTO provider (name, short_name, kind, status, summary, description, contact_name, contact_phone,
                             address, credit_code, qualifications, pinyin, submitted_at, joined_at)
       VALUES ($1, $2, $3, 'pending', $4, $5, $6, $7, $8, $9, $10, $11, now(), now()) RETURNING id`;

/** $1 the provider, $2 its category codes. */
export const INSERT_PROVIDER_CATEGORIES = `INSERT INTO provider_category (provider_id, category_code) SELECT $1, unnest($2::text[])`;
