import { useCallback, useState } from 'react';
import { errorMessage } from '../../ui/errorMessage';
import type { LoadProgress } from './loadBookContents';

export type TaskState =
  | { status: 'idle' }
  | { status: 'running'; progress: LoadProgress }
  | { status: 'failed'; message: string }
  | { status: 'done' };

/** A long task that reports how far it has got. */
export type ProgressTask = (report: (progress: LoadProgress) => void) => Promise<void>;

export interface ProgressTaskHandle {
  state: TaskState;
  /** Runs the task; resolves to whether it succeeded. */
  run: (task: ProgressTask) => Promise<boolean>;
}

/**
 * Runs one long task at a time with progress reporting, and keeps its state for the UI.
 * `run` resolves to whether the task succeeded; a failure is kept as a message, never thrown.
 */
export function useProgressTask(): ProgressTaskHandle {
  const [state, setState] = useState<TaskState>({ status: 'idle' });
  const run = useCallback(async (task: ProgressTask) => {
    setState({ status: 'running', progress: { done: 0, total: 0 } });
    try {
      await task((progress) => setState({ status: 'running', progress }));
      setState({ status: 'done' });
      return true;
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
      return false;
    }
  }, []);
  return { state, run };
}
