// A ruled table that flows down pages, its heading row repeated at the top of each page.
import { FontStyle } from './fonts';
import { Flow } from './page';
import { Align, SetParagraph, Typesetter } from './typeset';

export interface TableColumn {
  heading: string;
  /** Width in points. */
  width: number;
  align: Align;
}

export interface TableStyle {
  size: number;
  lineHeight: number;
  /** Space between a cell's rules and its text. */
  padding: number;
  ruleWidth: number;
}

interface SetRow {
  cells: SetParagraph[];
  height: number;
}

export function drawTable(flow: Flow, typesetter: Typesetter, columns: TableColumn[], rows: string[][], style: TableStyle): void {
  const setRow = (texts: string[], fontStyle: FontStyle, heading: boolean): SetRow => {
    const cells = columns.map((column, i) =>
      typesetter.set(
        texts[i] ?? '',
        column.width - 2 * style.padding,
        { size: style.size, lineHeight: style.lineHeight, align: heading ? 'center' : column.align, balance: heading },
        fontStyle,
      ),
    );
    return { cells, height: Math.max(...cells.map((c) => c.height)) + 2 * style.padding };
  };
  const drawRow = (row: SetRow, middle: boolean): void => {
    let x = flow.frame.left;
    row.cells.forEach((cell, i) => {
      const width = columns[i].width;
      typesetter.doc.save().lineWidth(style.ruleWidth).rect(x, flow.y, width, row.height).stroke().restore();
      // Heading cells are centred vertically; body cells start at the top.
      const drop = middle ? (row.height - 2 * style.padding - cell.height) / 2 : 0;
      typesetter.draw(cell, x + style.padding, flow.y + style.padding + drop);
      x += width;
    });
    flow.y += row.height;
  };

  const heading = setRow(
    columns.map((c) => c.heading),
    'bold',
    true,
  );
  const body = rows.map((texts) => setRow(texts, 'regular', false));
  flow.ensure(heading.height + (body[0]?.height ?? 0));
  drawRow(heading, true);
  for (const row of body) {
    if (flow.y + row.height > flow.frame.bottom + 0.01) {
      flow.newPage();
      drawRow(heading, true);
    }
    drawRow(row, false);
  }
}
