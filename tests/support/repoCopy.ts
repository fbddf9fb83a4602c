/**
 * A copy of the repository at another absolute path, for showing that nothing the program
 * registers depends on where the checkout lives. Copies the files git would check out (tracked,
 * plus untracked files not ignored, so uncommitted work is tested too) and links node_modules,
 * which works on a fresh clone in CI as on a developer's machine.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "./subprocess";

/** The files a checkout holds, relative to the repository root. */
export function checkoutFiles(root: string = REPO_ROOT): string[] {
  let listing: string;
  try {
    listing = execFileSync(
      "git",
      ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
      { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (err) {
    throw new Error(
      `repoCopy: "git ls-files" failed in ${root} (${(err as Error).message}); the determinism test needs git and a git checkout`,
    );
  }
  // A tracked file deleted in the working tree is listed but absent: the checkout no longer has it.
  return [...new Set(listing.split("\0").filter((f) => f !== ""))]
    .filter((f) => fs.existsSync(path.join(root, f)))
    .sort();
}

/** Copies the checkout into `dest` (created) and links dest/node_modules to this repository's. */
export function copyRepository(dest: string, root: string = REPO_ROOT): void {
  const files = checkoutFiles(root);
  if (!files.includes("Pulumi.yaml"))
    throw new Error(`repoCopy: ${root} lists no Pulumi.yaml; is it the repository root?`);
  for (const file of files) {
    const from = path.join(root, file);
    const to = path.join(dest, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (fs.lstatSync(from).isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
    else fs.copyFileSync(from, to);
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dest, "node_modules"), "dir");
}
