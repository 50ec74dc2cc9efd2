// Lists breaking and dangerous changes between a base schema and the committed one, and fails on a
// breaking change that is not listed as intended in intended-breaking-changes.txt (one message a line).
//   node scripts/breaking-changes.mjs [base-schema-file] [new-schema-file]
import { readFileSync, existsSync } from "node:fs";
import { buildSchema } from "graphql";
import { diff, CriticalityLevel } from "@graphql-inspector/core";

const [basePath, newPath = "schema.graphql"] = process.argv.slice(2);
if (!basePath || !existsSync(basePath)) {
  console.log(`No base schema (${basePath ?? "none given"}): nothing to compare.`);
  process.exit(0);
}
const intended = existsSync("intended-breaking-changes.txt")
  ? readFileSync("intended-breaking-changes.txt", "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
  : [];
const changes = await diff(buildSchema(readFileSync(basePath, "utf8")), buildSchema(readFileSync(newPath, "utf8")));
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
for (const c of dangerous) console.log(`dangerous: ${c.message}`);
for (const c of breaking) console.log(`breaking:  ${c.message}${intended.includes(c.message) ? " (intended)" : ""}`);
const unintended = breaking.filter((c) => !intended.includes(c.message));
console.log(`${changes.length} changes: ${breaking.length} breaking (${unintended.length} not intended), ${dangerous.length} dangerous`);
if (unintended.length > 0) {
  console.error("Breaking changes to the client contract. Keep the old field (deprecate it with a reason), or, if the"
    + " clients agreed, list each message in frontend-contract/intended-breaking-changes.txt.");
  process.exit(1);
}
