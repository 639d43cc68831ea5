/** The file name the API gives in Content-Disposition (`attachment; filename="nhat-ky-….csv"`), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*\s*=\s*UTF-8''([^;]+)/i);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = disposition?.match(/filename\s*=\s*"?([^";]+)"?/i);
  return plain?.[1].trim() || fallback;
}

/** Saves a fetched file: a link the browser downloads, since the bearer token cannot ride on a plain link. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; releasing it on the next turn frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** How long the printable page's address lives: long enough to load and print, then its memory is freed. */
const PRINTABLE_LIFETIME_MS = 10 * 60_000;

/**
 * Opens an empty window while the click still counts as the official's (a pop-up blocker lets it through), to show
 * the page in once it has arrived; null when the browser blocked it all the same.
 */
export function openBlankWindow(): Window | null {
  const opened = window.open('', '_blank');
  // The page shown there is the API's own, with escaped text; it needs no way back to this one.
  if (opened) opened.opener = null;
  return opened;
}

export function showHtmlIn(target: Window, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  target.location.replace(url);
  setTimeout(() => URL.revokeObjectURL(url), PRINTABLE_LIFETIME_MS);
}
