import { Notice } from '../components/form.tsx';

/** The success message after a redirect (`?done=…`), if any. */
export function DoneNotice({ message }: { message?: string }) {
  return message ? <Notice kind="success">{message}</Notice> : null;
}
