// Provider configurations: aliases, module-scoped keys, default_tags, and which configuration a resource inherits.
import { buildProviders, providerFor } from '../../../src/inputs/terraform/providers';
import { PlanConfiguration } from '../../../src/inputs/terraform/configuration';
import { ExpressionResolver } from '../../../src/inputs/terraform/expressions';

const noConfiguration = new ExpressionResolver(new PlanConfiguration({}), {});

const views = buildProviders(
  {
    aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' }, default_tags: [{ tags: { constant_value: { owner: 'a', n: 1 } } }] } },
    'aws.us': { name: 'aws', alias: 'us', expressions: { region: { constant_value: 'us-east-1' } } },
    'net:aws': { name: 'aws', module_address: 'module.net', expressions: { region: { references: ['var.region'] } } },
    google: { name: 'google', expressions: { region: { constant_value: 'europe-west4' } } },
  },
  noConfiguration,
  'plan.json',
);

test('views carry alias, module, constant region and string default tags', () => {
  expect([...views.values()]).toEqual([
    { name: 'aws', alias: null, module: '', region: 'eu-west-1', defaultTags: { owner: 'a' }, source: 'plan.json' },
    { name: 'aws', alias: 'us', module: '', region: 'us-east-1', source: 'plan.json' },
    { name: 'aws', alias: null, module: 'module.net', unsettled: { region: 'var.region of module.net is not passed by its caller and has no default' }, source: 'plan.json' },
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

describe('placement settled as Terraform would before apply', () => {
  const configuration = new PlanConfiguration({
    root_module: {
      module_calls: {
        net: { source: './net', expressions: { region: { references: ['var.region'] } }, module: { variables: { region: {} } } },
        dflt: { source: './dflt', expressions: {}, module: { variables: { region: { default: 'eu-north-1' } } } },
      },
    },
  });
  const resolver = new ExpressionResolver(configuration, { region: { value: 'us-east-1' }, project: { value: 'acme-prd' } }, new Map([['', new Map([['location', 'europe-west3']])]]));
  const settled = buildProviders(
    {
      aws: { name: 'aws', expressions: { region: { references: ['var.region'] } } },
      'aws.eu': { name: 'aws', alias: 'eu', expressions: { region: { constant_value: 'eu-west-1' } } },
      'net:aws': { name: 'aws', module_address: 'module.net', expressions: { region: { references: ['var.region'] } } },
      'dflt:aws': { name: 'aws', module_address: 'module.dflt', expressions: { region: { references: ['var.region'] } } },
      google: { name: 'google', expressions: { project: { references: ['var.project'] }, region: { references: ['local.location'] } } },
      'aws.data': { name: 'aws', alias: 'data', expressions: { region: { references: ['data.aws_region.current.name', 'data.aws_region.current'] } } },
      'aws.obj': { name: 'aws', alias: 'obj', expressions: { region: { references: ['var.cfg.region', 'var.cfg'] } } },
      'aws.local': { name: 'aws', alias: 'local', expressions: { region: { references: ['local.computed'] } } },
    },
    resolver,
    'plan.json',
  );
  test.each([
    ['aws', { region: 'us-east-1' }], // var.* from the plan's variables
    ['aws.eu', { region: 'eu-west-1' }], // an alias (provider = aws.eu)
    ['net:aws', { region: 'us-east-1' }], // a module input passed from the root variable
    ['dflt:aws', { region: 'eu-north-1' }], // a module variable's default
    ['google', { project: 'acme-prd', region: 'europe-west3' }], // local.* literal from the .tf sources
    ['aws.data', { unsettled: { region: 'it refers to data.aws_region.current.name, known only after apply' } }],
    ['aws.obj', { unsettled: { region: 'it refers to var.cfg.region, known only after apply' } }],
    ['aws.local', { unsettled: { region: "local.computed is not a literal the plan or the .tf sources beside it give" } }],
  ])('%s', (key, expected) => {
    const view = settled.get(key)!;
    expect({ region: view.region, project: view.project, unsettled: view.unsettled }).toEqual({ region: undefined, project: undefined, unsettled: undefined, ...expected });
  });
});
