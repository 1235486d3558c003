// The row under a staff form: its submit button and a way back without saving.
export function FormActions({
  submit = '保存する',
  cancel,
  danger,
}: {
  submit?: string;
  cancel: string;
  danger?: boolean;
}) {
  return (
    <div class="actions">
      <button type="submit" class={danger ? 'danger' : 'primary'}>
        {submit}
      </button>
      <a href={cancel}>キャンセル</a>
    </div>
  );
}
