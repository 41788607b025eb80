/**
 * When the answer to a VM operation is lost (a link cut, the owner's agent restarted, a peer
 * too slow), the operation may still have been done: the owner is the authority, so the caller
 * asks it what the VM is now and reports that, not a failure (docs/architecture.md §6).
 */
import { FaultError } from '@multiverse/domain'
import type { VmRequest, VmResponse } from '@multiverse/wire'

type Done = Extract<VmResponse, { ok: true }>

/** Whether the owner's `state` answer shows `request` done. */
export function reached (request: Pick<VmRequest, 'op' | 'leaseId' | 'start'>, now: Done): boolean {
  switch (request.op) {
    case 'create': return now.leaseId === request.leaseId && now.state !== 'reserved' && now.state !== 'placed' && now.state !== 'removed'
    case 'start': return now.state === 'running'
    case 'stop': case 'destroy': return now.state === 'stopped'
    case 'remove': return now.state === 'removed'
    case 'state': return true
  }
}

/** The answer was lost and the owner, asked after, says the operation is not done (or cannot be asked). */
export class AnswerLostError extends FaultError {
  override name = 'AnswerLostError'
  constructor (request: Pick<VmRequest, 'op' | 'vm'>, owner: string, lost: Error, now: string | null) {
    super(now === null
      ? `${owner} did not answer ${request.op} ${request.vm} (${lost.message}) and cannot be asked what it did: the outcome is unknown`
      : `${owner} did not answer ${request.op} ${request.vm} (${lost.message}); asked after, it says ${request.vm} is ${now}`,
    { hint: `see multiverse vm show ${request.vm} once ${owner} is reachable, then try again`, cause: lost })
  }
}
