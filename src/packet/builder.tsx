// Staff routes for one meeting's packet: the builder (sections, order, comments), the print
// HTML, PDF and XLSX outputs, and issued (発行) snapshots. packet.json is served by routes.tsx.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { PacketBuilderPage } from '../../views/packet/BuilderPage.tsx';
import { PacketToolbar } from '../../views/packet/PacketToolbar.tsx';
import { readForm, redirect } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { nowIso } from '../lib/time.ts';
import { recordAudit } from '../audit/log.ts';
import { compilePacket, type PacketDocument } from './compile.ts';
import {
  deletePacketSettings,
  findIssuedPacket,
  findPacketSettings,
  issuePacket,
  listIssuedPackets,
  savePacketSettings,
} from './queries.ts';
import { packetSettingsSchema, settingsToForm } from './sections.ts';
import { packetXlsx } from './xlsx.ts';
import { CHROMIUM_INSTALL_HINT, chromiumAvailable, htmlToPdf } from './pdf.ts';
import { getSession } from '../live/queries.ts';
import { SECTION_LABEL } from './labels.ts';
import { renderPacketHtml } from './render.tsx';

type C = Context<AppEnv>;

function load(c: C): PacketDocument | null {
  const mid = idParam(c, 'mid');
  return mid === null ? null : compilePacket(c.get('db'), c.get('project'), mid, { generatedAt: nowIso() });
}

/** "packet-m3-v2.pdf": ASCII only, so every browser keeps the name. */
function fileName(doc: PacketDocument, ext: string, version?: number): string {
  const key = doc.meeting.key.replace(/[^A-Za-z0-9_-]/g, '') || String(doc.meeting.id);
  return `packet-${key}${version ? `-v${version}` : ''}.${ext}`;
}

/** Files that leave the system are logged (DOMAIN.md §6: audit log for exports). */
function recordExport(c: C, meetingId: number, what: string) {
  recordAudit(c.get('db'), {
    projectId: c.get('project').id,
    actor: staffActor(c),
    action: 'export',
    entity: 'packet',
    entityId: meetingId,
    detail: what,
  });
}

function pdfResponse(c: C, pdf: Buffer, name: string) {
  return c.body(new Uint8Array(pdf), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="${name}"`,
  });
}

function pdfUnavailable(c: C) {
  c.status(503);
  return c.html(
    `<!DOCTYPE html><html lang="ja"><meta charset="utf-8"><title>PDFを作成できません</title><p>${CHROMIUM_INSTALL_HINT.replace(/`/g, '')}</p><p><a href="${c.req.path.replace(/\.pdf$/, '')}">会議資料に戻る</a></p></html>`,
  );
}

function builderPage(
  c: C,
  doc: PacketDocument,
  extra: { values?: Record<string, unknown>; errors?: Record<string, string | undefined>; notice?: string } = {},
) {
  const project = c.get('project');
  const stored = findPacketSettings(c.get('db'), project.id, doc.meeting.id);
  return c.render(
    <PacketBuilderPage
      project={project}
      meeting={doc.meeting}
      values={extra.values ?? settingsToForm(doc.settings)}
      errors={extra.errors}
      customised={stored !== null}
      issued={listIssuedPackets(c.get('db'), project.id, doc.meeting.id)}
      pdf={chromiumAvailable() ? { available: true } : { available: false, hint: CHROMIUM_INSTALL_HINT }}
      notice={extra.notice}
      frozen={getSession(c.get('db'), doc.meeting.id)?.status === 'closed'}
    />,
  );
}

export function packetBuilderRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/packet', (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    const issued = Number(c.req.query('issued'));
    const notice = c.req.query('saved')
      ? '設定を保存しました。'
      : Number.isInteger(issued) && issued > 0
        ? `第${issued}版を発行しました。`
        : undefined;
    return builderPage(c, doc, { notice });
  });

  app.post('/packet', async (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(packetSettingsSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return builderPage(c, doc, { values: form, errors: parsed.errors });
    }
    const db = c.get('db');
    const project = c.get('project');
    db.transaction(() => {
      savePacketSettings(db, project.id, doc.meeting.id, parsed.data);
      recordAudit(db, {
        projectId: project.id,
        actor: staffActor(c),
        action: 'update',
        entity: 'packet',
        entityId: doc.meeting.id,
        detail: `構成：${parsed.data.sections.map((s) => SECTION_LABEL[s.id]).join('・')}${parsed.data.hideCaseAgencies ? '（事例提供機関を伏せる）' : ''}`,
      });
    });
    return redirect(c, `${c.req.path}?saved=1`);
  });

  app.post('/packet/reset', (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    const db = c.get('db');
    const project = c.get('project');
    db.transaction(() => {
      deletePacketSettings(db, project.id, doc.meeting.id);
      recordAudit(db, {
        projectId: project.id,
        actor: staffActor(c),
        action: 'update',
        entity: 'packet',
        entityId: doc.meeting.id,
        detail: '標準の構成に戻す',
      });
    });
    return redirect(c, c.req.path.replace(/\/reset$/, ''));
  });

  app.get('/packet.html', async (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    const base = c.req.path.replace(/\.html$/, '');
    return c.html(
      await renderPacketHtml(doc, <PacketToolbar builder={base} pdf={chromiumAvailable() ? `${base}.pdf` : null} />),
    );
  });

  app.get('/packet.pdf', async (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    if (!chromiumAvailable()) return pdfUnavailable(c);
    const pdf = await htmlToPdf(await renderPacketHtml(doc));
    recordExport(c, doc.meeting.id, fileName(doc, 'pdf'));
    return pdfResponse(c, pdf, fileName(doc, 'pdf'));
  });

  app.get('/packet.xlsx', async (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    const xlsx = await packetXlsx(doc);
    recordExport(c, doc.meeting.id, fileName(doc, 'xlsx'));
    return c.body(new Uint8Array(xlsx), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${fileName(doc, 'xlsx')}"`,
    });
  });

  app.post('/packet/issue', async (c) => {
    const doc = load(c);
    if (!doc) return c.notFound();
    const db = c.get('db');
    const project = c.get('project');
    const html = await renderPacketHtml(doc);
    const version = db.transaction(() => {
      const v = issuePacket(db, {
        projectId: project.id,
        meetingId: doc.meeting.id,
        html,
        json: JSON.stringify(doc.json),
        issuedAt: doc.generatedAt,
        userId: c.get('user')!.id,
      });
      recordAudit(db, {
        projectId: project.id,
        actor: staffActor(c),
        action: 'create',
        entity: 'packet',
        entityId: doc.meeting.id,
        detail: `${doc.meeting.title} 第${v}版を発行`,
      });
      return v;
    });
    return redirect(c, `${c.req.path.replace(/\/issue$/, '')}?issued=${version}`);
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
    if (!chromiumAvailable()) return pdfUnavailable(c);
    const name = `packet-${row.meetingId}-v${row.version}.pdf`;
    const pdf = await htmlToPdf(row.html);
    recordExport(c, row.meetingId, name);
    return pdfResponse(c, pdf, name);
  });

  return app;
}
