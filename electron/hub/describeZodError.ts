import type { z } from 'zod';

/** The first problem of a zod error as a dotted path and a message, for error replies and reasons. */
export function describeZodError(error: z.ZodError, prefix: readonly PropertyKey[] = []): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: prefix.map(String).join('.'), message: 'invalid' };
  // An unknown key is reported on its object; the key itself is where the problem is.
  const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
  return { path: [...prefix, ...at].map(String).join('.'), message: issue.message };
}
