import type { z } from 'zod';

/** The first problem of a zod error as a dotted path and a message, for error replies and reasons. */
export function describeZodError(error: z.ZodError, prefix: readonly PropertyKey[] = []): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: prefix.map(String).join('.'), message: 'invalid' };
  return { path: [...prefix, ...issue.path].map(String).join('.'), message: issue.message };
}
