import { describe, expect, it } from 'vitest'
import { MemberSet } from '../src/membership.ts'
import type { SignedStatement } from '../src/membership.ts'

const statement = (signer: string, action: 'add' | 'revoke', subject: string): SignedStatement => ({
  signer,
  subject,
  statement: { clusterId: 'c', action, subject: new Uint8Array(), name: subject, issuedAtMs: 0 },
  envelope: new Uint8Array([signer.length, subject.length])
})

describe('MemberSet', () => {
  it('the founder alone at first', () => {
    const set = new MemberSet('f', 'founder')
    expect(set.list()).toEqual([{ id: 'f', name: 'founder' }])
  })

  it('adds through members only, in any order of arrival', () => {
    const set = new MemberSet('f', 'founder')
    set.add(statement('b', 'add', 'c')) // by b, not yet known to be a member
    expect(set.isMember('c')).toBe(false)
    set.add(statement('f', 'add', 'b'))
    expect(set.isMember('b')).toBe(true)
    expect(set.isMember('c')).toBe(true)
  })

  it('ignores a stranger adding itself', () => {
    const set = new MemberSet('f', 'founder')
    set.add(statement('x', 'add', 'x'))
    expect(set.isMember('x')).toBe(false)
  })

  it('a revocation by a member is final; a duplicate statement is not new', () => {
    const set = new MemberSet('f', 'founder')
    expect(set.add(statement('f', 'add', 'b'))).toBe(true)
    expect(set.add(statement('f', 'add', 'b'))).toBe(false)
    set.add(statement('f', 'revoke', 'b'))
    expect(set.isMember('b')).toBe(false)
    expect(set.isRevoked('b')).toBe(true)
    set.add(statement('f', 'add', 'b')) // same key as before: not new, still revoked
    expect(set.isMember('b')).toBe(false)
  })
})
