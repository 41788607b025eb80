/**
 * Who is in the cluster, from signed member statements. Members are the founder plus everyone
 * added by a member, minus everyone revoked by a member; a revocation is final. Computed as a
 * fixpoint over all statements held, so the order in which gossip and sync deliver them does
 * not matter (a statement by B arriving before the one that added B waits for it).
 */
import { decodeMemberStatement, peerIdFromBytes } from '@multiverse/wire'
import type { MemberStatement, OpenedEnvelope } from '@multiverse/wire'

export interface SignedStatement {
  /** The member that signed it. */
  signer: string
  /** The subject's peer ID as a string. */
  subject: string
  statement: MemberStatement
  /** The encoded envelope, to persist and relay as signed. */
  envelope: Uint8Array
}

/**
 * The statement an opened (signature-checked) envelope carries; undefined when it is about
 * another cluster. Throws WireDecodeError when the payload is not a valid statement.
 */
export function statementFrom (opened: OpenedEnvelope, clusterId: string): SignedStatement | undefined {
  const statement = decodeMemberStatement(opened.payload)
  if (statement.clusterId !== clusterId) return undefined
  const subject = peerIdFromBytes(statement.subject, 'MemberStatement').toString()
  return { signer: opened.signer.toString(), subject, statement, envelope: opened.bytes }
}

export interface Member {
  id: string
  name: string
}

export class MemberSet {
  readonly founder: string
  private readonly founderName: string
  private readonly statements = new Map<string, SignedStatement>()
  private members = new Map<string, Member>()
  private revoked = new Set<string>()

  constructor (founder: string, founderName: string) {
    this.founder = founder
    this.founderName = founderName
    this.recompute()
  }

  /** Adds a statement; true when it was new. Membership is recomputed either way. */
  add (signed: SignedStatement): boolean {
    const key = `${signed.statement.action}:${signed.subject}:${signed.signer}`
    if (this.statements.has(key)) return false
    this.statements.set(key, signed)
    this.recompute()
    return true
  }

  isMember (id: string): boolean {
    return this.members.has(id)
  }

  isRevoked (id: string): boolean {
    return this.revoked.has(id)
  }

  list (): Member[] {
    return [...this.members.values()].sort((a, b) => a.name.localeCompare(b.name))
  }

  byName (name: string): Member | undefined {
    return this.list().find((member) => member.name === name)
  }

  /** How many statements are held: heartbeats carry it, so a peer that holds more is synced from. */
  get size (): number {
    return this.statements.size
  }

  envelopes (): Uint8Array[] {
    return [...this.statements.values()].map((signed) => signed.envelope)
  }

  private recompute (): void {
    const members = new Map<string, Member>([[this.founder, { id: this.founder, name: this.founderName }]])
    const all = [...this.statements.values()]
    let grew = true
    while (grew) {
      grew = false
      for (const { signer, subject, statement } of all) {
        if (statement.action === 'add' && members.has(signer) && !members.has(subject)) {
          members.set(subject, { id: subject, name: statement.name })
          grew = true
        }
      }
    }
    const revoked = new Set(all.filter((s) => s.statement.action === 'revoke' && members.has(s.signer)).map((s) => s.subject))
    for (const id of revoked) members.delete(id)
    this.members = members
    this.revoked = revoked
  }
}
