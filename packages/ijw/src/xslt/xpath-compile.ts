/**
 * XPath 1.0 compiled to closures. The `xpath` package parses (its grammar is complete and tested);
 * this file turns its syntax tree into functions over the DOM. Node-sets are arrays in document
 * order, ordered by an index given to every node once per document, which keeps sibling and
 * ancestor axes linear: the package's own evaluator orders sets by walking the tree per comparison.
 */
import type { Element, Node } from '@xmldom/xmldom';
import { XsltError } from './errors.ts';
import { axisNodes, compileTest, isReverse, type ParsedNodeTest, parentOf } from './xpath-axes.ts';
import { parse } from './xpath-lib.ts';
import {
  ATTRIBUTE,
  type Compiled,
  compare,
  ELEMENT,
  type Env,
  type Op,
  PI,
  sortUnique,
  stringToNumber,
  stringValue,
  toBool,
  toNum,
  toStr,
  type Value,
} from './xpath-values.ts';

// ---- compilation of the parsed expression ----

// biome-ignore lint/suspicious/noExplicitAny: the `xpath` package's syntax tree is untyped
type Ast = any;

export function compileXPath(source: string, namespaces: Record<string, string>): Compiled {
  return compileNode(parse(source).expression.expression, namespaces);
}

function compileNode(e: Ast, ns: Record<string, string>): Compiled {
  const kind: string = e.constructor.name;
  switch (kind) {
    case 'XString': {
      const s: string = e.str;
      return () => s;
    }
    case 'XNumber': {
      const n: number = e.num;
      return () => n;
    }
    case 'VariableReference': {
      const name: string = e.variable;
      return (_n, _p, _s, env) => env.variable(name);
    }
    case 'OrOperation': {
      const l = compileNode(e.lhs, ns);
      const r = compileNode(e.rhs, ns);
      return (n, p, s, env) => toBool(l(n, p, s, env)) || toBool(r(n, p, s, env));
    }
    case 'AndOperation': {
      const l = compileNode(e.lhs, ns);
      const r = compileNode(e.rhs, ns);
      return (n, p, s, env) => toBool(l(n, p, s, env)) && toBool(r(n, p, s, env));
    }
    case 'EqualsOperation':
      return comparison('=', e, ns);
    case 'NotEqualOperation':
      return comparison('!=', e, ns);
    case 'LessThanOperation':
      return comparison('<', e, ns);
    case 'LessThanOrEqualOperation':
      return comparison('<=', e, ns);
    case 'GreaterThanOperation':
      return comparison('>', e, ns);
    case 'GreaterThanOrEqualOperation':
      return comparison('>=', e, ns);
    case 'PlusOperation':
      return arithmetic(e, ns, (a, b) => a + b);
    case 'MinusOperation':
      return arithmetic(e, ns, (a, b) => a - b);
    case 'MultiplyOperation':
      return arithmetic(e, ns, (a, b) => a * b);
    case 'DivOperation':
      return arithmetic(e, ns, (a, b) => a / b);
    case 'ModOperation':
      return arithmetic(e, ns, (a, b) => a % b);
    case 'UnaryMinusOperation': {
      const r = compileNode(e.rhs, ns);
      return (n, p, s, env) => -toNum(r(n, p, s, env));
    }
    case 'BarOperation': {
      const l = compileNode(e.lhs, ns);
      const r = compileNode(e.rhs, ns);
      return (n, p, s, env) => {
        const a = l(n, p, s, env);
        const b = r(n, p, s, env);
        if (!Array.isArray(a) || !Array.isArray(b)) throw new XsltError('| needs node-sets');
        return sortUnique([...a, ...b]);
      };
    }
    case 'FunctionCall':
      return functionCall(e, ns);
    case 'PathExpr':
      return pathExpr(e, ns);
    case 'LocationPath':
      return pathExpr({ locationPath: e }, ns);
    default:
      throw new XsltError(`unsupported XPath construct ${kind}`);
  }
}

function comparison(op: Op, e: Ast, ns: Record<string, string>): Compiled {
  const l = compileNode(e.lhs, ns);
  const r = compileNode(e.rhs, ns);
  return (n, p, s, env) => compare(op, l(n, p, s, env), r(n, p, s, env));
}

function arithmetic(e: Ast, ns: Record<string, string>, f: (a: number, b: number) => number): Compiled {
  const l = compileNode(e.lhs, ns);
  const r = compileNode(e.rhs, ns);
  return (n, p, s, env) => f(toNum(l(n, p, s, env)), toNum(r(n, p, s, env)));
}

type Predicate = Compiled;

/** Keeps the nodes (in axis order) for which the predicate holds; a number compares with the position. */
function filter(nodes: Node[], predicate: Predicate, env: Env): Node[] {
  const out: Node[] = [];
  const size = nodes.length;
  for (let i = 0; i < size; i++) {
    const node = nodes[i] as Node;
    const v = predicate(node, i + 1, size, env);
    if (typeof v === 'number' ? v === i + 1 : toBool(v)) out.push(node);
  }
  return out;
}

function compileStep(step: Ast, ns: Record<string, string>): (input: Node[], env: Env) => Node[] {
  const axis: number = step.axis;
  const principal = axis === 2 ? ATTRIBUTE : ELEMENT;
  const test = compileTest(step.nodeTest as ParsedNodeTest, principal, ns);
  const predicates: Predicate[] = (step.predicates as Ast[]).map((p) => compileNode(p, ns));
  const reverse = isReverse(axis);
  return (input, env) => {
    let result: Node[] = [];
    for (const n of input) {
      if (predicates.length === 0) {
        axisNodes(axis, n, test, result);
        continue;
      }
      let selected: Node[] = [];
      axisNodes(axis, n, test, selected);
      for (const p of predicates) selected = filter(selected, p, env);
      for (const s of selected) result.push(s);
    }
    if (input.length > 1 || reverse || axis === 6 || axis === 10) result = sortUnique(result);
    return result;
  };
}

function pathExpr(e: Ast, ns: Record<string, string>): Compiled {
  const steps = e.locationPath ? (e.locationPath.steps as Ast[]).map((s) => compileStep(s, ns)) : [];
  const absolute: boolean = e.locationPath?.absolute ?? false;
  const start = e.filter ? compileNode(e.filter, ns) : undefined;
  const filterPredicates: Predicate[] = ((e.filterPredicates ?? []) as Ast[]).map((p) => compileNode(p, ns));
  if (start && steps.length === 0 && filterPredicates.length === 0) return start;
  return (node, position, size, env) => {
    let nodes: Node[];
    if (start) {
      const v = start(node, position, size, env);
      if (!Array.isArray(v)) throw new XsltError('a path must start from a node-set');
      nodes = v;
      for (const p of filterPredicates) nodes = filter(nodes, p, env);
    } else if (absolute) {
      let root: Node = node;
      for (let p = parentOf(root); p; p = parentOf(p)) root = p;
      nodes = [root];
    } else nodes = [node];
    for (const step of steps) {
      if (nodes.length === 0) return nodes;
      nodes = step(nodes, env);
    }
    return nodes;
  };
}

function functionCall(e: Ast, ns: Record<string, string>): Compiled {
  const name: string = e.functionName;
  const args: Compiled[] = (e.arguments as Ast[]).map((a) => compileNode(a, ns));
  const [a0, a1, a2] = args;
  const arg = (c: Compiled | undefined, fallback: Compiled): Compiled => c ?? fallback;
  const self: Compiled = (n) => [n];
  const str =
    (c: Compiled): Compiled =>
    (n, p, s, env) =>
      toStr(c(n, p, s, env));
  switch (name) {
    case 'current':
      return (_n, _p, _s, env) => [env.current];
    case 'position':
      return (_n, p) => p;
    case 'last':
      return (_n, _p, s) => s;
    case 'count':
      return (n, p, s, env) => nodesOf(a0, n, p, s, env).length;
    case 'local-name':
    case 'name':
    case 'namespace-uri':
      return (n, p, s, env) => {
        const set = a0 ? nodesOf(a0, n, p, s, env) : [n];
        const x = set[0] as Element | undefined;
        if (!x || (x.nodeType !== ELEMENT && x.nodeType !== ATTRIBUTE && x.nodeType !== PI)) return '';
        if (name === 'local-name') return x.localName ?? x.nodeName;
        if (name === 'name') return x.nodeName;
        return x.namespaceURI ?? '';
      };
    case 'string':
      return str(arg(a0, self));
    case 'concat':
      return (n, p, s, env) => args.map((c) => toStr(c(n, p, s, env))).join('');
    case 'starts-with':
      return two(a0, a1, (x, y) => x.startsWith(y));
    case 'contains':
      return two(a0, a1, (x, y) => x.includes(y));
    case 'substring-before':
      return two(a0, a1, (x, y) => {
        const i = x.indexOf(y);
        return i < 0 ? '' : x.slice(0, i);
      });
    case 'substring-after':
      return two(a0, a1, (x, y) => {
        const i = x.indexOf(y);
        return i < 0 ? '' : x.slice(i + y.length);
      });
    case 'substring':
      return (n, p, s, env) => {
        const text = toStr(need(a0)(n, p, s, env));
        const start = round(toNum(need(a1)(n, p, s, env)));
        const end = a2 ? start + round(toNum(a2(n, p, s, env))) : Number.POSITIVE_INFINITY;
        let out = '';
        const chars = Array.from(text);
        for (let i = 0; i < chars.length; i++) {
          const pos = i + 1;
          if (pos >= start && pos < end) out += chars[i];
        }
        return out;
      };
    case 'string-length':
      return (n, p, s, env) => Array.from(toStr(arg(a0, self)(n, p, s, env))).length;
    case 'normalize-space':
      return (n, p, s, env) =>
        toStr(arg(a0, self)(n, p, s, env))
          .replace(/[\x20\t\r\n]+/g, ' ')
          .replace(/^ | $/g, '');
    case 'translate':
      return (n, p, s, env) => {
        const text = Array.from(toStr(need(a0)(n, p, s, env)));
        const from = Array.from(toStr(need(a1)(n, p, s, env)));
        const to = Array.from(toStr(need(a2)(n, p, s, env)));
        let out = '';
        for (const ch of text) {
          const i = from.indexOf(ch);
          if (i < 0) out += ch;
          else if (i < to.length) out += to[i];
        }
        return out;
      };
    case 'boolean':
      return (n, p, s, env) => toBool(need(a0)(n, p, s, env));
    case 'not':
      return (n, p, s, env) => !toBool(need(a0)(n, p, s, env));
    case 'true':
      return () => true;
    case 'false':
      return () => false;
    case 'number':
      return (n, p, s, env) => toNum(arg(a0, self)(n, p, s, env));
    case 'sum':
      return (n, p, s, env) => {
        let total = 0;
        for (const x of nodesOf(a0, n, p, s, env)) total += stringToNumber(stringValue(x));
        return total;
      };
    case 'floor':
      return (n, p, s, env) => Math.floor(toNum(need(a0)(n, p, s, env)));
    case 'ceiling':
      return (n, p, s, env) => Math.ceil(toNum(need(a0)(n, p, s, env)));
    case 'round':
      return (n, p, s, env) => round(toNum(need(a0)(n, p, s, env)));
    default:
      throw new XsltError(`unsupported XPath function ${name}()`);
  }
}

function need(c: Compiled | undefined): Compiled {
  if (!c) throw new XsltError('missing function argument');
  return c;
}

function two(a: Compiled | undefined, b: Compiled | undefined, f: (x: string, y: string) => Value): Compiled {
  const x = need(a);
  const y = need(b);
  return (n, p, s, env) => f(toStr(x(n, p, s, env)), toStr(y(n, p, s, env)));
}

function nodesOf(c: Compiled | undefined, n: Node, p: number, s: number, env: Env): Node[] {
  const v = need(c)(n, p, s, env);
  if (!Array.isArray(v)) throw new XsltError('argument must be a node-set');
  return v;
}

/** XPath round(): halves go up, NaN and infinities stay. */
function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  return Math.floor(x + 0.5);
}
