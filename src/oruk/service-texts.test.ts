import { expect } from '@open-wc/testing';
import { ConversionReport } from './conversion-report.js';
import type { JsonObject } from './oruk-types.js';
import { readHowToClaim, readTexts } from './service-texts.js';

function texts(service: JsonObject, fromExport = false) {
  const report = new ConversionReport();
  return { ...readTexts(service, 'svc', 'Youth club', fromExport, report), report: report.lines().join('\n') };
}

describe('oruk service texts: description', () => {
  it('splits an HTML description into a summary and details, and says so', () => {
    const result = texts({
      description: '<p>We help <b>care leavers</b> with money. We also run a café.</p><p>We can help with:</p><ul><li>budgets</li><li>debts</li></ul>',
    });
    expect(result.summary).to.equal('We help care leavers with money. We also run a café.');
    expect(result.details).to.equal('We can help with:\n\n- budgets\n- debts');
    expect(result.description).to.equal(`${result.summary}\n\n${result.details}`);
    expect(result.report).to.contain('mapped  svc.description: HTML converted to plain text (tags removed, entities decoded, paragraphs kept as line breaks)');
    expect(result.report).to.contain('mapped  svc.description: → summary (its first sentences) and details (the rest)');
  });

  it('says when a script was removed', () => {
    expect(texts({ description: 'Hello<script>alert(1)</script> there.' }).report).to.contain('; a <script> element was removed');
  });

  it('repeats the name as the summary when there is no description', () => {
    const result = texts({ description: '<p></p>' });
    expect(result.summary).to.equal('Youth club.');
    expect(result.details).to.equal('');
    expect(result.report).to.contain('assumed svc.description: no description: the summary repeats the name');
  });

  it('reads our own export as its first paragraph for the summary and the rest for the details', () => {
    const result = texts({ description: 'Free bus travel. Ask your PA for a pass.\n\nThe pass lasts a year.' }, true);
    expect(result.summary).to.equal('Free bus travel. Ask your PA for a pass.');
    expect(result.details).to.equal('The pass lasts a year.');
    expect(result.report).not.to.contain('→ summary');
  });

  it('puts the alert first in the details and the costs last, as words', () => {
    const result = texts({
      description: 'A weekly club.',
      alert: '<b>Closed</b> in August.',
      fees: 'Free for care leavers',
      fees_description: 'fees_description',
      cost_options: [{ amount: 2.5, amount_description: 'per session', option: 'Adults' }, { amount: '3' }],
    });
    expect(result.details).to.equal('Please note: Closed in August.\n\nCost: Free for care leavers; £2.50 per session (Adults); £3');
    expect(result.report).to.contain('dropped svc.fees_description: "fees_description" is a placeholder');
    expect(result.report).to.contain('mapped  svc.cost_options[0]: → details as words ("Cost: …"): it is a cost to the user');
  });

  it('cuts details at 4000 characters, and reports it', () => {
    const result = texts({ description: `First sentence here.\n\n${'More text. '.repeat(500)}` });
    expect(result.details.length).to.be.at.most(4000);
    expect(result.report).to.contain('assumed svc.description: details cut to 4000 characters');
  });
});

describe('oruk service texts: how to claim', () => {
  it('joins the application process and the 1.0 access and attending type, in words', () => {
    const report = new ConversionReport();
    const howToClaim = readHowToClaim(
      { application_process: '<p>Ask your PA.</p><p>Bring ID.</p>', attending_access: 'REFERRAL', attending_type: 'home visit' },
      'svc',
      report,
    );
    expect(howToClaim).to.equal('Ask your PA. Bring ID. You need to be referred (your personal adviser can do this). You can use it at home (they visit you).');
    expect(report.lines()).to.deep.equal([
      'mapped  svc.application_process: → howToClaim',
      'mapped  svc.attending_access: "referral" → howToClaim, as words',
      'mapped  svc.attending_type: "home visit" → howToClaim, as words',
    ]);
  });

  it('is undefined when nothing says how to claim', () => {
    expect(readHowToClaim({ attending_type: '' }, 'svc', new ConversionReport())).to.equal(undefined);
  });

  it('cuts at 1000 characters', () => {
    const report = new ConversionReport();
    expect(readHowToClaim({ application_process: 'Apply online. '.repeat(100) }, 'svc', report)!.length).to.be.at.most(1000);
    expect(report.lines().join('\n')).to.contain('assumed svc.application_process: howToClaim cut to 1000 characters');
  });
});

describe('oruk service texts: values that are only markup (issue 12)', () => {
  it('adds no empty alert, cost or way to claim, and reports each', () => {
    const report = new ConversionReport();
    const result = readTexts(
      { description: 'A club.', alert: '<br>', fees: '<b></b>', cost_options: [{ amount_description: '<i></i>' }, { amount: 3, option: '<b></b>' }, {}] },
      'svc',
      'Club',
      false,
      report,
    );
    expect(result.details).to.equal('Cost: £3');
    expect(readHowToClaim({ application_process: '<p> </p>', attending_type: 'online' }, 'svc', report)).to.equal('You can use it online.');
    const lines = report.lines().join('\n');
    for (const field of ['alert', 'fees', 'cost_options[0]', 'application_process'])
      expect(lines, field).to.contain(`dropped svc.${field}: no text once its markup is removed`);
    expect(lines).to.contain('mapped  svc.cost_options[1]');
  });

  it('drops an empty cost option rather than calling it mapped, and reports an amount that is not one', () => {
    const report = new ConversionReport();
    const result = readTexts(
      {
        description: 'A club.',
        cost_options: [{}, { amount: 'ten pounds', option: 'Adults' }, { amount: 'free' }, { amount: 3, amount_description: '<b></b>' }],
      },
      'svc',
      'Club',
      false,
      report,
    );
    expect(result.details).to.equal('Cost: (Adults); £3');
    expect(report.lines()).to.deep.equal([
      'mapped  svc.description: → summary (its first sentence)',
      'dropped svc.cost_options[0]: no amount, amount_description or option to show',
      'dropped svc.cost_options[1].amount: "ten pounds" is not an amount',
      'mapped  svc.cost_options[1]: → details as words ("Cost: …"): it is a cost to the user, not an amount given to them, so it is not an item value',
      'dropped svc.cost_options[2].amount: "free" is not an amount',
      'dropped svc.cost_options[2]: no amount, amount_description or option to show',
      'dropped svc.cost_options[3].amount_description: no text once its markup is removed',
      'mapped  svc.cost_options[3]: → details as words ("Cost: …"): it is a cost to the user, not an amount given to them, so it is not an item value',
    ]);
  });

  it('says when the summary was found after the headings a description starts with (issue 17)', () => {
    const result = texts({ description: '<h2>About us</h2><p>We run a weekly club. It is free.</p>' });
    expect(result.summary).to.equal('We run a weekly club. It is free.');
    expect(result.details).to.equal('About us');
    expect(result.report).to.contain(
      'mapped  svc.description: → summary (its first sentences, after the heading it starts with, which stay in the details) and details (the rest)',
    );
  });
});
