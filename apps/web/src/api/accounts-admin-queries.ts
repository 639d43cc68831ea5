import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { refusalOf, type Refusal } from './refusal';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type OfficialAdmin = Schemas['OfficialAdminView'];
export type CreatedOfficial = Schemas['CreatedOfficialView'];
export type OneTimePassword = Schemas['OneTimePasswordView'];
export type NewOfficial = Schemas['CreateOfficialDto'];
export type Posting = Schemas['PostingDto'];
export type OfficialsFilter = Omit<NonNullable<paths['/officials']['get']['parameters']['query']>, 'limit' | 'offset'>;

/** A refusal the page shows in words, next to the field it names: what a mutation throws when the API says no. */
export class AccountRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

const OFFICIALS = ['officials'] as const;

/** The answer's data, or the API's refusal (in its own words, `fallback` when it has none). */
function answered<T>(result: { data?: T; error?: unknown; response: Response }, fallback: string): T {
  if (result.data === undefined || result.error !== undefined)
    throw new AccountRefusal(refusalOf(result.response.status, result.error, fallback));
  return result.data;
}

/** One page of the officials in my scope; the previous page stays on screen while the next loads. */
export function useOfficials(filter: OfficialsFilter, page: { limit: number; offset: number }, fallback: string) {
  return useQuery({
    queryKey: [...OFFICIALS, filter, page],
    queryFn: async () => answered(await api.GET('/officials', { params: { query: { ...filter, ...page } } }), fallback),
    placeholderData: keepPreviousData,
  });
}

/** Every change to an account refreshes the list: a moved, closed or new official shows where they now are. */
function useAccountChange<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OFFICIALS }),
  });
}

export const useCreateOfficial = (fallback: string) =>
  useAccountChange(async (body: NewOfficial) => answered(await api.POST('/officials', { body }), fallback));

export const usePosting = (fallback: string) =>
  useAccountChange(async ({ id, body }: { id: string; body: Posting }) =>
    answered(await api.PUT('/officials/{id}/posting', { params: { path: { id } }, body }), fallback),
  );

export const useDeactivate = (fallback: string) =>
  useAccountChange(async ({ id, reason }: { id: string; reason: string }) =>
    answered(await api.POST('/officials/{id}/deactivate', { params: { path: { id } }, body: { reason } }), fallback),
  );

export const useReactivate = (fallback: string) =>
  useAccountChange(async (id: string) => answered(await api.POST('/officials/{id}/reactivate', { params: { path: { id } } }), fallback));

export const useResetPassword = (fallback: string) =>
  useAccountChange(async (id: string) =>
    answered(await api.POST('/officials/{id}/password-reset', { params: { path: { id } } }), fallback),
  );
