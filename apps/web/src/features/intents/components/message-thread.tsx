import { useState, type ReactNode } from 'react';
import { Button, Form, Input, Pagination, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { formatDateMinute } from '../../../lib/format';
import { MESSAGES_PAGE_SIZE, useMessages } from '../api/get-messages';
import { usePostMessage } from '../api/post-message';

const BODY_MAX = 2000;

/** The thread between the parties: opens on its newest page; older pages stay a click away. */
export function MessageThread({ intentId }: { intentId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState<number | 'latest'>('latest');
  const query = useMessages(intentId, page);
  const post = usePostMessage();
  const rules = useFormRules();
  const [form] = Form.useForm<{ body: string }>();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['body'],
  });
  const label = t('intents.messages.body');

  const send = ({ body }: { body: string }) => {
    clearError();
    post.mutate(
      { intentId, body: body.trim() },
      {
        onSuccess: () => {
          form.resetFields();
          setPage('latest');
        },
        onError: (error) => showError(form, error),
      },
    );
  };

  let thread: ReactNode;
  if (query.isPending) thread = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (query.isError)
    thread = (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  else if (query.data.items.length === 0)
    thread = <p className="qf-muted">{t('intents.messages.empty')}</p>;
  else
    thread = (
      <ol className="qf-messages" aria-label={t('intents.messages.title')}>
        {query.data.items.map((m) => (
          <li
            key={m.id}
            className={m.mine ? 'qf-message qf-message--mine' : 'qf-message'}
          >
            <div className="qf-message__meta">
              <span>{m.mine ? t('intents.messages.me') : m.authorName}</span>
              <time dateTime={m.at}>{formatDateMinute(m.at)}</time>
            </div>
            <p className="qf-message__body qf-prose">{m.body}</p>
          </li>
        ))}
      </ol>
    );

  const total = query.data?.total ?? 0;
  return (
    <div className="qf-thread">
      {thread}
      {total > MESSAGES_PAGE_SIZE ? (
        <Pagination
          className="qf-thread__pages"
          size="small"
          current={query.data?.page ?? 1}
          pageSize={MESSAGES_PAGE_SIZE}
          total={total}
          showSizeChanger={false}
          onChange={setPage}
        />
      ) : null}
      <Form
        form={form}
        name={`message-${intentId}`}
        layout="vertical"
        requiredMark={false}
        onFinish={send}
        className="qf-thread__composer"
      >
        <Form.Item
          name="body"
          label={label}
          rules={[rules.required(label), rules.maxLength(label, BODY_MAX)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={BODY_MAX}
            placeholder={t('intents.messages.placeholder')}
          />
        </Form.Item>
        <FormAlert message={formError} />
        <Button
          type="primary"
          htmlType="submit"
          loading={post.isPending}
          disabled={post.isPending}
        >
          {t('intents.messages.send')}
        </Button>
      </Form>
    </div>
  );
}
