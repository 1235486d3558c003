import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

export function auditRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
