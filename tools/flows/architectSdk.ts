/**
 * Genesys' own definitions of Architect expressions, read from Genesys' Architect Scripting SDK
 * (npm purecloud-flow-scripting-api-sdk-javascript, pinned exactly in package.json): the function
 * and operator catalogue (names, overloads, parameter and return types, whether a parameter takes
 * NOT_SET, examples) and the expression grammar (an ANTLR 3 parser generated from Genesys'
 * Architect.g). The SDK ships both inside one webpack bundle and exports neither, so this module
 * loads the bundle with its webpack module table exposed and picks the modules out by their
 * content. Nothing is copied into this repository: a newer SDK is read the same way, and a bundle
 * this loader does not recognise fails loudly instead of checking against nothing.
 */
import * as fs from "node:fs";
import Module from "node:module";
import * as path from "node:path";

export const ARCHITECT_SDK_PACKAGE = "purecloud-flow-scripting-api-sdk-javascript";

/** Expression data type codes as the catalogue writes them, e.g. "str", "dec", "bln", "nts" (NOT_SET). */
export type TypeCode = string;

export interface CatalogueParameter {
  readonly identifier: string;
  readonly type: TypeCode;
  readonly isArray: boolean;
  /** False: passing NOT_SET here is a runtime error. */
  readonly allowNotSet: boolean;
  /** True: the parameter may be repeated (the last one of e.g. Sum or MakeList). */
  readonly repeatable: boolean;
}

export interface CatalogueOverload {
  readonly identifier: string;
  readonly parameters: readonly CatalogueParameter[];
  readonly returnValue: { readonly type: TypeCode; readonly isArray: boolean };
  /** How Architect resolves the overload: "None", "SameType", "If", "NotSetToRetType", "Accessor", … */
  readonly support: { readonly resolver: string };
  readonly examples?: readonly { readonly input: string; readonly output: string }[];
}

export interface CatalogueEntry {
  readonly identifier: string;
  readonly type: "function" | "operator";
  /** A function's name as flows write it, e.g. "IsNotSetOrEmpty". */
  readonly name?: string;
  /** An operator's symbol, e.g. "!=" or "and". */
  readonly symbol?: string;
  readonly category?: string;
  readonly overloads: readonly CatalogueOverload[];
}

export interface CatalogueType {
  readonly dataType: string;
  readonly support?: {
    readonly classType?: string;
    readonly expressionDataType?: TypeCode;
    readonly supportedFlowTypes?: Record<string, Record<string, boolean>>;
  };
  readonly nativeProperties?: readonly {
    readonly name: string;
    readonly type: TypeCode;
    readonly isCollection: boolean;
  }[];
}

export interface ArchitectCatalogue {
  /** Types by name, e.g. "String", "PhoneNumber". */
  readonly type: Readonly<Record<string, CatalogueType>>;
  /** Functions and operators by identifier, e.g. "isNotSetOrEmpty", "neq". */
  readonly expression: Readonly<Record<string, CatalogueEntry>>;
}

/** One node of the parse tree Genesys' parser builds: token name, text and column. */
export interface ParseNode {
  readonly token: string;
  readonly text: string;
  /** 0-based column of the token in the expression; -1 for error nodes. */
  readonly column: number;
  readonly children: readonly ParseNode[];
}

export interface ParseResult {
  readonly tree: ParseNode | undefined;
  /** Syntax errors the parser reported, in its own words. */
  readonly errors: readonly string[];
}

interface WebpackRequire {
  (id: number): any;
  /** The module table: one factory function per module id. */
  m: Array<(...args: unknown[]) => void>;
}

interface Sdk {
  readonly version: string;
  readonly catalogue: ArchitectCatalogue;
  readonly parse: (text: string) => ParseResult;
}

let loaded: Sdk | undefined;

function fail(problem: string): never {
  throw new Error(
    `${ARCHITECT_SDK_PACKAGE}: ${problem}; fix: install the version pinned in package.json (npm ci), or update tools/flows/architectSdk.ts for the new bundle`,
  );
}

/**
 * The bundle ends its webpack bootstrap with `t.p="…",t(t.s=<entry>)`. Replacing that call with
 * one that hands out the loader keeps the SDK's entry module (session start-up, console banner)
 * from running at all: only the modules picked below are ever evaluated.
 */
function loadModuleTable(): { require: WebpackRequire; version: string } {
  const packageJson = require.resolve(`${ARCHITECT_SDK_PACKAGE}/package.json`);
  const version = (JSON.parse(fs.readFileSync(packageJson, "utf8")) as { version: string }).version;
  const file = require.resolve(ARCHITECT_SDK_PACKAGE);
  const source = fs.readFileSync(file, "utf8");
  const bootstrap = /(t\.p="[^"]*",)t\(t\.s=\d+\)/g;
  const found = source.match(bootstrap) ?? [];
  if (found.length !== 1)
    fail(`version ${version}'s bundle has ${found.length} webpack entry calls, expected 1`);
  const patched = source.replace(bootstrap, "$1(module.__architectRequire=t,{})");
  const holder = new Module(file, module) as Module & {
    _compile(code: string, filename: string): void;
    __architectRequire?: WebpackRequire;
  };
  holder.filename = file;
  holder.paths = (
    Module as unknown as { _nodeModulePaths(dir: string): string[] }
  )._nodeModulePaths(path.dirname(file));
  holder._compile(patched, file);
  if (typeof holder.__architectRequire !== "function")
    fail(`version ${version}'s bundle did not expose its modules`);
  return { require: holder.__architectRequire, version };
}

/** The id of the one module whose source contains every marker. */
function moduleWith(table: WebpackRequire, what: string, markers: readonly string[]): number {
  const ids: number[] = [];
  table.m.forEach((factory, id) => {
    const text = String(factory);
    if (markers.every((marker) => text.includes(marker))) ids.push(id);
  });
  if (ids.length !== 1) fail(`found ${ids.length} modules that look like the ${what}, expected 1`);
  return ids[0];
}

function loadSdk(): Sdk {
  if (loaded) return loaded;
  const { require: table, version } = loadModuleTable();
  const catalogue = table(
    moduleWith(table, "function catalogue", ['isNotSetOrEmpty:{identifier:"isNotSetOrEmpty"']),
  ) as ArchitectCatalogue;
  if (!catalogue?.expression || !catalogue.type)
    fail("the function catalogue has no expression or type table");
  // The ANTLR 3 JavaScript runtime defines itself as the global `org`, which the generated parser
  // and lexer reference by that name.
  table(moduleWith(table, "ANTLR runtime", ["ANTLRStringStream=function"]));
  const antlr = (globalThis as { org?: { antlr?: any } }).org?.antlr;
  if (!antlr?.runtime?.ANTLRStringStream) fail("the ANTLR runtime did not load");
  const Parser = table(
    moduleWith(table, "expression parser", ["Architect.g", "designerexpression:function"]),
  );
  const Lexer = table(moduleWith(table, "expression lexer", ["Architect.g", "mTokens:function"]));
  const tokenNames: readonly string[] = Parser.tokenNames;

  const toNode = (tree: any): ParseNode => {
    const children: ParseNode[] = [];
    for (let i = 0; i < tree.getChildCount(); i++) children.push(toNode(tree.getChild(i)));
    const type: number = tree.getType();
    const token = tree.getToken?.();
    return {
      token: type > 0 ? (tokenNames[type] ?? String(type)) : type === 0 ? "LIST" : "ERROR",
      text: tree.getText() ?? "",
      column: token ? token.getCharPositionInLine() : -1,
      children,
    };
  };

  const parse = (text: string): ParseResult => {
    const errors: string[] = [];
    const lexer = new Lexer(new antlr.runtime.ANTLRStringStream(text));
    lexer.displayRecognitionError = (names: string[], e: any) =>
      errors.push(lexer.getErrorMessage(e, names));
    const tokens = new antlr.runtime.CommonTokenStream(lexer);
    const parser = new Parser(tokens);
    parser.displayRecognitionError = (names: string[], e: any) => {
      const column = e.token?.getCharPositionInLine?.();
      errors.push(
        `${parser.getErrorMessage(e, names)}${column >= 0 ? ` at column ${column + 1}` : ""}`,
      );
    };
    const result = parser.designerexpression();
    const tree = result.getTree();
    return { tree: tree ? toNode(tree) : undefined, errors };
  };

  loaded = { version, catalogue, parse };
  return loaded;
}

/** Genesys' function and operator catalogue, from the installed SDK. */
export function architectCatalogue(): ArchitectCatalogue {
  return loadSdk().catalogue;
}

/** Parses one Architect expression with Genesys' own parser. */
export function parseArchitectExpression(text: string): ParseResult {
  return loadSdk().parse(text);
}

/** The installed SDK's version, for messages. */
export function architectSdkVersion(): string {
  return loadSdk().version;
}
