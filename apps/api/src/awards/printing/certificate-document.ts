import type { AwardCertificateDocument } from '@tdkt/documents';
import { toLocalDate, type AwardCatalogueEntry, type DossierState, type Nominee } from '@tdkt/domain';
import { signatureOf } from './decision-document';
import { headTitleOf, printedNominee, type PrintedParties } from './printed-parties';

/** The certificate for one awarded name: the form's name large, the awardee, the decision that awards it. */
export function certificateDocument(
  nominee: Nominee,
  state: DossierState,
  entry: AwardCatalogueEntry,
  parties: PrintedParties,
): AwardCertificateDocument {
  const decision = state.decision!;
  const [sequence, symbol] = decision.number.split('/');
  const head = headTitleOf(parties.deciding.kind);
  const printed = printedNominee(nominee, parties.unitNames);
  const date = toLocalDate(new Date(decision.signedAt));
  return {
    authority: `${head} ${parties.deciding.name}`,
    formName: formNameOf(entry),
    awardeeName: printed.name,
    ...(printed.detail ? { awardeeDetail: printed.detail } : {}),
    achievement: `Đã có thành tích xuất sắc trong ${parties.campaignTitle}`,
    decision: { number: Number(sequence), symbol, date },
    place: parties.place,
    date,
    signature: signatureOf(decision.capacity, head, decision.signer.fullName, decision.signer.title),
  };
}

/** "Bằng khen của Chủ tịch …" prints as "Bằng khen"; a title prints in full. */
function formNameOf(entry: AwardCatalogueEntry): string {
  if (entry.key.startsWith('bang-khen')) return 'Bằng khen';
  if (entry.key === 'giay-khen') return 'Giấy khen';
  return entry.name;
}
