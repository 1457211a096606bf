import type { EventEmitter } from 'node:events'
import { ProblemError, unavailable } from '../errors.js'

/**
 * The requests that keep their client waiting: a delay, a slow body (drip), a fault that holds or
 * breaks the connection. Each holds a slot from the moment it is accepted until its socket is done
 * with; at most `max` slots are held at once (more: 503) and at most `maxPerClient` by one client
 * (more: 429). A slot's signal aborts when its client goes away or the server shuts down. No Fastify here.
 */

/** Why a slot's signal aborted. */
export type Ending = 'gone' | 'shutdown'

export interface Slot {
  /** Aborted, with the Ending as its reason, when the client disconnects or the server shuts down. */
  readonly signal: AbortSignal
  /** Gives the slot back; further calls do nothing. */
  release(): void
}

export class WaitingRequests {
  /** Each slot's controller, with when its wait ends (performance.now()). */
  readonly #slots = new Map<AbortController, number>()
  /** Slots held per client key; a key goes when its last slot does, so at most `max` keys. */
  readonly #perClient = new Map<string, number>()
  /**
   * The slots held per socket, so that a socket gets one 'close' listener however many of its
   * requests wait (pipelined requests on one connection would otherwise pass Node's listener warning).
   */
  readonly #perSocket = new WeakMap<EventEmitter, Set<AbortController>>()

  constructor(
    readonly max: number,
    readonly maxPerClient: number
  ) {}

  /** Slots held now. */
  get size(): number {
    return this.#slots.size
  }

  /** Clients holding a slot now. */
  get clients(): number {
    return this.#perClient.size
  }

  /**
   * Takes a slot for a client's request, or throws the 503 or 429 problem. `socket` is what closes when
   * the client goes away: its connection, or over HTTP/2 its stream (a session carries many). `endsAt`
   * (performance.now() time) is when its wait is due to end, for shutdown().
   */
  take(client: string, socket: EventEmitter & { readonly destroyed: boolean }, endsAt = Infinity): Slot {
    if (this.#slots.size >= this.max) {
      throw unavailable('echo-cap', `Too many delayed requests are waiting (${this.max}); try again shortly.`, 1)
    }
    const held = this.#perClient.get(client) ?? 0
    if (held >= this.maxPerClient) {
      throw new ProblemError('ERR_RATE_LIMITED', `A client may have at most ${this.maxPerClient} delayed requests waiting at once; wait for one to end.`, {
        'retry-after': '1'
      })
    }
    this.#perClient.set(client, held + 1)
    const controller = new AbortController()
    this.#slots.set(controller, endsAt)
    // A client may have left while its allowance was being spent (a shared limiter answers asynchronously).
    if (socket.destroyed) controller.abort('gone' satisfies Ending)
    else this.#watch(socket).add(controller)
    let released = false
    const release = () => {
      if (released) return
      released = true
      this.#slots.delete(controller)
      const left = this.#perClient.get(client)! - 1
      if (left === 0) this.#perClient.delete(client)
      else this.#perClient.set(client, left)
      this.#perSocket.get(socket)?.delete(controller)
    }
    return { signal: controller.signal, release }
  }

  /** The set of a socket's waiting slots, listening for its close on first use. */
  #watch(socket: EventEmitter): Set<AbortController> {
    let waiting = this.#perSocket.get(socket)
    if (waiting === undefined) {
      const slots = new Set<AbortController>()
      this.#perSocket.set(socket, slots)
      socket.once('close', () => {
        for (const controller of slots) controller.abort('gone' satisfies Ending)
      })
      waiting = slots
    }
    return waiting
  }

  /** Aborts with 'shutdown' the signal of every slot whose wait ends after `deadline` (performance.now() time); by default, all. */
  shutdown(deadline = -Infinity): void {
    for (const [controller, endsAt] of this.#slots) if (endsAt > deadline) controller.abort('shutdown' satisfies Ending)
  }
}

/** Waits ms, unless the signal aborts first: 'done', or the signal's Ending. */
export function wait(ms: number, signal: AbortSignal): Promise<'done' | Ending> {
  if (signal.aborted) return Promise.resolve(signal.reason as Ending)
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer)
      resolve(signal.reason as Ending)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve('done')
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
