/**
 * `cluster migrate` from any host (docs/architecture.md §12): the VM's owner drives its
 * migration, so a command given elsewhere (the move, its cancel, the list of the owner's
 * migrations) goes to the owner over `/multiverse/migrate-command/1` and its answer comes back
 * as if the owner were local. Both ends hold the JSON to the control API's schema for the
 * route: a member's bytes reach the migration only as a request the owner's own CLI could send.
 */
import { CONTROL_API, RefusedError, UsageError, parseControlRequest } from '@multiverse/domain'
import type { ClusterSnapshot, ControlAnswer, ControlRequest, SnapshotHost } from '@multiverse/domain'
import {
  MAX_MIGRATE_COMMAND_ANSWER_BYTES, MAX_MIGRATE_COMMAND_BYTES, decodeMigrateCommand, decodeMigrateCommandAnswer, encodeMigrateCommand, encodeMigrateCommandAnswer
} from '@multiverse/wire'
import type { MigrateCommandRoute } from '@multiverse/wire'
import { MalformedMessageError } from '@multiverse/wire'
import type { MeshRequests } from './mesh-requests.ts'
import { errorFromResponse, errorResponse } from './vm-errors.ts'

export const MIGRATE_COMMAND_PROTOCOL = '/multiverse/migrate-command/1'
/** A move takes as long as its budget, which the owner enforces; this only ends a wait for a host gone for good. */
const LIMITS = { maxRequestBytes: MAX_MIGRATE_COMMAND_BYTES, maxResponseBytes: MAX_MIGRATE_COMMAND_ANSWER_BYTES, timeoutMs: 12 * 3600_000 }

/** What this host does with a command it owns the VM of. */
export type RunLocally = <R extends MigrateCommandRoute>(route: R, request: ControlRequest<R>) => Promise<ControlAnswer<R>>

export interface MigrationCommandsInit {
  clusterId: string
  self: string
  mesh: MeshRequests
  view: () => ClusterSnapshot
  local: RunLocally
}

export class MigrationCommands {
  private readonly init: MigrationCommandsInit

  constructor (init: MigrationCommandsInit) {
    this.init = init
  }

  /** Runs `route` where VM `vm` is owned: here, or on its owner through the mesh. */
  async run<R extends MigrateCommandRoute> (vm: string, route: R, request: ControlRequest<R>): Promise<ControlAnswer<R>> {
    const owner = this.init.view().hosts.find((h) => h.vms.some((v) => v.name === vm && v.state !== 'reserved'))
    if (owner === undefined || owner.id === this.init.self) return await this.init.local(route, request)
    return await this.send(owner, route, request)
  }

  /** Runs `route` on host `host` (by name; absent: this host), as `run` does on a VM's owner: an evacuation's commands. */
  async runOn<R extends MigrateCommandRoute> (host: string | undefined, route: R, request: ControlRequest<R>): Promise<ControlAnswer<R>> {
    const hosts = this.init.view().hosts
    const named = host === undefined ? undefined : hosts.find((h) => h.name === host)
    if (host !== undefined && named === undefined) {
      throw new UsageError(`no host named ${host} in the cluster`, { hint: `the hosts are ${hosts.map((h) => h.name).sort().join(', ')} (multiverse cluster status)` })
    }
    if (named === undefined || named.id === this.init.self) return await this.init.local(route, request)
    return await this.send(named, route, request)
  }

  private async send<R extends MigrateCommandRoute> (owner: SnapshotHost, route: R, request: ControlRequest<R>): Promise<ControlAnswer<R>> {
    const bytes = await this.init.mesh.ask(owner.id, MIGRATE_COMMAND_PROTOCOL, encodeMigrateCommand({ clusterId: this.init.clusterId, route, request }), LIMITS)
    const answer = decodeMigrateCommandAnswer(bytes)
    if (!answer.ok) throw errorFromResponse(answer, owner.name)
    const parsed = (CONTROL_API[route].answer as { safeParse: (v: unknown) => { success: boolean, data?: unknown } }).safeParse(answer.answer)
    if (!parsed.success) throw new MalformedMessageError('MigrateCommandAnswer', `${owner.name}'s answer to ${route} is not what the route answers`)
    return parsed.data as ControlAnswer<R>
  }

  /** Answers the commands other members send about the VMs this host owns. */
  async start (): Promise<void> {
    await this.init.mesh.answer(MIGRATE_COMMAND_PROTOCOL, async (body) => {
      const command = decodeMigrateCommand(body)
      try {
        if (command.clusterId !== this.init.clusterId) throw new RefusedError(`a command for cluster ${command.clusterId}: this host is in ${this.init.clusterId}`)
        const answer = await this.init.local(command.route, parseControlRequest(command.route, command.request))
        return encodeMigrateCommandAnswer({ ok: true, answer })
      } catch (error) {
        return encodeMigrateCommandAnswer(errorResponse(error))
      }
    }, LIMITS)
  }
}
