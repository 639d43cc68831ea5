import { MESSAGES_EN } from './messages.en';
import { MESSAGES_VI, type MessageCode, type MessageParams } from './messages.vi';

/**
 * An exception's words in both languages: `message` in Vietnamese (what logs and older readers see), `en` beside it.
 * The problem filter answers `detail` in the language the request asks for.
 */
export interface Bilingual {
  message: string;
  en?: string;
}

/** The body for a Nest exception from the catalogue: `new UnauthorizedException(said('auth.token-missing'))`. */
export function said<C extends MessageCode>(code: C, ...params: MessageParams<C> extends undefined ? [] : [MessageParams<C>]): Bilingual {
  const vi = MESSAGES_VI[code] as (p?: unknown) => string;
  const en = MESSAGES_EN[code] as (p?: unknown) => string;
  return { message: vi(params[0]), en: en(params[0]) };
}
