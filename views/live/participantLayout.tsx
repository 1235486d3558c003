import type { Child } from 'hono/jsx';
import { Layout } from '../layout/layout.tsx';

/** Participant pages: the plain layout plus the live stylesheet and scripts (no build step). */
export function ParticipantLayout({ title, children }: { title: string; children: Child }) {
  return (
    <Layout title={title} bare bodyClass="live-participant">
      <link rel="stylesheet" href="/static/wall.css" />
      <script src="/static/htmx-sse.js" defer></script>
      <script src="/static/live.js" defer></script>
      {children}
    </Layout>
  );
}
