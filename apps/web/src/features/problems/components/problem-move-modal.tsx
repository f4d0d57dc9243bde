import {
  PROBLEM_SATISFACTIONS,
  type ProblemDetailDto,
  type ProblemStatus,
  type ProblemTransitionField,
} from '@qifu/contracts';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import {
  isStaleProblemError,
  useMoveProblem,
  type MoveProblemInput,
} from '../api/move-problem';

export interface StaffOption {
  id: string;
  name: string;
}

/**
 * The button's words for a move. solved → confirmed is the company's confirmation (with its
 * rating) or, asking only for a note, the operator's close for a company that did not answer.
 */
export function problemActionKey(to: ProblemStatus, requires: readonly ProblemTransitionField[]) {
  return to === 'confirmed' && !requires.includes('satisfaction')
    ? ('problemAction.closeWithoutAnswer' as const)
    : (`problemAction.${to}` as const);
}

export interface ProblemMoveModalProps {
  problem: Pick<ProblemDetailDto, 'id' | 'version'>;
  to: ProblemStatus;
  requires: readonly ProblemTransitionField[];
  /** Whom the problem can be assigned to (the operator's staff the caller can see). */
  staff: StaffOption[];
  onDone: (problem: ProblemDetailDto) => void;
  onStale: () => void;
  onCancel: () => void;
}

type MoveValues = Partial<Pick<MoveProblemInput, ProblemTransitionField>>;

/** Every problem move asks for something (an assignee, a department, a note, a rating): one form for them all. */
export function ProblemMoveModal({
  problem,
  to,
  requires,
  staff,
  onDone,
  onStale,
  onCancel,
}: ProblemMoveModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MoveValues>();
  const rules = useFormRules();
  const move = useMoveProblem();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: [...requires],
  });
  const formName = `problem-move-${to}`;
  const label = {
    assigneeUserId: t('problems.move.assignee'),
    departmentName: t('problems.move.departmentName'),
    departmentContact: t('problems.move.departmentContact'),
    note: t('problems.move.note'),
    satisfaction: t('problems.move.satisfaction'),
  };
  const has = (f: ProblemTransitionField) => requires.includes(f);
  const action = t(problemActionKey(to, requires));
  const closing = to === 'confirmed' && !requires.includes('satisfaction');

  const submit = (values: MoveValues) => {
    clearError();
    const input: MoveProblemInput = {
      id: problem.id,
      to,
      version: problem.version,
    };
    for (const f of requires) {
      const v = values[f];
      if (typeof v === 'string')
        (input as unknown as Record<string, string>)[f] = v.trim();
    }
    move.mutate(input, {
      onSuccess: onDone,
      onError: (error) =>
        isStaleProblemError(error) ? onStale() : showError(form, error),
    });
  };

  return (
    <Modal
      open
      title={t('problems.move.title', { action })}
      okText={action}
      cancelText={t('form.cancel')}
      okButtonProps={{
        loading: move.isPending,
        htmlType: 'submit',
        form: formName,
        danger: to === 'reopened',
      }}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form<MoveValues>
        form={form}
        name={formName}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{ assigneeUserId: staff[0]?.id }}
      >
        {closing ? (
          <Alert
            type="info"
            showIcon
            className="qf-form-alert"
            message={t('problems.move.closeWithoutAnswerText')}
          />
        ) : null}
        {has('assigneeUserId') ? (
          <Form.Item
            name="assigneeUserId"
            label={label.assigneeUserId}
            rules={[rules.select(label.assigneeUserId)]}
          >
            <Select
              options={staff.map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
        ) : null}
        {has('departmentName') ? (
          <Form.Item
            name="departmentName"
            label={label.departmentName}
            rules={[
              rules.required(label.departmentName),
              rules.maxLength(label.departmentName, 100),
            ]}
          >
            <Input maxLength={100} autoFocus />
          </Form.Item>
        ) : null}
        {has('departmentContact') ? (
          <Form.Item
            name="departmentContact"
            label={label.departmentContact}
            rules={[
              rules.required(label.departmentContact),
              rules.maxLength(label.departmentContact, 100),
            ]}
          >
            <Input maxLength={100} />
          </Form.Item>
        ) : null}
        {has('satisfaction') ? (
          <Form.Item
            name="satisfaction"
            label={label.satisfaction}
            rules={[rules.select(label.satisfaction)]}
          >
            <Radio.Group
              options={PROBLEM_SATISFACTIONS.map((s) => ({
                value: s,
                label: t(`problemSatisfaction.${s}`),
              }))}
            />
          </Form.Item>
        ) : null}
        {has('note') ? (
          <Form.Item
            name="note"
            label={label.note}
            extra={t('problems.move.noteHelp')}
            rules={[
              rules.required(label.note),
              rules.maxLength(label.note, 2000),
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3 }}
              maxLength={2000}
              showCount
              autoFocus={!has('departmentName')}
            />
          </Form.Item>
        ) : null}
        <FormAlert message={formError} />
      </Form>
    </Modal>
  );
}
