import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeCsvBytes, parseCsv, toCsv } from '../src/agencies/csv.ts';

const rows = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.rows;
};

describe('parseCsv', () => {
  it('splits plain fields and keeps empty ones', () => {
    expect(rows('a,b,c\n1,,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
    expect(rows('a,b,')).toEqual([['a', 'b', '']]);
  });

  it('handles quoted fields with commas, doubled quotes and embedded newlines', () => {
    expect(rows('"武蔵野市, 生活福祉課","彼は""はい""と言った","1行目\n2行目"\r\nx,y,z')).toEqual([
      ['武蔵野市, 生活福祉課', '彼は"はい"と言った', '1行目\n2行目'],
      ['x', 'y', 'z'],
    ]);
    expect(rows('"改行\r\nCRLF",b')).toEqual([['改行\r\nCRLF', 'b']]);
    expect(rows('"",""\n')).toEqual([['', '']]);
  });

  it('accepts CRLF, LF and CR line ends and a leading BOM', () => {
    expect(rows('\uFEFFa,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(rows('a\rb\nc')).toEqual([['a'], ['b'], ['c']]);
  });

  it('keeps blank lines as records so row numbers match the spreadsheet', () => {
    expect(rows('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('reports an unterminated quote with its line', () => {
    const r = parseCsv('a,b\n"open,c\nd');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('2行目');
  });

  it('round-trips through toCsv', () => {
    const data = [
      ['機関名', 'メモ'],
      ['A, B', '"引用"\n改行'],
      [' 前後に空白 ', ''],
    ];
    const text = toCsv(data);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows(text)).toEqual(data);
  });
});

describe('decodeCsvBytes', () => {
  const sample = '機関名,種別\r\n武蔵野市 生活福祉課,行政部署\r\n';
  it('reads UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeCsvBytes(utf8)).toEqual({ text: sample, encoding: 'UTF-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeCsvBytes(bom)).toEqual({ text: sample, encoding: 'UTF-8' });
  });
  it('falls back to Shift_JIS (cp932, incl. ① and ～)', () => {
    const text = `${sample}家族会①,～\r\n`;
    const sjis = iconv.encode(text, 'Shift_JIS');
    expect(decodeCsvBytes(iconv.encode(text, 'cp932'))).toEqual({ text, encoding: 'Shift_JIS' });
    expect(decodeCsvBytes(sjis).encoding).toBe('Shift_JIS');
    expect(decodeCsvBytes(sjis).text.startsWith('機関名,種別')).toBe(true);
  });
});
