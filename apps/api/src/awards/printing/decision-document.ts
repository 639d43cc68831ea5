import type { AwardDecisionDocument, CashReward, SignatureBlock } from '@tdkt/documents';
import { toLocalDate, type AwardCatalogueEntry, type DossierState, type NominationList, type NomineeKind } from '@tdkt/domain';
import { headTitleOf, printedNominee, type PrintedParties } from './printed-parties';

const RECIPIENT_WORDS: Record<NomineeKind, string> = {
  individual: 'Mỗi cá nhân',
  collective: 'Mỗi tập thể',
  household: 'Mỗi hộ gia đình',
  enterprise: 'Mỗi doanh nghiệp',
};

/** The decision a deciding official signed, composed for print from the dossier, the catalogue entry and the directory. */
export function decisionDocument(
  list: NominationList,
  state: DossierState,
  entry: AwardCatalogueEntry,
  baseSalary: number,
  parties: PrintedParties,
): AwardDecisionDocument {
  const decision = state.decision!;
  const [sequence, symbol] = decision.number.split('/');
  const awarded = state.standings.flatMap((standing, index) => (standing.status === 'awarded' ? [list.nominations[index].nominee] : []));
  const title = entry.category === 'emulation_title' ? `danh hiệu "${entry.name}"` : entry.name;
  const verb = entry.category === 'emulation_title' ? 'Công nhận' : 'Tặng';
  const head = headTitleOf(parties.deciding.kind);
  const kinds = [...new Set(awarded.map((nominee) => nominee.kind))];
  const cashRewards: CashReward[] = entry.amountMultiple
    ? kinds.map((kind) => ({ recipient: RECIPIENT_WORDS[kind], multiple: entry.amountMultiple!, baseSalary }))
    : [];
  return {
    ...(parties.deciding.parentName ? { parentBody: parties.deciding.parentName } : {}),
    issuingBody: parties.deciding.name,
    number: Number(sequence),
    symbol,
    place: parties.place,
    date: toLocalDate(new Date(decision.signedAt)),
    subject: `Về việc ${verb.toLowerCase()} ${title}`,
    authority: `${head} ${parties.deciding.name}`,
    legalBases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      ...(state.council?.closedAt ? [`Căn cứ kết quả họp Hội đồng Thi đua – Khen thưởng ngày ${formatDay(state.council.closedAt)};`] : []),
    ],
    proposal: `Theo đề nghị của ${parties.nominatingName}${parties.appraiserName ? ` và ${parties.appraiserName}` : ''}.`,
    awardText: `${verb} ${title} cho ${awarded.length} tập thể, cá nhân có tên sau, đã có thành tích xuất sắc trong ${parties.campaignTitle}:`,
    awardees: awarded.map((nominee) => printedNominee(nominee, parties.unitNames)),
    cashRewards,
    ...(cashRewards.length ? { fundingSource: `Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của ${parties.deciding.name}.` } : {}),
    execution: `Chánh Văn phòng ${parties.deciding.name}, ${parties.nominatingName} và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    recipients: [`Như Điều ${cashRewards.length ? 3 : 2};`, 'Lưu: VT.'],
    signature: signatureOf(decision.capacity, head, decision.signer.fullName, decision.signer.title),
  };
}

/** A head signs in their title; a deputy "KT." the head; a delegate "TUQ." the head, in their own title. */
export function signatureOf(capacity: string | null, head: string, signerName: string, signerTitle?: string): SignatureBlock {
  const headLine = head.toUpperCase();
  if (capacity === 'KT') return { capacityLines: [`KT. ${headLine}`, `PHÓ ${headLine}`], signerName };
  if (capacity === 'TUQ') return { capacityLines: [`TUQ. ${headLine}`, (signerTitle ?? '').toUpperCase()].filter(Boolean), signerName };
  return { capacityLines: [headLine], signerName };
}

function formatDay(instant: string): string {
  const [year, month, day] = toLocalDate(new Date(instant)).split('-');
  return `${day}/${month}/${year}`;
}
