export declare const TOP: string
export declare const BUNDLE: string
export declare function newestSource (): number
export declare function freshBundle (): string | undefined
export declare function agentRuntime (): { v8Flags: string[], env: Record<string, string> }
