// Staff routes for one meeting's packet: the builder (sections, order, comments), the print
// HTML, PDF and XLSX outputs, issued (発行) snapshots, and packet.json — the packet's aggregates for
// machines (BUNDLE.md "Packet JSON"), staff only like every /projects route, scoped to the project.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { readForm, redirect, type FieldErrors, type FormValues } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { nowIso } from '../lib/time.ts';
import { compilePacket, type PacketDocument } from './compile.ts';
import { issuePacketVersion, recordPacketExport, resetPacketSettings, updatePacketSettings } from './commands.ts';
import { buildPacketJson, loadPacketData } from './json.ts';
import { findIssuedPacket } from './queries.ts';
import { findMeeting } from '../meetings/queries.ts';
import { contentDisposition, downloadFileName } from '../lib/fileName.ts';
import { xlsxDownload } from '../http/render.tsx';
import { builderNotice, packetBuilderViewModel } from './builderViewModel.ts';
import { packetXlsx } from './xlsx.ts';
import { CHROMIUM_INSTALL_HINT, chromiumAvailable, htmlToPdf } from './pdf.ts';
import { renderPacketHtml } from './render.tsx';
import { PacketBuilderPage } from '../../views/packet/builderPage.tsx';
import { PacketToolbar } from '../../views/packet/packetToolbar.tsx';
import { packetSettingsSchema } from './schemas.ts';
import { issuedPacketPath, packetDonePath, packetFilePath, packetPath } from '../lib/paths/packet.ts';

type C = Context<AppEnv>;

const DISCLOSURE_UNCONFIRMED =
  '発行する前に「公開範囲の確認」の一覧を確認し、「公開範囲を確認しました」にチェックを入れてください。';

function load(c: C): PacketDocument | null {
  const mid = idParam(c, 'mid');
  return mid === null ? null : compilePacket(c.get('db'), c.get('project'), mid, { generatedAt: nowIso() });
}

/** 「A市_第2回ネットワーク会議_資料_2024-12-24.pdf」: town, meeting, what, meeting date (版 for an issued one). */
function fileName(
  project: { municipality: string; name: string },
  meeting: { title: string; date: string },
  ext: 'pdf' | 'xlsx',
  version?: number,
): string {
  const what = ext === 'xlsx' ? '資料データ' : version ? `資料第${version}版` : '資料';
  return downloadFileName([project.municipality || project.name, meeting.title, what, meeting.date], ext);
}

/** Files that leave the system are logged (DOMAIN.md §6: audit log for exports). */
function recordExport(c: C, meetingId: number, name: string) {
  recordPacketExport(c.get('db'), staffActor(c), { projectId: c.get('project').id, meetingId, fileName: name });
}

function pdfResponse(c: C, pdf: Buffer, name: string) {
  return c.body(new Uint8Array(pdf), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': contentDisposition(name, 'inline'),
  });
}

/** Without Chromium: how to install it, and a link back to the packet the PDF was asked for. */
function pdfUnavailable(c: C, back: string) {
  c.status(503);
  return c.html(
    `<!DOCTYPE html><html lang="ja"><meta charset="utf-8"><title>PDFを作成できません</title><p>${CHROMIUM_INSTALL_HINT.replace(/`/g, '')}</p><p><a href="${back}">会議資料に戻る</a></p></html>`,
  );
}

function builderPage(c: C, doc: PacketDocument, extra: { values?: FormValues; errors?: FieldErrors; notice?: string }) {
  return c.render(<PacketBuilderPage {...packetBuilderViewModel(c.get('db'), c.get('project'), doc, extra)} />);
}

export function packetBuilderRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/packet', (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    return builderPage(c, doc, {
      notice: builderNotice({ saved: c.req.query('saved'), issued: c.req.query('issued') }),
    });
  });

  app.post('/packet', async (c) => {
    const mid = idParam(c, 'mid');
    if (mid === null) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(packetSettingsSchema, form);
    if (!parsed.ok) {
      const doc = load(c);
      if (!doc) return c.notFound();
      c.status(422);
      return builderPage(c, doc, { values: form, errors: parsed.errors });
    }
    const projectId = c.get('project').id;
    const result = updatePacketSettings(c.get('db'), staffActor(c), {
      projectId,
      meetingId: mid,
      settings: parsed.data,
    });
    if (!result.ok) return c.notFound();
    return redirect(c, packetDonePath(projectId, mid, { saved: true }));
  });

  app.post('/packet/reset', (c) => {
    const mid = idParam(c, 'mid');
    if (mid === null) return c.notFound();
    const projectId = c.get('project').id;
    const result = resetPacketSettings(c.get('db'), staffActor(c), { projectId, meetingId: mid });
    if (!result.ok) return c.notFound();
    return redirect(c, packetPath(projectId, mid));
  });

  app.get('/packet.html', async (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    const projectId = c.get('project').id;
    const pdf = chromiumAvailable() ? packetFilePath(projectId, doc.meeting.id, 'pdf') : null;
    return c.html(
      await renderPacketHtml(doc, <PacketToolbar builder={packetPath(projectId, doc.meeting.id)} pdf={pdf} />),
    );
  });

  app.get('/packet.pdf', async (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    if (!chromiumAvailable()) return pdfUnavailable(c, packetPath(c.get('project').id, doc.meeting.id));
    const pdf = await htmlToPdf(await renderPacketHtml(doc));
    const name = fileName(doc.project, doc.meeting, 'pdf');
    recordExport(c, doc.meeting.id, name);
    return pdfResponse(c, pdf, name);
  });

  app.get('/packet.xlsx', async (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    const xlsx = await packetXlsx(doc);
    const name = fileName(doc.project, doc.meeting, 'xlsx');
    recordExport(c, doc.meeting.id, name);
    return xlsxDownload(c, xlsx, name);
  });

  app.post('/packet/issue', async (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    if ((await readForm(c)).reviewed !== 'on') {
      c.status(422);
      return builderPage(c, doc, { errors: { reviewed: DISCLOSURE_UNCONFIRMED } });
    }
    const projectId = c.get('project').id;
    const html = await renderPacketHtml(doc);
    const { version } = issuePacketVersion(c.get('db'), staffActor(c), {
      projectId,
      userId: c.get('user')!.id,
      doc,
      html,
    });
    return redirect(c, packetDonePath(projectId, doc.meeting.id, { issued: version }));
  });

  const issued = (c: C) => {
    const mid = idParam(c, 'mid');
    const version = idParam(c, 'v');
    if (mid === null || version === null) return null;
    return findIssuedPacket(c.get('db'), c.get('project').id, mid, version) ?? null;
  };

  app.get('/packet/issued/:v{[0-9]+}', (c) => {
    const row = issued(c);
    return row ? c.html(row.html) : c.notFound();
  });

  app.get('/packet/issued/:v{[0-9]+}/packet.json', (c) => {
    const row = issued(c);
    if (!row) return c.notFound();
    return c.body(row.json, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/packet/issued/:v{[0-9]+}/packet.pdf', async (c) => {
    const row = issued(c);
    if (!row) return c.notFound();
    if (!chromiumAvailable())
      return pdfUnavailable(c, issuedPacketPath(c.get('project').id, row.meetingId, row.version));
    const meeting = findMeeting(c.get('db'), c.get('project').id, row.meetingId);
    const name = fileName(c.get('project'), meeting ?? { title: '会議', date: '' }, 'pdf', row.version);
    const pdf = await htmlToPdf(row.html);
    recordExport(c, row.meetingId, name);
    return pdfResponse(c, pdf, name);
  });

  return app;
}

/** GET /projects/:pid/meetings/:mid/packet.json (mounted at that path). */
export function packetJsonRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const mid = idParam(c, 'mid');
    const data = mid === null ? null : loadPacketData(c.get('db'), c.get('project').id, mid);
    if (!data) return c.json({ error: '会議が見つかりません' }, 404);
    c.header('Cache-Control', 'no-store');
    return c.json(buildPacketJson(data));
  });
  return app;
}
