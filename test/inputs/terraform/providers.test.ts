// Provider configurations: aliases, module-scoped keys, default_tags, and which configuration a resource inherits.
import { buildProviders, providerFor } from '../../../src/inputs/terraform/providers';

const views = buildProviders(
  {
    aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' }, default_tags: [{ tags: { constant_value: { owner: 'a', n: 1 } } }] } },
    'aws.us': { name: 'aws', alias: 'us', expressions: { region: { constant_value: 'us-east-1' } } },
    'net:aws': { name: 'aws', module_address: 'module.net', expressions: { region: { references: ['var.region'] } } },
    google: { name: 'google', expressions: { region: { constant_value: 'europe-west4' } } },
  },
  'plan.json',
);

test('views carry alias, module, constant region and string default tags', () => {
  expect([...views.values()]).toEqual([
    { name: 'aws', alias: null, module: '', region: 'eu-west-1', defaultTags: { owner: 'a' }, source: 'plan.json' },
    { name: 'aws', alias: 'us', module: '', region: 'us-east-1', source: 'plan.json' },
    { name: 'aws', alias: null, module: 'module.net', source: 'plan.json' },
    { name: 'google', alias: null, module: '', region: 'europe-west4', source: 'plan.json' },
  ]);
});

test.each([
  ['aws', 'aws', 'eu-west-1'],
  ['aws.us', 'aws', 'us-east-1'],
  ['net:aws', 'aws', undefined], // the module's own provider, region known only at apply
  ['other:aws', 'aws', 'eu-west-1'], // a module inheriting the root provider
  [undefined, 'google', 'europe-west4'],
  [undefined, 'azurerm', 'none'],
])('providerFor(%s, %s) has region %s', (key, shortName, region) => {
  const view = providerFor(views, key, shortName);
  if (region === 'none') expect(view).toBeUndefined();
  else expect(view?.region).toBe(region);
});
