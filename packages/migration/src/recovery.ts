/**
 * What an agent that restarts does with a migration its journal says was under way
 * (docs/architecture.md §12), decided from the step it was at and what is true now: the domain
 * libvirt holds under the VM's name on this host, and what the other side says. Pure: the
 * driver gathers the facts and carries the decision out.
 *
 * The rule that keeps a VM on exactly one host: the target takes ownership only at commit, and
 * acknowledges a commit only after its record is written, durably; so a source whose journal
 * does not say `commit` or later never lost the VM, and a target whose journal does not say
 * `committed` never owned it. A domain that may be the only copy of the VM is never removed on
 * a guess: when the other side cannot be asked, the decision is to wait and ask again.
 */
import type { DomainFact } from '@multiverse/executor'
import type { Mode, SourceStep, TargetStep } from './machine.ts'

/** What the target says of the migration, when asked by its id. */
export type TargetAnswer =
  | { reachable: false }
  /** `committed`: it owns the VM; `open`: before commit; `none`: no such migration (undone or never begun). */
  | { reachable: true, holds: 'committed' | 'open' | 'none', domain: DomainFact | null }

/** What the source says of the migration, when asked by its id. */
export type SourceAnswer =
  | { reachable: false }
  /** `committing`: it asks for the commit; `open`: before it; `over`: aborted, or no such migration. */
  | { reachable: true, says: 'committing' | 'open' | 'over' }

export type SourceRecovery =
  /** Undo everything: release the target, start the VM again if it was running and is not. */
  | { action: 'abort', restart: boolean }
  /** Ask the target to commit again (everything has moved). */
  | { action: 'commit' }
  /** The target owns the VM: remove it here. */
  | { action: 'cleanup' }
  /** The target cannot be asked, and the answer matters: keep the entry, ask again later. */
  | { action: 'wait', why: string }
  /** Neither host holds the domain: nothing is removed, the operator is told. */
  | { action: 'lost', why: string }

export interface SourceFacts {
  mode: Mode
  /** The VM's domain UUID, from the intent: a domain under the same name with another UUID is not it. */
  uuid: string
  /** Whether the VM ran when the migration began: an abort leaves it as it was. */
  wasRunning: boolean
  domain: DomainFact | null
  target: TargetAnswer
}

/** A source restarted mid-migration: finish it or undo it. */
export function recoverSource (step: SourceStep, facts: SourceFacts): SourceRecovery {
  const here = facts.domain !== null && facts.domain.uuid === facts.uuid ? facts.domain : null
  const abort: SourceRecovery = { action: 'abort', restart: facts.wasRunning && here !== null && !here.running }
  const there = facts.target.reachable && facts.target.domain !== null && facts.target.domain.uuid === facts.uuid
  switch (step) {
    case 'reserve':
    case 'prepare':
    case 'stop':
    case 'abort':
      return abort
    case 'cleanup':
      return { action: 'cleanup' }
    case 'transfer':
      // Live: libvirt leaves the domain on exactly one side. Still here: the move did not finish.
      if (here !== null) return abort
      if (!facts.target.reachable) return { action: 'wait', why: 'the domain left this host and the target cannot be asked whether it holds it' }
      // Gone from here, live, the target still receiving: libvirt moved it there. A target says
      // its domain only once committed, but it commits only on the domain of this UUID, and
      // refuses until then: asking it removes nothing.
      if (there || (facts.mode === 'live' && facts.target.holds === 'open')) return { action: 'commit' }
      return { action: 'lost', why: 'neither this host nor the target holds the domain' }
    case 'commit':
      if (!facts.target.reachable) return { action: 'wait', why: 'the target cannot be asked whether it took the VM' }
      if (facts.target.holds === 'committed') return { action: 'cleanup' }
      if (facts.target.holds === 'open') return { action: 'commit' }
      // The target undid its side (its lease lapsed) before the commit reached it.
      if (here !== null) return abort
      return there ? { action: 'commit' } : { action: 'lost', why: 'the target undid the migration and this host no longer holds the domain' }
  }
}

export type TargetRecovery =
  /** Undo this side: the domain (if this migration's and the source still holds the VM), images, devices, lease. */
  | { action: 'undo', undefine: boolean }
  /** Take ownership: write the record, start the VM if it should run. */
  | { action: 'commit' }
  /** Nothing to do yet: the source drives; or it cannot be asked and a domain here may be the only copy. */
  | { action: 'wait', why: string }

export interface TargetFacts {
  uuid: string
  domain: DomainFact | null
  source: SourceAnswer
  /** Whether the migration lease has lapsed: a source that never came back gives it up. */
  leaseLapsed: boolean
}

/** A target restarted mid-migration (before it committed): carry on, take over, or undo. */
export function recoverTarget (step: TargetStep, facts: TargetFacts): TargetRecovery {
  const here = facts.domain !== null && facts.domain.uuid === facts.uuid
  if (step === 'undo') {
    // Half an undo leaves the domain or its images: never the domain without its disks.
    if (here && !sourceGaveUp(facts)) return { action: 'wait', why: 'the domain is here and the source has not said it still holds the VM' }
    return { action: 'undo', undefine: here }
  }
  if (!facts.source.reachable) {
    if (here) return { action: 'wait', why: 'the domain is here and the source cannot be asked whether it still holds the VM' }
    return facts.leaseLapsed ? { action: 'undo', undefine: false } : { action: 'wait', why: 'the source cannot be asked; the lease has not lapsed' }
  }
  switch (facts.source.says) {
    case 'over': return { action: 'undo', undefine: here }
    case 'committing': return step === 'receiving' ? { action: 'commit' } : { action: 'wait', why: 'the source asks to commit before this side received the VM' }
    case 'open': return { action: 'wait', why: 'the source is still moving the VM' }
  }
}

/** A domain here is undefined on undo only when the source said it is over: then the VM is there. */
function sourceGaveUp (facts: TargetFacts): boolean {
  return facts.source.reachable && facts.source.says === 'over'
}
