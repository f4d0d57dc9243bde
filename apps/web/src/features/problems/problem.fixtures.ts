import type { ProblemDetailDto } from '@qifu/contracts';

// 郑州埃尓森 cannot find embedded engineers; raised on Friday afternoon, accept stage overdue.
export function problemDetail(
  overrides: Partial<ProblemDetailDto> = {},
): ProblemDetailDto {
  return {
    id: '0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
    company: {
      id: '66666666-7777-4888-8999-000000000000',
      name: '郑州埃尓森科技有限公司',
    },
    category: { code: 'recruitment', name: '用工招聘' },
    description: '研发岗位招聘困难，急需三名嵌入式工程师。',
    urgency: 'urgent',
    hard: false,
    status: 'reported',
    assignee: null,
    visitId: null,
    intent: null,
    canRequestService: false,
    closedWithoutAnswer: false,
    answerDueAt: null,
    createdAt: '2026-12-04T08:30:00.000Z',
    version: 0,
    stages: {
      accept: {
        dueAt: '2026-12-07T08:30:00.000Z',
        doneAt: null,
        overdue: true,
        late: false,
      },
      progress: {
        dueAt: '2026-12-09T08:30:00.000Z',
        doneAt: null,
        overdue: false,
        late: false,
      },
      solve: {
        dueAt: '2026-12-15T08:30:00.000Z',
        doneAt: null,
        overdue: false,
        late: false,
      },
    },
    department: null,
    satisfaction: null,
    events: [
      {
        id: '1',
        at: '2026-12-04T08:30:00.000Z',
        actorRole: 'company',
        actorName: '郑州埃尓森科技有限公司 · 王经理',
        fromStatus: null,
        toStatus: 'reported',
        note: '企业自行提交',
        detail: {},
      },
    ],
    actions: [],
    ...overrides,
  };
}
