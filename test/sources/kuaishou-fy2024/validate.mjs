#!/usr/bin/env node
// Validates this set against its own source with test/support/validate-source-set.mjs (bounds below).
// usage: node test/sources/kuaishou-fy2024/validate.mjs [--verbose]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateSourceSet } from '../../support/validate-source-set.mjs';

await validateSourceSet(dirname(fileURLToPath(import.meta.url)), { chars: [12000, 20000], mismatches: [12, 20], chinese: 0.45 });
