/** Where the panel goes: the element it is placed against, and how. */
export interface PanelPlacement {
  anchor: Element;
  /** `last`: appended inside the anchor; `after`: inserted right after it. */
  position: 'last' | 'after';
}

/** A place the panel could go, with the score that ranks it and the cues that earned the score. */
export interface AnchorCandidate extends PanelPlacement {
  score: number;
  cues: string[];
}

/** What the extension already knows about the contact on screen. */
export interface PageHints {
  /** The contact's name as the background holds it for the route's key. */
  contactName?: string;
}

// Karbon's real markup is not public and changes without notice, so anchors are found by what Karbon shows people
// (shared/reference/karbon-ui.md §3-§4): the contact's name as the page heading, the Timeline / Details tab bar, and
// the Details tab's section headings; ARIA landmarks add weight, and class names chosen by analogy come last.
// Karbon shows its own "Xero Client" block at the bottom of the Details sections (§5), so there the panel is the last
// section; on other tabs it sits right under the contact's header.
const SECTION_TITLES = new Set([
  'accounting details',
  'client team',
  'billing',
  'privacy',
  'contact details',
  'contact card',
  'other contacts involved',
  'connected applications',
]);
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';
const TOP_HEADINGS = 'h1,[role="heading"][aria-level="1"]';
const TABS = 'a,button,[role="tab"]';
const DETAILS_CLASSES = '.contact-details,[data-test="contact-details"]';
const HEADER_CLASSES = '.contact-hero-panel';
/** A contact header holds a name, a few labels and the tabs; a block with more text than this is the page around it. */
const HEADER_MAX_TEXT = 600;
/** Two or more known section headings under one parent make a Details tab. */
const MIN_SECTIONS = 2;
/** Weights: a Details placement always beats a header one; text people see beats structure; class names add least. */
const SCORE = {
  details: 20,
  section: 10,
  name: 12,
  topHeading: 6,
  tabBar: 10,
  tabRole: 2,
  landmark: 2,
  className: 3,
} as const;

const norm = (value: string | null | undefined) =>
  (value ?? '')
    .toLowerCase()
    // Non-ASCII letters are kept as they are (a `\p{L}` class would add kilobytes to the content script).
    .replace(/[^a-z0-9\u00c0-\uffff]+/g, ' ')
    .trim();

/** Every place the panel could go on this page, best first (empty while the page shows nothing recognisable). */
export function scorePanelAnchors(root: ParentNode, hints: PageHints = {}): AnchorCandidate[] {
  const main = root.querySelector('main,[role="main"]');
  const scope = main ?? root;
  const found = { last: new Map<Element, AnchorCandidate>(), after: new Map<Element, AnchorCandidate>() };
  const add = (anchor: Element, position: PanelPlacement['position'], score: number, cue: string) => {
    const known = found[position].get(anchor) ?? {
      anchor,
      position,
      score: main ? SCORE.landmark : 0,
      cues: main ? ['main landmark'] : [],
    };
    known.score += score;
    known.cues.push(cue);
    found[position].set(anchor, known);
  };

  const details = detailsContainers(scope);
  for (const [container, count] of details) {
    add(container, 'last', SCORE.details + count * SCORE.section, `${count} section headings`);
    if (container.matches(DETAILS_CLASSES) || container.getAttribute('role') === 'tabpanel')
      add(container, 'last', SCORE.className, 'details class or tab panel');
  }

  const header = headerOf(scope, hints, [...details.keys()]);
  if (header) for (const cue of header.cues) add(header.anchor, 'after', cue[1], cue[0]);

  for (const known of scope.querySelectorAll(DETAILS_CLASSES)) add(known, 'last', SCORE.className, 'class name');
  for (const known of scope.querySelectorAll(HEADER_CLASSES)) add(known, 'after', SCORE.className, 'class name');
  return [...found.last.values(), ...found.after.values()].sort((a, b) => b.score - a.score);
}

/** Finds where the panel belongs on a Karbon contact page, or undefined when no anchor is recognised. */
export function findPanelPlacement(root: ParentNode, hints: PageHints = {}): PanelPlacement | undefined {
  const best = scorePanelAnchors(root, hints)[0];
  return best && { anchor: best.anchor, position: best.position };
}

/** True when `host` already sits where `placement` says. */
export function isPlaced(host: Element, placement: PanelPlacement): boolean {
  return placement.position === 'last'
    ? host.parentElement === placement.anchor
    : host.previousElementSibling === placement.anchor;
}

/** Parents of two or more blocks that each hold one known section heading, with how many they hold. */
function detailsContainers(scope: ParentNode): Map<Element, number> {
  const headings = [...scope.querySelectorAll(HEADINGS)].filter((h) => SECTION_TITLES.has(norm(h.textContent)));
  const counts = new Map<Element, number>();
  for (const heading of headings) {
    // The section's block is the largest ancestor that holds no other known heading; its parent stacks the sections.
    let block: Element = heading;
    while (block.parentElement && !headings.some((o) => o !== heading && block.parentElement!.contains(o)))
      block = block.parentElement;
    const container = block.parentElement;
    if (container) counts.set(container, (counts.get(container) ?? 0) + 1);
  }
  for (const [container, count] of counts) if (count < MIN_SECTIONS) counts.delete(container);
  return counts;
}

/** The contact's header: the block holding the name heading and the Timeline / Details tab bar, with its cues. */
function headerOf(
  scope: ParentNode,
  hints: PageHints,
  detailsContainers: Element[],
): { anchor: Element; cues: [string, number][] } | undefined {
  const name = norm(hints.contactName);
  const byName = name ? [...scope.querySelectorAll(HEADINGS)].find((h) => norm(h.textContent) === name) : undefined;
  const heading = byName ?? scope.querySelector(TOP_HEADINGS) ?? undefined;
  const tabs = tabBar(scope);
  const cues: [string, number][] = [];
  if (byName) cues.push(['contact name heading', SCORE.name]);
  else if (heading) cues.push(['top heading', SCORE.topHeading]);
  if (tabs)
    cues.push(['Timeline / Details tabs', SCORE.tabBar + (tabs.matches('[role="tablist"]') ? SCORE.tabRole : 0)]);
  if (!heading && !tabs) return undefined;
  // A header that holds the Details sections too is the whole page: then the panel goes right under the tab bar.
  const common = heading && tabs ? commonAncestor(heading, tabs) : undefined;
  const block = common ?? tabs ?? heading!.closest('header,[role="banner"]') ?? heading!;
  const tooBig =
    block === scope ||
    block.matches('body,main,[role="main"]') ||
    (block.textContent?.length ?? 0) > HEADER_MAX_TEXT ||
    detailsContainers.some((d) => block.contains(d));
  return { anchor: tooBig ? (tabs ?? heading!) : block, cues };
}

/** The nearest element holding both a "Timeline" and a "Details" tab (links, buttons or ARIA tabs). */
function tabBar(scope: ParentNode): Element | undefined {
  const tabs = [...scope.querySelectorAll(TABS)];
  const timeline = tabs.filter((t) => norm(t.textContent) === 'timeline');
  const details = tabs.filter((t) => norm(t.textContent) === 'details');
  for (const tab of details) {
    for (let bar = tab.parentElement, depth = 0; bar && depth < 4; bar = bar.parentElement, depth++)
      if (timeline.some((t) => bar!.contains(t))) return bar;
  }
  return undefined;
}

function commonAncestor(a: Element, b: Element): Element | undefined {
  for (let node: Element | null = a; node; node = node.parentElement) if (node.contains(b)) return node;
  return undefined;
}
