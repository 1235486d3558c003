import { describe, expect, it } from 'vitest';
import { checkTemplate, checkTemplateJson, findQuestion, type Template } from '../src/questionnaire/template.ts';
import { DEFAULT_TEMPLATE } from '../src/questionnaire/defaultTemplate.ts';
import { formToAnswers, orphanedBy, validateAnswers } from '../src/questionnaire/answers.ts';

const clone = (): Template => structuredClone(DEFAULT_TEMPLATE);

describe('questionnaire template', () => {
  it('ships a valid default template with the ids the exchange contract relies on', () => {
    expect(checkTemplate(DEFAULT_TEMPLATE).ok).toBe(true);
    const ids = [
      'caseload_by_age_band',
      'total_contacts',
      'professions',
      'support_content',
      'collaborating_agencies',
      'consultation_routes',
      'challenges',
    ];
    for (const id of ids) expect(findQuestion(DEFAULT_TEMPLATE, id), id).toBeDefined();
    expect(findQuestion(DEFAULT_TEMPLATE, 'caseload_by_age_band')!.type).toBe('age_bands');
    expect(findQuestion(DEFAULT_TEMPLATE, 'total_contacts')!.type).toBe('number');
    expect(findQuestion(DEFAULT_TEMPLATE, 'challenges')!.type).toBe('text');
    const professions = findQuestion(DEFAULT_TEMPLATE, 'professions')!;
    expect(professions.type).toBe('multi');
    if (professions.type === 'multi') expect(professions.options.length).toBeGreaterThanOrEqual(13);
    // a 4-page questionnaire, not a census form
    const count = DEFAULT_TEMPLATE.sections.reduce((n, s) => n + s.questions.length, 0);
    expect(count).toBeGreaterThan(15);
    expect(count).toBeLessThan(45);
  });

  it('rejects a bad template and names every reason with its place', () => {
    const bad = clone() as unknown as { sections: { questions: Record<string, unknown>[] }[] };
    bad.sections[0].questions[1].id = 'operator'; // duplicate id
    bad.sections[0].questions[0].options = []; // empty options
    bad.sections[0].questions[2].min = 10; // min > max
    bad.sections[0].questions[2].max = 1;
    bad.sections[1].questions[0].type = 'slider'; // unknown type
    bad.sections[1].questions[5].options = ['a', 'a'];
    bad.sections[1].questions[2].colour = 'red'; // unknown key
    const result = checkTemplate(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const all = result.errors.join('\n');
    expect(all).toContain('sections[0].questions[1].id: 設問ID「operator」が重複しています');
    expect(all).toContain('sections[0].questions[0].options: 選択肢が1つもありません');
    expect(all).toContain('sections[0].questions[2].min: 最小値が最大値より大きくなっています');
    expect(all).toContain('sections[1].questions[0].type: 設問の種類が不明です');
    expect(all).toMatch(/選択肢「a」が重複しています/);
    expect(all).toContain('sections[1].questions[2]: 認識されていないキー: "colour"');
  });

  it('explains JSON that cannot be parsed and empty option labels', () => {
    const broken = checkTemplateJson('{"format": ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toContain('JSONとして読み取れません');
    const t = clone() as unknown as { sections: { questions: Record<string, unknown>[] }[] };
    t.sections[0].questions[0].options = ['市直営', '  '];
    const r = checkTemplate(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toContain('選択肢が空です');
  });
});

describe('questionnaire answers', () => {
  it('keeps invalid input in a draft and explains every problem on submit', () => {
    const answers = formToAnswers(DEFAULT_TEMPLATE, {
      'caseload_by_age_band:0-15': '３',
      'caseload_by_age_band:16-18': '1.5',
      total_contacts: '十回',
      professions: ['社会福祉士', 'その他'],
      support_content: ['存在しない選択肢'],
    });
    expect(answers.caseload_by_age_band).toEqual({ '0-15': 3, '16-18': '1.5' });
    expect(answers.total_contacts).toBe('十回');
    expect(answers.support_content).toBeUndefined();
    const errors = validateAnswers(DEFAULT_TEMPLATE, answers);
    expect(errors['caseload_by_age_band:16-18']).toContain('半角の整数');
    expect(errors['caseload_by_age_band:19-24']).toContain('該当なしは 0');
    expect(errors.total_contacts).toContain('半角の整数');
    expect(errors['professions:other']).toBe('「その他」の内容を入力してください');
    expect(errors.support_content).toBe('1つ以上選択してください');
    expect(errors.operator).toBe('選択してください');
  });

  it('checks number ranges and ticks その他 when its text is typed', () => {
    const a = formToAnswers(DEFAULT_TEMPLATE, { staff_full_time: '1000', 'fields:other': '司法' });
    expect(a.fields).toEqual(['その他']);
    expect(validateAnswers(DEFAULT_TEMPLATE, a).staff_full_time).toBe('0〜999の範囲で入力してください');
  });
});

describe('orphan protection', () => {
  const answered = [{ operator: 'NPO法人', professions: ['保健師'], total_contacts: 3 }];

  it('refuses to remove an answered question, change its type or drop a chosen option', () => {
    const t = clone();
    t.sections[0].questions = t.sections[0].questions.filter((q) => q.id !== 'operator');
    expect(orphanedBy(DEFAULT_TEMPLATE, t, answered)[0]).toContain(
      '設問「運営主体」（operator）には1件の回答があるため削除できません',
    );

    const typed = clone();
    const i = typed.sections[1].questions.findIndex((q) => q.id === 'total_contacts');
    typed.sections[1].questions[i] = {
      id: 'total_contacts',
      type: 'text',
      label: '延べ対応回数',
      help: '',
      required: true,
      long: false,
      maxLength: 100,
    };
    expect(orphanedBy(DEFAULT_TEMPLATE, typed, answered).join()).toContain('種類を変更できません');

    const renamed = clone();
    const p = renamed.sections[0].questions.find((q) => q.id === 'professions')!;
    if (p.type === 'multi') p.options = p.options.map((o) => (o === '保健師' ? '保健師（常勤）' : o));
    expect(orphanedBy(DEFAULT_TEMPLATE, renamed, answered).join()).toContain(
      '選択肢「保健師」（1件）は回答で選ばれているため',
    );
  });

  it('allows wording changes and removing unanswered options', () => {
    const t = clone();
    const p = t.sections[0].questions.find((q) => q.id === 'professions')!;
    p.label = '職員の資格';
    if (p.type === 'multi') p.options = p.options.filter((o) => o !== '弁護士');
    expect(orphanedBy(DEFAULT_TEMPLATE, t, answered)).toEqual([]);
  });
});
