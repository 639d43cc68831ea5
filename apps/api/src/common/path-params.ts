import { ArgumentMetadata, BadRequestException, PipeTransform } from '@nestjs/common';
import { said } from './problem/said';

/**
 * The one way path parameters are checked: `@Param('id', UuidParam)`. A malformed id is the caller's mistake and gets a
 * 400 naming the parameter, before it reaches a query (where PostgreSQL would fail with a 500 on a non-UUID).
 */
export class PathParamPipe implements PipeTransform<unknown, string> {
  constructor(
    private readonly pattern: RegExp,
    /** What a valid value looks like, in words an official understands. */
    private readonly expected: string,
    private readonly expectedEn: string,
  ) {}

  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && this.pattern.test(value)) return value;
    throw new BadRequestException(
      said('path.invalid', {
        name: metadata.data ?? '',
        value: shown(value),
        expectedVi: this.expected,
        expectedEn: this.expectedEn,
        hint: true,
      }),
    );
  }
}

/** Every id the database generates (campaigns, dossiers, attachments, delegations, notifications). */
export const UuidParam = new PathParamPipe(
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  'cần một mã định danh dạng UUID, ví dụ 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f',
  'a UUID is expected, e.g. 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f',
);

/** The pattern the org import accepts for unit codes (libs/domain org/import/validate-units.ts). */
export const UnitCodeParam = new PathParamPipe(
  /^[A-Za-z0-9._-]{1,64}$/,
  'mã đơn vị gồm tối đa 64 chữ cái không dấu, chữ số, ".", "_" hoặc "-", ví dụ TQ-YS-THANGQUAN',
  'a unit code is up to 64 unaccented letters, digits, ".", "_" or "-", e.g. TQ-YS-THANGQUAN',
);

/**
 * A plan's phase key, plus "~n" for a period (campaigns issued before wrote "#n", which a path carries only escaped as
 * %23). Plans may name phases in any words (even with diacritics), so only what no key holds is refused: control
 * characters, and more than 200 characters.
 */
export const ObligationKeyParam = new PathParamPipe(
  /^[^\p{Cc}]{1,200}$/u,
  'mã nghĩa vụ là mã bước của kế hoạch (ví dụ phat-dong, hoặc so-ket~1 cho một kỳ), tối đa 200 ký tự',
  "an obligation key is a plan step's key (e.g. phat-dong, or so-ket~1 for a period), up to 200 characters",
);

/** Template keys as AddPlanTemplateDto requires them. */
export const TemplateKeyParam = new PathParamPipe(
  /^[a-z0-9]+(-[a-z0-9]+)*$/,
  'mã mẫu kế hoạch viết thường, không dấu, các từ nối bằng "-", ví dụ ubnd-chuyen-doi-so',
  'a template key is lower case, unaccented, words joined by "-", e.g. ubnd-chuyen-doi-so',
);

/** A whole number in a range, for positions and years; answered as a number to the handler. */
export class IntegerParamPipe implements PipeTransform<unknown, number> {
  constructor(
    private readonly min: number,
    private readonly max: number,
    private readonly expected: string,
    private readonly expectedEn: string,
  ) {}

  transform(value: unknown, metadata: ArgumentMetadata): number {
    // The global ValidationPipe runs first and has already made a number of a `number` parameter's text.
    const text = typeof value === 'number' ? String(value) : value;
    const number = typeof text === 'string' && /^\d{1,9}$/.test(text) ? Number(text) : NaN;
    if (number >= this.min && number <= this.max) return number;
    throw new BadRequestException(
      said('path.invalid', {
        name: metadata.data ?? '',
        value: shown(value),
        expectedVi: this.expected,
        expectedEn: this.expectedEn,
        hint: false,
      }),
    );
  }
}

/** A year of the national calendar; which years it covers is the calendar's to say, with its own message. */
export const YearParam = new IntegerParamPipe(0, 9999, 'năm phải là một số, ví dụ 2027', 'a year is a number, e.g. 2027');

/** A position in a list, counted from 0 as the API gives it. */
export const IndexParam = new IntegerParamPipe(
  0,
  100_000,
  'vị trí trong danh sách phải là một số nguyên từ 0 trở lên',
  'a position in a list is a whole number from 0 up',
);

/** For `@Param() target` objects: each named parameter through its pipe; only those reach the handler. */
export function pathParams(pipes: Record<string, PathParamPipe>): PipeTransform<Record<string, unknown>, Record<string, string>> {
  return {
    transform: (params, metadata) =>
      Object.fromEntries(Object.entries(pipes).map(([name, pipe]) => [name, pipe.transform(params?.[name], { ...metadata, data: name })])),
  };
}

function shown(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
