/** A SARIF 2.1.0 validator: the OASIS schema (vendored beside this file: draft-04 JSON Schema) with ajv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from './paper';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test', 'support', 'sarif-schema-2.1.0.json'), 'utf8')));

/** Whether `log` is a valid SARIF 2.1.0 log. */
export const isValidSarif = (log: object): boolean => validate(log) === true;

/** Why the last log validated was not valid (the first few errors). */
export const sarifErrors = (): string => JSON.stringify(validate.errors?.slice(0, 5), null, 2);
