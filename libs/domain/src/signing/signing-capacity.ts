import type { CapacityMark, PrintedMarks, Signer, SigningBody, SigningCapacity } from './signing.types';

/** The state form (Nghị định 30/2020/NĐ-CP, Phụ lục I): what every body prints unless its own rules say otherwise. */
export const STATE_MARKS: Readonly<Record<CapacityMark, string>> = { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' };

/** The capacity a signer signs in for a body, from the body's regime and who the signer is. */
export function signingCapacity(body: SigningBody, signer: Signer): SigningCapacity {
  const capacity = capacityFor(body, signer);
  // Only a body with marks of its own carries them: a state body's capacity keeps the shape it has always had.
  return body.marks ? { ...capacity, marks: body.marks } : capacity;
}

function capacityFor(body: SigningBody, signer: Signer): SigningCapacity {
  const onBehalfOf = body.regime === 'collective' ? (body.collectiveName ?? null) : null;
  switch (signer.as) {
    case 'head':
      return { onBehalfOf, inPlaceOf: null, title: body.headTitle };
    case 'acting_head':
      return { onBehalfOf, inPlaceOf: null, title: `${markOf(body.marks, 'Q')} ${body.headTitle}` };
    case 'deputy':
      return body.regime === 'collective' && body.deputiesSignOnBehalf
        ? { onBehalfOf, inPlaceOf: null, title: body.deputyTitle }
        : { onBehalfOf, inPlaceOf: { mode: 'KT', headTitle: body.headTitle }, title: body.deputyTitle };
    case 'by_order':
      return { onBehalfOf: null, inPlaceOf: { mode: 'TL', headTitle: body.headTitle }, title: signer.title };
    case 'by_delegation':
      return { onBehalfOf: null, inPlaceOf: { mode: 'TUQ', headTitle: body.headTitle }, title: signer.title };
  }
}

/** The signature block as printed above the signature, line by line, then the signer's name. */
export function signatureLines(capacity: SigningCapacity, signerName?: string): string[] {
  return [
    ...(capacity.onBehalfOf ? [`${markOf(capacity.marks, 'TM')} ${capacity.onBehalfOf}`] : []),
    ...(capacity.inPlaceOf ? [`${markOf(capacity.marks, capacity.inPlaceOf.mode)} ${capacity.inPlaceOf.headTitle}`] : []),
    capacity.title,
    ...(signerName ? [signerName] : []),
  ];
}

/** The short form the log and the API have always shown: "TM", "KT", "TL", "TUQ", or null for the head in their own right. */
export function capacityCode(capacity: SigningCapacity): string | null {
  return capacity.inPlaceOf?.mode ?? (capacity.onBehalfOf ? 'TM' : null);
}

function markOf(marks: PrintedMarks | undefined, mark: CapacityMark): string {
  return marks?.[mark] ?? STATE_MARKS[mark];
}
