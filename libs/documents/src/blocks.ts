// Blocks both documents share: the national heading and the signature block.
import { FontStyle } from './fonts';
import { upperVi } from './format';
import { centredRule } from './page';
import { SetParagraph, Typesetter } from './typeset';
import { SignatureBlock } from './types';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Space between the bottom of a heading's line box and the rule under it. */
export const RULE_GAP = 2.5;

/** A centred heading in a column: set with balanced lines. */
export function centred(
  typesetter: Typesetter,
  text: string,
  style: FontStyle,
  size: number,
  width: number,
  lineHeight = size * 1.2,
): SetParagraph {
  return typesetter.set(text, width, { size, lineHeight, align: 'center', balance: true }, style);
}

export interface NationalHeadingSizes {
  name: number;
  motto: number;
}

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc", bold and centred, with a rule as long as the motto under it. Returns the y below the rule. */
export function drawNationalHeading(typesetter: Typesetter, x: number, width: number, top: number, sizes: NationalHeadingSizes): number {
  const name = centred(typesetter, NATIONAL_NAME, 'bold', sizes.name, width);
  let y = typesetter.draw(name, x, top);
  const motto = centred(typesetter, NATIONAL_MOTTO, 'bold', sizes.motto, width);
  y = typesetter.draw(motto, x, y);
  centredRule(typesetter.doc, x + width / 2, y + RULE_GAP, motto.widest);
  return y + RULE_GAP;
}

export interface SignatureSizes {
  size: number;
  /** The space left for the signature and the seal. */
  gap: number;
}

/** The capacity lines (bold, upper case) and the signer's name (bold) under the space for the signature. */
export class SetSignature {
  readonly capacity: SetParagraph;
  readonly name: SetParagraph;

  constructor(
    typesetter: Typesetter,
    signature: SignatureBlock,
    width: number,
    readonly sizes: SignatureSizes,
  ) {
    this.capacity = typesetter.set(signature.capacityLines.map(upperVi).join('\n'), width, { size: sizes.size, align: 'center' }, 'bold');
    this.name = typesetter.set(signature.signerName, width, { size: sizes.size, align: 'center', balance: true }, 'bold');
  }

  get height(): number {
    return this.capacity.height + this.sizes.gap + this.name.height;
  }

  draw(typesetter: Typesetter, x: number, top: number): number {
    typesetter.draw(this.capacity, x, top);
    return typesetter.draw(this.name, x, top + this.capacity.height + this.sizes.gap);
  }
}
