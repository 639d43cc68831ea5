// The words of the audit pages.

export const vi = {} as const;

export const en: Record<keyof typeof vi, string> = {};
