/**
 * Units are stored with a materialised path of their codes from the root ("/TN/TN-H01/TN-H01-X01/"),
 * so "is X inside Y's subtree" is a prefix test both here and in SQL (LIKE 'path%').
 */
export function childPath(parentPath: string | null, code: string): string {
  return `${parentPath ?? '/'}${code}/`;
}

export function isSameOrDescendant(candidatePath: string, ancestorPath: string): boolean {
  return candidatePath.startsWith(ancestorPath);
}

export function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length - 1;
}

/** The code of the unit directly above, read from a path ("/TQ/TQ-YS/" → "TQ"); null for a root. */
export function parentCodeOf(path: string): string | null {
  const codes = path.split('/').filter(Boolean);
  return codes.length > 1 ? codes[codes.length - 2] : null;
}
