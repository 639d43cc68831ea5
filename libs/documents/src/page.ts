// Page geometry and the flow of content down pages.
import { SetParagraph, Typesetter } from './typeset';

/** Points in one millimetre. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

/** The area content may fill on every page. */
export interface Frame {
  left: number;
  top: number;
  width: number;
  /** The lowest y that content may reach. */
  bottom: number;
}

/** Draws a horizontal rule of the given length, centred on centreX. */
export function centredRule(doc: PDFKit.PDFDocument, centreX: number, y: number, length: number, thickness = 0.6): void {
  doc
    .save()
    .lineWidth(thickness)
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .stroke()
    .restore();
}

/** A cursor going down the frame that starts a new page when the next thing would not fit. */
export class Flow {
  y: number;
  /** The number of the current page, from 1. */
  page = 1;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly frame: Frame,
    private readonly onNewPage: (page: number) => void = () => undefined,
  ) {
    this.y = frame.top;
  }

  get atTopOfPage(): boolean {
    return this.y <= this.frame.top;
  }

  /** Starts a new page unless height fits below the cursor (or the cursor is at the top, where nothing more can be done). */
  ensure(height: number): void {
    if (this.y + height > this.frame.bottom + 0.01 && !this.atTopOfPage) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.page += 1;
    this.y = this.frame.top;
    this.onNewPage(this.page);
  }

  /** Vertical space, dropped at the top of a page. */
  space(height: number): void {
    if (!this.atTopOfPage) this.y = Math.min(this.y + height, this.frame.bottom);
  }

  /**
   * Draws a paragraph line by line, breaking pages between lines; x defaults to the frame's left edge.
   * keepWithNext is the height of what must follow on the same page: the paragraph's last two lines then go to a
   * new page with it rather than leave it alone there.
   */
  paragraph(typesetter: Typesetter, paragraph: SetParagraph, x = this.frame.left, keepWithNext = 0): void {
    const { lineHeight } = paragraph.style;
    const kept = Math.min(2, paragraph.lines.length);
    paragraph.lines.forEach((line, i) => {
      const remaining = paragraph.lines.length - i;
      this.ensure(keepWithNext > 0 && remaining === kept ? kept * lineHeight + keepWithNext : lineHeight);
      typesetter.drawLine(line, paragraph, x, this.y);
      this.y += lineHeight;
    });
  }
}
