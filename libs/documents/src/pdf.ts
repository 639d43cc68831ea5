// A PDFKit document with the Tinos faces registered, and its bytes once it ends.
import PDFDocument from 'pdfkit';
import { FontSet, tinosFaces } from './fonts';
import { Typesetter } from './typeset';

export interface PdfOptions {
  layout: 'portrait' | 'landscape';
  title: string;
  author?: string;
  subject?: string;
}

export interface Pdf {
  doc: PDFKit.PDFDocument;
  typesetter: Typesetter;
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Buffer>;
}

/** An A4 document without PDFKit margins: the documents place everything themselves. */
export function createPdf(options: PdfOptions): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout,
    margin: 0,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: options.title, Author: options.author, Subject: options.subject, Creator: '@tdkt/documents' },
  });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = new FontSet(tinosFaces());
  fonts.register(doc);
  return {
    doc,
    typesetter: new Typesetter(doc, fonts),
    finish: () => {
      doc.end();
      return bytes;
    },
  };
}
