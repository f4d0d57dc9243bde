// `--name value`, `--name=value` and bare `--flag` (true).
export function parseArgs(argv, spec) {
  const out = {};
  for (const [k, def] of Object.entries(spec)) out[k] = def;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`Unexpected argument "${a}"`);
    const [key, given] = a.slice(2).split(/=(.*)/s, 2);
    let value = given;
    const name = key.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(name in spec) && key.startsWith('no-')) {
      const positive = key.slice(3).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      if (typeof spec[positive] === 'boolean' && value === undefined) {
        out[positive] = false;
        continue;
      }
    }
    if (!(name in spec)) throw new Error(`Unknown option --${key}. Options: ${Object.keys(spec).map((k) => '--' + k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())).join(', ')}`);
    const def = spec[name];
    if (typeof def === 'boolean') {
      out[name] = value === undefined ? true : value !== 'false';
      continue;
    }
    if (value === undefined) value = argv[++i];
    if (value === undefined) throw new Error(`--${key} needs a value`);
    out[name] = typeof def === 'number' ? Number(value.replace(/_/g, '')) : value;
    if (typeof def === 'number' && !Number.isFinite(out[name])) throw new Error(`--${key} must be a number`);
  }
  return out;
}
