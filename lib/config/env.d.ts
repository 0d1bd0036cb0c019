interface ImportMetaEnv {
  /** Set by wxt.config.ts: the loopback sandbox origin in sandbox builds, '' otherwise. */
  readonly WXT_SANDBOX_ORIGIN?: string;
  /** Set by wxt.config.ts in sandbox builds: JSON of the sandbox's demo Client ID and Karbon key pair. */
  readonly WXT_SANDBOX_DEMO?: string;
  /** Set by wxt.config.ts: CLOCK_SPEED in sandbox builds made for benchmarks, '1' otherwise. */
  readonly WXT_CLOCK_SPEED?: string;
}
