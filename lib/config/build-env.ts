/** The sandbox origin baked into a sandbox build (`npm run build:sandbox`); empty in the production build. */
export const SANDBOX_ORIGIN: string = import.meta.env.WXT_SANDBOX_ORIGIN ?? '';
