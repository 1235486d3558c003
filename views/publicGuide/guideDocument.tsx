import type { Child } from 'hono/jsx';

/**
 * The public guide's own document: no staff navigation, no scripts, no cookies, nothing loaded
 * from another server (a resident's visit leaves no trace beyond the server's own log).
 */
export function GuideDocument({ title, children, paper }: { title: string; children: Child; paper?: 'A4' | 'A3' }) {
  return (
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="stylesheet" href="/static/guide.css" />
        {paper && <style>{`@page { size: ${paper} portrait; margin: 12mm; }`}</style>}
      </head>
      <body class={paper ? `guide-print guide-${paper.toLowerCase()}` : 'guide'}>{children}</body>
    </html>
  );
}
