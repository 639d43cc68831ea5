import type { FormInstance } from 'antd';
import { useState } from 'react';
import { AccountRefusal } from '../../api/accounts-admin-queries';
import { placeRefusal } from '../../actions/refusal-placement';
import { useRequestId } from '../../actions/use-request-id';

/**
 * One intent of an account form: sends once while unanswered (a double click creates one account), and shows the API's
 * refusal next to the fields it names, the rest above the form.
 */
export function useAccountForm<Values extends object>(form: FormInstance<Values>, fieldNames: readonly string[], failed: string) {
  const intent = useRequestId();
  const [refusal, setRefusal] = useState<string | null>(null);

  const send = async <T>(run: () => Promise<T>): Promise<T | null> => {
    if (intent.begin() === null) return null;
    setRefusal(null);
    try {
      const answer = await run();
      intent.end(true);
      return answer;
    } catch (error) {
      intent.end(false);
      if (!(error instanceof AccountRefusal)) {
        setRefusal(failed);
        return null;
      }
      const placed = placeRefusal(error.refusal, fieldNames);
      form.setFields(placed.fields.map(({ name, message }) => ({ name: name as never, errors: [message] })));
      setRefusal(placed.form);
      return null;
    }
  };

  return { send, refusal, clearRefusal: () => setRefusal(null) };
}
