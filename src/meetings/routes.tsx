import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

export function meetingRoutes() {
  const app = new Hono<AppEnv>();
  return app;
}
