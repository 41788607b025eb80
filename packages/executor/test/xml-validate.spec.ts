// Every rendered case through libvirt's own schema (virt-xml-validate, package libvirt-clients,
// which runs xmllint from libxml2-utils).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execa } from 'execa'
import { afterAll, describe, expect, it } from 'vitest'
import { renderDomainXml } from '../src/index.ts'
import { CASES } from './xml-cases.ts'

const dir = mkdtempSync(join(tmpdir(), 'mv-xml-'))
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('virt-xml-validate accepts every rendered domain', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    const file = join(dir, `${name.replace(/[^a-z0-9]+/g, '-')}.xml`)
    writeFileSync(file, renderDomainXml(CASES[name]!))
    const result = await execa('virt-xml-validate', [file, 'domain'], { reject: false, timeout: 30_000, all: true })
    expect(result.all).toContain('validates')
    expect(result.exitCode).toBe(0)
  })
})
