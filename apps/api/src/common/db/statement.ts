/** A statement with its parameters, for statements built from a request's filters. */
export interface Statement {
  text: string;
  values: unknown[];
}

/** Binds values as `$1`, `$2`, … in the order `p` is called; `values` holds them in that order. */
export function binder(): { values: unknown[]; p: (value: unknown) => string } {
  const values: unknown[] = [];
  return {
    values,
    p: (value: unknown) => {
      values.push(value);
      return `$${values.length}`;
    },
  };
}
