// Typing for the parts of the `xpath` package's evaluator this engine drives directly (its own d.ts
// covers only the convenience API): compiled expressions, the evaluation context and XPath values.
import type { Node } from '@xmldom/xmldom';
import 'xpath';

declare module 'xpath' {
  interface XPathValue {
    stringValue(): string;
    numberValue(): number;
    booleanValue(): boolean;
    nodeset(): XNodeSet;
  }
  class XNodeSet implements XPathValue {
    stringValue(): string;
    numberValue(): number;
    booleanValue(): boolean;
    nodeset(): XNodeSet;
    add(n: Node): void;
    addArray(ns: Node[]): void;
    toArray(): Node[];
    size: number;
  }
  class XString implements XPathValue {
    constructor(s: string);
    stringValue(): string;
    numberValue(): number;
    booleanValue(): boolean;
    nodeset(): XNodeSet;
  }
  class XNumber implements XPathValue {
    constructor(n: number);
    stringValue(): string;
    numberValue(): number;
    booleanValue(): boolean;
    nodeset(): XNodeSet;
  }
  class XBoolean implements XPathValue {
    constructor(b: boolean);
    stringValue(): string;
    numberValue(): number;
    booleanValue(): boolean;
    nodeset(): XNodeSet;
  }
  interface VariableResolverLike {
    getVariable(localName: string, namespace: string): XPathValue | undefined;
  }
  interface NamespaceResolverLike {
    getNamespace(prefix: string, node: Node | undefined): string | null;
  }
  class FunctionResolver {
    addFunction(ns: string, localName: string, f: (c: XPathContext, ...args: unknown[]) => XPathValue): void;
    getFunction(localName: string, namespace: string): unknown;
  }
  class XPathContext {
    constructor(vr?: VariableResolverLike, nr?: NamespaceResolverLike, fr?: FunctionResolver);
    expressionContextNode: Node;
    contextNode: Node;
  }
  interface CompiledXPath {
    expression: { evaluate(c: XPathContext): XPathValue };
  }
  function parse(expression: string): CompiledXPath;
}
