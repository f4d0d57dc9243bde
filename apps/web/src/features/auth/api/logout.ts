import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { apiSend, isApiError } from '../../../lib/api-client';
import { setSignedOut } from '../../../lib/auth';

export async function logout(): Promise<void> {
  try {
    await apiSend('POST', '/auth/logout');
  } catch (error) {
    // A session that already ended is as signed out as this browser can be.
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
}

/**
 * Signs out, then forgets everything cached for the account; `onSignedOut` navigates.
 * A plain hook rather than useMutation: the header ships it on every page, and TanStack's
 * mutation observer would add ~2 kB gzipped to the entry chunk for one button.
 */
export function useLogout({ onSignedOut }: { onSignedOut?: () => void } = {}) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<'idle' | 'pending' | 'error'>('idle');
  const signOut = async () => {
    setState('pending');
    try {
      await logout();
    } catch {
      setState('error');
      return;
    }
    setState('idle');
    onSignedOut?.();
    setSignedOut(queryClient);
  };
  return {
    signOut: () => void signOut(),
    isPending: state === 'pending',
    isError: state === 'error',
  };
}
