import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies } from '../src/db/schema.ts';
import { buildResourceMap, servesBand, type MapAgency } from '../src/resourceMap/map.ts';
import { toHsds, type HsdsDirectory } from '../src/resourceMap/hsds.ts';
import { hsdsTabularFiles } from '../src/resourceMap/hsdsPackage.ts';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

const A = (
  key: string,
  field: MapAgency['field'],
  ageMin: number | null,
  ageMax: number | null,
  name = `機関${key}`,
): MapAgency => ({
  key,
  name,
  kind: '行政',
  field,
  ageMin,
  ageMax,
});

describe('resource map', () => {
  it('marks age bands that no agency or only one agency serves', () => {
    const map = buildResourceMap([
      A('a1', 'education', 6, 15),
      A('a2', 'education', 0, 18),
      A('a3', 'employment', 15, 39),
      A('a4', 'employment', 15, 49),
      A('a5', 'welfare_ibasho', 65, null),
    ]);
    const byBand = Object.fromEntries(map.coverage.map((c) => [c.band, c.agencies]));
    expect(byBand).toEqual({
      '0-15': 4,
      '16-18': 3,
      '19-24': 2,
      '25-29': 2,
      '30-39': 2,
      '40-49': 1,
      '50-59': 0,
      '60-64': 0,
      '65+': 1,
    });
    expect(map.gapBands).toEqual(['50-59', '60-64']);
    expect(map.singleBands).toEqual(['40-49', '65+']);
    expect(map.fields.map((f) => [f.label, f.agencies.length])).toEqual([
      ['保健医療', 0],
      ['福祉・居場所', 1],
      ['就労', 2],
      ['教育', 2],
    ]);
  });

  it('treats a blank age limit as open-ended', () => {
    expect(servesBand({ ageMin: null, ageMax: null }, { min: 65, max: null })).toBe(true);
    expect(servesBand({ ageMin: 18, ageMax: null }, { min: 16, max: 18 })).toBe(true);
    expect(servesBand({ ageMin: 19, ageMax: null }, { min: 16, max: 18 })).toBe(false);
  });

  it('exports an HSDS directory with stable ids; the tabular package keeps text as typed', () => {
    const list = [
      A('a1', 'health_medical', null, null, '保健センター'),
      A('a2', 'employment', 15, 49, '=HYPERLINK("x")'),
    ];
    const dir = toHsds({ id: 7, name: 'テスト市' }, list);
    expect(toHsds({ id: 7, name: 'テスト市' }, list)).toEqual(dir);
    expect(dir.services[1]).toMatchObject({ minimum_age: 15, maximum_age: 49, eligibility_description: '15〜49歳' });
    // machine data: the name stays as typed (no apostrophe), quoted as CSV requires
    const csv = hsdsTabularFiles(dir)['organizations.csv'];
    expect(csv.startsWith('id,name,description\r\n')).toBe(true);
    expect(csv).toContain(`"=HYPERLINK(""x"")"`);
  });

  it('shows the map page, the HSDS downloads, and only this project’s agencies', async () => {
    const { client, db, project } = await staffSetup();
    db.insert(agencies)
      .values([
        {
          projectId: project.id,
          key: 'a1',
          name: 'むさしの地域若者サポートステーション',
          kind: 'NPO',
          field: 'employment',
          ageMin: 15,
          ageMax: 49,
        },
        {
          projectId: project.id,
          key: 'a2',
          name: '教育支援課',
          kind: '行政',
          field: 'education',
          ageMin: 6,
          ageMax: 18,
        },
        {
          projectId: project.id,
          key: 'a3',
          name: '退任した機関',
          kind: '行政',
          field: 'other',
          ageMin: null,
          ageMax: null,
          archivedAt: '2024-01-01T00:00:00Z',
        },
      ])
      .run();
    const page = await client.get(`/projects/${project.id}/resource-map`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('社会資源マップ');
    expect(html).toContain('むさしの地域若者サポートステーション');
    expect(html).toContain('15〜49歳');
    expect(html).not.toContain('退任した機関');
    expect(html).toMatch(/支援機関のない年齢帯：50代、60〜64歳、65歳以上/);
    // 年齢別の対応機関数 (hand-computed): 15–49 employment + 6–18 education → 2 at 15–18, 1 at 19–49, 0 from 50.
    expect(html).toContain('年齢別の対応機関数');
    expect(html).toContain(
      '全分野：対応機関数が減るのは18歳から19歳で2機関→1機関、49歳から50歳で1機関→0機関。対応機関がない（空白）のは0〜5歳、50〜70歳。1機関のみなのは6〜14歳、19〜49歳。',
    );
    expect(html).toContain('title="全分野 50歳：0機関"');

    const json = await client.get(`/projects/${project.id}/resource-map/hsds.json`);
    expect(json.headers.get('content-type')).toContain('application/json');
    const dir = (await json.json()) as HsdsDirectory;
    expect(dir.organizations.map((o) => o.name)).toEqual(['むさしの地域若者サポートステーション', '教育支援課']);
    expect(json.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('テスト市_社会資源マップ_HSDS_')}`,
    );

    const zip = await client.get(`/projects/${project.id}/resource-map/hsds.zip`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(new TextDecoder().decode(files['services.csv']).split('\r\n').filter(Boolean)).toHaveLength(3);

    // the map as a workbook: printed on A4, header in row 1, ages as numbers
    const xlsx = await client.get(`/projects/${project.id}/resource-map/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const sheet = wb.getWorksheet('社会資源マップ')!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.getRow(1).getCell(3).value).toBe('機関名');
    expect(sheet.getRow(2).getCell(6).value).toBe(15);

    expect((await client.get(`/projects/${project.id + 1}/resource-map/hsds.json`)).status).toBe(404);
  });
});
