// The award decision (Quyết định khen thưởng) in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
// A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times-compatible type, pages numbered from the second.
import { centred, drawNationalHeading, RULE_GAP, SetSignature } from './blocks';
import { formatCashReward, formatDocumentNumber, formatPlaceDateLine, upperVi } from './format';
import { centredRule, Flow, Frame, mm } from './page';
import { createPdf } from './pdf';
import { drawTable, TableColumn } from './table';
import { Span, Typesetter } from './typeset';
import { AwardDecisionDocument } from './types';

const PAGE = { width: mm(210), height: mm(297) };
const FRAME: Frame = { left: mm(30), top: mm(20), width: mm(210 - 30 - 15), bottom: PAGE.height - mm(20) };
/** Body text: 14 pt, baselines 18 pt apart, 6 pt between paragraphs, first lines indented 1.27 cm. */
const BODY = { size: 14, lineHeight: 18, after: 6, indent: mm(12.7) };
const HEADER = { leftShare: 0.4, size: 13, nameSize: 12.5, mottoSize: 13.5 };

/** Renders an award decision to PDF. Long lists of awardees flow over as many pages as they need. */
export async function renderAwardDecisionPdf(decision: AwardDecisionDocument): Promise<Buffer> {
  const reference = formatDocumentNumber(decision.number, decision.symbol);
  const numberText = `Số: ${reference}`;
  const pdf = createPdf({
    layout: 'portrait',
    title: `Quyết định số ${reference.trim()} – ${decision.subject}`,
    author: decision.issuingBody,
    subject: decision.subject,
  });
  const { typesetter } = pdf;
  const flow = new Flow(pdf.doc, FRAME, (page) => drawPageNumber(typesetter, page));

  drawHeader(typesetter, flow, decision, numberText);
  drawTitle(typesetter, flow, decision);

  const body = (content: string | Span[], style: 'regular' | 'italic' = 'regular', keepWithNext = 0) => {
    const paragraph = typesetter.set(
      content,
      FRAME.width,
      { size: BODY.size, lineHeight: BODY.lineHeight, align: 'justify', indent: BODY.indent },
      style,
    );
    flow.paragraph(typesetter, paragraph, FRAME.left, keepWithNext);
    flow.space(BODY.after);
  };
  for (const basis of decision.legalBases) body(basis, 'italic');
  body(decision.proposal, 'italic');

  flow.space(4);
  const decides = centred(typesetter, 'QUYẾT ĐỊNH:', 'bold', BODY.size, FRAME.width, BODY.lineHeight);
  flow.paragraph(typesetter, decides, FRAME.left, 2 * BODY.lineHeight);
  flow.space(BODY.after + 4);

  let article = 0;
  const articleText = (text: string): Span[] => [
    { text: `Điều ${++article}. `, style: 'bold' },
    { text, style: 'regular' },
  ];

  body(articleText(decision.awardText));
  if (decision.awardees.length > 0) {
    drawAwardees(typesetter, flow, decision);
    flow.space(BODY.after + 4);
  }

  if (decision.cashRewards.length > 0) {
    const sentences = decision.cashRewards.map(formatCashReward);
    if (decision.fundingSource) sentences.push(decision.fundingSource.trim());
    body(articleText(sentences.join(' ')));
  }
  // The closing never stands alone on a page: the end of the last article goes with it.
  const closing = setClosing(typesetter, decision);
  body(articleText(decision.execution), 'regular', CLOSING_SPACE + closing.height);
  closing.draw(flow);
  return pdf.finish();
}

/** Issuing body (left) and national heading (right), then the number (left) and the place and date (right). */
function drawHeader(typesetter: Typesetter, flow: Flow, decision: AwardDecisionDocument, numberText: string): void {
  const leftWidth = FRAME.width * HEADER.leftShare;
  const rightWidth = FRAME.width - leftWidth;
  const left = FRAME.left;
  const right = FRAME.left + leftWidth;
  const top = flow.y;

  let leftY = top;
  if (decision.parentBody) {
    const parent = centred(typesetter, upperVi(decision.parentBody), 'regular', HEADER.nameSize, leftWidth);
    leftY = typesetter.draw(parent, left, leftY);
  }
  const issuer = centred(typesetter, upperVi(decision.issuingBody), 'bold', HEADER.nameSize, leftWidth);
  leftY = typesetter.draw(issuer, left, leftY);
  // The rule under the issuer is a third to a half of its line.
  centredRule(typesetter.doc, left + leftWidth / 2, leftY + RULE_GAP, issuer.widest * 0.4);
  leftY += RULE_GAP;

  const rightY = drawNationalHeading(typesetter, right, rightWidth, top, { name: HEADER.nameSize, motto: HEADER.mottoSize });

  const lineTop = Math.max(leftY, rightY) + 8;
  const number = centred(typesetter, numberText, 'regular', HEADER.size, leftWidth);
  const placeDate = centred(typesetter, formatPlaceDateLine(decision.place, decision.date), 'italic', HEADER.size, rightWidth);
  flow.y = Math.max(typesetter.draw(number, left, lineTop), typesetter.draw(placeDate, right, lineTop)) + 22;
}

/** "QUYẾT ĐỊNH", the subject with a rule under it, and the deciding authority. */
function drawTitle(typesetter: Typesetter, flow: Flow, decision: AwardDecisionDocument): void {
  const kind = centred(typesetter, 'QUYẾT ĐỊNH', 'bold', BODY.size, FRAME.width, BODY.lineHeight);
  flow.paragraph(typesetter, kind);
  const subject = centred(typesetter, decision.subject, 'bold', BODY.size, FRAME.width * 0.85, BODY.lineHeight);
  flow.paragraph(typesetter, subject, FRAME.left + FRAME.width * 0.075);
  centredRule(typesetter.doc, FRAME.left + FRAME.width / 2, flow.y + RULE_GAP, subject.widest * 0.4);
  flow.space(16);
  const authority = centred(typesetter, upperVi(decision.authority), 'bold', BODY.size, FRAME.width, BODY.lineHeight);
  flow.paragraph(typesetter, authority);
  flow.space(12);
}

/** The numbered list of Điều 1: number, name, position and unit or address, and the award when any line has one. */
function drawAwardees(typesetter: Typesetter, flow: Flow, decision: AwardDecisionDocument): void {
  const withAward = decision.awardees.some((a) => a.award);
  const numberWidth = 30;
  const awardWidth = withAward ? FRAME.width * 0.17 : 0;
  const nameWidth = (FRAME.width - numberWidth - awardWidth) * 0.45;
  const columns: TableColumn[] = [
    { heading: 'TT', width: numberWidth, align: 'center' },
    { heading: 'Tên cá nhân, tập thể', width: nameWidth, align: 'left' },
    { heading: 'Chức vụ, đơn vị công tác hoặc địa chỉ', width: FRAME.width - numberWidth - nameWidth - awardWidth, align: 'left' },
  ];
  if (withAward) columns.push({ heading: 'Hình thức khen thưởng', width: awardWidth, align: 'center' });
  const rows = decision.awardees.map((awardee, i) => {
    const row = [String(i + 1), awardee.name, awardee.detail ?? ''];
    if (withAward) row.push(awardee.award ?? '');
    return row;
  });
  flow.space(2);
  drawTable(flow, typesetter, columns, rows, { size: 13, lineHeight: 16, padding: 4, ruleWidth: 0.5 });
}

const CLOSING_SPACE = 6;

/** "Nơi nhận:" and the recipients (left), the signature block (right), kept together on one page. */
function setClosing(typesetter: Typesetter, decision: AwardDecisionDocument) {
  const leftWidth = FRAME.width * 0.45;
  const rightWidth = FRAME.width - leftWidth;
  const heading = typesetter.set('Nơi nhận:', leftWidth, { size: 12, lineHeight: 14 }, 'boldItalic');
  const items = decision.recipients.map((r) => (/^\s*-/.test(r) ? r.trim() : `- ${r.trim()}`)).join('\n');
  const recipients = typesetter.set(items, leftWidth, { size: 11, lineHeight: 13 });
  const signature = new SetSignature(typesetter, decision.signature, rightWidth, { size: BODY.size, gap: 78 });
  const headingDrop = 2;
  const height = Math.max(headingDrop + heading.height + recipients.height, signature.height);
  return {
    height,
    draw(flow: Flow): void {
      flow.space(CLOSING_SPACE);
      flow.ensure(height);
      const top = flow.y;
      typesetter.draw(recipients, FRAME.left, typesetter.draw(heading, FRAME.left, top + headingDrop));
      signature.draw(typesetter, FRAME.left + leftWidth, top);
      flow.y = top + height;
    },
  };
}

/** The page number, centred in the top margin (the first page has none). */
function drawPageNumber(typesetter: Typesetter, page: number): void {
  const label = String(page);
  const size = 13;
  const width = typesetter.measure(label, 'regular', size);
  typesetter.drawText(label, 'regular', size, FRAME.left + (FRAME.width - width) / 2, mm(12));
}
