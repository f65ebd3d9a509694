/**
 * @jest-environment jsdom
 */
import { InlineReportRenderer } from '../../../src/extension/mime/renderer';
import { GOTO_ENTRY_EVENT, REPORT_MIME_TYPE } from '../../../src/extension/commandIds';
import { convertedCell, provenanceOf } from '../../../src/extension/convertedCell';
import { asInlineReport, inlineReport } from '../../../src/extension/inlineReport';
import { Report } from '../../../src/converter';

const report: Report = {
  mode: 'graph',
  source: 'net',
  entries: [
    { kind: 'convert', line: 2, column: 4, original: 'Conv', converted: 'nn.Conv2d' },
    { kind: 'unconvert', line: 9, column: 8, original: 'GridSample', suggestion: 'mindspore.ops.grid_sample', note: 'placeholder' }
  ]
};

async function render(data: unknown) {
  const renderer = new InlineReportRenderer();
  await renderer.renderModel({ data: { [REPORT_MIME_TYPE]: data } } as any);
  return renderer.node;
}

describe('the inline report', () => {
  it('is what a converted cell carries as output, with its provenance', () => {
    const shown = inlineReport(report, 'model net (1,3,8,8)', null, ['1 placeholder']);
    const cell = convertedCell('class Net(nn.Cell): ...', shown, {
      converted: true,
      mode: 'graph',
      fromCell: null,
      target: 'classic',
      mindsporeVersion: '2.6.0'
    });
    expect(cell.outputs[0].data['text/plain']).toBe(shown.text);
    expect(shown.text).toMatch(/Converted Rate: 50\.00%\.\n$/);
    // It survives a JSON round trip (the notebook file) unchanged.
    const saved = JSON.parse(JSON.stringify(cell));
    expect(asInlineReport(saved.outputs[0].data[REPORT_MIME_TYPE])).toEqual(shown);
    expect(provenanceOf(saved.metadata)).toMatchObject({ converted: true, mode: 'graph' });
    expect(provenanceOf({})).toBeUndefined();
  });

  it('renders the summary, the unconverted entries with their hints, and all entries behind a disclosure', async () => {
    const node = await render(inlineReport(report, 'model net', null, ['1 placeholder']));
    expect(node.querySelector('.jp-MindConverter-inline-title')!.textContent).toBe('MindConverter report: model net');
    expect(node.querySelector('[data-figure="rate"] dd')!.textContent).toBe('50.00%');
    const visible = node.querySelector(':scope > ul.jp-MindConverter-entries')!;
    expect(visible.textContent).toBe(
      "line 9:8[UnConvert] 'GridSample' didn't convert. Maybe could convert to mindspore.ops.grid_sample. placeholder"
    );
    expect(node.querySelector('details > summary')!.textContent).toBe('All 2 entries');
    expect(node.querySelectorAll('details .jp-MindConverter-entry')).toHaveLength(2);
    expect(node.querySelector('.jp-MindConverter-note')!.textContent).toBe('1 placeholder');
  });

  it('asks for the cursor to move when an entry is clicked (the event bubbles to the notebook)', async () => {
    const node = await render(inlineReport(report, 'cell 2', 'cell-2'));
    document.body.append(node);
    const details: unknown[] = [];
    document.addEventListener(GOTO_ENTRY_EVENT, event => details.push((event as CustomEvent).detail));
    (node.querySelector('details [data-line="9"]') as HTMLElement).click();
    expect(details).toEqual([{ line: 9, column: 8, positionsCell: 'cell-2' }]);
    node.remove();
  });

  it('says so when the data is not a report', async () => {
    const node = await render({ format: 'something-else' });
    expect(node.textContent).toBe('This MindConverter report cannot be read.');
  });
});
