import type { SynonymGroupDto } from '@qifu/contracts';
import { SYNONYM_TERMS_MAX } from '@qifu/contracts';
import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useSaveSynonym } from '../api/save-synonym';

interface SynonymValues {
  terms: string;
  note: string;
}

/** The words typed in one box, split at spaces, commas, 、 or =, as operators write them. */
export function splitTerms(text: string): string[] {
  return text
    .split(/[\s,，、=＝]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export interface SynonymFormModalProps {
  /** The group to edit; null: a new group. */
  group: SynonymGroupDto | null;
  /** A new group's first words (a query without results, from the search analytics). */
  initialTerms?: string;
  open: boolean;
  onClose: () => void;
}

/** Creates or edits one group of words that mean the same. */
export function SynonymFormModal({ group, initialTerms = '', open, onClose }: SynonymFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SynonymValues>();
  const save = useSaveSynonym();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['terms', 'note'],
    codeFields: { SYNONYM_TERM_TAKEN: 'terms' },
  });

  useEffect(() => {
    if (!open) return;
    clearError();
    form.setFieldsValue({
      terms: group ? group.terms.join(' = ') : initialTerms,
      note: group?.note ?? '',
    });
    // clearError is a fresh function each render; the form resets when it opens only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, group, form, initialTerms]);

  const onFinish = (values: SynonymValues) => {
    clearError();
    save.mutate(
      {
        id: group?.id,
        input: { terms: splitTerms(values.terms), note: values.note?.trim() ?? '' },
      },
      {
        onSuccess: () => {
          form.resetFields();
          onClose();
        },
        onError: (error) => showError(form, error),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={group ? t('synonyms.editTitle') : t('synonyms.createTitle')}
      okText={t('synonyms.save')}
      cancelText={t('synonyms.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        name="search-synonym"
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
      >
        <Form.Item
          name="terms"
          label={t('synonyms.terms')}
          extra={t('synonyms.termsHelp', { max: SYNONYM_TERMS_MAX })}
          rules={[
            {
              validator: (_, value: string | undefined) => {
                const words = new Set(
                  splitTerms(value ?? '').map((w) => w.toLowerCase()),
                );
                if (words.size < 2)
                  return Promise.reject(new Error(t('synonyms.termsTooFew')));
                if (words.size > SYNONYM_TERMS_MAX)
                  return Promise.reject(
                    new Error(
                      t('synonyms.termsTooMany', { max: SYNONYM_TERMS_MAX }),
                    ),
                  );
                return Promise.resolve();
              },
            },
          ]}
        >
          <Input placeholder={t('synonyms.termsPlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('synonyms.note')}
          rules={[{ max: 200, message: t('synonyms.noteTooLong') }]}
        >
          <Input placeholder={t('synonyms.notePlaceholder')} autoComplete="off" />
        </Form.Item>
        <FormAlert message={formError} />
      </Form>
    </Modal>
  );
}
