/** An axis tick short enough to sit beside its bar on a phone; the data table below the chart has the whole name. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  if (text[max - 1] === ' ') return `${cut}…`;
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at a word when one ends late enough, so "Sơ kết đánh giá…" does not become "Sơ kết đán…".
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** Colours told apart by people with the common colour blindnesses, each dark enough for its white labels; never the only cue. */
export const CHART_COLORS = {
  approved: '#1b5e20',
  submitted: '#1565c0',
  late: '#a8071a',
} as const;

/** Bars drawn at once: no motion for those who asked for none, and a screenshot or a printout shows the data, not a frame of it. */
export const STILL = { isAnimationActive: false } as const;
