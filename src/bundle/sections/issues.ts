import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { hearingThemes, issueTableRows, issueTableSources } from '../../db/schema.ts';
import { insertIssueRow, type SourceRef } from '../../issuesTable/queries.ts';
import { checkFollowupRefs, exportFollowup, followupParts, importFollowup } from './issueFollowup.ts';
import { checkRef, defineSection } from '../section.ts';
import { bundleKey, requiredText, text } from '../primitives.ts';
import { themeKey, themeKeysFor } from './hearingThemes.ts';
import { exportedPassageRefs, hearingPassageCounts, importedPassageIds, themeIdFor } from './hearings.ts';

/** Evidence behind a row: a hearing theme, a tagged passage (by hearing key and index), a case or a meeting. */
const source = z.union([
  z.strictObject({ theme: themeKey }),
  z.strictObject({ hearing: bundleKey, passage: z.number().int().min(0) }),
  z.strictObject({ case: bundleKey }),
  z.strictObject({ meeting: bundleKey }),
]);

const issueRow = z.strictObject({
  problem: requiredText(2000),
  issue: text(2000),
  /** Where the row came from; absent for a row typed in directly. */
  source: z.enum(['hearing', 'case', 'meeting']).optional(),
  status: z.enum(['not_started', 'discussing', 'in_progress', 'done']).optional(),
  nextStep: text(1000).optional(),
  sources: z.array(source).optional(),
  ...followupParts,
});

export type IssuePart = z.infer<typeof issueRow>;

/** `issues`: the problems → issues table (seed 000 表2) in its display order. */
export const issuesSection = defineSection<IssuePart[]>({
  key: 'issues',
  label: '問題点→課題表',
  schema: z.array(issueRow),
  check(list, ctx) {
    const themes = themeKeysFor(ctx);
    const hearings = hearingPassageCounts(ctx);
    list.forEach((row, i) => checkFollowupRefs(row, ['issues', i], ctx));
    list.forEach((row, i) =>
      row.sources?.forEach((s, j) => {
        const at = ['issues', i, 'sources', j];
        if ('theme' in s) checkRef(themes, s.theme, [...at, 'theme'], 'テーマ', ctx);
        else if ('hearing' in s) {
          const n = hearings.get(s.hearing);
          if (n === undefined)
            ctx.problem(
              [...at, 'hearing'],
              `${JSON.stringify(s.hearing)} というヒアリングキーはバンドル内にありません`,
            );
          else if (s.passage >= n)
            ctx.problem(
              [...at, 'passage'],
              `ヒアリング ${JSON.stringify(s.hearing)} のタグ付けは ${n} 件です（0〜${n - 1} で指定してください）`,
            );
        } else if ('case' in s) checkRef(ctx.cases, s.case, [...at, 'case'], '事例', ctx);
        else checkRef(ctx.meetings, s.meeting, [...at, 'meeting'], '会議', ctx);
      }),
    );
  },
  importer(db, list, ctx) {
    const passages = importedPassageIds(ctx);
    for (const row of list) {
      const refs: SourceRef[] = (row.sources ?? []).map((s) =>
        'theme' in s
          ? { kind: 'hearing_theme', themeId: themeIdFor(db, ctx.projectId, s.theme) }
          : 'hearing' in s
            ? { kind: 'hearing_passage', passageId: passages.get(s.hearing)![s.passage] }
            : 'case' in s
              ? { kind: 'case', caseId: ctx.caseIds.get(s.case)! }
              : { kind: 'meeting', meetingId: ctx.meetingIds.get(s.meeting)! },
      );
      const inserted = insertIssueRow(
        db,
        ctx.projectId,
        {
          problem: row.problem,
          issue: row.issue,
          status: row.status ?? 'not_started',
          nextStep: row.nextStep ?? '',
          origin: row.source ?? 'manual',
        },
        refs,
      );
      importFollowup(db, inserted.id, row, ctx);
    }
  },
  exporter(db, ctx) {
    const rows = db
      .select()
      .from(issueTableRows)
      .where(eq(issueTableRows.projectId, ctx.projectId))
      .orderBy(asc(issueTableRows.position), asc(issueTableRows.id))
      .all();
    const sources = rows.length
      ? db
          .select()
          .from(issueTableSources)
          .where(
            inArray(
              issueTableSources.rowId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(issueTableSources.id))
          .all()
      : [];
    const themeKeys = new Map(
      db
        .select({ id: hearingThemes.id, key: hearingThemes.key })
        .from(hearingThemes)
        .where(eq(hearingThemes.projectId, ctx.projectId))
        .all()
        .map((t) => [t.id, t.key]),
    );
    const passages = exportedPassageRefs(ctx);
    return rows.map((r) => {
      const refs = sources
        .filter((s) => s.rowId === r.id)
        .map((s) =>
          s.kind === 'hearing_theme'
            ? { theme: themeKeys.get(s.themeId!)! }
            : s.kind === 'hearing_passage'
              ? passages.get(s.passageId!)!
              : s.kind === 'case'
                ? { case: ctx.caseKeys.get(s.caseId!)! }
                : { meeting: ctx.meetingKeys.get(s.meetingId!)! },
        );
      return {
        problem: r.problem,
        issue: r.issue,
        ...(r.origin === 'manual' ? {} : { source: r.origin }),
        status: r.status,
        ...(r.nextStep ? { nextStep: r.nextStep } : {}),
        ...(refs.length ? { sources: refs } : {}),
        ...exportFollowup(db, r.id, ctx),
      };
    });
  },
});
