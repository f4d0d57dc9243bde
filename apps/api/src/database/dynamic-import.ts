// TypeScript (module: commonjs) and webpack both rewrite `import()` into `require()`,
// which cannot load ESM-only packages such as PGlite. A Function-built import survives both.
export const dynamicImport = new Function('specifier', 'return import(specifier)') as <T = unknown>(
  specifier: string,
) => Promise<T>;
