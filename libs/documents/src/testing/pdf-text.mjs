// Reads a PDF from standard input and writes its text and page sizes as JSON, using pdf-parse (PDF.js).
// It runs as its own Node process: PDF.js loads its worker with a dynamic import, which Jest's module system refuses.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const text = await parser.getText();
  const info = await parser.getInfo({ parsePageInfo: true });
  const pages = text.pages.map((page) => {
    const size = info.pages.find((p) => p.pageNumber === page.num);
    return { number: page.num, text: page.text, width: size?.width ?? 0, height: size?.height ?? 0 };
  });
  process.stdout.write(JSON.stringify({ pages, title: info.info?.Title ?? null }));
} finally {
  await parser.destroy();
}
