import type { z } from 'zod';

/** Why a call was refused. */
export type IpcRefusal = 'unknown-channel' | 'untrusted-sender' | 'invalid-args' | 'invalid-result' | 'invalid-payload';

const REFUSAL_TEXT: Readonly<Record<IpcRefusal, string>> = {
  'unknown-channel': 'unknown channel',
  'untrusted-sender': 'refused an untrusted sender',
  'invalid-args': 'invalid arguments',
  'invalid-result': 'invalid result from the handler',
  'invalid-payload': 'invalid event payload',
};

/**
 * A call refused at the IPC boundary. The message names the channel, the reason and, for
 * validation failures, every field path, e.g.
 * `settings.update: invalid arguments: args[0].printer.copies: Too big: expected number to be <=9`.
 * Only the message survives Electron's IPC, so everything the user needs is in it.
 */
export class IpcError extends Error {
  override readonly name = 'IpcError';

  constructor(
    readonly channel: string,
    readonly refusal: IpcRefusal,
    detail: string,
  ) {
    super(`${channel}: ${REFUSAL_TEXT[refusal]}: ${detail}`);
  }
}

/** `args[0].printer.copies: Too big: ...; args[0].language: Invalid option: ...` */
export function describeIssues(root: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${pathText(root, issue.path)}: ${issue.message}`).join('; ');
}

function pathText(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    root,
  );
}
