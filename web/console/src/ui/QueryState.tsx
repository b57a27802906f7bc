/** Loading and error states of a query, shown the same way everywhere. */
import { Alert, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { errorText } from '../api/apiError';

export function QueryState({ query, label }: { query: UseQueryResult<unknown>; label: string }) {
  if (query.isPending) return <Loader size="sm" m="sm" aria-label={`Loading ${label}`} />;
  if (query.isError) return <Alert color="red" role="alert" m="sm">{errorText(query.error)}</Alert>;
  return null;
}
