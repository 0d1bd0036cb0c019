/** The services the extension connects to. */
export type ServiceId = 'xero' | 'xpm' | 'karbon';

/** Where a connection stands, as the panel, popup and options show it. */
export type ConnectionState = 'not-connected' | 'connected' | 'reconnect-needed' | 'off';

export interface ServiceConnection {
  service: ServiceId;
  state: ConnectionState;
  /** What is connected (Xero organisation, XPM practice, Karbon firm), when known. */
  name?: string;
  /** One sentence a user can act on (last error, "expires in 3 days", "turned off in Options"). */
  detail?: string;
  /** The last failure's cause, shown until a call goes through again (the pill then reads "Failing"). */
  problem?: string;
  /** Epoch ms of the last successful call. */
  lastSuccessAt?: number;
}

export type ConnectionsSummary = Record<ServiceId, ServiceConnection>;
