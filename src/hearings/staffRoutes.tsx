import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { HearingDetailPage, HearingFormPage, HearingListPage, ThemeSummaryPage } from '../../views/hearings/pages.tsx';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { recordAudit } from '../audit/log.ts';
import { countActiveAgencies, findAgency, listAgencies } from '../agencies/queries.ts';
import { hearingSchema, passageSchema, themeSchema, type PassageInput } from './schemas.ts';
import {
  addTheme,
  countHeardAgencies,
  deleteHearing,
  deletePassage,
  deleteTheme,
  findHearing,
  insertHearing,
  insertPassage,
  listComments,
  listHearings,
  listPassages,
  listThemes,
  resolveComment,
  setHearingShared,
  themeSummaryFor,
  updateHearing,
  type HearingRecord,
} from './queries.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { HEARING_SECTION_IDS } from './labels.ts';

type C = Context<AppEnv>;

const NOTICES: Record<string, string> = {
  created: 'ヒアリング記録を保存しました。続けて、発言・記述にテーマのタグを付けられます。',
  updated: 'ヒアリング記録を保存しました。',
  deleted: 'ヒアリング記録を削除しました。',
  tagged: 'タグを付けました。',
  untagged: 'タグを外しました。',
  shared: '機関に共有しました。機関の専用ページから閲覧できます。',
  unshared: '機関への共有をやめました。',
  resolved: '修正依頼を対応済みにしました。',
  theme_added: 'テーマを追加しました。',
  theme_deleted: 'テーマを削除しました。',
};

function toFormValues(h: HearingRecord): FormValues {
  const v: FormValues = {
    agencyId: String(h.agencyId),
    date: h.date,
    method: h.method,
    place: h.place,
    interviewers: h.interviewers.join('\n'),
    interviewees: h.interviewees,
  };
  for (const id of HEARING_SECTION_IDS) v[`section_${id}`] = h.sections[id] ?? '';
  return v;
}

/** Agencies to choose from: the active ones, plus the record's own even if archived since. */
function agencyOptions(c: C, current?: number) {
  const db = c.get('db');
  const pid = c.get('project').id;
  const list = listAgencies(db, pid, 'active').map((a) => ({ id: a.id, name: a.name }));
  if (current && !list.some((a) => a.id === current)) {
    const a = findAgency(db, pid, current);
    if (a) list.push({ id: a.id, name: a.name });
  }
  return list;
}

function loadHearing(c: C): HearingRecord | undefined {
  const hid = idParam(c, 'hid');
  return hid === null ? undefined : findHearing(c.get('db'), c.get('project').id, hid);
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * A passage must quote the record: the excerpt has to appear in the chosen section (or, for
 * "記録全体", in some section, which then becomes its section). Themes must be the project's.
 */
function checkPassage(
  hearing: HearingRecord,
  themeIds: Set<number>,
  p: PassageInput,
): { ok: true; data: PassageInput } | { ok: false; errors: FieldErrors } {
  if (p.themeIds.some((id) => !themeIds.has(id)))
    return { ok: false, errors: { themeIds: '選択できないテーマが含まれています。画面を再読み込みしてください。' } };
  if (p.sectionId && !hearing.sections[p.sectionId])
    return { ok: false, errors: { sectionId: 'この項目には本文がありません。' } };
  if (!p.excerpt) return { ok: true, data: p };
  const needle = squash(p.excerpt);
  const candidates = p.sectionId ? [p.sectionId] : HEARING_SECTION_IDS;
  const found = candidates.find((id) => squash(hearing.sections[id] ?? '').includes(needle));
  if (!found)
    return {
      ok: false,
      errors: { excerpt: '記録の本文にある文章をそのまま貼り付けてください（選んだ項目の中に見つかりません）。' },
    };
  return { ok: true, data: { ...p, sectionId: found } };
}

function audit(c: C, action: string, entity: string, entityId: number, detail = '') {
  recordAudit(c.get('db'), { projectId: c.get('project').id, actor: staffActor(c), action, entity, entityId, detail });
}

export function hearingRoutes() {
  const app = new Hono<AppEnv>();

  const renderDetail = (
    c: C,
    hearing: HearingRecord,
    extra: { values?: FormValues; errors?: FieldErrors; deleteError?: string } = {},
  ) => {
    const db = c.get('db');
    const project = c.get('project');
    return c.render(
      <HearingDetailPage
        project={project}
        hearing={hearing}
        agencyName={findAgency(db, project.id, hearing.agencyId)?.name ?? ''}
        themes={listThemes(db, project.id)}
        passages={listPassages(db, project.id, hearing.id)}
        comments={listComments(db, hearing.id)}
        notice={doneNotice(c, NOTICES)}
        {...extra}
      />,
    );
  };

  const renderThemes = (c: C, extra: { values?: FormValues; errors?: FieldErrors } = {}) =>
    c.render(
      <ThemeSummaryPage
        project={c.get('project')}
        summary={themeSummaryFor(c.get('db'), c.get('project').id)}
        notice={doneNotice(c, NOTICES)}
        {...extra}
      />,
    );

  app.get('/', (c) => {
    const db = c.get('db');
    const pid = c.get('project').id;
    return c.render(
      <HearingListPage
        project={c.get('project')}
        hearings={listHearings(db, pid)}
        agencyCount={countActiveAgencies(db, pid)}
        heardCount={countHeardAgencies(db, pid)}
        notice={doneNotice(c, NOTICES)}
      />,
    );
  });

  app.get('/new', (c) => {
    const values: FormValues = { method: 'in_person', agencyId: c.req.query('agency') ?? '' };
    return c.render(<HearingFormPage project={c.get('project')} agencies={agencyOptions(c)} values={values} />);
  });

  app.post('/', async (c) => {
    const form = await readForm(c);
    const parsed = validate(hearingSchema, form);
    const pid = c.get('project').id;
    const db = c.get('db');
    const errors = parsed.ok
      ? findAgency(db, pid, parsed.data.agencyId)
        ? null
        : { agencyId: 'ヒアリング先の機関を選んでください' }
      : parsed.errors;
    if (!parsed.ok || errors) {
      c.status(422);
      return c.render(
        <HearingFormPage project={c.get('project')} agencies={agencyOptions(c)} values={form} errors={errors ?? {}} />,
      );
    }
    const hearing = insertHearing(db, pid, parsed.data, c.get('user')!.id);
    audit(c, 'create', 'hearing', hearing.id, hearing.date);
    return redirect(c, `/projects/${pid}/hearings/${hearing.id}?done=created`);
  });

  app.get('/themes', (c) => renderThemes(c));

  app.post('/themes', async (c) => {
    const form = await readForm(c);
    const parsed = validate(themeSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return renderThemes(c, { values: form, errors: parsed.errors });
    }
    const theme = addTheme(c.get('db'), c.get('project').id, parsed.data.label);
    audit(c, 'create', 'hearing_theme', theme.id, theme.label);
    return redirect(c, `/projects/${c.get('project').id}/hearings/themes?done=theme_added#manage`);
  });

  app.post('/themes/:tid{[0-9]+}/delete', (c) => {
    const theme = deleteTheme(c.get('db'), c.get('project').id, idParam(c, 'tid') ?? 0);
    if (!theme) return c.notFound();
    audit(c, 'delete', 'hearing_theme', theme.id, theme.label);
    return redirect(c, `/projects/${c.get('project').id}/hearings/themes?done=theme_deleted#manage`);
  });

  app.get('/:hid{[0-9]+}', (c) => {
    const hearing = loadHearing(c);
    return hearing ? renderDetail(c, hearing) : c.notFound();
  });

  app.get('/:hid{[0-9]+}/edit', (c) => {
    const hearing = loadHearing(c);
    if (!hearing) return c.notFound();
    return c.render(
      <HearingFormPage
        project={c.get('project')}
        hearing={hearing}
        agencies={agencyOptions(c, hearing.agencyId)}
        values={toFormValues(hearing)}
      />,
    );
  });

  app.post('/:hid{[0-9]+}/edit', async (c) => {
    const hearing = loadHearing(c);
    if (!hearing) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(hearingSchema, form);
    const db = c.get('db');
    const pid = c.get('project').id;
    const errors = parsed.ok
      ? findAgency(db, pid, parsed.data.agencyId)
        ? null
        : { agencyId: 'ヒアリング先の機関を選んでください' }
      : parsed.errors;
    if (!parsed.ok || errors) {
      c.status(422);
      return c.render(
        <HearingFormPage
          project={c.get('project')}
          hearing={hearing}
          agencies={agencyOptions(c, hearing.agencyId)}
          values={form}
          errors={errors ?? {}}
        />,
      );
    }
    updateHearing(db, pid, hearing.id, parsed.data);
    audit(c, 'update', 'hearing', hearing.id, parsed.data.date);
    return redirect(c, `/projects/${pid}/hearings/${hearing.id}?done=updated`);
  });

  app.post('/:hid{[0-9]+}/passages', async (c) => {
    const hearing = loadHearing(c);
    if (!hearing) return c.notFound();
    const db = c.get('db');
    const pid = c.get('project').id;
    const form = await readForm(c);
    const parsed = validate(passageSchema, form);
    const checked = parsed.ok
      ? checkPassage(hearing, new Set(listThemes(db, pid).map((t) => t.id)), parsed.data)
      : parsed;
    if (!checked.ok) {
      c.status(422);
      return renderDetail(c, hearing, { values: form, errors: checked.errors });
    }
    const passageId = db.transaction(() => insertPassage(db, pid, hearing.id, checked.data));
    audit(c, 'create', 'hearing_passage', passageId, checked.data.excerpt.slice(0, 60));
    return redirect(c, `/projects/${pid}/hearings/${hearing.id}?done=tagged#tag`);
  });

  app.post('/:hid{[0-9]+}/passages/:psid{[0-9]+}/delete', (c) => {
    const hearing = loadHearing(c);
    const psid = idParam(c, 'psid');
    if (!hearing || psid === null || !deletePassage(c.get('db'), c.get('project').id, hearing.id, psid))
      return c.notFound();
    audit(c, 'delete', 'hearing_passage', psid);
    return redirect(c, `/projects/${c.get('project').id}/hearings/${hearing.id}?done=untagged`);
  });

  app.post('/:hid{[0-9]+}/share', async (c) => {
    const hearing = loadHearing(c);
    if (!hearing) return c.notFound();
    const shared = (await readForm(c)).shared === '1';
    setHearingShared(c.get('db'), c.get('project').id, hearing.id, shared);
    audit(c, shared ? 'share' : 'unshare', 'hearing', hearing.id);
    return redirect(
      c,
      `/projects/${c.get('project').id}/hearings/${hearing.id}?done=${shared ? 'shared' : 'unshared'}`,
    );
  });

  app.post('/:hid{[0-9]+}/comments/:cmid{[0-9]+}/resolve', (c) => {
    const hearing = loadHearing(c);
    const cmid = idParam(c, 'cmid');
    if (!hearing || cmid === null || !resolveComment(c.get('db'), hearing.id, cmid)) return c.notFound();
    audit(c, 'resolve', 'hearing_comment', cmid);
    return redirect(c, `/projects/${c.get('project').id}/hearings/${hearing.id}?done=resolved`);
  });

  app.post('/:hid{[0-9]+}/delete', async (c) => {
    const hearing = loadHearing(c);
    if (!hearing) return c.notFound();
    if ((await readForm(c)).confirm !== '1') {
      c.status(422);
      return renderDetail(c, hearing, { deleteError: '削除してよいか確認のチェックを入れてください。' });
    }
    deleteHearing(c.get('db'), c.get('project').id, hearing.id);
    audit(c, 'delete', 'hearing', hearing.id, hearing.date);
    return redirect(c, `/projects/${c.get('project').id}/hearings?done=deleted`);
  });

  return app;
}
