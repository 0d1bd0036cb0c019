import type { RunPlan } from '../lib/background/run-report';
import { formatEstimate } from '../lib/state/format-duration';
import type { RunEstimate } from '../lib/sync/estimate';

const TYPE_WORDS = { contact: 'Person', organization: 'Organization' } as const;

function More({ count }: { count: number }) {
  return count > 0 ? <li class="kxs-muted">…and {count} more</li> : null;
}

/** What a Preview found: the contacts a real sync would link, create (with Person/Organization and why) and flag. */
export function PreviewLists({ plan, estimate }: { plan: RunPlan; estimate: RunEstimate | undefined }) {
  return (
    <div class="kxs-preview" aria-label="Preview lists" role="region">
      {estimate && <p class="kxs-muted">{formatEstimate(estimate)}</p>}
      <details class="kxs-details" open={plan.links.length > 0 && plan.links.length <= 10}>
        <summary>Would link ({plan.links.length + plan.more.links})</summary>
        <ul class="kxs-plan" aria-label="Would link">
          {plan.links.map((l, i) => (
            <li key={i}>
              {l.xeroName} <span class="kxs-muted">(Xero) ↔ {l.karbonName} (Karbon)</span>
            </li>
          ))}
          <More count={plan.more.links} />
        </ul>
      </details>
      <details class="kxs-details" open={plan.creates.length > 0 && plan.creates.length <= 10}>
        <summary>Would create in Karbon ({plan.creates.length + plan.more.creates})</summary>
        <ul class="kxs-plan" aria-label="Would create in Karbon">
          {plan.creates.map((c, i) => (
            <li key={i}>
              {c.name} <span class="kxs-pill kxs-pill--blue">{TYPE_WORDS[c.type]}</span>{' '}
              <span class="kxs-muted">{c.why}</span>
            </li>
          ))}
          <More count={plan.more.creates} />
        </ul>
      </details>
      <details class="kxs-details" open={plan.flags.length > 0 && plan.flags.length <= 10}>
        <summary>Would flag for review ({plan.flags.length + plan.more.flags})</summary>
        <ul class="kxs-plan" aria-label="Would flag for review">
          {plan.flags.map((f, i) => (
            <li key={i}>
              {f.name} <span class="kxs-muted">vs {f.candidates.join(', ') || 'no Karbon contact'}</span>
            </li>
          ))}
          <More count={plan.more.flags} />
        </ul>
      </details>
    </div>
  );
}
