// Issue 14 item 13: the personal-information check finds dotted and spaced phone numbers and a
// name followed by an age, without flagging roles and relatives with an age.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../src/cases/pii.ts';

const kinds = (text: string) => detectPii(text).map((f) => [f.kind, f.text]);

describe('personal-information patterns', () => {
  it.each([
    ['電話 090.1234.5678', '090.1234.5678'],
    ['電話 090 1234 5678', '090 1234 5678'],
    ['連絡は０９０．１２３４．５６７８まで', '０９０．１２３４．５６７８'],
    ['自宅 03.1234.5678', '03.1234.5678'],
  ])('finds the phone number in %s', (text, number) => {
    expect(kinds(text)).toContainEqual(['phone', number]);
  });

  it.each([
    ['山田太郎（35歳）が来所', '山田太郎（35歳）'],
    ['相談者 佐藤花子(42歳)', '佐藤花子(42歳)'],
    ['ヤマダタロウ（１９歳）', 'ヤマダタロウ（１９歳）'],
  ])('finds the name with an age in %s', (text, span) => {
    expect(kinds(text)).toContainEqual(['name', span]);
  });

  it.each([
    '本人（35歳）は自宅で過ごす',
    '長男（20歳）と母（60歳）の二人暮らし',
    '父親（70歳）が相談',
    '平均 3.5 回',
    'バージョン 1.2.3',
  ])('does not flag %s', (text) => {
    expect(detectPii(text)).toEqual([]);
  });
});
