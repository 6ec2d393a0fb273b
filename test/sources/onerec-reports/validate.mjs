#!/usr/bin/env node
// Validates this set against its own source with test/support/validate-source-set.mjs (bounds below).
// usage: node test/sources/onerec-reports/validate.mjs [--verbose]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateSourceSet } from '../../support/validate-source-set.mjs';

await validateSourceSet(dirname(fileURLToPath(import.meta.url)), { chars: [12000, 25000] });
