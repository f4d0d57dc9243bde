import { useEffect, useState } from 'react';
import type { Page } from '@qifu/contracts';
import {
  keepPreviousData,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { Select, Spin, type SelectProps } from 'antd';

export interface SearchSelectOption {
  value: string;
  label: string;
}

export interface SearchSelectProps<TItem, TKey extends QueryKey = QueryKey>
  extends Omit<
    SelectProps<string>,
    | 'options'
    | 'onChange'
    | 'onSearch'
    | 'showSearch'
    | 'value'
    | 'filterOption'
  > {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** The server search for a keyword ('' for the first page). */
  query: (
    keyword: string,
  ) => UseQueryOptions<Page<TItem>, Error, Page<TItem>, TKey>;
  toOption: (item: TItem) => SearchSelectOption;
  /** Told the whole item when one is picked (e.g. to prefill other fields). */
  onPick?: (item: TItem | undefined) => void;
  /** The label of a value chosen before this select mounted (e.g. from the address). */
  initialOption?: SearchSelectOption | null;
  /** Accessible name, when no <label> points at the select. */
  ariaLabel?: string;
}

const DEBOUNCE_MS = 300;

/** A select whose options come from a server search as the user types. */
export function SearchSelect<TItem, TKey extends QueryKey = QueryKey>({
  value,
  onChange,
  query,
  toOption,
  onPick,
  initialOption,
  ariaLabel,
  ...selectProps
}: SearchSelectProps<TItem, TKey>) {
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  // The picked option stays labelled when a later search no longer lists it.
  const [picked, setPicked] = useState<SearchSelectOption | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setKeyword(typed.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const result = useQuery({
    ...query(keyword),
    placeholderData: keepPreviousData,
  });
  const items = result.data?.items ?? [];
  const options = items.map(toOption);
  for (const extra of [picked, initialOption]) {
    if (
      extra &&
      extra.value === value &&
      !options.some((o) => o.value === value)
    )
      options.unshift(extra);
  }

  return (
    <Select<string>
      {...selectProps}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value ?? undefined}
      options={options}
      notFoundContent={result.isFetching ? <Spin size="small" /> : undefined}
      loading={result.isFetching}
      onChange={(next) => {
        const index = items.findIndex((item) => toOption(item).value === next);
        const item = index >= 0 ? items[index] : undefined;
        setPicked(item ? toOption(item) : null);
        onPick?.(item);
        onChange?.(next ?? undefined);
      }}
    />
  );
}
