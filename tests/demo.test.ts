import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDb } from '../src/db/client.ts';
import { agencies, meetings, projects, surveyParts } from '../src/db/schema.ts';
import { loadDemo } from '../src/demo/index.ts';
import { DEMO_CASES, DEMO_ISSUES, demoBundle } from '../src/demo/bundle.ts';
import { exportBundle, importBundle, parseBundle, serializeBundle } from '../src/bundle/index.ts';
import { getSurveyWindows } from '../src/projects/queries.ts';
import { buildPacketJson, loadPacketData } from '../src/packet/json.ts';
import { DEFAULT_TEMPLATE } from '../src/questionnaire/defaultTemplate.ts';
import { validateAnswers } from '../src/questionnaire/answers.ts';

function demoPacket() {
  const db = openDb(':memory:');
  const id = loadDemo(db);
  const nm1 = db.select().from(meetings).where(eq(meetings.projectId, id)).all().find((m) => m.key === 'm3')!;
  return { db, id, packet: buildPacketJson(loadPacketData(db, id, nm1.id)!) };
}

describe('demo project A市', () => {
  it('loads through the bundle importer with agencies, meetings and survey windows', () => {
    const { db, id } = demoPacket();
    const project = db.select().from(projects).where(eq(projects.id, id)).get()!;
    expect(project.municipality).toBe('A市');
    expect(project.hostHealthCentre).toBe('A保健所');
    expect(db.select().from(agencies).where(eq(agencies.projectId, id)).all()).toHaveLength(11);
    const ms = db.select().from(meetings).where(eq(meetings.projectId, id)).all();
    expect(ms.map((m) => [m.kind, m.date])).toEqual([
      ['working_group', '2024-09-26'],
      ['working_group', '2024-11-29'],
      ['network', '2024-12-24'],
      ['network', '2025-01-28'],
      ['network', '2025-02-21'],
    ]);
    expect(db.select().from(surveyParts).where(eq(surveyParts.projectId, id)).all()).toHaveLength(3);
    // a second load makes a second, independent project
    expect(loadDemo(db)).not.toBe(id);
  });

  it("reproduces seed 000's questionnaire findings in the packet JSON", () => {
    const { packet } = demoPacket();
    expect(packet.dropOffBands).toEqual(['16-18', '40-49', '60-64']);
    expect(packet.ageBands.map((b) => b.cases)).toEqual([66, 15, 48, 50, 70, 35, 60, 10, 35]);
    expect(packet.questionnaire).toEqual({ agencies: 11, respondents: 11 });
    expect(packet.professions.distinct).toBe(13);
    const youth = new Set(['a2', 'a6', 'a7']);
    for (const row of packet.contactsPerCase) {
      const [min, max] = youth.has(row.agency) ? [8, 12] : [3, 5];
      expect(row.perCase, row.agency).toBeGreaterThanOrEqual(min);
      expect(row.perCase, row.agency).toBeLessThanOrEqual(max);
    }
    expect(packet.contactsPerCaseByAgeGroup.upTo18.agencies).toBe(3);
  });

  it('answers every required question of the default questionnaire', () => {
    for (const r of demoBundle().questionnaire!.responses) expect(validateAnswers(DEFAULT_TEMPLATE, r.answers), r.agency).toEqual({});
  });

  it('is a valid bundle that round-trips: every detail, survey windows included, goes through the bundle', () => {
    expect(parseBundle(demoBundle()).ok).toBe(true);
    const db = openDb(':memory:');
    const id = loadDemo(db);
    expect(getSurveyWindows(db, id).hearing).toEqual({ part: 'hearing', opensOn: '2024-11-07', closesOn: '2024-11-14' });
    const exported = exportBundle(db, id)!;
    expect(exported.project).toEqual(demoBundle().project);
    expect(serializeBundle(exportBundle(db, importBundle(db, exported))!)).toBe(serializeBundle(exported));
  });

  it("gives good and difficult cases seed 000's factor pattern", () => {
    const share = (cls: 'good' | 'difficult', factor: string) => {
      const cases = DEMO_CASES.filter((c) => c.classification === cls);
      return cases.filter((c) => c.factors[factor] === 'yes').length / cases.length;
    };
    expect(DEMO_CASES.filter((c) => c.classification === 'good')).toHaveLength(9);
    expect(DEMO_CASES.filter((c) => c.classification === 'difficult')).toHaveLength(11);
    for (const f of ['goes_out', 'economic_problem', 'wants_consultation', 'family_interaction', 'core_agency_clear_roles', 'assessment_aligned'])
      expect(share('good', f), f).toBeGreaterThan(share('difficult', f));
    for (const f of ['violence_or_neglect', 'family_health_issue', 'no_clear_solution']) expect(share('difficult', f), f).toBeGreaterThan(share('good', f));
    expect(DEMO_ISSUES).toHaveLength(4);
  });
});
