/**
 * What the journal keeps of a `vm create` on its owner (docs/architecture.md §7), and how an
 * agent that restarts decides, from that and libvirt, what a create cut short becomes.
 *
 *   placed ──define──> (images + domain made together) ──bind──> (devices on vfio-pci) ──start──> running
 *
 * Each step's name is written, durably, before the step is taken:
 * - `define`: the images and the domain are being made. Cut short, it is rolled back: the
 *   domain is undefined if libvirt holds it under this create's UUID, the images the intent
 *   names are removed (they were checked absent before the intent was written, so they are
 *   this create's), and the record goes, as for a create that failed.
 * - `bind`: the VM is defined (its record says so); its devices are being bound. Cut short, the
 *   devices are given back and the VM stays defined: `vm start` starts it.
 * - `start`: the devices are bound (the binding is in the intent) and the domain is starting.
 *   If libvirt says it runs, the create is finished (running); else as for `bind`.
 * A domain missing from libvirt after `define` (undefined behind the agent's back) rolls the
 * whole create back.
 */
import type { DomainFact, VfioBinding } from '@multiverse/executor'

export const CREATE_JOURNAL = 'vm-create'

export type CreateStep = 'define' | 'bind' | 'start'

export interface CreateIntent {
  vm: string
  /** The domain's UUID: how recovery knows libvirt's domain is this create's, not another's. */
  uuid: string
  /** The images this create makes (each absent when the intent was written). */
  images: string[]
  /** From `bind`: every endpoint to bind with the driver it had, so recovery can give it back. */
  binding: VfioBinding | null
}

export type CreateRecovery =
  | { outcome: 'rolled-back', undefine: boolean, release: VfioBinding | null }
  | { outcome: 'defined', release: VfioBinding | null }
  | { outcome: 'running', binding: VfioBinding }

/** Finishes or undoes a create cut short at `step`, given what libvirt holds (pure). */
export function recoverCreate (step: CreateStep, intent: CreateIntent, domain: DomainFact | null): CreateRecovery {
  const ours = domain !== null && domain.uuid === intent.uuid
  if (step === 'define' || !ours) return { outcome: 'rolled-back', undefine: ours, release: step === 'define' ? null : intent.binding }
  if (step === 'start' && domain.running && intent.binding !== null) return { outcome: 'running', binding: intent.binding }
  return { outcome: 'defined', release: intent.binding }
}
