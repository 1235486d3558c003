// A small document model (headings, paragraphs, lists, tables, images) written as DOCX with the
// `docx` library: real Word headings and tables, so the file edits cleanly in Word.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
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

const cell = (text: string, header = false) =>
  new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header })] })),
  });

function toChildren(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
    case 'h1':
    case 'h2':
      return [new Paragraph({ text: block.text, heading: HEADING[block.kind] })];
    case 'p':
      return block.text.split('\n').map((line) => new Paragraph({ text: line }));
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return [
        new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })] }),
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

/** The blocks as a DOCX file (A4, Japanese Mincho body text). */
export async function writeDocx(title: string, blocks: readonly DocBlock[]): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'renkei',
    styles: { default: { document: { run: { font: { ascii: 'Century', eastAsia: 'MS Mincho' }, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        children: blocks.flatMap(toChildren),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
