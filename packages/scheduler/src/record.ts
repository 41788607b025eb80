/** What a placement leaves on its host: the record filters and scores read from then on. */
import type { PlacedVm } from './model.ts'
import type { CompiledRequest } from './request.ts'

/** What `place` keeps on a host for a VM that lands there: by default, the request's own sizes. */
export type RecordVm = (request: CompiledRequest, host: string, devices: string[]) => PlacedVm

/** The VM a request becomes on the host it lands on. */
export const recordOf: RecordVm = (request, host, devices) => ({
  name: request.spec.name,
  host,
  vcpus: request.vcpus,
  memoryBytes: request.memoryBytes,
  ...(request.hugepageBytes === null ? {} : { hugepageBytes: request.hugepageBytes }),
  diskBytes: request.diskBytes,
  devices,
  ...(request.group === null ? {} : { group: request.group }),
  // Kept on the record: VMs of these groups placed after it must stay off its host too.
  ...(request.antiAffinity.size === 0 ? {} : { antiAffinity: [...request.antiAffinity] })
})
