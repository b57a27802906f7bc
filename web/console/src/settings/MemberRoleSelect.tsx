/** A team member's role, changed in place; the API's refusal (e.g. the last owner) shows under it. */
import { NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { errorText } from '../api/apiError';

const ROLES: Schemas['Role'][] = ['owner', 'manager', 'front_desk', 'provider', 'billing'];

export function MemberRoleSelect({ member }: { member: Schemas['Member'] }) {
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (role: Schemas['Role']) => unwrap(api.PATCH('/api/members/{id}', { params: { path: { id: member.memberId } }, body: { role } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['members'] }),
  });
  return (
    <NativeSelect
      size="xs"
      aria-label={`Role of ${member.firstName} ${member.lastName}`}
      value={change.isPending ? change.variables : member.role}
      disabled={change.isPending}
      onChange={(event) => change.mutate(event.currentTarget.value as Schemas['Role'])}
      data={ROLES.map((role) => ({ value: role, label: role.replace('_', ' ') }))}
      error={change.error ? errorText(change.error) : undefined}
    />
  );
}
