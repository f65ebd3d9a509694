/**
 * One request to a worker thread or a child process of the fuzz tests: the
 * message goes with a fresh id, and the reply with that id comes back, or
 * `timedOut` after `ms`, or `exited` if the other side dies first.
 */
import type { EventEmitter } from 'events';

export type Answer<T> = ({ timedOut?: undefined; exited?: undefined } & T) | { timedOut: true; exited?: undefined } | { exited: string; timedOut?: undefined };

let nextId = 0;

export function ask<T>(channel: EventEmitter, send: (message: object) => void, message: object, ms: number): Promise<Answer<T>> {
  const id = (nextId += 1);
  return new Promise(resolve => {
    const finish = (answer: Answer<T>) => {
      clearTimeout(timer);
      channel.off('message', onMessage);
      channel.off('exit', onExit);
      channel.off('error', onError);
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ timedOut: true }), ms);
    const onMessage = (reply: { id: number } & T) => reply.id === id && finish(reply);
    const onExit = (code: unknown) => finish({ exited: `exit ${code}` });
    const onError = (error: Error) => finish({ exited: error.message });
    channel.on('message', onMessage);
    channel.on('exit', onExit);
    channel.on('error', onError);
    send({ id, ...message });
  });
}
