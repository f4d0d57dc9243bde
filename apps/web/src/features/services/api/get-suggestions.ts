import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import { SUGGEST_Q_MAX_LENGTH, type SuggestDto } from '@qifu/contracts';
import { useEffect, useState } from 'react';
import { apiGet } from '../../../lib/api-client';

/** How long typing must pause before suggestions are asked for. */
export const SUGGEST_DEBOUNCE_MS = 200;

export function getSuggestions(q: string, signal?: AbortSignal) {
  return apiGet<SuggestDto>('/search/suggest', { q }, { signal });
}

export function getSuggestionsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['search', 'suggest', q] as const,
    queryFn: ({ signal }) => getSuggestions(q, signal),
    // The API keeps them per catalogue version; a minute here spares the round trip on Backspace.
    staleTime: 60_000,
  });
}

/** The value once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Suggestions for what is typed, asked for once typing pauses; none for a blank box. */
export function useSuggestions(typed: string) {
  const q = useDebounced(
    typed.trim().slice(0, SUGGEST_Q_MAX_LENGTH),
    SUGGEST_DEBOUNCE_MS,
  );
  return useQuery({
    ...getSuggestionsQueryOptions(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
