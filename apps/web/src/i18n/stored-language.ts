import { LANGUAGE_KEY } from '../session/storage-keys';
import type { Language } from './messages';

/**
 * The language the official chose on this browser (Vietnamese unless English was chosen). Read when it is needed, so
 * the API client's Accept-Language follows the switch at once.
 */
export function storedLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
}
