#!/usr/bin/env node
// Validates this set's labels with test/support/validate-labels.mjs, requiring every digit run to be labelled.
// usage: node test/real-holdout-11/validate.mjs [--verbose]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
process.argv.push('--labels', join(here, 'labels.json'), '--drafts', join(here, 'drafts'), '--every-digit');
await import('../support/validate-labels.mjs');
