import { useMutation, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { delegationForStep, type DelegableStep } from '../actions/delegation-for-step';
import { api, dataOf } from './client';
import { useDelegations, useMe, type Delegation } from './queries';
import type { components } from './schema';

// The officials' actions on a report and on a plan, and what those pages read besides queries.ts.

type Schemas = components['schemas'];
export type ObligationStep = Schemas['ObligationStepView'];
export type SubmitObligationBody = Schemas['SubmitObligationDto'];
export type DecideObligationBody = Schemas['DecideObligationDto'];
export type RequestExtensionBody = Schemas['RequestExtensionDto'];
export type DecideExtensionBody = Schemas['DecideExtensionDto'];
export type PlanDecisionBody = Schemas['PlanDecisionDto'];
type ObligationEvent = Schemas['ObligationEventView'];

export interface ObligationTarget {
  campaignId: string;
  unitCode: string;
  obligationKey: string;
}

/** An action the API did not take: its answer's status (0 when none came) and body, to be read with refusalOf. */
export class ActionRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`API ${status}`);
  }
}

/** Under the campaign's key, so whatever refreshes the campaign after an action refreshes the obligation too. */
const obligationQueryKey = (target: ObligationTarget) => [
  'campaign',
  target.campaignId,
  'obligation',
  target.unitCode,
  target.obligationKey,
];

const historyQuery = (target: ObligationTarget) => ({
  queryKey: [...obligationQueryKey(target), 'history'],
  queryFn: async () =>
    dataOf(await api.GET('/campaigns/{campaignId}/units/{unitCode}/obligations/{obligationKey}/history', { params: { path: target } })),
});

/** The officials' steps on one obligation, oldest first: who sent, approved, returned (with the comment), asked for more time. */
export function useObligationHistory(target: ObligationTarget) {
  return useQuery(historyQuery(target));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The workflow writes an action's step to the decision log a moment after answering it (the inbox and progress rows
 * come with the answer): the history is fetched again until it holds the step, so the page never shows the new status
 * without the step behind it (a request for more time waiting, a return's comment) and offers no action twice meanwhile.
 * After `patienceMs` the page shows what it has, and the step on a later fetch.
 */
async function untilStepRecorded(client: QueryClient, target: ObligationTarget, requestId: string, patienceMs = 60_000) {
  const giveUpAt = Date.now() + patienceMs;
  for (;;) {
    // The action is taken: a failed read must not make it look refused, the page's own query shows that failure.
    const history = await client.fetchQuery({ ...historyQuery(target), staleTime: 0 }).catch(() => null);
    if (!history || history.items.some((step) => step.requestId === requestId) || Date.now() >= giveUpAt) return;
    await pause(500);
  }
}

async function answerOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ActionRefused(0, null);
  }
  if (result.error !== undefined || !result.response.ok) throw new ActionRefused(result.response.status, result.error);
  return result.data as T;
}

/**
 * An action, and the reads it changes. The mutation stays pending until those reads are fetched again, so the page
 * shows the new status before its buttons come back.
 */
function useAction<TBody, TData>(
  send: (body: TBody) => Promise<{ data?: TData; error?: unknown; response: Response }>,
  changes: QueryKey[],
  alsoAwait?: (client: QueryClient, answer: TData) => Promise<void>,
) {
  const client = useQueryClient();
  return useMutation<TData, ActionRefused, TBody>({
    mutationFn: (body) => answerOf(send(body)),
    onSuccess: async (answer) => {
      await Promise.all(changes.map((queryKey) => client.invalidateQueries({ queryKey })));
      await alsoAwait?.(client, answer);
    },
  });
}

/** An action on an obligation: the inbox and the campaign's reads change, and the page waits for the step in the history. */
function useObligationAction<TBody>(
  target: ObligationTarget,
  send: (body: TBody) => Promise<{ data?: ObligationEvent; error?: unknown; response: Response }>,
) {
  return useAction(send, [['inbox'], ['campaign', target.campaignId]], (client, event) =>
    untilStepRecorded(client, target, event.requestId),
  );
}

export function useSubmitObligation(target: ObligationTarget) {
  return useObligationAction(target, (body: SubmitObligationBody) =>
    api.POST('/campaigns/{campaignId}/units/{unitCode}/obligations/{obligationKey}/submission', { params: { path: target }, body }),
  );
}

export function useDecideObligation(target: ObligationTarget) {
  return useObligationAction(target, (body: DecideObligationBody) =>
    api.POST('/campaigns/{campaignId}/units/{unitCode}/obligations/{obligationKey}/decision', { params: { path: target }, body }),
  );
}

export function useRequestExtension(target: ObligationTarget) {
  return useObligationAction(target, (body: RequestExtensionBody) =>
    api.POST('/campaigns/{campaignId}/units/{unitCode}/obligations/{obligationKey}/extension-request', { params: { path: target }, body }),
  );
}

export function useDecideExtension(target: ObligationTarget) {
  return useObligationAction(target, (body: DecideExtensionBody) =>
    api.POST('/campaigns/{campaignId}/units/{unitCode}/obligations/{obligationKey}/extension-decision', { params: { path: target }, body }),
  );
}

/** A step on the plan's approval chain; the campaign lists show its status too. */
export function usePlanDecision(campaignId: string) {
  return useAction(
    (body: PlanDecisionBody) => api.POST('/campaigns/{id}/plan-decisions', { params: { path: { id: campaignId } }, body }),
    [['inbox'], ['campaigns'], ['campaign', campaignId]],
  );
}

/** Fetches `queryKey` again every `everyMs` while `active`: for a change the API makes shortly after an action answered. */
export function useRefreshWhile(queryKey: QueryKey, active: boolean, everyMs = 2_000) {
  const client = useQueryClient();
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void client.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey }), everyMs);
    return () => clearInterval(timer);
  }, [client, key, active, everyMs]);
}

/**
 * The delegation the signed-in official would take `step` under, when one in force covers it (null: none, or no step).
 * The API checks it again when the decision arrives; this only decides whether the form is offered.
 */
export function useDelegationForStep(step: DelegableStep | null): Delegation | null {
  const me = useMe();
  const delegations = useDelegations();
  if (!step || !me.data || !delegations.data) return null;
  return delegationForStep(delegations.data, me.data.username, step, new Date());
}
