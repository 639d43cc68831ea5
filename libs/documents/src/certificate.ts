// The certificate (Bằng khen, Giấy khen): A4 landscape inside a decorative double border.
import { centred, drawNationalHeading, SetSignature } from './blocks';
import { FontStyle } from './fonts';
import { formatDecisionReference, formatPlaceDateLine, upperVi } from './format';
import { mm } from './page';
import { createPdf } from './pdf';
import { SetParagraph, Typesetter } from './typeset';
import { AwardCertificateDocument } from './types';

const PAGE = { width: mm(297), height: mm(210) };
const BORDER = { colour: '#9b1c1c', outerInset: 18, outerWidth: 3.5, innerInset: 27, innerWidth: 1 };
/** The area inside the border that the text may fill. */
const CONTENT = { left: 62, right: PAGE.width - 62, top: 46, bottom: PAGE.height - 44 };
const TITLE_COLOUR = '#b91c1c';
const INK = '#000000';

/** Renders a certificate to a one-page PDF. Long texts are set smaller until everything fits on the page. */
export async function renderAwardCertificatePdf(certificate: AwardCertificateDocument): Promise<Buffer> {
  const pdf = createPdf({
    layout: 'landscape',
    title: `${upperVi(certificate.formName)} – ${certificate.awardeeName}`,
    author: certificate.authority,
    subject: certificate.achievement,
  });
  const { typesetter } = pdf;
  drawBorder(typesetter.doc);

  const width = CONTENT.right - CONTENT.left;
  const footer = setFooter(typesetter, certificate, width);
  const footerTop = CONTENT.bottom - footer.height;

  // The national heading is fixed; the middle is set at the largest scale at which it fits above the footer.
  const middleTop = drawNationalHeading(typesetter, CONTENT.left, width, CONTENT.top, { name: 14, motto: 15 }) + 14;
  let middle = setMiddle(typesetter, certificate, width, 1);
  for (let scale = 0.95; middleTop + middle.height > footerTop - 10 && scale >= 0.6; scale -= 0.05) {
    middle = setMiddle(typesetter, certificate, width, scale);
  }
  // Whatever room is left goes above and below the middle, a little more of it below.
  let y = middleTop + Math.max(0, footerTop - 10 - middleTop - middle.height) * 0.4;
  for (const { paragraph, x, before, colour } of middle.parts) {
    y += before;
    typesetter.doc.fillColor(colour);
    y = typesetter.draw(paragraph, x, y);
  }
  typesetter.doc.fillColor(INK);

  footer.draw(footerTop);
  return pdf.finish();
}

interface MiddlePart {
  paragraph: SetParagraph;
  /** Left edge of the part's column. */
  x: number;
  /** Space above the part. */
  before: number;
  colour: string;
}

/** Authority, "TẶNG", the form name, the awardee, their detail and the achievement, at a scale of the full sizes. */
function setMiddle(typesetter: Typesetter, certificate: AwardCertificateDocument, width: number, scale: number) {
  const part = (text: string, style: FontStyle, size: number, before: number, share = 0.85, colour = INK): MiddlePart => ({
    paragraph: centred(typesetter, text, style, size * scale, width * share),
    x: CONTENT.left + (width * (1 - share)) / 2,
    before: before * scale,
    colour,
  });
  const parts = [
    part(upperVi(certificate.authority), 'bold', 17, 0, 0.7),
    part('TẶNG', 'bold', 16, 8),
    part(upperVi(certificate.formName), 'bold', 44, 6, 0.85, TITLE_COLOUR),
    part(certificate.awardeeName, 'bold', 28, 12),
    ...(certificate.awardeeDetail ? [part(certificate.awardeeDetail, 'regular', 16, 4)] : []),
    part(certificate.achievement, 'italic', 17, 10, 0.8),
  ];
  return { parts, height: parts.reduce((sum, p) => sum + p.before + p.paragraph.height, 0) };
}

/** Bottom left: the decision and the golden book number; bottom right: place and date, then the signature block. */
function setFooter(typesetter: Typesetter, certificate: AwardCertificateDocument, width: number) {
  const columnWidth = width * 0.46;
  const references = [formatDecisionReference(certificate.decision.number, certificate.decision.symbol, certificate.decision.date)];
  if (certificate.goldenBookNumber) references.push(`Số sổ vàng: ${certificate.goldenBookNumber}`);
  const left = typesetter.set(references.join('\n'), columnWidth, { size: 13, lineHeight: 17, align: 'center' });
  const placeDate = centred(typesetter, formatPlaceDateLine(certificate.place, certificate.date), 'italic', 14, columnWidth, 18);
  const signature = new SetSignature(typesetter, certificate.signature, columnWidth, { size: 14, gap: 62 });
  const rightHeight = placeDate.height + signature.height;
  return {
    height: Math.max(rightHeight, left.height),
    draw(top: number): void {
      const rightX = CONTENT.right - columnWidth;
      signature.draw(typesetter, rightX, typesetter.draw(placeDate, rightX, top));
      // The references sit level with the space for the signature.
      typesetter.draw(left, CONTENT.left, top + placeDate.height + signature.capacity.height + (signature.sizes.gap - left.height) / 2);
    },
  };
}

/** A thick outer rule and a thin inner one, with diamonds at the corners between them and on the middle of each side. */
function drawBorder(doc: PDFKit.PDFDocument): void {
  const { colour, outerInset, outerWidth, innerInset, innerWidth } = BORDER;
  doc.save().strokeColor(colour).fillColor(colour);
  doc
    .lineWidth(outerWidth)
    .rect(outerInset, outerInset, PAGE.width - 2 * outerInset, PAGE.height - 2 * outerInset)
    .stroke();
  doc
    .lineWidth(innerWidth)
    .rect(innerInset, innerInset, PAGE.width - 2 * innerInset, PAGE.height - 2 * innerInset)
    .stroke();
  // A third, hair-thin rule just inside the inner one makes the inner border read as a double line.
  const hair = innerInset + 3;
  doc
    .lineWidth(0.4)
    .rect(hair, hair, PAGE.width - 2 * hair, PAGE.height - 2 * hair)
    .stroke();

  const middle = (outerInset + innerInset) / 2;
  const diamond = (cx: number, cy: number, r: number) => {
    doc
      .moveTo(cx, cy - r)
      .lineTo(cx + r, cy)
      .lineTo(cx, cy + r)
      .lineTo(cx - r, cy)
      .closePath()
      .fill();
  };
  const corners: [number, number][] = [
    [middle, middle],
    [PAGE.width - middle, middle],
    [middle, PAGE.height - middle],
    [PAGE.width - middle, PAGE.height - middle],
  ];
  for (const [x, y] of corners) {
    doc
      .save()
      .fillColor('#ffffff')
      .rect(x - 7, y - 7, 14, 14)
      .fill()
      .restore();
    diamond(x, y, 7);
  }
  const sides: [number, number][] = [
    [PAGE.width / 2, middle],
    [PAGE.width / 2, PAGE.height - middle],
    [middle, PAGE.height / 2],
    [PAGE.width - middle, PAGE.height / 2],
  ];
  for (const [x, y] of sides) diamond(x, y, 4);
  doc.restore();
}
