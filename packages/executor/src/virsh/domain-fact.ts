import { DomainNotFoundError } from '../errors.ts'
import type { Hypervisor } from './hypervisor.ts'

/**
 * The domain libvirt holds under a name, as recovery weighs it: its UUID (a domain of the same
 * name made by someone else is not ours) and whether it runs (paused counts: it holds its memory).
 */
export interface DomainFact { uuid: string, running: boolean }

/** libvirt's domain named `name`, or null when it holds none. */
export async function domainFact (hypervisor: Pick<Hypervisor, 'info'>, name: string): Promise<DomainFact | null> {
  try {
    const info = await hypervisor.info(name)
    return { uuid: info.uuid, running: info.state === 'running' || info.state === 'paused' || info.state === 'blocked' }
  } catch (error) {
    if (error instanceof DomainNotFoundError) return null
    throw error
  }
}
