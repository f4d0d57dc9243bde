/** $1 the provider; $2..$8 the profile fields. */
export const UPDATE_PROFILE = `UPDATE provider SET summary = $2, description = $3, qualifications = $4, contact_name = $5, contact_phone = $6,
                contact_email = $7, address = $8, updated_at = now() WHERE id = $1`;

/** $1 the provider, $2 its categories: drops the others, adds the new ones. */
export const DROP_OTHER_CATEGORIES = `DELETE FROM provider_category WHERE provider_id = $1 AND category_code <> ALL($2::text[])`;
export const ADD_CATEGORIES = `INSERT INTO provider_category (provider_id, category_code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`;

export const QUALIFICATIONS = `SELECT qualifications FROM provider WHERE id = $1`;
