// Validates plan files with ajv (JSON Schema draft 2020-12, formats asserted) after loading each as
// YAML 1.2 core schema (js-yaml's CORE_SCHEMA: an unquoted date stays a text), as tools outside Java do.
// Usage: node validate-plans.cjs SCHEMA PLAN...; prints each invalid plan with its errors, exits 1 if any.
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');
const yaml = require('js-yaml');

const [schemaFile, ...plans] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
let invalid = 0;
for (const plan of plans) {
  const document = yaml.load(fs.readFileSync(plan, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: plan });
  if (!validate(document)) {
    invalid++;
    console.log(plan + ': ' + ajv.errorsText(validate.errors, { separator: '; ' }));
  }
}
console.log((plans.length - invalid) + ' valid, ' + invalid + ' invalid');
process.exit(invalid > 0 ? 1 : 0);
