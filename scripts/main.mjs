#!/usr/bin/env node
// The Quick start's main job. Until the CLI exists: a small example of @patchbay/merge-patch.
import { apply } from "@patchbay/merge-patch";

const current = { API_URL: "https://api.example.com", OLD_TOKEN: "set" };
const patch = { OLD_TOKEN: null, NEW_TOKEN: "set" };
console.log("apply(", JSON.stringify(current), ",", JSON.stringify(patch), ")");
console.log("  =", JSON.stringify(apply(current, patch)));
