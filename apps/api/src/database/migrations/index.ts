import { Catalogue1763798400000 } from './1763798400000-catalogue';

// Listed by hand (not globbed) so the webpack bundle carries them; order is execution order.
export const MIGRATIONS = [Catalogue1763798400000];
