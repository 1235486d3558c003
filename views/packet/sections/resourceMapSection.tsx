// The social-resource map (社会資源マップ) as the packet prints it: coverage per age band, then the table.
import type { PacketDocument } from '../../../src/packet/compile.ts';
import { AgeCoverageTable } from '../../resourceMap/ageCoverageTable.tsx';
import { CoverageSummary, ResourceMapTable } from '../../resourceMap/resourceMapTable.tsx';

export function ResourceMapSection({ doc }: { doc: PacketDocument }) {
  const map = doc.resourceMap;
  if (!map.fields.some((f) => f.agencies.length)) return <p class="p-empty">支援機関が登録されていません。</p>;
  return (
    <>
      <p>
        支援機関を分野ごとに並べ、対象としている年齢帯を塗りつぶしで示しています。最下段は各年齢帯に対応している機関の数です。
      </p>
      <CoverageSummary map={map} />
      <ResourceMapTable map={map} />
      <AgeCoverageTable coverage={map.ages} />
    </>
  );
}
