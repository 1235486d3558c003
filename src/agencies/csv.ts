import iconv from 'iconv-lite';

// Small CSV reader/writer for the spreadsheets health-centre staff exchange (RFC 4180:
// comma separated, CRLF or LF line ends, double-quoted fields may hold commas, quotes ("")
// and line breaks).

export type CsvResult = { ok: true; rows: string[][] } | { ok: false; error: string };

/** Parses CSV text into records (a blank line is a record with one empty field). */
export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteStartLine = 0;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteStartLine = line;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRow();
    } else {
      // A stray quote inside an unquoted field is kept as text, as spreadsheet programs do.
      field += ch;
    }
  }
  if (quoted) return { ok: false, error: `${quoteStartLine}行目で始まる「"」が閉じられていません。` };
  if (field !== '' || row.length) endRow();
  return { ok: true, rows };
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Serialises rows as CSV with CRLF line ends (what Excel expects). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Decodes an uploaded file: UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * otherwise Shift_JIS (Windows-31J), which Excel in Japan writes by default.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Shift_JIS' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(body), 'cp932'), encoding: 'Shift_JIS' };
  }
}
