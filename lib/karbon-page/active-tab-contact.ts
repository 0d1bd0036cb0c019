import { currentContactRoute } from './current-route';
import type { KarbonContactRoute } from './parse-karbon-route';

/** The two browser calls needed to see the page behind the popup (no `tabs` permission: see the README). */
export interface ActiveTabAccess {
  windows: { getLastFocused(filter: { windowTypes: ['normal'] }): Promise<{ id?: number }> };
  tabs: { query(query: { active: true; windowId: number }): Promise<{ url?: string }[]> };
}

/**
 * The Karbon contact shown in the browser window the popup was opened from, if any. The tab's URL is readable only
 * because the extension already holds the Karbon host permission, so no other page's address is ever seen.
 */
export async function activeTabContact(
  api: ActiveTabAccess,
  appRoots: readonly string[],
): Promise<KarbonContactRoute | undefined> {
  try {
    const window = await api.windows.getLastFocused({ windowTypes: ['normal'] });
    if (window.id === undefined) return undefined;
    const [tab] = await api.tabs.query({ active: true, windowId: window.id });
    return tab?.url ? currentContactRoute(tab.url, appRoots) : undefined;
  } catch {
    return undefined;
  }
}
