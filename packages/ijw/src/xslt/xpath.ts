/** Variables in scope for XPath evaluation inside a transform. */
import type { Node } from '@xmldom/xmldom';
import { XsltError } from './errors.ts';
import type { Compiled, Env, Value } from './xpath-values.ts';

/** Variables in scope: a linked list, so entering a scope allocates one cell and never copies. */
export interface Scope {
  readonly name: string;
  readonly value: Value;
  readonly parent: Scope | null;
}

export class XPathRunner implements Env {
  current!: Node;
  private scope: Scope | null = null;
  readonly globals = new Map<string, Value>();

  variable(name: string): Value {
    for (let s = this.scope; s; s = s.parent) if (s.name === name) return s.value;
    return this.global(name);
  }

  global(name: string): Value {
    const value = this.globals.get(name);
    if (value === undefined) throw new XsltError(`undeclared variable $${name}`);
    return value;
  }

  /**
   * Evaluates `expr` on `node`. Evaluation never re-enters the XSLT engine, so one environment is
   * reused and the scope is swapped in for the call.
   */
  evaluate(expr: Compiled, node: Node, scope: Scope | null = null): Value {
    const savedScope = this.scope;
    const savedCurrent = this.current;
    this.scope = scope;
    this.current = node;
    try {
      return expr(node, 1, 1, this);
    } finally {
      this.scope = savedScope;
      this.current = savedCurrent;
    }
  }
}
