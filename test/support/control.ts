import { request } from 'node:http'

/** One JSON request to an agent's control socket, as the CLI makes it; resolves status and body. */
export async function control<T = unknown> (socket: string, method: 'GET' | 'POST', path: string, body?: unknown, timeoutMs = 60_000): Promise<{ status: number, body: T }> {
  return await new Promise((resolve, reject) => {
    // agent: false: a pooled connection would outlive a killed agent and fail with EPIPE.
    const req = request({ socketPath: socket, method, path, timeout: timeoutMs, agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => { text += chunk.toString() })
      res.on('end', () => {
        try { resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as T }) } catch (error) { reject(error) }
      })
    })
    req.on('timeout', () => { req.destroy(new Error(`${method} ${path}: no answer within ${timeoutMs} ms`)) })
    req.on('error', reject)
    req.end(body === undefined ? undefined : JSON.stringify(body))
  })
}

/** One sample of the agent's Prometheus metrics (GET /metrics on its control socket), e.g. `name{label="x"}`; 0 when absent. */
export async function metric (socket: string, sample: string): Promise<number> {
  const text = await new Promise<string>((resolve, reject) => {
    const req = request({ socketPath: socket, method: 'GET', path: '/metrics', timeout: 30_000, agent: false }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => { body += chunk.toString() })
      res.on('end', () => { resolve(body) })
    })
    req.on('timeout', () => { req.destroy(new Error('GET /metrics: no answer within 30 s')) })
    req.on('error', reject)
    req.end()
  })
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `))
  return line === undefined ? 0 : Number(line.slice(sample.length + 1))
}
