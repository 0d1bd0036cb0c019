import { useSignal } from '@preact/signals';
import type { Settings } from '../lib/settings/settings';

/** Splits a comma-separated list typed by the user into trimmed, non-empty entries. */
function listFrom(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The editable settings; nothing is stored until Save, and the background validates what is sent. */
export function SettingsForm({
  settings,
  sandboxAvailable,
  onSave,
}: {
  settings: Settings;
  sandboxAvailable: boolean;
  onSave: (patch: Partial<Settings>) => void;
}) {
  const draft = useSignal(settings);
  const pushTypes = useSignal(settings.xpmPushContactTypes.join(', '));
  const personTypes = useSignal(settings.xpmPersonBusinessTypes.join(', '));
  const set = (patch: Partial<Settings>) => (draft.value = { ...draft.value, ...patch });
  const d = draft.value;
  return (
    <form
      class="kxs-form"
      aria-label="Settings"
      onSubmit={(event) => {
        event.preventDefault();
        // The Client ID belongs to the Accounts section (saved when connecting) and the name to the runner section.
        const { xeroClientId: _clientId, staffName: _name, ...rest } = draft.value;
        onSave({
          ...rest,
          xpmPushContactTypes: listFrom(pushTypes.value),
          xpmPersonBusinessTypes: listFrom(personTypes.value),
        });
      }}
    >
      {sandboxAvailable && (
        <label class="kxs-field">
          <span>Services</span>
          <select
            value={d.target}
            onChange={(e) => set({ target: e.currentTarget.value === 'sandbox' ? 'sandbox' : 'production' })}
          >
            <option value="sandbox">Local sandbox (demo data)</option>
            <option value="production">Real Xero and Karbon</option>
          </select>
        </label>
      )}
      <fieldset class="kxs-fieldset">
        <legend>Xero Practice Manager</legend>
        <label class="kxs-check">
          <input
            type="checkbox"
            checked={d.xpmEnabled}
            onChange={(e) => set({ xpmEnabled: e.currentTarget.checked })}
          />
          Sync with Xero Practice Manager
        </label>
        <label class="kxs-field">
          <span>Initial sync imports</span>
          <select
            value={d.xpmImportMode}
            onChange={(e) =>
              set({ xpmImportMode: e.currentTarget.value === 'clients' ? 'clients' : 'clients-and-contacts' })
            }
          >
            <option value="clients">Clients only</option>
            <option value="clients-and-contacts">Clients and their Contacts</option>
          </select>
        </label>
        <label class="kxs-field">
          <span>Push Karbon organizations of these Contact Types (comma-separated)</span>
          <input type="text" value={pushTypes.value} onInput={(e) => (pushTypes.value = e.currentTarget.value)} />
        </label>
        <label class="kxs-field">
          <span>Business Types that become People (comma-separated)</span>
          <input type="text" value={personTypes.value} onInput={(e) => (personTypes.value = e.currentTarget.value)} />
        </label>
      </fieldset>
      <fieldset class="kxs-fieldset">
        <legend>Sync</legend>
        <label class="kxs-field">
          <span>Sync every (minutes, 0 = only when asked)</span>
          <input
            type="number"
            min={0}
            max={1440}
            value={d.syncIntervalMinutes}
            onInput={(e) => set({ syncIntervalMinutes: Number(e.currentTarget.value) })}
          />
        </label>
        <label class="kxs-check">
          <input type="checkbox" checked={d.dryRun} onChange={(e) => set({ dryRun: e.currentTarget.checked })} />
          Preview mode (dry run): Sync now and scheduled syncs only report what they would link, create and flag
        </label>
        <label class="kxs-check">
          <input
            type="checkbox"
            checked={d.karbonClientIdentifiers}
            onChange={(e) => set({ karbonClientIdentifiers: e.currentTarget.checked })}
          />
          Key the Karbon contacts the sync creates by their Xero contact (Client Identifier)
        </label>
        <p class="kxs-muted" id="client-identifier-help">
          On (recommended when several staff sync): each contact the sync creates in Karbon gets the Client Identifier
          XERO-&lt;Xero ContactID&gt;. Karbon refuses a second contact with the same identifier, so browsers syncing at
          the same moment, or a retried request, can never create a client twice, and every browser finds the contacts
          the others created. The cost: those new contacts&apos; Client Identifier holds this key instead of your own
          client code (you can replace it in Karbon; the pair stays linked, but that contact loses the protection).
          Existing Client Identifiers are never changed. Off: new contacts are created with an empty Client Identifier;
          two browsers syncing the same new Xero contact at the same moment can then both create it, so let only the
          scheduled sync runner create contacts.
        </p>
      </fieldset>
      <fieldset class="kxs-fieldset">
        <legend>Karbon pages</legend>
        <label class="kxs-field">
          <span>Panel placement</span>
          <select
            value={d.panelPlacement}
            onChange={(e) => set({ panelPlacement: e.currentTarget.value === 'docked' ? 'docked' : 'automatic' })}
          >
            <option value="automatic">Automatic (in the contact's page where recognised, else docked)</option>
            <option value="docked">Always docked (bottom right)</option>
          </select>
        </label>
      </fieldset>
      <button type="submit" class="kxs-button kxs-button--primary">
        Save
      </button>
    </form>
  );
}
