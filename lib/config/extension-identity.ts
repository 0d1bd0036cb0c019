/**
 * The public half of the extension's signing key. Chromium derives the extension id from it, so an unpacked build
 * keeps the same id everywhere and the OAuth redirect URL (https://<id>.chromiumapp.org/) registered with Xero stays valid.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2OEVYrO8zCac1hWJAIit9ZVxuSRkRR7b/4kgrjAcuaYeScyIinjH2o38Bk6Eia1kdTaSuWv63XnHzLQa+xIwTev7s61bHwShlAZTan/R02m/FRce9DS5tm/5PywQKe+g23ZlPUH3j/zl0XOYulRQNDAJHOWJei86Hppt1IHO3ONZ2XN0ajzM4mLBVMBX2DLuiHn1NDywyFAtQhkjZsLTNoesdUFPRrywiAn/cv2snRifEFMjr0pHdrcRHyO3brHuRqnAoBXJzOuxuQCEUZTTjYLDrieBUCjNORL67h5yvEf+j65KYcuQZDsRfxah68Slbnb/VdH4JWZZpEdpb72epQIDAQAB';

/** The id Chromium derives from EXTENSION_PUBLIC_KEY (checked by a test). */
export const EXTENSION_ID = 'nhndnfjenndlpelcepamkdideebgopca';

/** The OAuth redirect URL to register with Xero (what `identity.getRedirectURL()` returns for this id). */
export function xeroRedirectUrl(): string {
  return `https://${EXTENSION_ID}.chromiumapp.org/`;
}
