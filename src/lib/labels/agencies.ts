// The agency lists and their Japanese labels: kinds, fields, the CSV import's columns and the
// notices shown after an action. A pure leaf: views import it.

export const AGENCY_KINDS = [
  '行政部署',
  '社会福祉協議会',
  'NPO',
  '地域若者サポートステーション',
  '生活困窮者自立相談支援機関',
  '地域活動支援センター',
  '医療機関',
  '教育機関',
  '家族会・当事者会',
  'その他',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

// The resource map groups agencies by these fields (seed 000, 社会資源マップ).
export const AGENCY_FIELDS = [
  { value: 'health_medical', label: '保健医療' },
  { value: 'welfare_ibasho', label: '福祉・居場所' },
  { value: 'employment', label: '就労' },
  { value: 'education', label: '教育' },
  { value: 'other', label: 'その他' },
] as const;
export type AgencyField = (typeof AGENCY_FIELDS)[number]['value'];

export function fieldLabel(field: string): string {
  return AGENCY_FIELDS.find((f) => f.value === field)?.label ?? field;
}

/** "18〜39歳", "18歳以上", "39歳まで" or "制限なし". */
export function formatAgeRange(min: number | null, max: number | null): string {
  if (min === null && max === null) return '制限なし';
  if (max === null) return `${min}歳以上`;
  if (min === null) return `${max}歳まで`;
  return `${min}〜${max}歳`;
}

export const CSV_COLUMNS = [
  {
    field: 'name',
    header: '機関名',
    required: true,
    aliases: ['機関名・部署名', '機関・部署名', '支援機関名', '機関名称', '名称', '団体名', '事業所名'],
  },
  { field: 'kind', header: '種別', required: true, aliases: ['機関種別', '機関の種別', '種類'] },
  { field: 'field', header: '分野', required: true, aliases: ['主な分野', '支援分野'] },
  {
    field: 'ageMin',
    header: '対象年齢（下限）',
    required: false,
    aliases: ['下限年齢', '年齢下限', '対象年齢下限', '対象年齢（最小）', '対象年齢（から）'],
  },
  {
    field: 'ageMax',
    header: '対象年齢（上限）',
    required: false,
    aliases: ['上限年齢', '年齢上限', '対象年齢上限', '対象年齢（最大）', '対象年齢（まで）'],
  },
  { field: 'contactName', header: '担当者', required: false, aliases: ['担当者名', '担当', 'ご担当者', '担当者氏名'] },
  {
    field: 'contactEmail',
    header: 'メールアドレス',
    required: false,
    aliases: [
      'メール',
      'Eメール',
      'E-mail',
      'email',
      'mail',
      '電子メール',
      '担当者メールアドレス',
      '担当者のメールアドレス',
    ],
  },
  { field: 'key', header: 'キー', required: false, aliases: ['key', '機関キー', 'ID'] },
] as const;
export type CsvField = (typeof CSV_COLUMNS)[number]['field'];

/** Header row of the downloadable template (the optional キー column is left out). */
export const TEMPLATE_HEADERS = CSV_COLUMNS.filter((c) => c.field !== 'key').map((c) => c.header);

export const MAX_IMPORT_ROWS = 1000;

/** Outcome messages shown after a redirect (`?done=…`). */
export const AGENCY_NOTICES: Record<string, string> = {
  created: '支援機関を登録し、専用リンクを発行しました。',
  updated: '変更を保存しました。',
  archived: 'アーカイブしました。この機関の専用リンクは使えなくなりました。',
  unarchived: 'アーカイブを解除しました。専用リンクは再び使えます。',
  reissued: '新しいリンクを発行しました。以前のリンクは使えません。依頼文を印刷し直してお送りください。',
  revoked: 'リンクを停止しました。この機関は専用ページを開けません。',
  issued: 'リンクを発行しました。',
};
