// A participant page that only says something (code not usable, sheet not shown, card gone…).
import { ParticipantLayout } from './participantLayout.tsx';

export function LiveMessagePage({
  title,
  message,
  link,
}: {
  title: string;
  message: string;
  link?: { href: string; label: string };
}) {
  return (
    <ParticipantLayout title={title}>
      <section class="narrow">
        <h1>{title}</h1>
        <p>{message}</p>
        {link && (
          <p>
            <a href={link.href}>{link.label}</a>
          </p>
        )}
      </section>
    </ParticipantLayout>
  );
}
