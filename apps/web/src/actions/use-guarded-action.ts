import type { UseMutationResult } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ActionRefused } from '../api/action-queries';
import { refusalOf } from '../api/refusal';
import { useT } from '../i18n/i18n-context';
import { placeRefusal } from './refusal-placement';
import { useRequestId } from './use-request-id';

interface Options<TData> {
  /** The form whose fields show their own refusals. */
  form?: FormInstance;
  /** The form's fields, named as in the request body. */
  fields?: readonly string[];
  /** The field a 400 naming no field is about (see placeRefusal). */
  invalidField?: string;
  onSuccess?: (data: TData) => void;
}

/**
 * An action sent with its intent's request id, at most once at a time, its refusal placed next to the field at fault
 * or returned (`refusal`) for above the form.
 */
export function useGuardedAction<TBody extends { requestId: string }, TData>(
  mutation: UseMutationResult<TData, ActionRefused, TBody>,
  options: Options<TData> = {},
) {
  const t = useT();
  const intent = useRequestId();
  const [refusal, setRefusal] = useState<string | null>(null);

  /** `then` runs after this one success, besides `onSuccess`. */
  const run = (body: Omit<TBody, 'requestId'>, then?: (data: TData) => void) => {
    const requestId = intent.begin();
    if (requestId === null) return;
    setRefusal(null);
    // mutateAsync rather than mutate's callbacks, which do not run once the form has gone (the status moved on).
    mutation.mutateAsync({ ...body, requestId } as TBody).then(
      (data) => {
        intent.end(true);
        options.onSuccess?.(data);
        then?.(data);
      },
      (error: unknown) => {
        intent.end(false);
        const status = error instanceof ActionRefused ? error.status : 0;
        const fallback = t(status === 0 ? 'actions.refused.unreachable' : 'actions.refused.unreadable');
        const placed = placeRefusal(
          refusalOf(status, error instanceof ActionRefused ? error.body : null, fallback),
          options.fields ?? [],
          options.invalidField,
        );
        options.form?.setFields(placed.fields.map((field) => ({ name: field.name, errors: [field.message] })));
        if (placed.fields.length) options.form?.focusField(placed.fields[0].name);
        setRefusal(placed.form);
      },
    );
  };

  return { run, pending: mutation.isPending, refusal };
}
