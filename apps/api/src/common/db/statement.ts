/** A statement with its parameters, for statements built from a request's filters. */
export interface Statement {
  text: string;
  values: unknown[];
}

/** Adds a value to a statement's parameters and answers its placeholder. */
export type Param = (value: unknown) => string;

/**
 * Binds values as `$1`, `$2`, … in the order `p` is called; `values` holds them in that order,
 * after any `first` values (placeholders the caller wrote by hand, such as `$1` for the user).
 */
export function binder(first: unknown[] = []): { values: unknown[]; p: Param } {
  const values: unknown[] = [...first];
  return {
    values,
    p: (value: unknown) => {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

/** A statement built by `build`, its values bound as they are written (after `first`). */
export function statement(
  first: unknown[],
  build: (p: Param) => string,
): Statement {
  const { values, p } = binder(first);
  const text = build(p);
  return { text, values };
}
