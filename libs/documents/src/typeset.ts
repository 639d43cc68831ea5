// Paragraph setting on top of PDFKit: words measured across font faces, greedy or balanced line breaking,
// and lines drawn left, centred, right or justified. PDFKit's own wrapping cannot be used, because one
// Vietnamese word may need two font files (see fonts.ts).
import { FontSet, FontStyle } from './fonts';

/** A stretch of text in one style. */
export interface Span {
  text: string;
  style: FontStyle;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphStyle {
  /** Font size in points. */
  size: number;
  /** Distance between baselines in points; 1.2 × size by default. */
  lineHeight?: number;
  align?: Align;
  /** Indent of the first line in points. */
  indent?: number;
  /** Break lines so that they are about equally long (for centred headings) instead of filling each line in turn. */
  balance?: boolean;
}

interface Piece {
  text: string;
  style: FontStyle;
  width: number;
}

interface Word {
  pieces: Piece[];
  width: number;
  /** Width of the space that follows the word in the text (0 when none does). */
  spaceAfter: number;
  spaceStyle: FontStyle;
}

type Token = Word | 'break';

/** One line of a set paragraph. */
export interface SetLine {
  words: Word[];
  /** Natural width, spaces between words included. */
  width: number;
  /** The line ends the paragraph or a forced break ("\n"): a justified paragraph leaves it ragged. */
  last: boolean;
  /** Left offset within the paragraph's box (the first line's indent). */
  offset: number;
}

/** A paragraph set into lines, ready to draw. */
export interface SetParagraph {
  lines: SetLine[];
  style: Required<Omit<ParagraphStyle, 'balance'>>;
  width: number;
  /** Height of all the lines. */
  height: number;
  /** Width of the longest line. */
  widest: number;
}

/** Spans from text in one style. */
export function spans(text: string, style: FontStyle = 'regular'): Span[] {
  return [{ text, style }];
}

export class Typesetter {
  private readonly widths = new Map<string, number>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontSet,
  ) {}

  /** Width of text in one style and size, in points. */
  measure(text: string, style: FontStyle, size: number): number {
    const key = `${style}\u0000${size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = 0;
      for (const run of this.fonts.runs(style, text)) width += this.doc.font(run.face).fontSize(size).widthOfString(run.text);
      this.widths.set(key, width);
    }
    return width;
  }

  /** Sets a paragraph into lines no wider than width. Text is NFC-normalised; "\n" forces a line break. */
  set(content: string | Span[], width: number, paragraph: ParagraphStyle, style: FontStyle = 'regular'): SetParagraph {
    const full = {
      size: paragraph.size,
      lineHeight: paragraph.lineHeight ?? paragraph.size * 1.2,
      align: paragraph.align ?? 'left',
      indent: paragraph.indent ?? 0,
    };
    const tokens = this.tokens(typeof content === 'string' ? spans(content, style) : content, full.size);
    let lines = this.breakLines(tokens, width, full.indent, full.size);
    if (paragraph.balance && lines.length > 1) lines = this.balance(tokens, width, full.indent, full.size, lines.length);
    const widest = Math.max(0, ...lines.map((l) => l.width + l.offset));
    return { lines, style: full, width, height: lines.length * full.lineHeight, widest };
  }

  /** Draws a set paragraph with the top of its first line at y; returns the y below its last line. */
  draw(paragraph: SetParagraph, x: number, y: number): number {
    let top = y;
    for (const line of paragraph.lines) {
      this.drawLine(line, paragraph, x, top);
      top += paragraph.style.lineHeight;
    }
    return top;
  }

  /** Draws one line whose box starts at top. */
  drawLine(line: SetLine, paragraph: SetParagraph, x: number, top: number): void {
    const { size, lineHeight, align } = paragraph.style;
    const box = paragraph.width - line.offset;
    let cursor = x + line.offset;
    if (align === 'center') cursor += (box - line.width) / 2;
    if (align === 'right') cursor += box - line.width;
    const gaps = line.words.length - 1;
    const stretch = align === 'justify' && !line.last && gaps > 0 ? Math.max(0, box - line.width) / gaps : 0;
    const baseline = this.baseline(top, size, lineHeight);
    line.words.forEach((word, i) => {
      const followed = i < gaps;
      word.pieces.forEach((piece, j) => {
        // The space after a word is drawn as a glyph (so text extraction sees it); justification adds to its advance.
        const trailing = followed && word.spaceAfter > 0 && j === word.pieces.length - 1;
        this.drawText(trailing && piece.style === word.spaceStyle ? `${piece.text} ` : piece.text, piece.style, size, cursor, baseline);
        if (trailing && piece.style !== word.spaceStyle) this.drawText(' ', word.spaceStyle, size, cursor + piece.width, baseline);
        cursor += piece.width;
      });
      if (followed) cursor += word.spaceAfter + stretch;
    });
  }

  /** Draws a single line of text with its baseline at baseline, starting at x; returns its width. */
  drawText(text: string, style: FontStyle, size: number, x: number, baseline: number): number {
    let cursor = x;
    for (const run of this.fonts.runs(style, text.normalize('NFC'))) {
      this.doc.font(run.face).fontSize(size).text(run.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' });
      cursor += this.measure(run.text, style, size);
    }
    return cursor - x;
  }

  /** The baseline of a line whose box (of lineHeight) starts at top, with the glyphs centred in the box. */
  baseline(top: number, size: number, lineHeight: number): number {
    const { ascent, descent } = this.fonts.metrics('regular');
    return top + (lineHeight - (ascent + descent) * size) / 2 + ascent * size;
  }

  private tokens(content: Span[], size: number): Token[] {
    const tokens: Token[] = [];
    let word: Word | undefined;
    const close = () => {
      if (word) tokens.push(word);
      word = undefined;
    };
    for (const span of content) {
      for (const char of span.text.normalize('NFC')) {
        if (char === '\n') {
          close();
          tokens.push('break');
        } else if (char === ' ' || char === '\t') {
          const last = tokens[tokens.length - 1];
          if (word) {
            word.spaceAfter = this.measure(' ', span.style, size);
            word.spaceStyle = span.style;
            close();
          } else if (last === undefined || last === 'break') {
            continue; // spaces at the start of a line are dropped
          }
        } else {
          if (!word) word = { pieces: [], width: 0, spaceAfter: 0, spaceStyle: span.style };
          const piece = word.pieces[word.pieces.length - 1];
          if (piece && piece.style === span.style) piece.text += char;
          else word.pieces.push({ text: char, style: span.style, width: 0 });
        }
      }
    }
    close();
    for (const token of tokens) {
      if (token === 'break') continue;
      for (const piece of token.pieces) piece.width = this.measure(piece.text, piece.style, size);
      token.width = token.pieces.reduce((sum, p) => sum + p.width, 0);
    }
    return tokens;
  }

  private breakLines(tokens: Token[], width: number, indent: number, size: number): SetLine[] {
    const lines: SetLine[] = [];
    let words: Word[] = [];
    let lineWidth = 0;
    const room = () => width - (lines.length === 0 ? indent : 0);
    const push = (last: boolean) => {
      lines.push({ words, width: lineWidth, last, offset: lines.length === 0 ? indent : 0 });
      words = [];
      lineWidth = 0;
    };
    for (const token of tokens) {
      if (token === 'break') {
        push(true);
        continue;
      }
      for (const word of this.splitLongWord(token, Math.min(width - indent, width), size)) {
        const previous = words[words.length - 1];
        const needed = previous ? lineWidth + previous.spaceAfter + word.width : word.width;
        if (previous && needed > room() + 0.01) {
          push(false);
          words = [word];
          lineWidth = word.width;
        } else {
          words.push(word);
          lineWidth = needed;
        }
      }
    }
    if (words.length > 0 || lines.length === 0 || tokens[tokens.length - 1] === 'break') push(true);
    return lines;
  }

  /** The narrowest width (down to the longest word) that still sets the text in the same number of lines. */
  private balance(tokens: Token[], width: number, indent: number, size: number, count: number): SetLine[] {
    const longest = Math.max(...tokens.map((t) => (t === 'break' ? 0 : t.width)));
    let low = Math.min(longest + indent, width);
    let high = width;
    let best = this.breakLines(tokens, width, indent, size);
    for (let i = 0; i < 16 && high - low > 0.5; i++) {
      const middle = (low + high) / 2;
      const lines = this.breakLines(tokens, middle, indent, size);
      if (lines.length <= count) {
        best = lines;
        high = middle;
      } else {
        low = middle;
      }
    }
    return best;
  }

  /** A word wider than the line is cut between characters (rare: long codes or addresses without spaces). */
  private splitLongWord(word: Word, width: number, size: number): Word[] {
    if (word.width <= width || width <= 0) return [word];
    const parts: Word[] = [];
    let current: Word = { pieces: [], width: 0, spaceAfter: 0, spaceStyle: word.spaceStyle };
    for (const piece of word.pieces) {
      for (const char of piece.text) {
        const charWidth = this.measure(char, piece.style, size);
        if (current.width + charWidth > width && current.width > 0) {
          parts.push(current);
          current = { pieces: [], width: 0, spaceAfter: 0, spaceStyle: word.spaceStyle };
        }
        const last = current.pieces[current.pieces.length - 1];
        if (last && last.style === piece.style) {
          last.text += char;
          last.width += charWidth;
        } else {
          current.pieces.push({ text: char, style: piece.style, width: charWidth });
        }
        current.width += charWidth;
      }
    }
    current.spaceAfter = word.spaceAfter;
    parts.push(current);
    return parts;
  }
}
