/**
 * A small hand-made cluster for the evacuation, rebalance and capacity tables: GPU hosts of two
 * models, plain hosts, and VMs placed on them as a snapshot records them.
 */
import type { VmSpec } from '@multiverse/domain'
import { parseVmSpec } from '../src/index.ts'
import type { PlanHost } from '../src/index.ts'
import { GiB, device, host, inventory } from './hosts.ts'

/** A host with `gpus` GPUs of one model (10de:`model`), each in its own group with its audio function. */
export function gpuHost (name: string, gpus: number, model = '2484', opts: Partial<PlanHost> = {}): PlanHost {
  const devices = Array.from({ length: gpus }, (_, i) => [
    device(`0000:0${i + 1}:00.0`, { deviceId: model, iommuGroup: i + 1 }),
    device(`0000:0${i + 1}:00.1`, { deviceId: '228b', className: 'audio', classCode: '040300', iommuGroup: i + 1 })
  ]).flat()
  return host(name, inventory(devices), opts)
}

/** A host with no device to give: 16 vCPUs and 60GiB allocatable unless told otherwise. */
export function plainHost (name: string, opts: Partial<PlanHost> = {}): PlanHost {
  return host(name, inventory([]), opts)
}

export const spec = (name: string, body: string): VmSpec => parseVmSpec(`name: ${name}\n${body}`, `${name}.yaml`)

/** The two addresses of GPU number `n` (from 1) on a {@link gpuHost}. */
export const gpu = (n: number): string[] => [`0000:0${n}:00.0`, `0000:0${n}:00.1`]

export { GiB }
