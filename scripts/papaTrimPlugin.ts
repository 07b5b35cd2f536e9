import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAst, type Plugin } from 'vite';

/** The part of PapaParse a module of ours uses: reading CSV text (parseCsv.ts) or writing it (csvOut.ts). */
export type PapaPart = 'parse' | 'unparse';

/** What neither part runs: web workers, and streaming from the network, files and Node streams. */
const WORKERS_AND_STREAMS = [
  'getWorkerBlob',
  'NetworkStreamer',
  'FileStreamer',
  'ReadableStreamStreamer',
  'DuplexStreamStreamer',
  'newWorker',
  'mainThreadReceivedMessage',
  'completeWorker',
  'notImplemented',
  'workerThreadReceivedMessage',
];

/**
 * The functions of PapaParse's module each part leaves out. Our reader calls PapaParse's Parser
 * directly, so it needs none of Papa.parse's own code (CsvToJson, the ParserHandle around the Parser
 * with its header, typing and delimiter guessing, and the streamers that feed it).
 */
export const LEFT_OUT: Record<PapaPart, string[]> = {
  parse: [
    ...WORKERS_AND_STREAMS,
    'JsonToCsv',
    'CsvToJson',
    'ChunkStreamer',
    'StringStreamer',
    'ParserHandle',
    'copy',
    'bindFunction',
  ],
  unparse: [
    ...WORKERS_AND_STREAMS,
    'CsvToJson',
    'stripBom',
    'ChunkStreamer',
    'StringStreamer',
    'ParserHandle',
    'Parser',
    'copy',
    'bindFunction',
  ],
};

const PARTS: [RegExp, PapaPart][] = [
  [/[\\/]src[\\/]lib[\\/]data[\\/]parseCsv\.ts$/, 'parse'],
  [/[\\/]src[\\/]lib[\\/]data[\\/]csvOut\.ts$/, 'unparse'],
];
const VIRTUAL = '\0papaparse:';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The name at the root of `a.b.c = …`, if the statement is such an assignment. */
function assignedRoot(statement: Node): string | undefined {
  if (statement.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression as Node;
  if (expression.type !== 'AssignmentExpression') return undefined;
  let target = expression.left as Node;
  while (target.type === 'MemberExpression') target = target.object as Node;
  return target.type === 'Identifier' ? (target.name as string) : undefined;
}

/**
 * PapaParse's module (papaparse.js, one UMD factory that the bundler cannot tree-shake) as an ES module
 * with only one part's code: each function `part` leaves out keeps its name and says, if ever called,
 * that it is not in this build; its prototype set-up goes. Throws if the installed PapaParse is not
 * shaped as this expects (a function to leave out not found), so an update cannot drop code silently.
 */
export function papaPart(source: string, part: PapaPart): string {
  const program = parseAst(source) as unknown as { body: Node[] };
  const call = (program.body[0] as Node | undefined)?.expression as Node | undefined;
  const factory = (call?.arguments as Node[] | undefined)?.[1];
  if (factory?.type !== 'FunctionExpression' || (factory.id as Node | null)?.name !== 'moduleFactory') {
    throw new Error('papaparse: its UMD factory (moduleFactory) was not found; see scripts/papaTrimPlugin.ts');
  }
  const body = (factory.body as { body: Node[] }).body;
  const leftOut = new Set(LEFT_OUT[part]);
  const edits: [number, number, string][] = [];
  for (const name of leftOut) {
    const declaration = body.find((s) => s.type === 'FunctionDeclaration' && (s.id as Node).name === name);
    if (!declaration) throw new Error(`papaparse: function ${name} was not found; see scripts/papaTrimPlugin.ts`);
    const block = declaration.body as Node;
    edits.push([block.start, block.end, `{ throw new Error("PapaParse's ${name} is not in this build"); }`]);
  }
  for (const statement of body) {
    const root = assignedRoot(statement);
    if (root && leftOut.has(root)) edits.push([statement.start, statement.end, '']);
  }
  const block = factory.body as Node;
  let inner = source.slice(block.start, block.end);
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    inner = inner.slice(0, start - block.start) + text + inner.slice(end - block.start);
  }
  const license = source.slice(0, (program.body[0] as Node).start).trim();
  return `${license}\nconst Papa = (function moduleFactory() ${inner})();\nexport default Papa;\n`;
}

/**
 * Keeps PapaParse's unused code out of the build (about 4.5 KB gzip a page): PapaParse ships as one
 * UMD file, all of it kept wherever it is imported. Our CSV reader (parseCsv.ts) gets its Parser only,
 * our CSV writer (csvOut.ts, loaded on demand) its writer only; neither gets its workers or streamers.
 * Any other importer gets PapaParse whole. Build only: tests, which do not bundle, run PapaParse itself.
 */
export function papaTrimPlugin(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'pak-aze-papa-trim',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'papaparse' || !importer) return null;
      const part = PARTS.find(([file]) => file.test(importer))?.[1];
      return part ? VIRTUAL + part : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const file = require.resolve('papaparse').replace(/[^\\/]+$/, 'papaparse.js');
      return papaPart(readFileSync(file, 'utf8'), id.slice(VIRTUAL.length) as PapaPart);
    },
  };
}
