import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateVisitRequest, VisitDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { problemsListKey } from './get-problems';

export function recordVisit(body: CreateVisitRequest) {
  return apiSend<VisitDto>('POST', '/visits', body);
}

/** 记录走访: the visit and the problems raised on it, registered at once. */
export function useRecordVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordVisit,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: problemsListKey() }),
  });
}
