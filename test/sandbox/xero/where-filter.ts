// Xero's `where` parameter: a C#-like expression over Contact fields, e.g. `Name.ToLower()=="acme ltd" OR
// EmailAddress=="a@b.com"` (reference xero-accounting.md §4 "where filters"). Equality is case-sensitive, as on Xero.

export class WhereParseError extends Error {}

type Value = string | number | boolean | null;
type Node =
  | { t: 'or' | 'and'; a: Node; b: Node }
  | { t: 'not'; a: Node }
  | { t: 'cmp'; op: string; left: Member; right: Value }
  | { t: 'test'; member: Member };
interface Member {
  field: string;
  calls: { name: string; arg?: string }[];
}
export type FieldReader = (field: string) => Value | undefined;

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|(==|!=|>=|<=|&&|\|\||[()><.,!])|([A-Za-z_][A-Za-z0-9_]*)|(-?\d+(?:\.\d+)?))/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (src.slice(pos).trim() === '') break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new WhereParseError(`Syntax error at position ${pos} in '${src}'`);
    out.push((m[1] ?? m[2] ?? m[3] ?? m[4]) as string);
    pos = TOKEN.lastIndex;
  }
  return out;
}

const STRING_METHODS = new Set(['tolower', 'toupper', 'trim']);
const TEST_METHODS = new Set(['contains', 'startswith', 'endswith']);

/** Parses an expression; `knownField` rejects members the Contact type lacks. */
export function parseWhere(src: string, knownField: (f: string) => boolean): Node {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const take = () => {
    const t = tokens[i++];
    if (t === undefined) throw new WhereParseError(`Unexpected end of expression '${src}'`);
    return t;
  };
  const expect = (t: string) => {
    if (take() !== t) throw new WhereParseError(`'${t}' expected in '${src}'`);
  };
  const isWord = (w: string) => peek()?.toUpperCase() === w;

  function literal(): Value {
    const t = take();
    if (t.startsWith('"')) return JSON.parse(t) as string;
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    if (/^-?\d/.test(t)) return Number(t);
    if (t === 'Guid') {
      expect('(');
      const g = literal();
      expect(')');
      return typeof g === 'string' ? g.toLowerCase() : g;
    }
    if (t === 'DateTime') {
      expect('(');
      const parts: number[] = [];
      while (peek() !== ')') {
        const n = literal();
        if (typeof n !== 'number') throw new WhereParseError(`DateTime expects numbers in '${src}'`);
        parts.push(n);
        if (peek() === ',') take();
      }
      expect(')');
      const [y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0] = parts;
      return Date.UTC(y, mo - 1, d, h, mi, s);
    }
    throw new WhereParseError(`Unexpected '${t}' in '${src}'`);
  }

  function member(): Member {
    const field = take();
    if (!/^[A-Za-z_]/.test(field)) throw new WhereParseError(`Unexpected '${field}' in '${src}'`);
    if (!knownField(field)) throw new WhereParseError(`No property or field '${field}' exists in type 'Contact'`);
    const calls: Member['calls'] = [];
    while (peek() === '.') {
      take();
      const name = take().toLowerCase();
      expect('(');
      let arg: string | undefined;
      if (peek() !== ')') {
        const v = literal();
        if (typeof v !== 'string') throw new WhereParseError(`String argument expected in '${src}'`);
        arg = v;
      }
      expect(')');
      if (!STRING_METHODS.has(name) && !TEST_METHODS.has(name))
        throw new WhereParseError(`No applicable method '${name}' exists in type 'String'`);
      calls.push({ name, arg });
    }
    return { field, calls };
  }

  function primary(): Node {
    if (peek() === '(') {
      take();
      const n = orExpr();
      expect(')');
      return n;
    }
    if (peek() === '!' || isWord('NOT')) {
      take();
      return { t: 'not', a: primary() };
    }
    const left = member();
    const op = peek();
    if (op && ['==', '!=', '>', '<', '>=', '<='].includes(op)) {
      take();
      return { t: 'cmp', op, left, right: literal() };
    }
    return { t: 'test', member: left };
  }
  function andExpr(): Node {
    let n = primary();
    while (isWord('AND') || peek() === '&&') {
      take();
      n = { t: 'and', a: n, b: primary() };
    }
    return n;
  }
  function orExpr(): Node {
    let n = andExpr();
    while (isWord('OR') || peek() === '||') {
      take();
      n = { t: 'or', a: n, b: andExpr() };
    }
    return n;
  }
  const root = orExpr();
  if (i < tokens.length) throw new WhereParseError(`Unexpected '${tokens[i]}' in '${src}'`);
  return root;
}

function evalMember(m: Member, read: FieldReader): Value {
  let v: Value = read(m.field) ?? null;
  for (const c of m.calls) {
    const s = typeof v === 'string' ? v : v === null ? null : String(v);
    if (s === null) return null;
    if (c.name === 'tolower') v = s.toLowerCase();
    else if (c.name === 'toupper') v = s.toUpperCase();
    else if (c.name === 'trim') v = s.trim();
    else if (c.name === 'contains') v = s.includes(c.arg ?? '');
    else if (c.name === 'startswith') v = s.startsWith(c.arg ?? '');
    else if (c.name === 'endswith') v = s.endsWith(c.arg ?? '');
  }
  return v;
}

function compare(op: string, a: Value, b: Value): boolean {
  const x = a === '' ? null : a;
  if (op === '==') return x === b;
  if (op === '!=') return x !== b;
  if (x === null || b === null) return false;
  if (op === '>') return x > b;
  if (op === '<') return x < b;
  if (op === '>=') return x >= b;
  return x <= b;
}

export function evaluateWhere(node: Node, read: FieldReader): boolean {
  switch (node.t) {
    case 'or':
      return evaluateWhere(node.a, read) || evaluateWhere(node.b, read);
    case 'and':
      return evaluateWhere(node.a, read) && evaluateWhere(node.b, read);
    case 'not':
      return !evaluateWhere(node.a, read);
    case 'cmp':
      return compare(node.op, evalMember(node.left, read), node.right);
    case 'test':
      return evalMember(node.member, read) === true;
  }
}

export type WhereNode = Node;
