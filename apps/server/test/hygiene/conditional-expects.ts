import ts from 'typescript';

interface Finding {
  file: string;
  line: number;
  title: string;
}

const TEST_FUNCTIONS = new Set(['it', 'test']);

/** `it`, `it.each(...)`, `it.skipIf(...)`, `test.concurrent` …: the name at the root of the callee. */
function rootName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return rootName(expression.expression);
  if (ts.isCallExpression(expression)) return rootName(expression.expression);
  return undefined;
}

function isExpectCall(node: ts.Node): node is ts.CallExpression {
  return ts.isCallExpression(node) && rootName(node.expression) === 'expect';
}

/** True when `node` only runs on some paths of `body`: in an if/else branch, a ?: branch, a catch, or after && / ||. */
function isGuarded(node: ts.Node, body: ts.Node): boolean {
  let child = node;
  for (let parent = node.parent; parent && child !== body; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression) return true;
    if (ts.isConditionalExpression(parent) && child !== parent.condition) return true;
    if (ts.isCatchClause(parent)) return true;
    if (
      ts.isBinaryExpression(parent) &&
      child === parent.right &&
      [
        ts.SyntaxKind.AmpersandAmpersandToken,
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.QuestionQuestionToken,
      ].includes(parent.operatorToken.kind)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Tests whose every `expect` sits behind a condition or in a `catch`: when the condition is never
 * true (or nothing throws) they pass without checking anything.
 */
export function findConditionalOnlyExpects(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && TEST_FUNCTIONS.has(rootName(node.expression) ?? '')) {
      const body = node.arguments.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
      if (body) {
        const expects: ts.CallExpression[] = [];
        const collect = (n: ts.Node) => {
          if (isExpectCall(n)) expects.push(n);
          ts.forEachChild(n, collect);
        };
        collect(body);
        if (expects.length > 0 && expects.every((e) => isGuarded(e, body))) {
          const title = node.arguments[0];
          findings.push({
            file,
            line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            title: title && ts.isStringLiteralLike(title) ? title.text : (title?.getText() ?? ''),
          });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
