import { expect } from '@open-wc/testing';
import { TREND_HEIGHT, TREND_WIDTH, trend } from '../../src/feed/trend.js';

/** The polyline's points, rounded to a tenth of a unit (finer than a pixel of the drawing). */
const points = (line: string) =>
  line.split(' ').map((point) => point.split(',').map((value) => Math.round(Number(value) * 10) / 10));

describe('trend', () => {
  it('places each value by its date across the width, the lowest at the bottom and the highest at the top', () => {
    const line = trend([
      { date: '2023-09-30', value: 20 },
      { date: '2023-10-10', value: 30 },
      { date: '2023-12-09', value: 40 },
    ])!;
    // 10 days of 70, then 60 more: a tenth of the width is 10 units of 70, so 1/7.
    expect(points(line.points)).to.deep.equal([
      [0, TREND_HEIGHT],
      [14.3, 12.5],
      [TREND_WIDTH, 0],
    ]);
    expect(line.end).to.deep.equal([TREND_WIDTH, 0]);
  });

  it('gives the first and last values, and the change since the one before the last', () => {
    const history = [
      { date: '2023-09-30', value: 21 },
      { date: '2023-10-31', value: 30 },
      { date: '2023-11-30', value: 34 },
      { date: '2023-12-31', value: 38 },
    ];
    const line = trend(history)!;
    expect(line.first).to.equal(history[0]);
    expect(line.last).to.equal(history[3]);
    expect(line.previous).to.equal(history[2]);
    expect(line.change).to.equal(4);
    expect(trend(history.slice(0, 2))!.change).to.equal(9);
    expect(trend([history[3]!, { date: '2024-01-31', value: 30.5 }])!.change).to.equal(-7.5);
  });

  it('draws equal values as a flat line across the middle', () => {
    const line = trend([
      { date: '2023-09-30', value: 5 },
      { date: '2023-10-31', value: 5 },
    ])!;
    expect(points(line.points)).to.deep.equal([
      [0, TREND_HEIGHT / 2],
      [TREND_WIDTH, TREND_HEIGHT / 2],
    ]);
    expect(line.change).to.equal(0);
  });

  it('spaces values of a single day evenly, since their dates span no time', () => {
    const line = trend([
      { date: '2023-09-30', value: 1 },
      { date: '2023-09-30', value: 3 },
      { date: '2023-09-30', value: 2 },
    ])!;
    expect(points(line.points).map(([x]) => x)).to.deep.equal([0, 50, 100]);
  });

  it('draws nothing for fewer than two values', () => {
    expect(trend(undefined)).to.equal(undefined);
    expect(trend([])).to.equal(undefined);
    expect(trend([{ date: '2023-09-30', value: 1 }])).to.equal(undefined);
  });

  it('reads the values oldest first whatever their order, and leaves out those without a date or a figure', () => {
    const line = trend([
      { date: '2023-12-09', value: 40 },
      { date: '2023-09-30', value: 20 },
      { date: 'soon', value: 99 },
      { date: '2023-10-10', value: 30 },
      { date: '2023-11-01', value: NaN },
      { value: 5 } as unknown as { date: string; value: number },
    ])!;
    expect(points(line.points)).to.deep.equal([
      [0, TREND_HEIGHT],
      [14.3, 12.5],
      [TREND_WIDTH, 0],
    ]);
    expect([line.first.value, line.previous.value, line.last.value, line.change]).to.deep.equal([20, 30, 40, 10]);
  });
});
