import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEFT_OUT, papaPart, papaTrimPlugin, type PapaPart } from '../../scripts/papaTrimPlugin';
import { lineEnding } from '../../src/lib/data/parseCsv';

const source = readFileSync(
  createRequire(import.meta.url)
    .resolve('papaparse')
    .replace(/[^\\/]+$/, 'papaparse.js'),
  'utf8',
);

/** The part as the build makes it, run as a module. */
async function built(part: PapaPart): Promise<{ code: string; papa: typeof Papa }> {
  const code = papaPart(source, part);
  const file = join(mkdtempSync(join(tmpdir(), 'papa-trim-')), `papaparse-${part}.mjs`);
  writeFileSync(file, code);
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: typeof Papa };
  return { code, papa: module.default };
}

/** Every step PapaParse's Parser reports (rows, errors, cursor, line break), and its whole result. */
function reading(papa: typeof Papa, text: string, config: Papa.ParseConfig = {}) {
  const steps: unknown[] = [];
  new papa.Parser({
    ...config,
    step: (result: Papa.ParseStepResult<string[][]>) =>
      steps.push([result.data, result.errors, result.meta.cursor, result.meta.linebreak]),
  }).parse(text, 0, false);
  const whole: unknown = new papa.Parser(config).parse(text, 0, false);
  return { steps, whole };
}

const BAD_AND_ODD = [
  'a,b\n1,2\n',
  '\ufeffid,name\r\n1,"Baku, Azerbaijan"\r\n2,"say ""hi"""\r\n',
  'id,note\n1,"a line\nbreak"\n2,"never closed\n3,x\n',
  'id,n\n1,2,3\n\n4\n"x"y,5\n',
  'id,n\r1,2\r3,4',
  '',
  ' ,\n,,\n',
];

describe("PapaParse as the build gives it to our CSV reader (papaPart 'parse')", () => {
  it('reads every shipped CSV and every bad or odd input exactly as PapaParse does', async () => {
    const { papa } = await built('parse');
    const shipped = readdirSync('data')
      .filter((f) => f.endsWith('.csv'))
      .map((f) => readFileSync(join('data', f), 'utf8'));
    expect(shipped.length).toBeGreaterThanOrEqual(6);
    for (const text of [...shipped, ...BAD_AND_ODD]) {
      // parseCsv.ts's own options, the Parser's defaults, and others that take other paths through it.
      for (const config of [
        { delimiter: ',', newline: lineEnding(text) },
        {},
        { header: true, newline: '\r\n' },
        { delimiter: ';', comments: '#', fastMode: false },
      ] as Papa.ParseConfig[]) {
        expect(reading(papa, text, config)).toEqual(reading(Papa, text, config));
      }
    }
    // Not a case that passes by being empty: the unclosed quote is reported, with its row.
    expect(
      (reading(papa, 'id,note\n1,"a line\nbreak"\n2,"never closed\n3,x\n').whole as Papa.ParseResult<unknown>).errors,
    ).toEqual([expect.objectContaining({ code: 'MissingQuotes', row: 2, index: 28 })]);
  });

  it('leaves out Papa.parse, the writer, the workers and the streamers, each saying so if called', async () => {
    const { code, papa } = await built('parse');
    expect(() => papa.unparse([['a']])).toThrow("PapaParse's JsonToCsv is not in this build");
    expect(() => papa.parse('a,b')).toThrow("PapaParse's CsvToJson is not in this build");
    const handle = (papa as unknown as { ParserHandle: new (config: object) => unknown }).ParserHandle;
    expect(() => new handle({})).toThrow("PapaParse's ParserHandle is not in this build");
    expect(code).not.toMatch(
      /IS_PAPA_WORKER=true|downloadRequestHeaders|escapeFormulae|XMLHttpRequest|FileReader|guessDelimiter|dynamicTyping/,
    );
    expect(code).not.toContain('NetworkStreamer.prototype');
    expect(code.length).toBeLessThan(source.length * 0.4);
  });
});

describe("PapaParse as the build gives it to our CSV writer (papaPart 'unparse')", () => {
  it('writes what PapaParse writes: quotes, commas, line breaks, formulae, headers', async () => {
    const { papa } = await built('unparse');
    const inputs: [Papa.UnparseObject<unknown> | unknown[], Papa.UnparseConfig][] = [
      [
        {
          fields: ['id', 'note'],
          data: [
            ['t1', 'a, "quoted"\nline'],
            ['t2', ' lead'],
          ],
        },
        { newline: '\r\n', quotes: false },
      ],
      [
        [
          { a: 1, b: null },
          { a: '=SUM(A1)', b: true },
        ],
        { escapeFormulae: true },
      ],
      [
        [
          ['x', 'y'],
          [1.5, undefined],
        ],
        { quotes: true, delimiter: ';' },
      ],
    ];
    for (const [input, config] of inputs) expect(papa.unparse(input, config)).toBe(Papa.unparse(input, config));
    const rows = {
      fields: ['id', 'note'],
      data: [
        ['t1', 'a, "quoted"\nline'],
        ['t2', ' lead'],
      ],
    };
    expect(papa.unparse(rows, { newline: '\r\n', quotes: false })).toBe(
      'id,note\r\nt1,"a, ""quoted""\nline"\r\nt2," lead"',
    );
  });

  it('leaves out the reader, the workers and the streamers, each saying so if called', async () => {
    const { code, papa } = await built('unparse');
    expect(() => papa.parse('a,b')).toThrow("PapaParse's CsvToJson is not in this build");
    expect(code).not.toMatch(/guessDelimiter|MissingQuotes|IS_PAPA_WORKER=true|downloadRequestHeaders/);
    expect(code.length).toBeLessThan(source.length * 0.4);
  });
});

describe('papaPart on a PapaParse of another shape', () => {
  it('says what it did not find, rather than build without it', () => {
    expect(() => papaPart('module.exports = {};', 'parse')).toThrow(/UMD factory \(moduleFactory\) was not found/);
    const renamed = source.replace('function JsonToCsv(', 'function ObjectsToCsv(');
    expect(() => papaPart(renamed, 'parse')).toThrow('papaparse: function JsonToCsv was not found');
    expect(LEFT_OUT.parse).not.toContain('Parser');
    expect(LEFT_OUT.unparse).not.toContain('JsonToCsv');
  });
});

describe('papaTrimPlugin', () => {
  const plugin = papaTrimPlugin();
  const call = (hook: unknown, ...args: unknown[]) =>
    (typeof hook === 'function' ? hook : (hook as { handler: (...a: unknown[]) => unknown }).handler).call({}, ...args);
  const resolve = (source: string, importer?: string) => call(plugin.resolveId, source, importer, {});

  it('gives our reader the parser and our writer the writer, and anyone else PapaParse whole', () => {
    expect(resolve('papaparse', '/app/src/lib/data/parseCsv.ts')).toBe('\0papaparse:parse');
    expect(resolve('papaparse', 'C:\\app\\src\\lib\\data\\csvOut.ts')).toBe('\0papaparse:unparse');
    expect(resolve('papaparse', '/app/src/lib/data/load.ts')).toBeNull();
    expect(resolve('papaparse')).toBeNull();
    expect(resolve('d3-array', '/app/src/lib/data/parseCsv.ts')).toBeNull();
  });

  it('loads the part it resolved to, from the installed PapaParse', () => {
    expect(call(plugin.load, '\0papaparse:parse')).toBe(papaPart(source, 'parse'));
    expect(call(plugin.load, '\0papaparse:unparse')).toBe(papaPart(source, 'unparse'));
    expect(call(plugin.load, '/app/src/lib/data/parseCsv.ts')).toBeNull();
  });
});
