import type { Result } from '../messages';

/** A value the UI asked the background for: still loading, failed with a message, or here. */
export type RemoteValue<T> = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; value: T };

/** Turns a message Result into a RemoteValue. */
export function fromResult<T>(result: Result<T>): RemoteValue<T> {
  return result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error };
}

/** The one-line outcome of the last action a page took (saved, connected, or what went wrong). */
export type Notice = { tone: 'ok' | 'error'; text: string } | undefined;
