import { afterEach } from 'vitest';
import { act, render } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { changeAppLanguage } from '../i18n';
import { useDocumentTitle } from './use-document-title';

function ServicesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('services.listTitle'));
  return null;
}

function LoadingPage({ name }: { name: string | null }) {
  useDocumentTitle(name);
  return null;
}

function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.documentTitle'), { full: true });
  return null;
}

afterEach(async () => {
  await act(() => changeAppLanguage('zh-CN'));
  document.title = '';
});

describe('useDocumentTitle', () => {
  it('names the page and the site, and follows a change of language', async () => {
    render(<ServicesPage />);
    expect(document.title).toBe('找服务 · 企服超市');
    await act(() => changeAppLanguage('en-US'));
    expect(document.title).toBe('Services · Qifu');
  });

  it('keeps the previous title while the subject loads, then names it', () => {
    document.title = '找服务 · 企服超市';
    const view = render(<LoadingPage name={null} />);
    expect(document.title).toBe('找服务 · 企服超市');
    view.rerender(<LoadingPage name="年度财务审计" />);
    expect(document.title).toBe('年度财务审计 · 企服超市');
  });

  it('takes a full title as it is (the home page is the site itself)', () => {
    render(<HomePage />);
    expect(document.title).toBe('企服超市 · 梧桐园区企业服务超市');
  });
});
