import { useState } from 'react';
import type {
  CreateVisitRequest,
  ProblemInput,
  VisitDto,
} from '@qifu/contracts';
import { Alert, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/ui/form-alert';
import { paths } from '../../../config/paths';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useRecordVisit } from '../api/record-visit';
import { ProblemInputFields } from './problem-input-fields';

interface ProblemValues {
  categoryCode?: string;
  description?: string;
  urgency: ProblemInput['urgency'];
  hard?: boolean;
}

interface VisitValues {
  visitedOn?: Dayjs;
  visitors?: string[];
  notes?: string;
  problems?: ProblemValues[];
}

// The API's limits (createVisitSchema, problemInputSchema).
const VISITORS_MAX = 20;
const VISITOR_MAX = 40;
const NOTES_MAX = 4000;
const PROBLEMS_MAX = 50;

const emptyProblem = (): ProblemValues => ({ urgency: 'normal', hard: false });

export function toVisitRequest(
  companyId: string,
  v: VisitValues,
): CreateVisitRequest {
  return {
    companyId,
    visitedOn: (v.visitedOn ?? dayjs()).format('YYYY-MM-DD'),
    visitors: (v.visitors ?? []).map((x) => x.trim()).filter(Boolean),
    notes: v.notes?.trim() ?? '',
    problems: (v.problems ?? []).map((p) => ({
      categoryCode: p.categoryCode ?? '',
      description: (p.description ?? '').trim(),
      urgency: p.urgency,
      hard: Boolean(p.hard),
    })),
  };
}

export interface RecordVisitFormProps {
  companyId: string;
  /** Who is signed in: the first visitor, changeable. */
  visitor: string;
}

/** 记录走访: date, who went, notes, and each problem the company raised (each one goes on the 13710 clock). */
export function RecordVisitForm({ companyId, visitor }: RecordVisitFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<VisitValues>();
  const rules = useFormRules();
  const record = useRecordVisit();
  const [recorded, setRecorded] = useState<VisitDto | null>(null);
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['visitedOn', 'visitors', 'notes'],
  });
  const label = {
    visitedOn: t('problems.visit.visitedOn'),
    visitors: t('problems.visit.visitors'),
    notes: t('problems.visit.notes'),
  };

  const submit = (values: VisitValues) => {
    clearError();
    record.mutate(toVisitRequest(companyId, values), {
      onSuccess: (visit) => {
        setRecorded(visit);
        form.resetFields();
      },
      onError: (error) => showError(form, error),
    });
  };

  return (
    <>
      {recorded ? (
        <Alert
          className="qf-form-alert"
          type="success"
          showIcon
          title={t('problems.visit.done', {
            date: recorded.visitedOn,
            n: recorded.problems.length,
          })}
          description={
            recorded.problems.length ? (
              <ul className="qf-visit-problems">
                {recorded.problems.map((p) => (
                  <li key={p.id}>
                    <Link to={paths.problems.detail.getHref(p.id)}>
                      {t('problems.visit.openProblem', {
                        category: p.category.name,
                        description:
                          p.description.length > 30
                            ? `${p.description.slice(0, 30)}…`
                            : p.description,
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null
          }
        />
      ) : null}
      <Form<VisitValues>
        form={form}
        name="record-visit"
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={() => {
          clearError();
          setRecorded(null);
        }}
        initialValues={{
          visitedOn: dayjs(),
          visitors: [visitor],
          notes: '',
          problems: [emptyProblem()],
        }}
      >
        <Form.Item
          name="visitedOn"
          label={label.visitedOn}
          rules={[rules.select(label.visitedOn)]}
        >
          <DatePicker
            format="YYYY-MM-DD"
            className="qf-date"
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="visitors"
          label={label.visitors}
          extra={t('problems.visit.visitorsHelp')}
          rules={[
            rules.select(label.visitors),
            {
              validator: (_rule, value: string[] | undefined) => {
                const names = value ?? [];
                if (names.length > VISITORS_MAX)
                  return Promise.reject(
                    new Error(
                      t('problems.visit.visitorsTooMany', {
                        max: VISITORS_MAX,
                      }),
                    ),
                  );
                if (names.some((n) => n.trim().length > VISITOR_MAX))
                  return Promise.reject(
                    new Error(
                      t('problems.visit.visitorTooLong', { max: VISITOR_MAX }),
                    ),
                  );
                return Promise.resolve();
              },
            },
          ]}
        >
          <Select
            mode="tags"
            open={false}
            tokenSeparators={[',', '，', '、']}
            suffixIcon={null}
          />
        </Form.Item>
        <Form.Item
          name="notes"
          label={label.notes}
          rules={[rules.maxLength(label.notes, NOTES_MAX)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            maxLength={NOTES_MAX}
            showCount
          />
        </Form.Item>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <fieldset key={field.key} className="qf-form-section">
                  <legend className="qf-form-section__title">
                    {t('problems.visit.problemN', { n: index + 1 })}
                  </legend>
                  <ProblemInputFields prefix={[field.name]} />
                  <Button
                    onClick={() => remove(field.name)}
                    aria-label={t('problems.visit.removeProblemN', {
                      n: index + 1,
                    })}
                  >
                    {t('problems.visit.removeProblem')}
                  </Button>
                </fieldset>
              ))}
              {fields.length < PROBLEMS_MAX ? (
                <p>
                  <Button type="dashed" onClick={() => add(emptyProblem())}>
                    {t('problems.visit.addProblem')}
                  </Button>
                </p>
              ) : null}
            </>
          )}
        </Form.List>
        <FormAlert message={formError} />
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('problems.visit.submit')}
        </Button>
      </Form>
    </>
  );
}
