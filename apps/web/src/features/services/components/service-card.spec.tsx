import { screen } from '@testing-library/react';
import { renderRoute } from '../../../testing/render';
import { serviceSummary } from '../../../testing/fixtures';
import { ServiceCard } from './service-card';

function renderCard(service = serviceSummary()) {
  const view = renderRoute(<ServiceCard service={service} />, {
    path: '/',
    url: '/',
  });
  return view;
}

const marks = () =>
  [...document.querySelectorAll('mark')].map((m) => m.textContent);

describe('ServiceCard match highlighting', () => {
  it('marks the places the API names, and shows no reason for a literal hit', async () => {
    renderCard(
      serviceSummary({
        title: '年度财务审计',
        matches: [
          {
            field: 'title',
            via: 'literal',
            term: '审计',
            found: '审计',
            ranges: [[4, 6]],
          },
          {
            field: 'summary',
            via: 'literal',
            term: '审计',
            found: '审计',
            ranges: [
              [9, 11],
              [25, 27],
            ],
          },
        ],
      }),
    );
    const link = await screen.findByRole('link', { name: '年度财务审计' });
    expect(link.querySelector('mark')?.textContent).toBe('审计');
    expect(marks()).toEqual(['审计', '审计', '审计']);
    expect(screen.queryByText(/匹配：/)).toBeNull();
  });

  it('says a synonym or pinyin hit in words, and marks the category tag whole', async () => {
    renderCard(
      serviceSummary({
        title: '社保公积金代办',
        matches: [
          {
            field: 'title',
            via: 'synonym',
            term: '社会保险',
            found: '社保',
            ranges: [[0, 2]],
          },
          {
            field: 'category',
            via: 'pinyin',
            term: 'sj',
            found: '审计',
            ranges: [],
          },
        ],
      }),
    );
    expect(
      await screen.findByText(
        '匹配：社保（社会保险的同义词）；匹配：审计（拼音 sj）',
      ),
    ).toBeInTheDocument();
    expect(marks()).toEqual(['财务审计', '社保']);
  });

  it('renders the text as text, never as HTML, and ignores places out of range', async () => {
    renderCard(
      serviceSummary({
        title: '<img src=x onerror=alert(1)>审计',
        matches: [
          {
            field: 'title',
            via: 'literal',
            term: '审计',
            found: '审计',
            ranges: [
              [28, 30],
              [40, 50],
            ],
          },
        ],
      }),
    );
    const link = await screen.findByRole('link', {
      name: '<img src=x onerror=alert(1)>审计',
    });
    expect(link.querySelector('img')).toBeNull();
    expect(marks()).toEqual(['审计']);
  });

  it('shows no mark without a search', async () => {
    renderCard();
    await screen.findByRole('link', { name: '年度财务审计' });
    expect(marks()).toEqual([]);
  });
});
