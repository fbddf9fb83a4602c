#!/usr/bin/env node
// Writes this SDK's TypeScript sources from the provider schema facts, following the naming rules of
// pulumi-terraform-bridge (pkg/tfbridge/names.go, tfgen) and the layout pulumi-language-nodejs emits.
// The committed .ts files are what the program uses; this script only keeps them consistent.
//
// Usage (from sdks/genesyscloud): node scripts/generate.js [path/to/genesyscloud-schema.json]
"use strict";

const fs = require("fs");
const path = require("path");

const PKG = "genesyscloud";
const TF_SOURCE = "registry.opentofu.org/mypurecloud/genesyscloud";
const TF_VERSION = "1.84.1";
const PLUGIN_NAME = "terraform-provider";
const PLUGIN_VERSION = "1.1.3";
const ROOT = path.resolve(__dirname, "..");
const schemaPath = process.argv[2] || path.resolve(ROOT, "../../tests/fixtures/genesyscloud-schema.json");
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));

const PARAMETER = Buffer.from(JSON.stringify({ remote: { url: TF_SOURCE, version: TF_VERSION } })).toString("base64");
const HEADER =
    "// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***\n" +
    "// *** Produced by scripts/generate.js; change the generator, not this file. ***\n";

// ---- naming (bridge rules) -------------------------------------------------------------------

// The plural rules of github.com/gedex/inflector, which the bridge applies to list/set attributes
// whose MaxItems is not 1 (irregular and uninflected words omitted: none occur in this schema).
const PLURAL_RULES = [
    [/(s)tatus$/i, "$1tatuses"], [/(quiz)$/i, "$1zes"], [/^(ox)$/i, "$1en"], [/([m|l])ouse$/i, "$1ice"],
    [/(matr|vert|ind)(ix|ex)$/i, "$1ices"], [/(x|ch|ss|sh)$/i, "$1es"], [/([^aeiouy]|qu)y$/i, "$1ies"],
    [/(hive)$/i, "$1s"], [/(?:([^f])fe|([lre])f)$/i, "$1$2ves"], [/sis$/i, "ses"], [/([ti])um$/i, "$1a"],
    [/(p)erson$/i, "$1eople"], [/(m)an$/i, "$1en"], [/(c)hild$/i, "$1hildren"], [/(buffal|tomat)o$/i, "$1oes"],
    [/(alumn|bacill|cact|foc|fung|nucle|radi|stimul|syllab|termin|vir)us$/i, "$1i"], [/us$/i, "uses"],
    [/(alias)$/i, "$1es"], [/(ax|cris|test)is$/i, "$1es"], [/s$/, "s"], [/$/, "s"],
];
// Singular forms name the element types of lists (e.g. bullseyeRings -> RoutingQueueBullseyeRing).
const SINGULAR_RULES = [[/([^aeiouy]|qu)ies$/i, "$1y"], [/(x|ch|ss|sh)es$/i, "$1"], [/s$/i, ""]];

const inflect = (rules, word) => {
    for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
    return word;
};
const camel = (tf) => tf.replace(/_+([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---- schema model ----------------------------------------------------------------------------

const PRIMS = { String: "string", Number: "number", Boolean: "boolean" };

/** One attribute or block: its TF name, Pulumi name, shape and status. */
function field(tf, info, category, ownerPath, ownerType, entry, types) {
    const [base] = info.kind.split(", ");
    const f = {
        tf, name: "", required: category === "Required", readOnly: category === "Read-Only",
        sensitive: /Sensitive/.test(info.kind), shape: "", elem: "",
    };
    const plural = info.block ? info.maxItems !== 1 : /^(Set|List) of /.test(base);
    f.name = camel(plural ? inflect(PLURAL_RULES, tf) : tf);
    if (info.block) {
        f.shape = info.maxItems === 1 ? "object" : "objectList";
        f.elem = ownerType + pascal(info.maxItems === 1 ? f.name : inflect(SINGULAR_RULES, f.name));
        objectType(entry, ownerPath === "top" ? tf : `${ownerPath}.${tf}`, f.elem, types);
    } else if (base.startsWith("Map of ")) {
        f.shape = "map"; f.elem = PRIMS[base.slice(7)];
    } else if (/^(Set|List) of /.test(base)) {
        f.shape = "list"; f.elem = PRIMS[base.replace(/^(Set|List) of /, "")];
    } else {
        f.shape = "prim"; f.elem = PRIMS[base];
    }
    if (!f.elem) throw new Error(`unknown kind ${info.kind} for ${ownerPath}.${tf}`);
    return f;
}

/** Fields of one block path, sorted by Pulumi name; nested object types are pushed onto `types`. */
function fields(entry, blockPath, ownerType, types) {
    const out = [];
    for (const category of ["Required", "Optional", "Read-Only"]) {
        for (const [tf, info] of Object.entries(entry[blockPath][category] || {})) {
            out.push(field(tf, info, category, blockPath, ownerType, entry, types));
        }
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}

function objectType(entry, blockPath, typeName, types) {
    const t = { name: typeName, fields: [] };
    types.push(t);
    t.fields = fields(entry, blockPath, typeName, types);
}

// ---- TypeScript rendering ----------------------------------------------------------------------

/** Type text for a field: `input` wraps in pulumi.Input, `output` is plain resolved data. */
function tsType(f, mode, ns) {
    const wrap = (t) => (mode === "input" ? `pulumi.Input<${t}>` : t);
    switch (f.shape) {
        case "prim": return wrap(f.elem);
        case "list": return wrap(`${wrap(f.elem)}[]`);
        case "map": return wrap(`{[key: string]: ${wrap(f.elem)}}`);
        case "object": return wrap(`${ns}.${f.elem}`);
        case "objectList": return wrap(`${wrap(`${ns}.${f.elem}`)}[]`);
    }
    throw new Error(f.shape);
}

function doc(f, extra) {
    if (f.implicitId) return "Terraform `id`: the data source's implicit id, optional as an argument.";
    if (f.bridgedId) return "Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.";
    const status = f.readOnly ? "Computed by the provider" : f.autoname && f.required ? "Required by Terraform, optional here" : f.required ? "Required" : "Optional";
    const parts = [`Terraform \`${f.tf}\`. ${status}.`];
    if (f.sensitive) parts.push("Sensitive: stored as a secret.");
    if (f.autoname) parts.push(autonameDoc);
    if (f.extraDoc) parts.push(f.extraDoc);
    if (extra) parts.push(extra);
    return parts.join(" ");
}

const comment = (text, indent) => `${indent}/**\n${indent} * ${text}\n${indent} */\n`;

function renderInterface(name, list, mode, ns, indent, docText, optionalAll, prefix = "export ") {
    let s = docText ? comment(docText, indent.slice(4)) : "";
    s += `${indent.slice(4)}${prefix}interface ${name} {\n`;
    for (const f of list) {
        const optional = optionalAll || !f.required;
        const type = mode === "input" && optional ? tsType(f, "input", ns).replace(/>$/, " | undefined>") : tsType(f, mode, ns);
        s += comment(doc(f), indent) + `${indent}${f.name}${optional ? "?" : ""}: ${type};\n`;
    }
    return s + `${indent.slice(4)}}\n`;
}

function typesFile(types, mode, configTypes) {
    const ns = mode === "input" ? "inputs" : "outputs";
    let s = `${HEADER}\nimport * as pulumi from "@pulumi/pulumi";\nimport * as inputs from "../types/input";\nimport * as outputs from "../types/output";\n`;
    for (const t of [...types].sort((a, b) => a.name.localeCompare(b.name))) {
        s += "\n" + renderInterface(t.name, t.fields, mode, ns, "    ", undefined, false);
    }
    if (configTypes) {
        const sorted = [...configTypes].sort((a, b) => a.name.localeCompare(b.name));
        s += `\nexport namespace config {\n`;
        s += sorted.map((t) => renderInterface(t.name, t.fields, "output", "outputs.config", "        ", undefined, false)).join("\n");
        s += `}\n`;
    }
    return s;
}

const usesNs = (list, ns) => list.some((f) => f.shape === "object" || f.shape === "objectList") ? ns : undefined;

function importsFor(list, withOutputs = true) {
    const depth = ".";
    const lines = [`import * as pulumi from "@pulumi/pulumi";`];
    if (usesNs(list, "inputs")) lines.push(`import * as inputs from "${depth}/types/input";`);
    if (withOutputs && usesNs(list, "outputs")) lines.push(`import * as outputs from "${depth}/types/output";`);
    lines.push(`import * as utilities from "${depth}/utilities";`);
    return lines.join("\n") + "\n";
}

function resourceFile(r) {
    const C = r.className;
    const args = r.fields.filter((f) => !f.readOnly);
    const anyRequired = args.some((f) => f.required && !(r.autonamed && f.name === "name"));
    const secrets = r.fields.filter((f) => f.sensitive).map((f) => f.name);
    let s = `${HEADER}\n${importsFor(r.fields)}\n`;
    s += comment(`Manages a Genesys Cloud \`${r.tfName}\` through the bridged Terraform provider (mypurecloud/genesyscloud ${TF_VERSION}).`, "");
    s += `export class ${C} extends pulumi.CustomResource {
    /**
     * Get an existing ${C} resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ${C}State, opts?: pulumi.CustomResourceOptions): ${C} {
        return new ${C}(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = '${r.token}';

    /**
     * Returns true if the given object is an instance of ${C}.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ${C} {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === ${C}.__pulumiType;
    }

`;
    for (const f of r.fields) {
        const always = f.required || f.readOnly || f.bridgedId || (r.autonamed && f.name === "name");
        const t = tsType(f, "output", "outputs");
        s += comment(doc(f), "    ");
        s += `    declare public readonly ${f.name}: pulumi.Output<${always ? t : `${t} | undefined`}>;\n`;
    }
    s += `
    /**
     * Create a ${C} resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args${anyRequired ? "" : "?"}: ${C}Args, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: ${C}Args | ${C}State, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ${C}State | undefined;
${r.fields.map((f) => `            resourceInputs["${f.name}"] = state?.${f.name};`).join("\n")}
        } else {
            const args = argsOrState as ${C}Args | undefined;
`;
    for (const f of args) {
        if (f.required && !(r.autonamed && f.name === "name")) {
            s += `            if (args?.${f.name} === undefined && !opts.urn) {\n                throw new Error("Missing required property '${f.name}'");\n            }\n`;
        }
    }
    for (const f of r.fields) {
        const value = f.readOnly ? "undefined /*out*/" : f.sensitive ? `args?.${f.name} ? pulumi.secret(args.${f.name}) : undefined` : `args?.${f.name}`;
        s += `            resourceInputs["${f.name}"] = ${value};\n`;
    }
    s += `        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
`;
    if (secrets.length) {
        s += `        const secretOpts = { additionalSecretOutputs: [${secrets.map((n) => `"${n}"`).join(", ")}] };\n        opts = pulumi.mergeOptions(opts, secretOpts);\n`;
    }
    s += `        super(${C}.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

`;
    s += renderInterface(`${C}State`, r.fields, "input", "inputs", "    ", `Input properties used for looking up and filtering ${C} resources.`, true);
    const argFields = args.map((f) => (f.autoname ? { ...f, required: false } : f));
    s += "\n" + renderInterface(`${C}Args`, argFields, "input", "inputs", "    ", `The set of arguments for constructing a ${C} resource.`, false);
    return s;
}

const autonameDoc = "When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).";

function functionFile(d) {
    const F = d.fnName;
    const P = pascal(F);
    const args = d.fields.filter((f) => !f.readOnly || f.name === "id");
    const anyRequired = args.some((f) => f.required);
    const props = args.map((f) => `        "${f.name}": args.${f.name},`).join("\n");
    let s = `${HEADER}\n${importsFor(d.fields)}\n`;
    const head = `Reads a Genesys Cloud \`${d.tfName}\` data source through the bridged Terraform provider (mypurecloud/genesyscloud ${TF_VERSION}).`;
    s += comment(head, "");
    s += `export function ${F}(args${anyRequired ? "" : "?"}: ${P}Args, opts?: pulumi.InvokeOptions): Promise<${P}Result> {
${anyRequired ? "" : "    args = args || {};\n"}    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("${d.token}", {
${props}
    }, opts, utilities.getPackage());
}

`;
    s += renderInterface(`${P}Args`, args, "plain", "inputs", "    ", `A collection of arguments for invoking ${F}.`, false);
    s += "\n" + comment(`A collection of values returned by ${F}.`, "") + `export interface ${P}Result {\n`;
    for (const f of d.fields) s += comment(doc(f), "    ") + `    readonly ${f.name}: ${tsType(f, "output", "outputs")};\n`;
    s += `}\n`;
    s += comment(head, "");
    s += `export function ${F}Output(args${anyRequired ? "" : "?"}: ${P}OutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<${P}Result> {
${anyRequired ? "" : "    args = args || {};\n"}    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("${d.token}", {
${props}
    }, opts, utilities.getPackage());
}

`;
    s += renderInterface(`${P}OutputArgs`, args, "input", "inputs", "    ", `A collection of arguments for invoking ${F}.`, false);
    return s;
}

// Provider config values that are not strings travel to the bridge as JSON text.
function providerFile(p) {
    const secretNames = p.fields.filter((f) => f.secret).map((f) => f.name);
    let s = `${HEADER}\n${importsFor(p.fields, false)}\n`;
    s += `/**
 * The provider type for the genesyscloud package. By default, resources use package-wide configuration
 * settings, however an explicit \`Provider\` instance may be created and passed during resource
 * construction to achieve fine-grained programmatic control over provider settings. See the
 * [documentation](https://www.pulumi.com/docs/reference/programming-model/#providers) for more information.
 */
export class Provider extends pulumi.ProviderResource {
    /** @internal */
    public static readonly __pulumiType = '${PKG}';

    /**
     * Returns true if the given object is an instance of Provider.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Provider {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === "pulumi:providers:" + Provider.__pulumiType;
    }

`;
    for (const f of p.fields.filter((f) => f.shape === "prim" && f.elem === "string")) {
        s += comment(doc(f), "    ") + `    declare public readonly ${f.name}: pulumi.Output<string | undefined>;\n`;
    }
    s += `
    /**
     * Create a Provider resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        {
`;
    for (const f of p.fields) {
        const json = !(f.shape === "prim" && f.elem === "string");
        const value = f.secret ? `args?.${f.name} ? pulumi.secret(args.${f.name}) : undefined`
            : json ? `pulumi.output(args?.${f.name}).apply(JSON.stringify)` : `args?.${f.name}`;
        s += `            resourceInputs["${f.name}"] = ${value};\n`;
    }
    s += `        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: [${secretNames.map((n) => `"${n}"`).join(", ")}] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(Provider.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }

    /**
     * This function returns a Terraform config object with terraform-namecased keys,to be used with the Terraform Module Provider.
     */
    terraformConfig(): pulumi.Output<Provider.TerraformConfigResult> {
        return pulumi.runtime.call("pulumi:providers:${PKG}/terraformConfig", {
            "__self__": this,
        }, this, utilities.getPackage());
    }
}

`;
    s += renderInterface("ProviderArgs", p.fields, "input", "inputs", "    ", "The set of arguments for constructing a Provider resource.", false);
    s += `
export namespace Provider {
    /**
     * The results of the Provider.terraformConfig method.
     */
    export interface TerraformConfigResult {
        readonly result: {[key: string]: any};
    }

}
`;
    return s;
}


function configFile(p) {
    let s = `${HEADER}\nimport * as pulumi from "@pulumi/pulumi";\n`;
    if (usesNs(p.fields, "outputs")) s += `import * as outputs from "../types/output";\n`;
    s += `\ndeclare var exports: any;\nconst __config = new pulumi.Config("${PKG}");\n`;
    for (const f of p.fields) {
        const type = tsType(f, "output", "outputs.config");
        const getter = f.shape === "prim" && f.elem === "string" ? `__config.get("${f.name}")` : `__config.getObject<${type}>("${f.name}")`;
        s += `\n${comment(doc(f), "")}export declare const ${f.name}: ${type} | undefined;
Object.defineProperty(exports, "${f.name}", {
    get() {
        return ${getter};
    },
    enumerable: true,
});
`;
    }
    return s;
}

function indexFile(resources, functions) {
    const mods = [
        ...functions.map((d) => ({ file: d.fnName, names: [d.fnName, `${d.fnName}Output`], types: [`${pascal(d.fnName)}Args`, `${pascal(d.fnName)}Result`, `${pascal(d.fnName)}OutputArgs`] })),
        ...resources.map((r) => ({ file: r.file, names: [r.className], types: [`${r.className}Args`, `${r.className}State`], cls: true })),
        { file: "provider", names: ["Provider"], types: ["ProviderArgs"], cls: true },
    ].sort((a, b) => a.file.localeCompare(b.file));
    let s = `${HEADER}\nimport * as pulumi from "@pulumi/pulumi";\nimport * as utilities from "./utilities";\n\n// Export members:\n`;
    for (const m of mods) {
        s += `export { ${m.types.join(", ")} } from "./${m.file}";\n`;
        for (const n of m.names) {
            if (m.cls) s += `export type ${n} = import("./${m.file}").${n};\n`;
            s += `export const ${n}: typeof import("./${m.file}").${n} = null as any;\n`;
        }
        s += `utilities.lazyLoad(exports, [${m.names.map((n) => `"${n}"`).join(", ")}], () => require("./${m.file}"));\n\n`;
    }
    s += `// Export sub-modules:\nimport * as config from "./config";\nimport * as types from "./types";\n\nexport {\n    config,\n    types,\n};\n\n`;
    s += `const _module = {\n    version: utilities.getVersion(),\n    construct: (name: string, type: string, urn: string): pulumi.Resource => {\n        switch (type) {\n`;
    for (const r of resources) s += `            case "${r.token}":\n                return new ${r.className}(name, <any>undefined, { urn })\n`;
    s += `            default:\n                throw new Error(\`unknown resource type \${type}\`);\n        }\n    },\n};\n`;
    for (const r of resources) s += `pulumi.runtime.registerResourceModule("${PKG}", "index/${r.file}", _module)\n`;
    s += `pulumi.runtime.registerResourcePackage("${PKG}", {
    version: utilities.getVersion(),
    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {
        if (type !== "pulumi:providers:${PKG}") {
            throw new Error(\`unknown provider type \${type}\`);
        }
        return new Provider(name, <any>undefined, { urn });
    },
});
`;
    return s;
}

// ---- build the model and write ------------------------------------------------------------------

/**
 * The bridge's fixID (pulumi-terraform-bridge pkg/tfbridge/tokens/fixups.go): `id` is Pulumi's
 * resource id, so a Terraform `id` attribute a user may set is renamed to the first free name of
 * `<resource>_id`, `<provider>_<resource>_id`, `resource_id`, `<provider>_id`, and the resource id
 * is computed from it. The provider is built on terraform-plugin-sdk v2, whose schema declares the
 * implicit `id` optional and computed (the docs list it as Read-Only), so every resource gets one:
 * an optional input that is always set on output (e.g. Backblaze's SDKv2 `b2_bucket_file_version`
 * becomes `bucketFileVersionId` in the bridge's own dynamic/testdata schema goldens).
 */
function bridgedId(key, entry, idField) {
    const taken = new Set(["Required", "Optional", "Read-Only"].flatMap((c) => Object.keys(entry.top[c] || {})));
    const candidates = [`${key}_id`, `${PKG}_${key}_id`, "resource_id", `${PKG}_id`];
    const tf = candidates.find((c) => !taken.has(c));
    if (!tf) throw new Error(`no free name for the bridged id of ${key}: tried ${candidates.join(", ")}`);
    return { ...idField, name: camel(tf), required: false, readOnly: false, bridgedId: true };
}

const inputTypes = [];
const outputTypes = [];
const resources = Object.keys(schema.resources).sort().map((key) => {
    const file = camel(key);
    const className = pascal(file);
    const types = [];
    const r = {
        tfName: `${PKG}_${key}`, file, className, token: `${PKG}:index/${file}:${className}`,
        fields: fields(schema.resources[key], "top", className, types)
            .map((f) => (f.name === "id" ? bridgedId(key, schema.resources[key], f) : f))
            .sort((a, b) => a.name.localeCompare(b.name)),
    };
    // The bridge's SetAutonaming: a top-level string input called `name` becomes optional.
    r.autonamed = r.fields.some((f) => f.name === "name" && f.shape === "prim" && f.elem === "string" && !f.readOnly);
    for (const f of r.fields) if (r.autonamed && f.name === "name") f.autoname = true;
    inputTypes.push(...types);
    outputTypes.push(...types);
    return r;
});

const functions = Object.keys(schema.dataSources).sort().map((key) => {
    const fnName = `get${pascal(camel(key))}`;
    const d = { tfName: `${PKG}_${key}`, fnName, token: `${PKG}:index/${fnName}:${fnName}`, fields: fields(schema.dataSources[key], "top", pascal(fnName), []) };
    // SDKv2 data sources expose their implicit `id` as an optional argument, as the generated SDK does.
    for (const f of d.fields) if (f.name === "id") Object.assign(f, { readOnly: false, implicitId: true });
    return d;
});

const providerTypes = [];
const provider = { fields: fields(schema.provider, "top", "Provider", providerTypes) };
for (const f of provider.fields) {
    // As generated: only Sensitive arguments are secrets. access_token is not Sensitive in the
    // provider; the program keeps it secret by refusing a plain genesyscloud:accessToken config.
    f.secret = f.sensitive;
    const env = f.shape === "object" || f.shape === "objectList" ? "" : `GENESYSCLOUD_${f.tf === "aws_region" ? "REGION" : f.tf.toUpperCase()}`;
    f.extraDoc = env ? `The Terraform provider falls back to the \`${env}\` environment variable.` : "";
}
inputTypes.push(...providerTypes);
const configTypes = providerTypes.map((t) => ({ name: t.name.replace(/^Provider/, ""), fields: t.fields.map((f) => ({ ...f, elem: f.elem.replace(/^Provider/, "") })) }));

const files = {};
for (const r of resources) files[`${r.file}.ts`] = resourceFile(r);
for (const d of functions) files[`${d.fnName}.ts`] = functionFile(d);
files["provider.ts"] = providerFile(provider);
files["config/vars.ts"] = configFile({ fields: provider.fields.map((f) => ({ ...f, elem: f.elem.replace(/^Provider/, "") })) });
files["config/index.ts"] = `${HEADER}\n// Export members:\nexport * from "./vars";\n`;
files["types/input.ts"] = typesFile(inputTypes, "input");
files["types/output.ts"] = typesFile(outputTypes, "output", configTypes);
files["types/index.ts"] = `${HEADER}\n// Export sub-modules:\nimport * as input from "./input";\nimport * as output from "./output";\n\nexport {\n    input,\n    output,\n};\n`;
files["index.ts"] = indexFile(resources, functions);
files["utilities.ts"] = fs.readFileSync(path.join(__dirname, "utilities.ts.tmpl"), "utf8")
    .replace("__HEADER__\n", HEADER)
    .replace(/__PLUGIN_NAME__/g, PLUGIN_NAME).replace(/__PLUGIN_VERSION__/g, PLUGIN_VERSION)
    .replace(/__PKG__/g, PKG).replace(/__TF_VERSION__/g, TF_VERSION).replace(/__PARAMETER__/g, PARAMETER);

const tsFiles = Object.keys(files).sort();
files["tsconfig.json"] = JSON.stringify({
    compilerOptions: {
        outDir: "bin", rootDir: ".", target: "ES2020", module: "commonjs", moduleResolution: "node10",
        ignoreDeprecations: "6.0", types: ["node"], declaration: true, sourceMap: true, stripInternal: true,
        experimentalDecorators: true, noFallthroughCasesInSwitch: true, forceConsistentCasingInFileNames: true,
        strict: true, skipLibCheck: true,
    },
    files: tsFiles,
}, null, 4) + "\n";

const pkgPath = path.join(ROOT, "package.json");
const pkg = JSON.parse(fs.readFileSync(pkgPath, "utf8"));
pkg.version = TF_VERSION;
pkg.pulumi = { resource: true, name: PLUGIN_NAME, version: PLUGIN_VERSION, parameterization: { name: PKG, version: TF_VERSION, value: PARAMETER } };
files["package.json"] = JSON.stringify(pkg, null, 2) + "\n";

for (const [rel, text] of Object.entries(files)) {
    const out = path.join(ROOT, rel);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
}
console.log(`wrote ${Object.keys(files).length} files: ${resources.length} resources, ${functions.length} data sources`);
