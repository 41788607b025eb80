import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('generated wire code', () => {
  it('matches proto/ (regenerate with npm run proto:gen)', () => {
    const out = execFileSync(process.execPath, ['scripts/proto-gen.ts', '--check'], {
      cwd: new URL('../../..', import.meta.url), encoding: 'utf8', timeout: 60_000
    })
    expect(out).toContain('up to date')
  })
})
