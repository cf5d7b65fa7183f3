import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { demoLogin } from '../api/auth-api.ts';
import { sessionQueryKey } from '../api/queries.ts';
import { roleHomePath } from './role-home.ts';

export function useDemoLogin() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (userId: string) => demoLogin({ userId }),
    onSuccess: async (session) => {
      // Data of a previous user must never show for the next one.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
      await navigate({ to: roleHomePath(session.user.role) });
    },
  });
}
