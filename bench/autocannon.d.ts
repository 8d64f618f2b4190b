// The parts of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; setupRequest?: (req: Request, context: Record<string, unknown>) => Request };
    type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string>; requests?: Request[]; timeout?: number };
    type Result = { duration: number; non2xx: number; errors: number; timeouts: number };
    type Instance = PromiseLike<Result> & { on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): Instance };
  }
  function autocannon(opts: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
