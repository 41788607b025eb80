/**
 * Named cluster-wide resource mappings (docs/architecture.md §4, Proxmox's resource mappings): `gpu-big` is
 * 0000:01:00.0 on h1 and 0000:0a:00.0 on h3. Each change is a statement signed by a member;
 * the newest statement per name wins (then the higher signer, so every host picks the same),
 * and a removal is kept as a statement so that an older "add" arriving late cannot revive it.
 */
import { decodeMappingStatement } from '@multiverse/wire'
import type { MappingStatement, OpenedEnvelope } from '@multiverse/wire'

export interface SignedMapping {
  signer: string
  statement: MappingStatement
  envelope: Uint8Array
}

/** The statement an opened envelope carries; undefined when it is about another cluster. */
export function mappingFrom (opened: OpenedEnvelope, clusterId: string): SignedMapping | undefined {
  const statement = decodeMappingStatement(opened.payload)
  if (statement.clusterId !== clusterId) return undefined
  return { signer: opened.signer.toString(), statement, envelope: opened.bytes }
}

export class MappingSet {
  private readonly byName = new Map<string, SignedMapping>()

  /** Takes a statement if it is newer than the one held for its name; true when taken. */
  add (signed: SignedMapping): boolean {
    const held = this.byName.get(signed.statement.name)
    if (held !== undefined && !newer(signed, held)) return false
    this.byName.set(signed.statement.name, signed)
    return true
  }

  /** Live mappings: name -> host name -> PCI address. What the scheduler reads. */
  current (): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {}
    for (const [name, signed] of [...this.byName].sort(([a], [b]) => a < b ? -1 : 1)) {
      if (!signed.statement.removed) out[name] = { ...signed.statement.devices }
    }
    return out
  }

  get (name: string): SignedMapping | undefined {
    return this.byName.get(name)
  }

  /** How many statements are held, removals included: heartbeats carry it. */
  get size (): number {
    return this.byName.size
  }

  envelopes (): Uint8Array[] {
    return [...this.byName.values()].map((s) => s.envelope)
  }
}

function newer (a: SignedMapping, b: SignedMapping): boolean {
  if (a.statement.issuedAtMs !== b.statement.issuedAtMs) return a.statement.issuedAtMs > b.statement.issuedAtMs
  return a.signer > b.signer
}
