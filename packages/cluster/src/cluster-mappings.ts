/**
 * The cluster's named mappings as this host keeps them: the newest statement per name (see
 * {@link MappingSet}), persisted as signed, and the statements this host makes when an operator
 * adds or removes one (`cluster map add|rm`), checked against this host's view first.
 */
import type { PeerId, PrivateKey } from '@libp2p/interface'
import type { ClusterSnapshot } from '@multiverse/domain'
import { UsageError } from '@multiverse/domain'
import type { Table } from '@multiverse/store'
import { EnvelopeKind, decodeMappingStatement, encodeMappingStatement, openEnvelope, sealEnvelope } from '@multiverse/wire'
import type { MappingStatement, OpenedEnvelope } from '@multiverse/wire'
import type { Logger } from 'pino'
import { mappingProblems } from './mapping-check.ts'
import { MappingSet, mappingFrom } from './mappings.ts'

export interface ClusterMappingsInit {
  clusterId: string
  privateKey: PrivateKey
  peerId: PeerId
  /** Mapping name -> the envelope of its newest statement. */
  table: Table<Uint8Array>
  publish: (envelope: Uint8Array) => Promise<void>
  view: () => ClusterSnapshot
  log: Logger
}

export class ClusterMappings {
  readonly set = new MappingSet()
  private readonly init: ClusterMappingsInit

  private constructor (init: ClusterMappingsInit) {
    this.init = init
  }

  /** Loads the stored statements; one that no longer opens is logged and left out. */
  static async load (init: ClusterMappingsInit): Promise<ClusterMappings> {
    const mappings = new ClusterMappings(init)
    for (const [name, envelope] of await init.table.entries()) {
      try {
        const signed = mappingFrom(await openEnvelope(envelope, EnvelopeKind.ENVELOPE_KIND_MAPPING), init.clusterId)
        if (signed !== undefined) mappings.set.add(signed)
      } catch (error) {
        init.log.warn({ mapping: name, err: (error as Error).message }, 'stored mapping unreadable; dropped')
      }
    }
    return mappings
  }

  /** Live mappings: name -> host name -> PCI address. */
  current (): Record<string, Record<string, string>> {
    return this.set.current()
  }

  /** Sets a mapping for the whole cluster, once every host and address in it checks out. */
  async add (name: string, devices: Record<string, string>): Promise<Record<string, string>> {
    const problems = mappingProblems(name, devices, this.init.view())
    if (problems.length > 0) {
      throw new UsageError(`mapping ${name}: ${problems.join('; ')}`, { hint: 'e.g. multiverse cluster map add gpu-big h1=0000:01:00.0 h3=0000:0a:00.0; see multiverse cluster devices' })
    }
    await this.seal({ clusterId: this.init.clusterId, name, devices, removed: false, issuedAtMs: Date.now() })
    return devices
  }

  async remove (name: string): Promise<void> {
    if (this.current()[name] === undefined) throw new UsageError(`no mapping named ${JSON.stringify(name)}`, { hint: 'see multiverse cluster map list' })
    await this.seal({ clusterId: this.init.clusterId, name, devices: {}, removed: true, issuedAtMs: Date.now() })
  }

  /** Keeps a statement the mesh took from a member. */
  async persist (opened: OpenedEnvelope): Promise<void> {
    await this.init.table.put(decodeMappingStatement(opened.payload).name, opened.bytes)
  }

  private async seal (statement: MappingStatement): Promise<void> {
    const held = this.set.get(statement.name)
    // Newer than what is held, even if this host's clock is behind the signer of that one.
    const issued = { ...statement, issuedAtMs: Math.max(statement.issuedAtMs, (held?.statement.issuedAtMs ?? 0) + 1) }
    const envelope = await sealEnvelope(EnvelopeKind.ENVELOPE_KIND_MAPPING, encodeMappingStatement(issued), this.init.privateKey, this.init.peerId)
    this.set.add({ signer: this.init.peerId.toString(), statement: issued, envelope })
    await this.init.table.put(issued.name, envelope)
    await this.init.publish(envelope)
    this.init.log.info({ mapping: issued.name, removed: issued.removed }, 'mapping statement issued')
  }
}
