import { render, screen } from '@testing-library/react';
import { Checklist } from './checklist';

describe('Checklist', () => {
  it('lists each item once, repeats included, in order', () => {
    render(
      <Checklist items={['审计报告', '整改建议', '审计报告']} empty="无" />,
    );
    expect(
      screen.getAllByRole('listitem').map((item) => item.textContent),
    ).toEqual(['审计报告', '整改建议', '审计报告']);
    expect(screen.queryByText('无')).toBeNull();
  });

  it('says so when there is nothing to deliver', () => {
    render(<Checklist items={[]} empty="暂未列出交付成果" />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('暂未列出交付成果')).toBeInTheDocument();
  });
});
