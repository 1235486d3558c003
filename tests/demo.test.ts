import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDb } from '../src/db/client.ts';
import { agencies, meetings, projects, surveyParts } from '../src/db/schema.ts';
import { loadDemo } from '../src/demo/index.ts';
import { DEMO_CASES, DEMO_ISSUES, demoBundle } from '../src/demo/bundle.ts';
import { exportBundle, importBundle, parseBundle, serializeBundle } from '../src/bundle/index.ts';
import { findProject, getSurveyWindows } from '../src/projects/queries.ts';
import { listMeetings } from '../src/meetings/queries.ts';
import { listCandidateCases } from '../src/cases/queries.ts';
import { caseStudyResults } from '../src/caseStudies/queries.ts';
import { loadBoard, rankByVotes } from '../src/live/board.ts';
import { compilePacket } from '../src/packet/compile.ts';
import { buildPacketJson, loadPacketData } from '../src/packet/json.ts';
import { DEFAULT_TEMPLATE } from '../src/questionnaire/defaultTemplate.ts';
import { validateAnswers } from '../src/questionnaire/answers.ts';
import { renderPacketHtml } from '../src/packet/render.tsx';

function demoPacket() {
  const db = openDb(':memory:');
  const id = loadDemo(db);
  const nm1 = db
    .select()
    .from(meetings)
    .where(eq(meetings.projectId, id))
    .all()
    .find((m) => m.key === 'm3')!;
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
    // a1 and a9 do not know the age of 4 and 3 people: a row of its own, in every total
    expect(packet.ageUnknown).toBe(7);
    expect(packet.caseloadTotal).toBe(389 + 7);
    expect(packet.dropOffs.every((d) => d.confirmed)).toBe(true);
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
    for (const r of demoBundle().questionnaire!.responses)
      expect(validateAnswers(DEFAULT_TEMPLATE, r.answers), r.agency).toEqual({});
  });

  it('is a valid bundle that round-trips: every detail, survey windows included, goes through the bundle', () => {
    expect(parseBundle(demoBundle()).ok).toBe(true);
    const db = openDb(':memory:');
    const id = loadDemo(db);
    expect(getSurveyWindows(db, id).hearing).toEqual({
      part: 'hearing',
      opensOn: '2024-11-07',
      closesOn: '2024-11-14',
    });
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
    for (const f of [
      'goes_out',
      'economic_problem',
      'wants_consultation',
      'family_interaction',
      'core_agency_clear_roles',
      'assessment_aligned',
    ])
      expect(share('good', f), f).toBeGreaterThan(share('difficult', f));
    for (const f of ['violence_or_neglect', 'family_health_issue', 'no_clear_solution'])
      expect(share('difficult', f), f).toBeGreaterThan(share('good', f));
    expect(DEMO_ISSUES).toHaveLength(4);
  });

  it('gives every meeting its attendees, times and place: the three WG core agencies, or all agencies', () => {
    const { db, id } = demoPacket();
    const all = db.select().from(agencies).where(eq(agencies.projectId, id)).orderBy(agencies.id).all();
    const key = new Map(all.map((a) => [a.id, a.key]));
    for (const m of listMeetings(db, id)) {
      expect(
        m.attendeeAgencyIds.map((a) => key.get(a)),
        m.key,
      ).toEqual(m.kind === 'working_group' ? ['a1', 'a2', 'a3'] : all.map((a) => a.key));
      expect([m.startTime, m.place, m.purpose].every(Boolean), m.key).toBe(true);
    }
  });

  it('runs network meeting 2 case study on one good and one difficult candidate, every attending agency giving its view', () => {
    const { db, id } = demoPacket();
    const m4 = listMeetings(db, id).find((m) => m.key === 'm4')!;
    expect(listCandidateCases(db, id, m4.id).map((c) => [c.key, c.classification])).toEqual([
      ['c1', 'good'],
      ['c13', 'difficult'],
    ]);
    const studies = caseStudyResults(db, id, m4.id);
    expect(studies.map((s) => s.caseKey)).toEqual(['c1', 'c13']);
    for (const s of studies) {
      expect(
        s.sections.every((x) => x.text),
        s.caseKey,
      ).toBe(true);
      expect(s.agencyViews).toHaveLength(m4.attendeeAgencyIds.length);
      for (const a of s.agencyViews)
        expect(
          a.views.every((v) => v.text),
          `${s.caseKey} ${a.agencyKey}`,
        ).toBe(true);
    }
  });

  it("holds network meeting 1's group work: groups A–C, three prompts, 3–5 cards each, with dot votes", () => {
    const { db, id } = demoPacket();
    const m3 = listMeetings(db, id).find((m) => m.key === 'm3')!;
    const board = loadBoard(db, m3.id)!;
    expect(board.groups.map((g) => g.name)).toEqual(['A', 'B', 'C']);
    expect(board.prompts.map((p) => p.text)).toEqual(['自機関の強み', '他機関に期待すること', '連携上の課題']);
    expect(board.cells.size).toBe(9);
    for (const cards of board.cells.values()) expect([3, 4, 5]).toContain(cards.length);
    expect(rankByVotes([...board.cells.values()].flat())[0].text).toBe('各機関の対象年齢と役割の一覧がほしい');
  });

  it('fills every section of the three network-meeting packets', async () => {
    const { db, id } = demoPacket();
    const project = findProject(db, id)!;
    for (const m of listMeetings(db, id).filter((x) => x.kind === 'network')) {
      const html = await renderPacketHtml(compilePacket(db, project, m.id, { generatedAt: '2025-03-01T00:00:00Z' })!);
      expect(html.match(/<p class="p-empty">[^<]*/g), m.key).toBeNull();
    }
    const m4 = listMeetings(db, id).find((x) => x.key === 'm4')!;
    const doc = compilePacket(db, project, m4.id, { generatedAt: '2025-03-01T00:00:00Z' })!;
    expect(doc.settings.sections.map((s) => s.id)).toEqual([
      'cover',
      'agenda',
      'attendance',
      'group_work',
      'cases',
      'case_studies',
      'next_steps',
    ]);
    expect(doc.groupWork!.meeting.title).toBe('第1回 ネットワーク会議');
  });
});
