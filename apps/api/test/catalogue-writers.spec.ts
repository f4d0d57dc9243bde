import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Every catalogue write made by this process must show in its own next catalogue read at once,
// before the write's NOTIFY has come back (CatalogueVersionFeed): so every service that runs a
// statement writing service_listing, provider or category calls `versions.refresh()` after its
// commit. This reads the sources, so a new write without it fails here, naming the statement.
const MODULES = join(__dirname, '..', 'src', 'modules');
const WRITES_CATALOGUE = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(service_listing|provider|category)\b/i;
/** Services that write inside a transaction their caller owns: the caller refreshes after the commit. */
const CALLER_REFRESHES: Record<string, string> = {
  'ratings/ratings.service.ts': 'intents/intent-ratings.service.ts',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Names of exported statements (const strings or builders) whose text writes the catalogue. */
function catalogueWrites(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  const decl = /export (?:const|function) (\w+)[^`]*`([^`]*)`/g;
  for (let m = decl.exec(text); m; m = decl.exec(text)) if (WRITES_CATALOGUE.test(m[2])) found.push(m[1]);
  return found;
}

describe('catalogue writers', () => {
  const files = sources(MODULES);
  const writes = files.filter((f) => f.endsWith('.sql.ts')).flatMap(catalogueWrites);

  it('finds the catalogue writes (the scan itself works)', () => {
    expect(writes).toEqual(expect.arrayContaining(['PUBLISH_LISTING', 'MODERATE_LISTING', 'UPDATE_PROFILE', 'DECIDE_APPLICATION', 'RECOMPUTE_SERVICE_RATING']));
  });

  it('refresh the catalogue version after every write of theirs', () => {
    const missing = files
      .filter((f) => !f.endsWith('.sql.ts'))
      .flatMap((f) => {
        const rel = relative(MODULES, f);
        const text = readFileSync(f, 'utf8');
        const used = writes.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
        if (!used.length) return [];
        const refresher = CALLER_REFRESHES[rel] ?? rel;
        const refreshes = /versions\.refresh\(\)/.test(readFileSync(join(MODULES, refresher), 'utf8'));
        return refreshes ? [] : [`${rel}: ${used.join(', ')} without versions.refresh() in ${refresher}`];
      });
    expect(missing).toEqual([]);
  });
});
