// Where to go after logging in: the page the official was on, carried in ?next=. Only a path of this
// app is accepted, so a crafted link cannot send the official to another site.

export const LOGIN_PATH = '/dang-nhap';
export const HOME_PATH = '/hop-viec';

export function loginPathReturningTo(path: string): string {
  return path === '/' || path.startsWith(LOGIN_PATH) ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(path)}`;
}

export function safeReturnPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith(LOGIN_PATH) ? next : HOME_PATH;
}
