import { describe, expect, it } from 'vitest';
import { surveyTimingSentence, type SurveyPeriod } from '../src/packet/surveyTiming.ts';

const P = (label: string, opensOn: string | null, closesOn: string | null): SurveyPeriod => ({
  label,
  opensOn,
  closesOn,
});

describe('survey timing sentence (「並行して」 only where periods overlap)', () => {
  it('seed 000: questionnaire and case provision overlap, the hearings come after', () => {
    expect(
      surveyTimingSentence([
        P('アンケート調査', '2024-10-18', '2024-10-25'),
        P('ヒアリング調査', '2024-11-07', '2024-11-14'),
        P('事例提供', '2024-10-18', '2024-10-31'),
      ]),
    ).toBe('実態調査は、アンケート調査と事例提供（並行して実施）、ヒアリング調査の順に実施しました。');
  });

  it('all three overlapping are 並行; one after another is an order; a shared end day counts as overlap', () => {
    expect(
      surveyTimingSentence([
        P('アンケート調査', '2024-10-01', '2024-10-31'),
        P('ヒアリング調査', '2024-10-20', '2024-11-10'),
        P('事例提供', '2024-10-05', '2024-10-10'),
      ]),
    ).toBe('実態調査は、アンケート調査・事例提供・ヒアリング調査の3つを並行して実施しました。');
    expect(
      surveyTimingSentence([
        P('アンケート調査', '2024-10-01', '2024-10-10'),
        P('ヒアリング調査', '2024-11-01', '2024-11-10'),
        P('事例提供', '2024-10-11', '2024-10-20'),
      ]),
    ).toBe('実態調査は、アンケート調査、事例提供、ヒアリング調査の順に実施しました。');
    expect(
      surveyTimingSentence([P('アンケート調査', '2024-10-01', '2024-10-10'), P('事例提供', '2024-10-10', null)]),
    ).toBe('実態調査は、アンケート調査と事例提供の2つを並行して実施しました。');
  });

  it('names the parts with no period', () => {
    expect(
      surveyTimingSentence([
        P('アンケート調査', '2024-10-01', '2024-10-10'),
        P('ヒアリング調査', null, null),
        P('事例提供', null, null),
      ]),
    ).toBe('実態調査は、アンケート調査を実施しました。ヒアリング調査・事例提供は実施期間が設定されていません。');
    expect(surveyTimingSentence([P('アンケート調査', null, null)])).toBe(
      '実態調査の実施期間はまだ設定されていません。',
    );
  });
});
