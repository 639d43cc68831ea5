// Text extraction for the specs: a real PDF reader (pdf-parse, on PDF.js) in a child Node process.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export interface ExtractedPage {
  number: number;
  text: string;
  width: number;
  height: number;
}

export interface ExtractedPdf {
  pages: ExtractedPage[];
  title: string | null;
  /** The text of all pages, with runs of white space made single spaces. */
  text: string;
}

/** Extracts the text and page sizes of a PDF. */
export function extractPdf(pdf: Buffer): ExtractedPdf {
  const output = execFileSync(process.execPath, [path.join(__dirname, 'pdf-text.mjs')], {
    input: pdf,
    cwd: __dirname,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  const result = JSON.parse(output.toString('utf8')) as Omit<ExtractedPdf, 'text'>;
  return { ...result, text: squash(result.pages.map((p) => p.text).join('\n')) };
}

/** Collapses white space (line breaks included) into single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
