interface ImportMetaEnv {
  /** Set by wxt.config.ts: the loopback sandbox origin in sandbox builds, '' otherwise. */
  readonly WXT_SANDBOX_ORIGIN?: string;
}
