import { describe, expect, it } from 'vitest';
import { detectPii, scanFields, piiFingerprint } from '../src/cases/pii.ts';
import type { PiiKind } from '../src/lib/labels/cases.ts';

// [text, kind, the identifier the highlight must cover]
const POSITIVE: [string, PiiKind, string][] = [
  ['山田さんが来所した', 'name', '山田さん'],
  ['田中様より電話があった', 'name', '田中様'],
  ['長男の太郎君は高校を中退', 'name', '太郎君'],
  ['花子ちゃんは小学生の頃から', 'name', '花子ちゃん'],
  ['佐藤氏が同行した', 'name', '佐藤氏'],
  ['タナカさんと面談', 'name', 'タナカさん'],
  ['担当のゆみさんが対応', 'name', 'ゆみさん'],
  ['ともやくんと母親が来所', 'name', 'ともやくん'],
  ['鈴木一郎さんの母から相談', 'name', '鈴木一郎さん'],
  ['Tanakaさんに連絡した', 'name', 'Tanakaさん'],
  ['本人（髙橋さん）は', 'name', '髙橋さん'],
  ['渡辺さまへ連絡', 'name', '渡辺さま'],
  ['斉藤くんが', 'name', '斉藤くん'],
  ['氏名：山田太郎', 'name', '山田太郎'],
  ['本名は佐々木', 'name', '佐々木'],
  ['連絡先 090-1234-5678', 'phone', '090-1234-5678'],
  ['０９０－１２３４－５６７８に電話', 'phone', '０９０－１２３４－５６７８'],
  ['自宅 03-1234-5678', 'phone', '03-1234-5678'],
  ['0422(12)3456へ', 'phone', '0422(12)3456'],
  ['携帯09012345678', 'phone', '09012345678'],
  ['+81-90-1234-5678', 'phone', '+81-90-1234-5678'],
  ['090ー1234ー5678', 'phone', '090ー1234ー5678'],
  ['フリーダイヤル0120-123-456', 'phone', '0120-123-456'],
  ['携帯 1234-5678', 'phone', '1234-5678'],
  ['〒180-0001 武蔵野市', 'postal_code', '180-0001'],
  ['〒１８０－０００１', 'postal_code', '１８０－０００１'],
  ['郵便番号1800001', 'postal_code', '1800001'],
  ['180-0004 武蔵野市本町', 'postal_code', '180-0004'],
  ['武蔵野市中町1丁目2番3号に住む', 'address', '1丁目2番3号'],
  ['吉祥寺本町二丁目のアパート', 'address', '二丁目'],
  ['中町3-5-12に母と住む', 'address', '中町3-5-12'],
  ['境南町2-10のマンション', 'address', '2-10'],
  ['緑町5番地の2', 'address', '5番地の2'],
  ['コーポ山田203号室', 'address', '203号室'],
  ['住所：武蔵野市吉祥寺東町', 'address', '武蔵野市吉祥寺東町'],
  ['メール taro.yamada@example.jp', 'email', 'taro.yamada@example.jp'],
  ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'email', 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ'],
  ['生年月日：1990年4月1日', 'birth_date', '1990年4月1日'],
  ['1990年4月1日生まれの男性', 'birth_date', '1990年4月1日生まれ'],
  ['平成2年4月1日生', 'birth_date', '平成2年4月1日'],
  ['H2.4.1生、男性', 'birth_date', 'H2.4.1'],
  ['誕生日は4月1日', 'birth_date', '4月1日'],
  ['昭和60年12月3日生まれ', 'birth_date', '昭和60年12月3日'],
  ['生年月日 1985/06/15', 'birth_date', '1985/06/15'],
  ['番号 1234 5678 9012', 'my_number', '1234 5678 9012'],
  ['123456789012', 'my_number', '123456789012'],
  ['１２３４－５６７８－９０１２', 'my_number', '１２３４－５６７８－９０１２'],
];

const NEGATIVE: string[] = [
  'Aさんは30代男性で、母と二人暮らし。',
  'Bさん（40代）、C氏、D君',
  'お母さんから相談があった。',
  'お父さんが仕事を辞めた',
  '本人さんと面談した',
  '息子さんの将来を心配している',
  'お子さんのことで相談',
  '〇〇さん、○○様、××君',
  'ケアマネさんと同行訪問',
  '保健師さんが訪問',
  '職員さんに伝えた',
  '担当者様へ',
  '利用者様',
  'ご家族様',
  '皆さん、みなさん、皆様',
  'たくさんの機関が関わった',
  'おばあさんと同居',
  'お兄ちゃんとは交流がある',
  '赤ちゃんの頃',
  '社協さんにつないだ',
  '包括さんと連携',
  'サポステさんに紹介',
  '保健所さんから連絡',
  '病院さんとの調整',
  '先方さんの都合',
  '先生に相談した',
  '同氏は了承した',
  '氏名は伏せる',
  '様子を見る',
  'さまざまな機関',
  '様々な制度',
  '2024年10月18日に初回面談',
  'R6.10.18 初回面談',
  '2019年から2024年まで',
  '1990年生まれ',
  '4月に相談があった',
  '16-18歳、40-49歳、60-64歳で支援が途切れる',
  '第1-2回のネットワーク会議',
  '中学1-2年で不登校',
  '令和6年度',
  '平成30年頃から',
  '月に2-3回訪問',
  '利用料は500-1000円',
  '相談件数は120件',
  '延べ1,234回',
  'ひきこもり期間は5-10年',
  '10:00-12:00',
  '電話で相談、メールで連絡',
  '市内在住、武蔵野市の東部、A地区',
  '支援開始は2022年4月',
  '3か月ごとに面談',
  '所要時間 60-90分',
  '2024-10-18',
  '生活保護を2024年4月1日から受給',
];

describe('detectPii', () => {
  it.each(POSITIVE)('finds %s (%s)', (text, kind, identifier) => {
    const found = detectPii(text);
    const hit = found.find((f) => f.kind === kind);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.text).toContain(identifier);
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it.each(NEGATIVE)('does not flag %s', (text) => {
    expect(detectPii(text)).toEqual([]);
  });

  it('finds several identifiers in one text, in order, without overlaps', () => {
    const found = detectPii('山田さん（〒180-0001 中町1丁目2番3号、090-1234-5678）');
    expect(found.map((f) => f.kind)).toEqual(['name', 'postal_code', 'address', 'phone']);
  });
});

describe('scanFields', () => {
  it('marks findings confirmed by fingerprint, so edits elsewhere keep the confirmation', () => {
    const fp = piiFingerprint('summary', { kind: 'name', text: '山田さん' });
    const before = scanFields({ summary: '山田さんの件', missing: '' }, [fp]);
    expect(before).toHaveLength(1);
    expect(before[0].confirmed).toBe(true);
    const after = scanFields({ summary: '支援の経過：山田さんの件', missing: '田中さん' }, [fp]);
    expect(after.map((f) => [f.field, f.confirmed])).toEqual([
      ['summary', true],
      ['missing', false],
    ]);
  });
});
