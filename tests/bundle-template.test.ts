// The project's own questionnaire wording travels with the bundle (DESIGN: "questionnaire template and responses").
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/db/client.ts';
import { exportBundle, formatProblem, importBundle, parseBundle, serializeBundle } from '../src/bundle/index.ts';
import { DEFAULT_TEMPLATE } from '../src/questionnaire/defaultTemplate.ts';
import { getProjectTemplate } from '../src/questionnaire/queries.ts';

const base = {
  format: 'renkei-bundle/1',
  project: { name: 'E市', municipality: 'E市', fiscalYear: 2025 },
  agencies: [{ key: 'a1', name: 'E市 福祉課', kind: '行政部署', field: 'welfare_ibasho', ageMin: null, ageMax: null }],
};

describe('questionnaire template in the bundle', () => {
  it('carries an edited template through export → import → export', () => {
    const edited = structuredClone(DEFAULT_TEMPLATE);
    edited.title = 'E市 ひきこもり支援に関するアンケート（改訂版）';
    edited.sections[0].questions[0].label = '貴機関の名称（部署名まで）';
    const db = openDb(':memory:');
    const pid = importBundle(db, { ...base, questionnaire: { template: edited, responses: [] } });
    const stored = getProjectTemplate(db, pid);
    expect(stored.custom).toBe(true);
    expect(stored.template.title).toBe('E市 ひきこもり支援に関するアンケート（改訂版）');
    const first = serializeBundle(exportBundle(db, pid)!);
    const again = importBundle(db, JSON.parse(first));
    expect(serializeBundle(exportBundle(db, again)!)).toBe(first);
    expect(JSON.parse(first).questionnaire.template.sections[0].questions[0].label).toBe('貴機関の名称（部署名まで）');
  });

  it('exports no template while the project uses the default', () => {
    const db = openDb(':memory:');
    const pid = importBundle(db, base);
    expect(exportBundle(db, pid)!.questionnaire?.template).toBeUndefined();
  });

  it('rejects a broken template with its path, writing nothing', () => {
    const broken = structuredClone(DEFAULT_TEMPLATE) as { sections: { questions: { id: string }[] }[] };
    broken.sections[0].questions[1].id = broken.sections[0].questions[0].id;
    const result = parseBundle({ ...base, questionnaire: { template: broken, responses: [] } });
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    expect(messages.some((m) => m.startsWith('questionnaire.template') && m.includes('重複'))).toBe(true);
  });
});
