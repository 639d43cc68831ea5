// The typeface: Tinos (metric-compatible with Times New Roman, the face Nghị định 30/2020/NĐ-CP asks for),
// from the @fontsource/tinos package. Fontsource splits every style into Unicode subsets and no single file
// holds both ASCII and the Vietnamese letters, so each style is a stack of subset files and every character
// is drawn with the first file of the stack that has a glyph for it (see FontSet.runs).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fontkit from 'fontkit';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** Latin first (ASCII, Latin-1: à á â ã è é ê ì í ò ó ô õ ù ú ý), then Vietnamese (ă đ ĩ ũ ơ ư, ạ…ỹ), then the rest of Latin Extended. */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;

const FILE_SUFFIX: Record<FontStyle, string> = {
  regular: '400-normal',
  bold: '700-normal',
  italic: '400-italic',
  boldItalic: '700-italic',
};

/** One subset file of one style, as PDFKit registers it. */
export interface FontFace {
  /** The name the face is registered under in a PDF document. */
  name: string;
  style: FontStyle;
  data: Buffer;
  font: fontkit.Font;
}

let loaded: Record<FontStyle, FontFace[]> | undefined;

function fontsDirectory(): string {
  return path.join(path.dirname(require.resolve('@fontsource/tinos/package.json')), 'files');
}

/** The Tinos subset files of every style, read once per process. */
export function tinosFaces(): Record<FontStyle, FontFace[]> {
  if (loaded) return loaded;
  const dir = fontsDirectory();
  const faces = {} as Record<FontStyle, FontFace[]>;
  for (const style of FONT_STYLES) {
    faces[style] = SUBSETS.map((subset) => {
      const data = readFileSync(path.join(dir, `tinos-${subset}-${FILE_SUFFIX[style]}.woff`));
      const font = fontkit.create(data);
      if (!('hasGlyphForCodePoint' in font)) throw new Error(`Expected a single font in the Tinos ${subset} ${style} file`);
      return { name: `Tinos-${style}-${subset}`, style, data, font };
    });
  }
  loaded = faces;
  return faces;
}

/** A stretch of text that one face draws. */
export interface FontRun {
  face: string;
  text: string;
}

/** The faces a document has registered, and the choice of face for each character. */
export class FontSet {
  private readonly cache = new Map<string, FontRun[]>();

  constructor(private readonly faces: Record<FontStyle, FontFace[]>) {}

  /** Registers every face in a PDFKit document (PDFKit embeds only those that get used). */
  register(doc: PDFKit.PDFDocument): void {
    for (const style of FONT_STYLES) for (const face of this.faces[style]) doc.registerFont(face.name, face.data);
  }

  /** Ascent and descent of the style as fractions of the font size (the same in every subset file). */
  metrics(style: FontStyle): { ascent: number; descent: number } {
    const { font } = this.faces[style][0];
    return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
  }

  /** Whether some face of the style has a glyph for the character. */
  covers(style: FontStyle, char: string): boolean {
    const codePoint = char.codePointAt(0) ?? 0;
    return this.faces[style].some((face) => face.font.hasGlyphForCodePoint(codePoint));
  }

  /** Splits text into runs, each drawn by one face: the first face of the stack that has the character. */
  runs(style: FontStyle, text: string): FontRun[] {
    const key = `${style}\u0000${text}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const stack = this.faces[style];
    const runs: FontRun[] = [];
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      const face = (stack.find((f) => f.font.hasGlyphForCodePoint(codePoint)) ?? stack[0]).name;
      const last = runs[runs.length - 1];
      if (last && last.face === face) last.text += char;
      else runs.push({ face, text: char });
    }
    this.cache.set(key, runs);
    return runs;
  }
}
