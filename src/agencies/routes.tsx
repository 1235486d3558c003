import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

export function agencyStaffRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
