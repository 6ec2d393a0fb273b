#!/usr/bin/env node
// Validates this set against its own source with test/support/validate-source-set.mjs (bounds below).
// usage: node test/sources/kuaishou-2025h1/validate.mjs [--verbose]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateSourceSet } from '../../support/validate-source-set.mjs';

await validateSourceSet(dirname(fileURLToPath(import.meta.url)), { chars: [8000, 12000], mismatches: [8, 14], chinese: 0.45 });
