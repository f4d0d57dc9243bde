import type { ProblemDetailDto } from '@qifu/contracts';
import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ContactFields } from '../../../components/ui/form-fields/contact-fields';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { ServiceSelect } from '../../services/components/service-select';
import { isStaleProblemError } from '../api/move-problem';
import { useRequestServiceForProblem } from '../api/request-service';

interface RequestValues {
  serviceId?: string;
  need: string;
  wishedStartDate?: Dayjs;
  contactName?: string;
  contactPhone?: string;
}

export interface RequestServiceModalProps {
  problem: Pick<ProblemDetailDto, 'id' | 'version' | 'description' | 'company'>;
  onDone: (problem: ProblemDetailDto) => void;
  onStale: () => void;
  onCancel: () => void;
}

const FIELDS = [
  'serviceId',
  'need',
  'wishedStartDate',
  'contactName',
  'contactPhone',
];

/** 转为服务需求: the problem, pre-filled, becomes a cooperation intent for its company. */
export function RequestServiceModal({
  problem,
  onDone,
  onStale,
  onCancel,
}: RequestServiceModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestValues>();
  const rules = useFormRules();
  const request = useRequestServiceForProblem();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: FIELDS,
  });
  const label = {
    service: t('problems.bridge.service'),
    need: t('problems.bridge.need'),
    wishedStartDate: t('problems.bridge.wishedStartDate'),
  };

  const submit = (v: RequestValues) => {
    clearError();
    request.mutate(
      {
        id: problem.id,
        version: problem.version,
        serviceId: v.serviceId ?? '',
        need: v.need.trim(),
        wishedStartDate: (v.wishedStartDate ?? dayjs()).format('YYYY-MM-DD'),
        contactName: (v.contactName ?? '').trim(),
        contactPhone: (v.contactPhone ?? '').trim(),
      },
      {
        onSuccess: onDone,
        onError: (error) =>
          isStaleProblemError(error) ? onStale() : showError(form, error),
      },
    );
  };

  return (
    <Modal
      open
      title={t('problems.bridge.modalTitle')}
      okText={t('problems.bridge.submit')}
      cancelText={t('form.cancel')}
      okButtonProps={{
        loading: request.isPending,
        htmlType: 'submit',
        form: 'problem-request-service',
      }}
      onCancel={onCancel}
      destroyOnHidden
    >
      <p className="qf-muted">
        {t('problems.bridge.modalText', { company: problem.company.name })}
      </p>
      <Form<RequestValues>
        form={form}
        name="problem-request-service"
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          need: problem.description,
          wishedStartDate: dayjs().add(7, 'day'),
        }}
      >
        <Form.Item
          name="serviceId"
          label={label.service}
          rules={[rules.select(label.service)]}
        >
          <ServiceSelect
            placeholder={t('problems.bridge.servicePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="need"
          label={label.need}
          rules={[
            rules.required(label.need),
            rules.maxLength(label.need, 2000),
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3 }}
            maxLength={2000}
            showCount
          />
        </Form.Item>
        <Form.Item
          name="wishedStartDate"
          label={label.wishedStartDate}
          rules={[rules.select(label.wishedStartDate)]}
        >
          <DatePicker
            format="YYYY-MM-DD"
            className="qf-date"
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
        <ContactFields
          nameLabel={t('problems.bridge.contactName')}
          phoneLabel={t('problems.bridge.contactPhone')}
        />
        <FormAlert message={formError} />
      </Form>
    </Modal>
  );
}
