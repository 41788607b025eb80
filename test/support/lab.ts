import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const LAB = fileURLToPath(new URL('../../deploy/lab/lab', import.meta.url))

/**
 * Runs `deploy/lab/lab ARGS` with `env` on top of the test's environment (LAB_PREFIX and
 * LAB_DIR name the lab); returns its output, or throws with its output when it fails.
 */
export function runLab (args: string[], env: Record<string, string> = {}, timeoutMs = 180_000): string {
  const result = spawnSync('bash', [LAB, ...args], { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, ...env } })
  if (result.status !== 0) throw new Error(`lab ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`)
  return result.stdout
}
