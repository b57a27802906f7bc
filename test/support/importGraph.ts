/**
 * The repository's import graph, for the no-cycle check: every TypeScript file is a node, every import,
 * export-from and dynamic import of another file of ours an edge (type-only imports count too: a cycle
 * of types is still two modules that cannot be understood one without the other).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** Builds the graph of `files` (absolute paths), resolving specifiers the way the compiler does. */
export function buildImportGraph(files: readonly string[], root: string, options: ts.CompilerOptions): ImportGraph {
  const graph = new Map<string, string[]>();
  const host = ts.createCompilerHost(options);
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const resolved = ts.resolveModuleName(fileName, file, options, host).resolvedModule?.resolvedFileName;
      if (!resolved || resolved.includes(`${path.sep}node_modules${path.sep}`) || !resolved.startsWith(root) || resolved.endsWith('.d.ts')) return [];
      return [path.normalize(resolved)];
    });
    graph.set(path.normalize(file), [...new Set(targets)]);
  }
  return graph;
}

/** Every strongly connected component of more than one file, or of one file importing itself (Tarjan). */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;

  const visit = (node: string): void => {
    index.set(node, next);
    lowLink.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(target)!));
      }
    }
    if (lowLink.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };

  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
