import { expect } from '@open-wc/testing';
import { htmlToLine, htmlToText, looksLikeHtml, oneLine } from './html-to-text.js';

describe('oruk htmlToText', () => {
  it('keeps paragraphs as blank lines and <br> as line breaks', () => {
    expect(htmlToText('<p>One</p><p>Two<br>three</p>')).to.equal('One\n\nTwo\nthree');
    expect(htmlToText('<h2>Who we are</h2>We help.')).to.equal('Who we are\n\nWe help.');
    expect(htmlToText('<div>a</div><div>b</div>')).to.equal('a\n\nb');
  });

  it('writes list items as lines starting "- ", and leaves out empty ones', () => {
    expect(htmlToText('<p>We help with:</p><ul><li>your pathway plan</li><li>money</li></ul>')).to.equal('We help with:\n\n- your pathway plan\n- money');
    expect(htmlToText('<ul><li>a</li><li> </li></ul>')).to.equal('- a');
  });

  it('decodes named, decimal and hex entities', () => {
    expect(htmlToText('Fish &amp; chips &pound;5 &#8211; &#x2014; caf&eacute; &hellip;')).to.equal('Fish & chips £5 – — café …');
    expect(htmlToText('it&#39;s &lsquo;ok&rsquo; &quot;yes&quot;')).to.equal('it\'s ‘ok’ "yes"');
  });

  it('leaves an ampersand that is not an entity alone', () => {
    expect(htmlToText('Tom&Jerry and &madeup; stay')).to.equal('Tom&Jerry and &madeup; stay');
    expect(htmlToText('5 < 6 and 7 > 3, <3')).to.equal('5 < 6 and 7 > 3, <3');
  });

  it('drops control characters and impossible code points that entities name', () => {
    expect(htmlToText('a&#0;b&#1;c&#xD800;d&#1114112;e')).to.equal('abcde');
    expect(htmlToText('tab&#9;kept')).to.equal('tab kept');
  });

  it('removes scripts, styles and comments with what is in them', () => {
    expect(htmlToText('<script>document.write("x")</script>Hello<style>p { color: red }</style> world')).to.equal('Hello world');
    expect(htmlToText('a<!-- a note for editors -->b')).to.equal('a b');
    expect(htmlToText('<![CDATA[hidden]]>seen<!DOCTYPE html>too')).to.equal('seen too');
  });

  it('hides the rest of the text after an unclosed script or comment, as a browser would', () => {
    expect(htmlToText('Visible<script>alert(1) and the rest')).to.equal('Visible');
    expect(htmlToText('Visible<!-- and the rest')).to.equal('Visible');
  });

  it('allows ">" inside a quoted attribute', () => {
    expect(htmlToText('<a title="1 > 0" href=\'x>y\'>link</a> text')).to.equal('link text');
  });

  it('unwraps text escaped twice, scripts included', () => {
    expect(htmlToText('&lt;p&gt;Advice on rent.&lt;/p&gt;&lt;p&gt;No appointment needed.&lt;/p&gt;')).to.equal('Advice on rent.\n\nNo appointment needed.');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;hi')).to.equal('hi');
    expect(htmlToText('&amp;amp;')).to.equal('&');
  });

  it('removes a tag cut off at the end of the text', () => {
    expect(htmlToText('Call us <p')).to.equal('Call us');
    expect(htmlToText('Call us <a href="tel:0117')).to.equal('Call us');
  });

  it('tidies white space: no-break spaces, tabs, runs of spaces and of blank lines', () => {
    expect(htmlToText('a\u00a0\u00a0b\t\tc\r\nd\n\n\n\ne  ')).to.equal('a b c\nd\n\ne');
    expect(htmlToText('zero\u200bwidth\ufeff')).to.equal('zerowidth');
  });

  it('passes plain text through', () => {
    expect(htmlToText('Free bus pass. Ask your PA!')).to.equal('Free bus pass. Ask your PA!');
    expect(htmlToText('')).to.equal('');
  });
});

describe('oruk htmlToLine', () => {
  it('puts the text on one line, list items joined by commas', () => {
    expect(htmlToLine('<p>Leaving <b>care</b></p><p>team</p>')).to.equal('Leaving care team');
    expect(htmlToLine('Help with:<ul><li>rent</li><li>bills</li></ul>')).to.equal('Help with:, rent, bills');
  });

  it('is empty when there is only markup', () => {
    expect(htmlToLine('<b></b>')).to.equal('');
    expect(htmlToLine('<p> </p><br/>')).to.equal('');
  });
});

describe('oruk oneLine', () => {
  it('turns each run of white space that holds a line break into one space, and leaves other runs alone', () => {
    expect(oneLine('a \n\t b\n\nc')).to.equal('a b c');
    expect(oneLine('a  b\tc\u2028d')).to.equal('a  b\tc\u2028d');
    expect(oneLine('\nedge\n')).to.equal(' edge ');
  });
});

describe('oruk looksLikeHtml', () => {
  it('finds tags, comments and entities', () => {
    for (const text of ['<b>bold</b>', 'a</p>', 'line<br/>', '<br>', '<!-- note', 'a &amp; b', 'it&#39;s', '&#x27;', '&frac12;']) {
      expect(looksLikeHtml(text), text).to.equal(true);
    }
  });

  it('does not mistake plain text for HTML', () => {
    for (const text of ['5 < 6 and 7 > 3', '<3 you', 'Tom & Jerry', 'Tom&Jerry', 'a <b', '& ;', '&#;', 'x>y<z', '']) {
      expect(looksLikeHtml(text), text).to.equal(false);
    }
  });
});

describe('oruk HTML to text: hostile input (issue 12)', () => {
  const MEGABYTES = 4 * 1024 * 1024;

  it('says at once whether megabytes of unclosed tags look like HTML', () => {
    expect(looksLikeHtml('<a'.repeat(MEGABYTES / 2))).to.equal(false);
    expect(looksLikeHtml('<a '.repeat(MEGABYTES / 3))).to.equal(false);
    expect(looksLikeHtml('<a/'.repeat(MEGABYTES / 3))).to.equal(false);
  });

  it('converts megabytes of unclosed tags, and of a tag name that never ends', () => {
    const unclosed = '<a'.repeat(MEGABYTES / 2);
    expect(htmlToText(unclosed)).to.equal(unclosed.slice(0, -2));
    expect(htmlToText(`Text <${'a'.repeat(MEGABYTES)}`)).to.equal('Text');
    expect(htmlToText(`Text <${'a'.repeat(MEGABYTES)} <b>bold</b>`)).to.equal('Text');
  });

  it('puts megabytes of unusual white space on one line', () => {
    const separators = `a${'\u2028'.repeat(MEGABYTES)}b`;
    expect(htmlToLine(separators)).to.equal(separators);
    expect(htmlToLine(`a${'\u2028'.repeat(MEGABYTES)}\nb`)).to.equal('a b');
  });
});
