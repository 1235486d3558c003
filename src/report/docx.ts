// A small document model (headings, paragraphs, lists, tables, images) written as DOCX with the
// `docx` library: real Word headings and tables, so the file edits cleanly in Word.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

export type DocBlock =
  | { kind: 'title' | 'h1' | 'h2' | 'p'; text: string }
  | { kind: 'list'; items: readonly string[] }
  | {
      kind: 'table';
      caption: string;
      head: readonly string[];
      rows: readonly (readonly string[])[];
      /** Relative column widths in percent (equal when absent). */
      widths?: readonly number[];
    }
  | { kind: 'image'; png: Uint8Array; width: number; height: number; alt: string };

const HEADING = { title: HeadingLevel.TITLE, h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2 } as const;
// A4 text width at the default margins is about 600 px at 96 dpi, 9026 twips
const MAX_IMAGE_WIDTH = 600;
const TEXT_WIDTH_TWIPS = 9026;

// figures (66, 3.5, 77.8%, 9／11機関) line up on the right, as in a printed statistics table
const NUMERIC = /^[\d.,%+\-／]+(人|件|機関)?$/;
export const isFigure = (text: string) => NUMERIC.test(text);
const CELL_MARGINS = { top: 30, bottom: 30, left: 80, right: 80 };

const cell = (text: string, header = false) =>
  new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    margins: CELL_MARGINS,
    shading: header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          style: 'Normal',
          alignment: !header && isFigure(line) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: header })],
        }),
    ),
  });

function toChildren(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
    case 'h1':
    case 'h2':
      return [new Paragraph({ text: block.text, heading: HEADING[block.kind] })];
    case 'p':
      return block.text.split('\n').map((line) => new Paragraph({ text: line, style: 'Normal' }));
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return [
        new Paragraph({
          style: 'Normal',
          keepNext: true,
          spacing: { before: 120 },
          children: [new TextRun({ text: block.caption, bold: true })],
        }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: (block.widths ?? block.head.map(() => 100 / block.head.length)).map((w) =>
            Math.round((TEXT_WIDTH_TWIPS * w) / 100),
          ),
          rows: [
            new TableRow({ tableHeader: true, children: block.head.map((h) => cell(h, true)) }),
            ...block.rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) })),
          ],
        }),
      ];
    case 'image': {
      const scale = Math.min(1, MAX_IMAGE_WIDTH / block.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: block.png,
              transformation: { width: Math.round(block.width * scale), height: Math.round(block.height * scale) },
              altText: { name: block.alt, description: block.alt, title: block.alt },
            }),
          ],
        }),
      ];
    }
  }
}

// Word's Japanese defaults: Mincho body text, Gothic bold headings in black (an official report,
// not Word's blue), and ja-JP so line breaking and full-width punctuation follow Japanese rules
const MINCHO = { ascii: 'Century', hAnsi: 'Century', eastAsia: 'MS Mincho' };
const GOTHIC = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'MS Gothic' };
const heading = (size: number, before: number) => ({
  run: { font: GOTHIC, bold: true, color: '000000', size },
  paragraph: { spacing: { before, after: 80 }, keepNext: true },
});

/** The blocks as a DOCX file (A4, Japanese Mincho body text). */
export async function writeDocx(title: string, blocks: readonly DocBlock[]): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'renkei',
    styles: {
      default: {
        document: { run: { font: MINCHO, size: 21, language: { value: 'ja-JP', eastAsia: 'ja-JP' } } },
        title: {
          run: { font: GOTHIC, bold: true, color: '000000', size: 32 },
          paragraph: { alignment: AlignmentType.CENTER },
        },
        heading1: heading(26, 240),
        heading2: heading(22, 160),
      },
      // python-docx and Word's style pane look for the body style by this name
      paragraphStyles: [{ id: 'Normal', name: 'Normal', quickFormat: true }],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        children: blocks.flatMap(toChildren),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
