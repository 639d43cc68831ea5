// The words of the new-campaign pages.

export const vi = {} as const;

export const en: Record<keyof typeof vi, string> = {};
