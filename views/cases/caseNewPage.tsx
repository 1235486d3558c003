// Staff start a case sheet on an agency's behalf (代理入力): which agency provided the case.
import { CsrfField, ErrorSummary, Select } from '../components/form.tsx';
import { Layout } from '../layout/layout.tsx';
import type { Project } from '../../src/context.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { newCasePath } from '../../src/lib/paths/cases.ts';

type AgencyOption = { id: number; name: string };

export function CaseNewPage(p: {
  project: Project;
  agencies: AgencyOption[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  return (
    <Layout title="事例シートの代理入力" project={p.project}>
      <h1>事例シートの代理入力</h1>
      <p>メールや紙で受け取った事例を、提出した機関に代わって入力します。</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={newCasePath(p.project.id)} class="stack" novalidate>
        <CsrfField />
        <Select
          name="agencyId"
          label="事例を提供した機関"
          required
          options={p.agencies.map((a) => ({ value: String(a.id), label: a.name }))}
          values={p.values}
          errors={p.errors}
        />
        <button type="submit" class="primary">
          入力を始める
        </button>
      </form>
    </Layout>
  );
}
