import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a screen and typed in by someone else.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A password an administrator hands over once; its holder must replace it at first sign-in. 16 characters ≈ 93 bits. */
export function generateOneTimePassword(length = 16): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
