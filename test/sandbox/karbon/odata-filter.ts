// The subset of OData `$filter` Karbon documents: `eq`, `contains()` and `and` on a few properties (reference B2).
import type { SandboxResponse } from '../core/types';
import { errors } from './errors';

export interface FilterTerm {
  property: string;
  op: 'eq' | 'contains';
  value: string | null;
}

export interface FilterRules {
  /** The summary DTO named in Karbon's unknown-property error. */
  dto: string;
  /** Properties usable with `eq`, and the subset usable with `contains()`. */
  eq: readonly string[];
  contains: readonly string[];
  /** Properties of the DTO that exist but cannot be filtered on. */
  known: readonly string[];
}

type Token = { kind: 'ident' | 'string' | 'number' | 'punct'; text: string; pos: number };

const OPERATOR_NAMES: Record<string, string> = {
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
  has: 'Has',
  in: 'In',
};
const KNOWN_FUNCTIONS = ['contains', 'startswith', 'endswith', 'tolower', 'toupper', 'trim', 'length', 'indexof'];

class FilterError extends Error {
  constructor(readonly response: SandboxResponse) {
    super('filter');
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if ('(),'.includes(ch)) {
      tokens.push({ kind: 'punct', text: ch, pos: i });
      i++;
    } else if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw syntax(text, i);
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j++;
      }
      tokens.push({ kind: 'string', text: value, pos: i });
      i = j + 1;
    } else {
      const match = /^(?:[A-Za-z_][A-Za-z0-9_.]*|-?\d+(?:\.\d+)?)/.exec(text.slice(i));
      if (!match) throw syntax(text, i);
      tokens.push({ kind: /^[-\d]/.test(match[0]) ? 'number' : 'ident', text: match[0], pos: i });
      i += match[0].length;
    }
  }
  return tokens;
}

function syntax(text: string, pos: number): FilterError {
  return new FilterError(errors.badRequest(`Syntax error at position ${pos + 1} in '${text}'.`));
}

/** Parses `$filter` into AND-ed terms, or answers the error Karbon documents for what it does not support. */
export function parseFilter(text: string, rules: FilterRules): FilterTerm[] | SandboxResponse {
  try {
    const parser = new Parser(text, tokenize(text), rules);
    const terms = parser.expression();
    parser.end();
    return terms;
  } catch (error) {
    if (error instanceof FilterError) return error.response;
    throw error;
  }
}

class Parser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly rules: FilterRules,
  ) {}

  end(): void {
    const token = this.tokens[this.i];
    if (token) throw syntax(this.text, token.pos);
  }

  expression(): FilterTerm[] {
    const terms = this.conjunction();
    if (this.peekWord('or')) throw new FilterError(errors.logicalOperator('Or'));
    return terms;
  }

  private conjunction(): FilterTerm[] {
    const terms = this.unary();
    while (this.peekWord('and')) {
      this.i++;
      terms.push(...this.unary());
    }
    return terms;
  }

  private unary(): FilterTerm[] {
    const token = this.next();
    if (token.kind === 'punct' && token.text === '(') {
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    if (token.kind !== 'ident') throw syntax(this.text, token.pos);
    if (token.text.toLowerCase() === 'not') throw new FilterError(errors.logicalOperator('Not'));
    const following = this.tokens[this.i];
    if (following?.kind === 'punct' && following.text === '(') return [this.call(token)];
    return [this.comparison(token)];
  }

  private call(name: Token): FilterTerm {
    const fn = name.text.toLowerCase();
    if (!KNOWN_FUNCTIONS.includes(fn)) throw syntax(this.text, name.pos);
    if (fn !== 'contains') throw new FilterError(errors.queryFunction(fn));
    this.expect('(');
    const property = this.next();
    if (property.kind !== 'ident') throw syntax(this.text, property.pos);
    this.checkProperty(property.text);
    if (!this.rules.contains.includes(property.text)) throw new FilterError(errors.queryFunction('contains'));
    this.expect(',');
    const value = this.next();
    if (value.kind !== 'string') throw syntax(this.text, value.pos);
    this.expect(')');
    return { property: property.text, op: 'contains', value: value.text };
  }

  private comparison(property: Token): FilterTerm {
    this.checkProperty(property.text);
    const op = this.next();
    if (op.kind !== 'ident') throw syntax(this.text, op.pos);
    const opName = op.text.toLowerCase();
    if (OPERATOR_NAMES[opName]) throw new FilterError(errors.logicalOperator(OPERATOR_NAMES[opName]));
    if (opName !== 'eq') throw syntax(this.text, op.pos);
    const value = this.next();
    if (value.kind === 'ident' && value.text === 'null') return { property: property.text, op: 'eq', value: null };
    if (value.kind === 'number')
      throw new FilterError(
        errors.badRequest(
          "A binary operator with incompatible types was detected. Found operand types 'Edm.String' and 'Edm.Int32' for operator kind 'Equal'.",
        ),
      );
    if (value.kind !== 'string') throw syntax(this.text, value.pos);
    return { property: property.text, op: 'eq', value: value.text };
  }

  private checkProperty(name: string): void {
    if (this.rules.eq.includes(name)) return;
    if (this.rules.known.includes(name))
      throw new FilterError(errors.badRequest(`The property '${name}' cannot be used in the $filter query option.`));
    throw new FilterError(errors.filterProperty(name, this.rules.dto));
  }

  private peekWord(word: string): boolean {
    const token = this.tokens[this.i];
    return token?.kind === 'ident' && token.text.toLowerCase() === word;
  }

  private next(): Token {
    const token = this.tokens[this.i++];
    if (!token) throw syntax(this.text, this.text.length);
    return token;
  }

  private expect(punct: string): void {
    const token = this.next();
    if (token.kind !== 'punct' || token.text !== punct) throw syntax(this.text, token.pos);
  }
}
