/** The catalogue's version, bumped by triggers in the transaction of every listing, provider or category write. */
export const CATALOGUE_VERSION = `SELECT version FROM catalogue_version`;
export interface CatalogueVersionRow {
  version: string;
}
/** The channel the bump notifies at commit, with the new version as payload (migration 1764604800001). */
export const CATALOGUE_VERSION_CHANNEL = 'catalogue_version';
export const LISTEN_CATALOGUE_VERSION = `LISTEN ${CATALOGUE_VERSION_CHANNEL}`;
