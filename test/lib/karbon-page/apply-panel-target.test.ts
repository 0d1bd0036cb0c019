// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyPanelTarget, type MountableUi } from '../../../lib/karbon-page/apply-panel-target';
import type { PanelTarget } from '../../../lib/karbon-page/decide-panel-target';

/** A shadow-root UI stand-in that mounts its host where `target` says, as the content script's anchor/append do. */
function fakeUi(where: () => PanelTarget) {
  const log: string[] = [];
  const ui: MountableUi = {
    mounted: undefined,
    shadowHost: document.createElement('karbon-xero-panel'),
    mount() {
      const target = where();
      if (target.kind === 'anchored') target.placement.anchor.after(ui.shadowHost);
      else document.body.append(ui.shadowHost);
      ui.mounted = true;
      log.push('mount');
    },
    remove() {
      ui.shadowHost.remove();
      ui.mounted = undefined;
      log.push('remove');
    },
  };
  return { ui, log };
}

describe('applyPanelTarget', () => {
  it('mounts once, leaves a placed panel alone, moves it when the target moves, removes it off contact pages', () => {
    document.body.innerHTML = '<main><div id="header"></div><div id="other"></div></main>';
    const header = document.getElementById('header')!;
    let target: PanelTarget = { kind: 'anchored', placement: { anchor: header, position: 'after' } };
    const { ui, log } = fakeUi(() => target);
    applyPanelTarget(ui, target, document.body);
    applyPanelTarget(ui, target, document.body);
    expect(log).toEqual(['remove', 'mount']);
    expect(ui.shadowHost.previousElementSibling).toBe(header);

    target = { kind: 'docked', reason: 'unrecognised' };
    applyPanelTarget(ui, target, document.body);
    applyPanelTarget(ui, target, document.body);
    expect(ui.shadowHost.parentElement).toBe(document.body);
    expect(log).toEqual(['remove', 'mount', 'remove', 'mount']);

    applyPanelTarget(ui, { kind: 'none' }, document.body);
    expect(ui.shadowHost.isConnected).toBe(false);
  });

  it('while waiting, keeps a panel still on the page and drops one the app has thrown away', () => {
    document.body.innerHTML = '<div id="header"></div>';
    const header = document.getElementById('header')!;
    const target: PanelTarget = { kind: 'anchored', placement: { anchor: header, position: 'after' } };
    const { ui, log } = fakeUi(() => target);
    applyPanelTarget(ui, target, document.body);
    applyPanelTarget(ui, { kind: 'wait', retryInMs: 100 }, document.body);
    expect(ui.shadowHost.isConnected).toBe(true);
    document.body.innerHTML = '';
    applyPanelTarget(ui, { kind: 'wait', retryInMs: 100 }, document.body);
    expect(ui.mounted).toBeUndefined();
    expect(log.at(-1)).toBe('remove');
  });
});
