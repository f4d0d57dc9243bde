import type { IntentDetailDto } from '@qifu/contracts';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths';

/** Navigation state of an intent page just created: it says the request was sent. */
export interface IntentPageState {
  created?: boolean;
}

/** Where a request lands once created: its page, saying it was sent. */
export function useOpenCreatedIntent() {
  const navigate = useNavigate();
  return (intent: IntentDetailDto) =>
    void navigate(paths.intents.detail.getHref(intent.id), {
      state: { created: true } satisfies IntentPageState,
    });
}
