import { describe, expect, it } from 'vitest';
import { createPanelTargetDecider, DOCK_AFTER_MS } from '../../../lib/karbon-page/decide-panel-target';
import type { PanelPlacement } from '../../../lib/karbon-page/find-panel-anchor';

const placement = { anchor: {} as Element, position: 'after' } satisfies PanelPlacement;
const contactPage = { onContactPage: true, placement: undefined, alwaysDocked: false };

function decider() {
  let now = 1000;
  const decide = createPanelTargetDecider(() => now);
  return { decide, advance: (ms: number) => (now += ms) };
}

describe('createPanelTargetDecider', () => {
  it('shows nothing off contact pages and anchors where an anchor is found', () => {
    const { decide } = decider();
    expect(decide({ ...contactPage, onContactPage: false })).toEqual({ kind: 'none' });
    expect(decide({ ...contactPage, placement })).toEqual({ kind: 'anchored', placement });
  });

  it('waits about 2 s for an anchor, then docks because the layout was not recognised', () => {
    const { decide, advance } = decider();
    expect(decide(contactPage)).toEqual({ kind: 'wait', retryInMs: DOCK_AFTER_MS });
    advance(1500);
    expect(decide(contactPage)).toEqual({ kind: 'wait', retryInMs: 500 });
    advance(500);
    expect(decide(contactPage)).toEqual({ kind: 'docked', reason: 'unrecognised' });
  });

  it('stays docked on the next contact at once, and re-anchors as soon as an anchor appears', () => {
    const { decide, advance } = decider();
    decide(contactPage);
    advance(DOCK_AFTER_MS);
    expect(decide(contactPage).kind).toBe('docked');
    expect(decide({ ...contactPage, onContactPage: false })).toEqual({ kind: 'none' });
    expect(decide(contactPage)).toEqual({ kind: 'docked', reason: 'unrecognised' });
    expect(decide({ ...contactPage, placement })).toEqual({ kind: 'anchored', placement });
    // Recognised again: a later page without an anchor waits before docking, as on the first one.
    expect(decide(contactPage).kind).toBe('wait');
  });

  it('docks at once, anchor or not, when the user chose Always docked', () => {
    const { decide } = decider();
    expect(decide({ ...contactPage, placement, alwaysDocked: true })).toEqual({ kind: 'docked', reason: 'chosen' });
    expect(decide({ ...contactPage, onContactPage: false, alwaysDocked: true })).toEqual({ kind: 'none' });
  });
});
