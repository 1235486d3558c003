// Why a template could not be saved: the problems found, each with its place.
import { ErrorSummary } from '../components/form.tsx';

export function Problems({ problems }: { problems?: string[] }) {
  if (!problems?.length) return null;
  return <ErrorSummary message="保存できませんでした。" items={problems} />;
}
