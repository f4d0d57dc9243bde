import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SynonymGroupDto, SynonymGroupInput } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { synonymsQueryKey } from './get-synonyms';

export function createSynonym(input: SynonymGroupInput) {
  return apiSend<SynonymGroupDto>('POST', '/operator/search-synonyms', input);
}

export function updateSynonym(id: string, input: SynonymGroupInput) {
  return apiSend<SynonymGroupDto>(
    'PUT',
    `/operator/search-synonyms/${encodeURIComponent(id)}`,
    input,
  );
}

export function deleteSynonym(id: string) {
  return apiSend('DELETE', `/operator/search-synonyms/${encodeURIComponent(id)}`);
}

/** Creates (no id) or replaces a group; every list page is stale after. */
export function useSaveSynonym() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SynonymGroupInput }) =>
      id ? updateSynonym(id, input) : createSynonym(input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: synonymsQueryKey() }),
  });
}

export function useDeleteSynonym() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSynonym,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: synonymsQueryKey() }),
  });
}
