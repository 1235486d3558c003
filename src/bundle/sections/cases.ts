import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { caseMeetingCandidates, caseSheets, meetings } from '../../db/schema.ts';
import { setCandidate } from '../../cases/queries.ts';
import { nowIso } from '../../lib/time.ts';
import { checkRef, checkUniqueKeys, defineSection } from '../section.ts';
import { bundleKey, instant, text } from '../primitives.ts';
import { factorId, factorKeysFor } from './caseFactors.ts';
import { assessmentColumns, assessmentPart, assessmentSchema } from './caseAssessment.ts';
import { CONSENTS, DURATIONS, FIRST_CONTACTS, GAP_POINTS, HOUSEHOLDS } from '../../lib/labels/cases.ts';
import { AGE_BAND_KEYS } from '../../lib/labels/questionnaire.ts';

export const FACTOR_VALUES = ['yes', 'no', 'unknown'] as const;

const values = <T extends readonly { value: string }[]>(opts: T) =>
  opts.map((o) => o.value) as [T[number]['value'], ...T[number]['value'][]];

const caseSheet = z
  .strictObject({
    key: bundleKey,
    agency: bundleKey,
    /** Submitted unless said otherwise; a draft may lack classification, age band and sex. */
    status: z.enum(['submitted', 'draft']).optional(),
    submittedAt: instant.optional(),
    classification: z.enum(['good', 'difficult']).optional(),
    ageBand: z.enum([...AGE_BAND_KEYS, 'unknown']).optional(),
    sex: z.enum(['male', 'female', 'other', 'unknown']).optional(),
    household: z.array(z.enum(values(HOUSEHOLDS))).optional(),
    duration: z.enum(values(DURATIONS)).optional(),
    firstContact: z.enum(values(FIRST_CONTACTS)).optional(),
    consent: z.enum(values(CONSENTS)).optional(),
    factors: z.record(factorId, z.enum(FACTOR_VALUES)),
    involvedAgencies: z.array(bundleKey).optional(),
    startText: text(4000).optional(),
    summary: text(20000).optional(),
    /** Extension: the person's and the family's assessment (seed 004). */
    assessment: assessmentSchema.optional(),
    timeline: z
      .array(z.strictObject({ when: text(30), agency: bundleKey.optional(), event: text(500) }))
      .max(30, '30件以内にしてください')
      .optional(),
    whatWorked: text(4000).optional(),
    gapPoints: z.array(z.enum(values(GAP_POINTS))).optional(),
    gapText: text(4000).optional(),
    missing: text(4000).optional(),
    /** Extension: meetings whose case study this case is proposed for (事例検討の候補). */
    candidateFor: z.array(bundleKey).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.status === 'draft') return;
    for (const k of ['classification', 'ageBand', 'sex'] as const)
      if (c[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: '提出済みの事例には必須の項目です' });
  });

export type CasePart = z.infer<typeof caseSheet>;

export const casesSection = defineSection<CasePart[]>({
  key: 'cases',
  label: '事例シート',
  schema: z.array(caseSheet),
  check(list, ctx) {
    checkUniqueKeys(list, 'cases', '事例', ctx);
    const factors = factorKeysFor(ctx);
    list.forEach((c, i) => {
      checkRef(ctx.agencies, c.agency, ['cases', i, 'agency'], '機関', ctx);
      c.involvedAgencies?.forEach((a, j) =>
        checkRef(ctx.agencies, a, ['cases', i, 'involvedAgencies', j], '機関', ctx),
      );
      c.timeline?.forEach(
        (r, j) =>
          r.agency !== undefined &&
          checkRef(ctx.agencies, r.agency, ['cases', i, 'timeline', j, 'agency'], '機関', ctx),
      );
      for (const f of Object.keys(c.factors)) checkRef(factors, f, ['cases', i, 'factors', f], '要因', ctx);
      const seen = new Set<string>();
      c.candidateFor?.forEach((m, j) => {
        checkRef(ctx.meetings, m, ['cases', i, 'candidateFor', j], '会議', ctx);
        if (seen.has(m)) ctx.problem(['cases', i, 'candidateFor', j], `会議 ${JSON.stringify(m)} が重複しています`);
        seen.add(m);
      });
    });
  },
  importer(db, list, ctx) {
    for (const c of list) {
      const submitted = c.status !== 'draft';
      const row = db
        .insert(caseSheets)
        .values({
          projectId: ctx.projectId,
          agencyId: ctx.agencyIds.get(c.agency)!,
          key: c.key,
          status: submitted ? 'submitted' : 'draft',
          submittedAt: submitted ? (c.submittedAt ? new Date(c.submittedAt).toISOString() : nowIso()) : null,
          savedAt: nowIso(),
          classification: c.classification ?? null,
          ageBand: c.ageBand ?? null,
          sex: c.sex ?? null,
          household: c.household ?? [],
          duration: c.duration ?? null,
          firstContact: c.firstContact ?? null,
          consent: c.consent ?? null,
          factors: c.factors,
          involvedAgencyIds: (c.involvedAgencies ?? []).map((a) => ctx.agencyIds.get(a)!),
          timeline: (c.timeline ?? []).map((r) => ({
            when: r.when,
            agencyId: r.agency === undefined ? null : ctx.agencyIds.get(r.agency)!,
            event: r.event,
          })),
          gapPoints: c.gapPoints ?? [],
          startText: c.startText ?? '',
          summary: c.summary ?? '',
          whatWorked: c.whatWorked ?? '',
          gapText: c.gapText ?? '',
          missing: c.missing ?? '',
          ...assessmentColumns(c.assessment),
        })
        .returning({ id: caseSheets.id })
        .get();
      ctx.caseIds.set(c.key, row.id);
    }
  },
  // meetings are imported after cases
  link(db, list, ctx) {
    for (const c of list)
      for (const m of c.candidateFor ?? []) setCandidate(db, ctx.caseIds.get(c.key)!, ctx.meetingIds.get(m)!, true);
  },
  exporter(db, ctx) {
    const rows = db
      .select()
      .from(caseSheets)
      .where(eq(caseSheets.projectId, ctx.projectId))
      .orderBy(asc(caseSheets.id))
      .all();
    // meetings are exported after cases, so their keys come from the table
    const candidates = db
      .select({ caseId: caseMeetingCandidates.caseId, meeting: meetings.key })
      .from(caseMeetingCandidates)
      .innerJoin(meetings, eq(meetings.id, caseMeetingCandidates.meetingId))
      .where(eq(meetings.projectId, ctx.projectId))
      .orderBy(asc(meetings.id))
      .all();
    const agency = (id: number) => ctx.agencyKeys.get(id)!;
    const opt = <K extends string, V>(key: K, v: V | null | undefined | '') =>
      v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)
        ? {}
        : ({ [key]: v } as Record<K, V>);
    return rows.map((r) => {
      ctx.caseKeys.set(r.id, r.key);
      return {
        key: r.key,
        agency: agency(r.agencyId),
        ...(r.status === 'draft' ? { status: 'draft' as const } : {}),
        ...opt('submittedAt', r.submittedAt),
        ...opt('classification', r.classification),
        ...opt('ageBand', r.ageBand as CasePart['ageBand']),
        ...opt('sex', r.sex),
        ...opt('household', r.household as CasePart['household']),
        ...opt('duration', r.duration as CasePart['duration']),
        ...opt('firstContact', r.firstContact as CasePart['firstContact']),
        ...opt('consent', r.consent),
        factors: r.factors,
        ...opt('involvedAgencies', r.involvedAgencyIds.map(agency)),
        ...opt('startText', r.startText),
        ...opt('summary', r.summary),
        ...opt('assessment', assessmentPart(r)),
        ...opt(
          'timeline',
          r.timeline.map((t) => ({
            when: t.when,
            ...(t.agencyId === null ? {} : { agency: agency(t.agencyId) }),
            event: t.event,
          })),
        ),
        ...opt('whatWorked', r.whatWorked),
        ...opt('gapPoints', r.gapPoints as CasePart['gapPoints']),
        ...opt('gapText', r.gapText),
        ...opt('missing', r.missing),
        ...opt(
          'candidateFor',
          candidates.filter((x) => x.caseId === r.id).map((x) => x.meeting),
        ),
      };
    });
  },
});
