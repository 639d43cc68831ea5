import type { FormRule } from 'antd';

/**
 * "Must be chosen", without antd's `required`: that puts aria-required on a Select's wrapper div, where ARIA does not
 * allow it (axe's aria-allowed-attr).
 */
export const mustHave = (message: string): FormRule => ({
  validator: (_, value: unknown) =>
    value === undefined || value === null || value === '' ? Promise.reject(new Error(message)) : Promise.resolve(),
});
