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
        支援機関を分野ごとに並べ、対象としている年齢帯を塗りつぶしで示しています。最下段は各年齢帯に対応している機関の数です。続く表は分野ごと・1歳ごとの対応機関数で、0（支援機関なし）と1（1機関のみ）を色で示し、機関数が減る年齢を表の下に記しています。
      </p>
      <CoverageSummary map={map} />
      <ResourceMapTable map={map} />
      <AgeCoverageTable coverage={map.ages} inPacket />
    </>
  );
}
