import { INVOKE_CHANNELS, isInvokeChannel, type InvokeChannel, type InvokeResult, type ValidatedArgs } from './channels';
import { IPC_CONTRACT } from './contract';
import { describeIssues, IpcError } from './ipcError';

/** Answers one invoke channel; receives arguments already validated against the contract. */
export type IpcHandler<C extends InvokeChannel> = (...args: ValidatedArgs<C>) => InvokeResult<C> | Promise<InvokeResult<C>>;

/** One handler per invoke channel: a channel added to the contract without a handler does not compile. */
export type IpcHandlers = { readonly [C in InvokeChannel]: IpcHandler<C> };

/**
 * Runs one call through the contract: refuses an unknown channel and invalid arguments before the
 * handler runs, and refuses a result that breaks the contract (a bug in the handler) before it is
 * returned. Main's IPC handlers and the browser's web bridge both answer through this function.
 */
export async function dispatchInvoke(handlers: IpcHandlers, channel: string, args: readonly unknown[]): Promise<unknown> {
  if (!isInvokeChannel(channel)) {
    throw new IpcError(channel, 'unknown-channel', `expected one of ${INVOKE_CHANNELS.join(', ')}`);
  }
  const spec = IPC_CONTRACT[channel];
  const parsedArgs = spec.args.safeParse(args);
  if (!parsedArgs.success) throw new IpcError(channel, 'invalid-args', describeIssues('args', parsedArgs.error));

  // The contract ties each channel to its handler's signature; the lookup by a runtime name loses that link.
  const handler = handlers[channel] as (...validated: readonly unknown[]) => unknown;
  const result = await handler(...parsedArgs.data);

  const parsedResult = spec.result.safeParse(result);
  if (!parsedResult.success) throw new IpcError(channel, 'invalid-result', describeIssues('result', parsedResult.error));
  return parsedResult.data;
}
