import type { Db } from './db/client.ts';
import type { Mailer } from './mail/mailer.ts';

export type SessionUser = { id: number; email: string; name: string; role: 'admin' | 'staff' };

export type Project = {
  id: number;
  name: string;
  municipality: string;
  fiscalYear: number;
  hostHealthCentre: string;
  adviser: string;
  /** The health centre's contact printed on invitation letters (absent on older rows in tests). */
  contactPerson?: string;
  contactPhone?: string;
  contactEmail?: string;
};

export type AgencyPrincipal = { id: number; projectId: number; name: string; key: string };

export type AppDeps = {
  db: Db;
  /** Set when the app is reached over https (or behind a proxy that says so). */
  secureCookies?: boolean;
  /**
   * Trust X-Forwarded-For / X-Forwarded-Proto (only behind a reverse proxy): the number of proxies
   * in front of the app (`true` = 1).
   */
  trustProxy?: boolean | number;
  /** Mail delivery (SMTP_URL); without it links are shown to copy. */
  mailer?: Mailer;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    db: Db;
    user: SessionUser | null;
    csrfToken: string;
    project: Project;
    agency: AgencyPrincipal;
    agencyToken: string;
  };
};
