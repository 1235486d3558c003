// The two header rows of a factor table: per class 該当・非該当・不明・割合 (page and packet alike).

const COUNT_HEADS = ['該当', '非該当', '不明', '割合'];

export function FactorCountsHead(props: {
  good: number;
  difficult: number;
  /** The page adds a 差 column; the printed packet does not. */
  difference?: boolean;
  /** Right-aligned count headings (the packet's tables). */
  numeric?: boolean;
}) {
  return (
    <thead>
      <tr>
        <th scope="col" rowspan={2}>
          要因
        </th>
        <th scope="col" rowspan={2}>
          分類
        </th>
        <th scope="colgroup" colspan={4}>
          好事例（{props.good}件）
        </th>
        <th scope="colgroup" colspan={4}>
          困難事例（{props.difficult}件）
        </th>
        {props.difference && (
          <th scope="col" rowspan={2}>
            差
          </th>
        )}
      </tr>
      <tr>
        {[0, 1].map(() => (
          <>
            {COUNT_HEADS.map((head) => (
              <th scope="col" class={props.numeric ? 'num' : undefined}>
                {head}
              </th>
            ))}
          </>
        ))}
      </tr>
    </thead>
  );
}
