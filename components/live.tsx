import { Component, type ComponentChildren, type ComponentType } from 'preact';
import type { Watchable } from '../lib/state/store';

/**
 * Makes `view` render again whenever one of the stores its props name announces a change (lib/state/store.ts); the
 * stores are those of the first render (a panel keeps its state object). A class, so the content script needs no
 * hooks module.
 */
export function live<P extends object>(
  view: (props: P) => ComponentChildren,
  stores: (props: P) => Watchable[],
): ComponentType<P> {
  return class Live extends Component<P> {
    private off: (() => void)[] = [];
    override componentDidMount() {
      this.off = stores(this.props).map((store) => store.subscribe(() => this.forceUpdate()));
    }
    override componentWillUnmount() {
      for (const off of this.off) off();
    }
    override render(props: P) {
      return view(props);
    }
  };
}
