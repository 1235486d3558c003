import { applyListQuery, readListQuery } from '../http/listQuery.ts';
import { HEARING_LIST, HEARING_SORT_LABELS } from './hearingListQuery.ts';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { HearingDetailPage } from '../../views/hearings/hearingDetailPage.tsx';
import { HearingFormPage } from '../../views/hearings/hearingFormPage.tsx';
import { HearingListPage } from '../../views/hearings/hearingListPage.tsx';
import { ThemeSummaryPage } from '../../views/hearings/themeSummaryPage.tsx';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { hearingPlanSchema, hearingSchema, passageSchema, passageSharingSchema, themeSchema } from './schemas.ts';
import { findHearing, findPassage, type HearingRecord } from './queries.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { formVersion, type VersionDifference } from '../cases/versionConflict.ts';
import {
  addHearingTheme,
  createHearing,
  editHearing,
  removeHearing,
  removeHearingTheme,
  resolveCorrection,
  setHearingPlan,
  setHearingSharing,
  setPassageSharing,
  tagPassage,
  untagPassage,
  UNKNOWN_AGENCY_ERRORS,
} from './commands.ts';
import {
  hearingAgencyOptions,
  hearingDetailView,
  hearingFormValues,
  hearingListView,
  themeSummaryView,
} from './hearingViewModel.ts';
import { hearingPath, hearingsPath, hearingThemesPath } from '../lib/paths/hearings.ts';
import { themeSummaryXlsx } from './export.ts';
import { xlsxDownload } from '../http/render.tsx';

type C = Context<AppEnv>;

const NOTICES: Record<string, string> = {
  created: 'ヒアリング記録を保存しました。続けて、発言・記述にテーマのタグを付けられます。',
  updated: 'ヒアリング記録を保存しました。',
  deleted: 'ヒアリング記録を削除しました。',
  tagged: 'タグを付けました。',
  untagged: 'タグを外しました。',
  passage_shared: 'この発言は機関名を出して資料に載ります。',
  passage_unshared: 'この発言は機関名を出さず「ある機関」として資料に載ります。他の機関のリンクには表示されません。',
  shared: '機関に共有しました。機関の専用ページから閲覧できます。',
  unshared: '機関への共有をやめました。',
  resolved: '修正依頼を対応済みにしました。',
  theme_added: 'テーマを追加しました。',
  planned: 'ヒアリング予定の機関を保存しました。',
  theme_deleted: 'テーマを削除しました。',
};

function loadHearing(c: C): HearingRecord | undefined {
  const hid = idParam(c, 'hid');
  return hid === null ? undefined : findHearing(c.get('db'), c.get('project').id, hid);
}

export function hearingRoutes() {
  const app = new Hono<AppEnv>();

  const renderDetail = (
    c: C,
    hearing: HearingRecord,
    extra: { values?: FormValues; errors?: FieldErrors; deleteError?: string } = {},
  ) =>
    c.render(
      <HearingDetailPage
        project={c.get('project')}
        {...hearingDetailView(c.get('db'), c.get('project').id, hearing)}
        notice={doneNotice(c, NOTICES)}
        {...extra}
      />,
    );

  const renderThemes = (c: C, extra: { values?: FormValues; errors?: FieldErrors } = {}) =>
    c.render(
      <ThemeSummaryPage
        project={c.get('project')}
        {...themeSummaryView(c.get('db'), c.get('project').id)}
        notice={doneNotice(c, NOTICES)}
        {...extra}
      />,
    );

  const renderForm = (
    c: C,
    values: FormValues,
    hearing?: HearingRecord,
    errors?: FieldErrors,
    conflict?: VersionDifference[],
  ) =>
    c.render(
      <HearingFormPage
        project={c.get('project')}
        hearing={hearing}
        agencies={hearingAgencyOptions(c.get('db'), c.get('project').id, hearing?.agencyId)}
        values={values}
        errors={errors}
        conflict={conflict}
      />,
    );

  const renderList = (c: C, planError?: string) => {
    const view = hearingListView(c.get('db'), c.get('project').id);
    const query = readListQuery(c, HEARING_LIST);
    return c.render(
      <HearingListPage
        project={c.get('project')}
        {...view}
        hearings={applyListQuery([...view.hearings], query, HEARING_LIST)}
        list={{ query, sorts: HEARING_SORT_LABELS, total: view.hearings.length }}
        notice={doneNotice(c, NOTICES)}
        planError={planError}
      />,
    );
  };

  app.get('/', (c) => renderList(c));

  app.post('/plan', async (c) => {
    const parsed = validate(hearingPlanSchema, await readForm(c));
    const pid = c.get('project').id;
    const result = parsed.ok
      ? setHearingPlan(c.get('db'), staffActor(c), { projectId: pid, agencyIds: parsed.data.agencyIds })
      : null;
    if (!result?.ok) {
      c.status(422);
      return renderList(c, 'ヒアリング予定の機関を、一覧の中から選んでください。');
    }
    return redirect(c, `${hearingsPath(pid)}?done=planned`);
  });

  app.get('/new', (c) => renderForm(c, { method: 'in_person', agencyId: c.req.query('agency') ?? '' }));

  app.post('/', async (c) => {
    const form = await readForm(c);
    const parsed = validate(hearingSchema, form);
    const invalid = (errors: FieldErrors) => {
      c.status(422);
      return renderForm(c, form, undefined, errors);
    };
    if (!parsed.ok) return invalid(parsed.errors);
    const pid = c.get('project').id;
    const input = { projectId: pid, userId: c.get('user')!.id, hearing: parsed.data };
    const result = createHearing(c.get('db'), staffActor(c), input);
    if (!result.ok) return invalid(UNKNOWN_AGENCY_ERRORS);
    return redirect(c, `${hearingPath(pid, result.hearing.id)}?done=created`);
  });

  app.get('/themes', (c) => renderThemes(c));

  app.get('/themes/export.xlsx', async (c) => {
    const { xlsx, name } = await themeSummaryXlsx(c.get('db'), c.get('project'));
    return xlsxDownload(c, xlsx, name);
  });

  app.post('/themes', async (c) => {
    const form = await readForm(c);
    const parsed = validate(themeSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return renderThemes(c, { values: form, errors: parsed.errors });
    }
    const pid = c.get('project').id;
    addHearingTheme(c.get('db'), staffActor(c), { projectId: pid, label: parsed.data.label });
    return redirect(c, `${hearingThemesPath(pid)}?done=theme_added#manage`);
  });

  app.post('/themes/:tid{[0-9]+}/delete', (c) => {
    const pid = c.get('project').id;
    const result = removeHearingTheme(c.get('db'), staffActor(c), { projectId: pid, themeId: idParam(c, 'tid') ?? 0 });
    if (!result.ok) return c.notFound();
    return redirect(c, `${hearingThemesPath(pid)}?done=theme_deleted#manage`);
  });

  app.get('/:hid{[0-9]+}', (c) => {
    const hearing = loadHearing(c);
    return hearing ? renderDetail(c, hearing) : c.notFound();
  });

  app.get('/:hid{[0-9]+}/edit', (c) => {
    const hearing = loadHearing(c);
    return hearing ? renderForm(c, hearingFormValues(hearing), hearing) : c.notFound();
  });

  app.post('/:hid{[0-9]+}/edit', async (c) => {
    const hearing = loadHearing(c);
    if (!hearing) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(hearingSchema, form);
    const invalid = (errors: FieldErrors) => {
      c.status(422);
      return renderForm(c, form, hearing, errors);
    };
    if (!parsed.ok) return invalid(parsed.errors);
    const pid = c.get('project').id;
    const result = editHearing(c.get('db'), staffActor(c), {
      projectId: pid,
      hearingId: hearing.id,
      hearing: parsed.data,
      loadedVersion: formVersion(form),
    });
    if (!result.ok && result.reason === 'conflict') {
      // the form now names the stored version, so saving again knowingly replaces it
      c.status(409);
      const stored = loadHearing(c) ?? hearing;
      return renderForm(c, { ...form, version: String(stored.version) }, stored, undefined, result.differences);
    }
    if (!result.ok) return result.reason === 'not_found' ? c.notFound() : invalid(UNKNOWN_AGENCY_ERRORS);
    return redirect(c, `${hearingPath(pid, hearing.id)}?done=updated`);
  });

  app.post('/:hid{[0-9]+}/passages', async (c) => {
    const hearing = loadHearing(c);
    if (!hearing) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(passageSchema, form);
    const invalid = (errors: FieldErrors) => {
      c.status(422);
      return renderDetail(c, hearing, { values: form, errors });
    };
    if (!parsed.ok) return invalid(parsed.errors);
    const pid = c.get('project').id;
    const result = tagPassage(c.get('db'), staffActor(c), {
      projectId: pid,
      hearingId: hearing.id,
      passage: parsed.data,
    });
    if (!result.ok) return result.reason === 'not_found' ? c.notFound() : invalid(result.errors);
    return redirect(c, `${hearingPath(pid, hearing.id)}?done=tagged#tag`);
  });

  app.post('/:hid{[0-9]+}/passages/:psid{[0-9]+}/delete', (c) => {
    const hid = idParam(c, 'hid');
    const psid = idParam(c, 'psid');
    const pid = c.get('project').id;
    if (hid === null || psid === null) return c.notFound();
    const result = untagPassage(c.get('db'), staffActor(c), { projectId: pid, hearingId: hid, passageId: psid });
    if (!result.ok) return c.notFound();
    return redirect(c, `${hearingPath(pid, hid)}?done=untagged`);
  });

  app.post('/:hid{[0-9]+}/passages/:psid{[0-9]+}/shared', async (c) => {
    const hid = idParam(c, 'hid');
    const psid = idParam(c, 'psid');
    const pid = c.get('project').id;
    // another project's (or record's) passage is not found, whatever the form says
    if (hid === null || psid === null || findPassage(c.get('db'), pid, psid)?.hearingId !== hid) return c.notFound();
    const parsed = validate(passageSharingSchema, await readForm(c));
    if (!parsed.ok) return c.text(parsed.errors.shared ?? '共有の指定が正しくありません', 422);
    const input = { projectId: pid, hearingId: hid, passageId: psid, shared: parsed.data.shared };
    if (!setPassageSharing(c.get('db'), staffActor(c), input).ok) return c.notFound();
    return redirect(c, `${hearingPath(pid, hid)}?done=${parsed.data.shared ? 'passage_shared' : 'passage_unshared'}`);
  });

  app.post('/:hid{[0-9]+}/share', async (c) => {
    const hearing = loadHearing(c);
    if (!hearing) return c.notFound();
    const shared = (await readForm(c)).shared === '1';
    const pid = c.get('project').id;
    const result = setHearingSharing(c.get('db'), staffActor(c), { projectId: pid, hearingId: hearing.id, shared });
    if (!result.ok) return c.notFound();
    return redirect(c, `${hearingPath(pid, hearing.id)}?done=${shared ? 'shared' : 'unshared'}`);
  });

  app.post('/:hid{[0-9]+}/comments/:cmid{[0-9]+}/resolve', (c) => {
    const hid = idParam(c, 'hid');
    const cmid = idParam(c, 'cmid');
    const pid = c.get('project').id;
    if (hid === null || cmid === null) return c.notFound();
    const result = resolveCorrection(c.get('db'), staffActor(c), { projectId: pid, hearingId: hid, commentId: cmid });
    if (!result.ok) return c.notFound();
    return redirect(c, `${hearingPath(pid, hid)}?done=resolved`);
  });

  app.post('/:hid{[0-9]+}/delete', async (c) => {
    const hearing = loadHearing(c);
    if (!hearing) return c.notFound();
    if ((await readForm(c)).confirm !== '1') {
      c.status(422);
      return renderDetail(c, hearing, { deleteError: '削除してよいか確認のチェックを入れてください。' });
    }
    const pid = c.get('project').id;
    if (!removeHearing(c.get('db'), staffActor(c), { projectId: pid, hearingId: hearing.id }).ok) return c.notFound();
    return redirect(c, `${hearingsPath(pid)}?done=deleted`);
  });

  return app;
}
