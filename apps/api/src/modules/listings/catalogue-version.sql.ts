/** The catalogue's version, bumped by triggers in the transaction of every listing, provider or category write. */
export const CATALOGUE_VERSION = `SELECT version FROM catalogue_version`;
export interface CatalogueVersionRow {
  version: string;
}
