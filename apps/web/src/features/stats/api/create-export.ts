import type { CreateExportInput, CreateExportResultDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';

// The API decides how an export runs: a small one answers with the URL to stream it from at
// once; one above EXPORT_JOB_THRESHOLD_ROWS is queued as a job, which the jobs list then shows.

export function createExport(input: CreateExportInput) {
  return apiSend<CreateExportResultDto>('POST', '/stats/exports', input);
}
