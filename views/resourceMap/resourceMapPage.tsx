import type { Project } from '../../src/context.ts';
import type { ResourceMap } from '../../src/resourceMap/map.ts';
import { Layout } from '../layout/layout.tsx';
import { AgeCoverageTable } from './ageCoverageTable.tsx';
import { CoverageSummary, ResourceMapTable } from './resourceMapTable.tsx';
import { agenciesPath } from '../../src/lib/paths/agencies.ts';
import { hsdsPath, resourceMapXlsxPath } from '../../src/lib/paths/resourceMap.ts';
import { guideSettingsPath } from '../../src/lib/paths/publicGuide.ts';

export function ResourceMapPage({
  project,
  map,
  agencyCount,
}: {
  project: Project;
  map: ResourceMap;
  agencyCount: number;
}) {
  return (
    <Layout title="社会資源マップ" project={project}>
      <link rel="stylesheet" href="/static/packet.css" />
      <div class="page-head">
        <h1>社会資源マップ</h1>
        <p class="actions">
          <button type="button" data-print>
            印刷
          </button>
          <a href={resourceMapXlsxPath(project.id)} download>
            Excel（XLSX）で出力
          </a>
          <a href={hsdsPath(project.id, 'json')} download>
            機関一覧 JSON（他のシステムへの受け渡し用。社会資源データの共通形式 HSDS 3.0）
          </a>
          <a href={hsdsPath(project.id, 'zip')} download>
            機関一覧 CSV 一式 ZIP（HSDS 3.0 の表形式）
          </a>
        </p>
      </div>
      <p>
        このマップの機関から、住民向けの
        <a href={guideSettingsPath(project.id)}>相談先ガイド（公開ページ・チラシ・ポスター）</a>
        を作れます（各機関が掲載に同意した場合だけ掲載）。
      </p>
      <p class="hint">
        支援機関を分野（保健医療・福祉・居場所・就労・教育）ごとに並べ、対象年齢を年齢帯で示します。支援機関のない年齢帯と、1機関だけが対応している年齢帯は色で示しています。下の表は分野ごと・1歳ごとの対応機関数で、機関数が減る年齢を表の下に示します。対象年齢は「支援機関」の登録内容から作られます。
      </p>
      {agencyCount === 0 ? (
        <div class="empty">
          <p>
            まだ支援機関が登録されていません。<a href={agenciesPath(project.id)}>支援機関</a>
            を登録すると、ここにマップが表示されます。
          </p>
        </div>
      ) : (
        <div class="resource-map">
          <CoverageSummary map={map} />
          <div class="table-wrap">
            <ResourceMapTable map={map} caption={`${project.municipality} 社会資源マップ（${agencyCount}機関）`} />
          </div>
          <AgeCoverageTable coverage={map.ages} />
        </div>
      )}
    </Layout>
  );
}
