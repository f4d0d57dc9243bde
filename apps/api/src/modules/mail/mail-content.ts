import type { IntentStatus, MailLanguage, NotificationKind, ProblemStage } from '@qifu/contracts';
import type { MailIntentRow, MailProblemRow } from './mail.sql';

// What a mail (and an SMS) says, in the recipient's language: a subject per kind, plain text and
// HTML with the same content. Everything from the database is escaped in the HTML. The content is
// only what the intent page shows its reader: the two organisations, the service, the status.

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** One notification to mail: about a cooperation intent, or (problem_overdue) a service-desk problem. */
export type MailItem = { kind: NotificationKind; detail: Record<string, unknown>; at: Date } & (
  | { intent: MailIntentRow; problem?: undefined }
  | { problem: MailProblemRow; intent?: undefined }
);

export interface MailLinks {
  /** The intent page of each item, by intent id. */
  intent: (intentId: string) => string;
  /** The problem page, by problem id (the 13710 notices). */
  problem: (problemId: string) => string;
  /** Turns off what this mail is about (the signed link; works signed out). */
  unsubscribe: string;
  /** The account page with the notification settings. */
  settings: string;
}

const STATUS: Record<MailLanguage, Record<IntentStatus, string>> = {
  'zh-CN': { submitted: '已提交', accepted: '已受理', declined: '已婉拒', withdrawn: '已撤回', negotiating: '洽谈中', signed: '已签约', in_service: '服务中', completed: '已完成', closed: '已关闭' },
  'en-US': { submitted: 'Submitted', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn', negotiating: 'Negotiating', signed: 'Signed', in_service: 'In service', completed: 'Completed', closed: 'Closed' },
};

const TRANSITION: Record<MailLanguage, Record<IntentStatus, string>> = {
  'zh-CN': { submitted: '收到新的合作意向', accepted: '合作意向已受理', declined: '合作意向已婉拒', withdrawn: '合作意向已撤回', negotiating: '合作意向进入洽谈', signed: '合作已签约', in_service: '服务已开始', completed: '服务已完成', closed: '合作意向已关闭' },
  'en-US': { submitted: 'New cooperation intent received', accepted: 'Cooperation intent accepted', declined: 'Cooperation intent declined', withdrawn: 'Cooperation intent withdrawn', negotiating: 'Cooperation intent in negotiation', signed: 'Contract signed', in_service: 'Service started', completed: 'Service completed', closed: 'Cooperation intent closed' },
};

const WORDS = {
  'zh-CN': {
    brand: '企服超市',
    subjectPrefix: '【企服超市】',
    kind: { transition: '状态变化', message: '新留言', overdue: '超时未响应', rating: '新评价', problem_overdue: '企业问题超期' } as Record<NotificationKind, string>,
    problemHeadline: { accept: '企业问题超过受理期限', progress: '企业问题超过反馈期限', solve: '企业问题超过办结期限' } as Record<ProblemStage, string>,
    problemLead: (stage: string, due: string) => `这条企业问题已超过 13710 机制的${stage}期限（${due}），请尽快处理。`,
    problemStage: { accept: '受理（1 个工作日）', progress: '反馈（3 个工作日）', solve: '办结（7 个工作日，疑难 30 个）' } as Record<ProblemStage, string>,
    problemCategory: '问题类别',
    stage: '超期环节',
    openProblem: '查看企业问题',
    headline: { message: '合作意向有新留言', overdue: '合作意向超时未响应', rating: '收到新的服务评价' } as Record<'message' | 'overdue' | 'rating', string>,
    lead: {
      submitted: '您收到一条新的合作意向，请在响应期限内登录处理。',
      transition: (status: string) => `合作意向的状态已更新为「${status}」。`,
      message: '合作意向中有一条新留言，请登录查看。',
      overdue: '这条合作意向已超过响应期限，仍未得到响应。',
      rating: '企业对已完成的服务作出了评价，请登录查看。',
    },
    greeting: (name: string) => `${name}，您好：`,
    consult: (category: string) => `咨询：${category}`,
    service: '服务',
    company: '企业',
    provider: '服务机构',
    status: '当前状态',
    open: '查看合作意向',
    digestSubject: (n: number) => `【企服超市】每日通知汇总：${n} 条新通知`,
    digestLead: (n: number) => `以下是您上次汇总以来的 ${n} 条通知：`,
    why: '您收到此邮件，是因为您在企服超市的通知设置中选择了接收这类通知。',
    whyDigest: '您收到此邮件，是因为您在企服超市的通知设置中选择了“每日汇总”。',
    unsubscribe: '不再接收此类邮件',
    settings: '管理通知设置',
    footer: '梧桐园区 · 企业服务超市',
    sms: (headline: string, subject: string, link: string) => `【企服超市】${headline}：${subject}。详情：${link}`,
  },
  'en-US': {
    brand: 'Qifu',
    subjectPrefix: '[Qifu] ',
    kind: { transition: 'Status change', message: 'New message', overdue: 'Overdue', rating: 'New rating', problem_overdue: 'Problem overdue' } as Record<NotificationKind, string>,
    problemHeadline: { accept: 'A company problem passed its acceptance deadline', progress: 'A company problem passed its feedback deadline', solve: 'A company problem passed its deadline to be solved' } as Record<ProblemStage, string>,
    problemLead: (stage: string, due: string) => `This company problem has passed its 13710 ${stage} deadline (${due}). Please deal with it soon.`,
    problemStage: { accept: 'acceptance (1 working day)', progress: 'feedback (3 working days)', solve: 'solution (7 working days, 30 if hard)' } as Record<ProblemStage, string>,
    problemCategory: 'Problem category',
    stage: 'Stage overdue',
    openProblem: 'Open the problem',
    headline: { message: 'New message on a cooperation intent', overdue: 'A cooperation intent is overdue', rating: 'A new rating was received' } as Record<'message' | 'overdue' | 'rating', string>,
    lead: {
      submitted: 'You have received a new cooperation intent. Please sign in and respond before its deadline.',
      transition: (status: string) => `The cooperation intent is now “${status}”.`,
      message: 'There is a new message on the cooperation intent. Sign in to read it.',
      overdue: 'This cooperation intent has passed its response deadline without an answer.',
      rating: 'The company rated the completed service. Sign in to read it.',
    },
    greeting: (name: string) => `Hello ${name},`,
    consult: (category: string) => `Enquiry: ${category}`,
    service: 'Service',
    company: 'Company',
    provider: 'Provider',
    status: 'Status',
    open: 'Open the cooperation intent',
    digestSubject: (n: number) => `[Qifu] Your daily summary: ${n} new notification${n === 1 ? '' : 's'}`,
    digestLead: (n: number) => `Here ${n === 1 ? 'is the notification' : `are the ${n} notifications`} since your last summary:`,
    why: 'You receive this e-mail because your Qifu notification settings ask for this kind of notification.',
    whyDigest: 'You receive this e-mail because your Qifu notification settings ask for a daily summary.',
    unsubscribe: 'Stop these e-mails',
    settings: 'Notification settings',
    footer: 'Wutong Park · Enterprise Service Supermarket',
    sms: (headline: string, subject: string, link: string) => `[Qifu] ${headline}: ${subject}. ${link}`,
  },
} as const;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Header lines must not carry line breaks (header injection); names are one line anyway. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').trim();
}

function intentSubject(lang: MailLanguage, i: MailIntentRow): string {
  return i.service_title ?? WORDS[lang].consult(lang === 'en-US' ? i.category_name_en || i.category_name_zh : i.category_name_zh);
}

const STAGES: readonly ProblemStage[] = ['accept', 'progress', 'solve'];
function stageOf(item: MailItem): ProblemStage {
  const s = item.detail.stage as ProblemStage;
  return STAGES.includes(s) ? s : 'solve';
}

/** The due moment the sweep recorded, as the park reads it (China time). */
function dueText(lang: MailLanguage, item: MailItem, timeZone = 'Asia/Shanghai'): string {
  const due = typeof item.detail.dueAt === 'string' ? new Date(item.detail.dueAt) : null;
  if (!due || Number.isNaN(due.getTime())) return '';
  return new Intl.DateTimeFormat(lang, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(due);
}

/** What the mail is about, in one line: the service (or enquiry), or the problem's company and category. */
function subjectOf(lang: MailLanguage, item: MailItem): string {
  if (item.problem) return `${item.problem.problem_company_name} · ${item.problem.problem_category_name}`;
  return intentSubject(lang, item.intent);
}

function headline(lang: MailLanguage, item: MailItem): string {
  if (item.problem) return WORDS[lang].problemHeadline[stageOf(item)];
  if (item.kind === 'transition') {
    const to = (item.detail.to as IntentStatus | undefined) ?? item.intent.intent_status;
    return TRANSITION[lang][to] ?? TRANSITION[lang][item.intent.intent_status];
  }
  return WORDS[lang].headline[item.kind as 'message' | 'overdue' | 'rating'];
}

function lead(lang: MailLanguage, item: MailItem): string {
  const words = WORDS[lang];
  const w = words.lead;
  if (item.problem) return words.problemLead(words.problemStage[stageOf(item)], dueText(lang, item));
  if (item.kind !== 'transition') return w[item.kind as 'message' | 'overdue' | 'rating'];
  const to = (item.detail.to as IntentStatus | undefined) ?? item.intent.intent_status;
  return to === 'submitted' ? w.submitted : w.transition(STATUS[lang][to] ?? to);
}

function facts(lang: MailLanguage, item: MailItem): [string, string][] {
  const w = WORDS[lang];
  if (item.problem) {
    return [
      [w.company, item.problem.problem_company_name],
      [w.problemCategory, item.problem.problem_category_name],
      [w.stage, w.problemStage[stageOf(item)]],
    ];
  }
  const i = item.intent;
  return [
    [w.service, intentSubject(lang, i)],
    [w.company, i.company_name],
    [w.provider, i.provider_name],
    [w.status, STATUS[lang][i.intent_status] ?? i.intent_status],
  ];
}

function hrefOf(links: MailLinks, item: MailItem): string {
  return item.problem ? links.problem(item.problem.problem_id) : links.intent(item.intent.intent_id);
}

function htmlPage(lang: MailLanguage, body: string, footer: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:24px;background:#f5f7fa;font-family:-apple-system,'PingFang SC','Microsoft YaHei',Arial,sans-serif;color:#1f2937">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">${body}</div>
<div style="max-width:560px;margin:12px auto 0;font-size:12px;color:#6b7280;line-height:1.6">${footer}</div>
</body></html>`;
}

function factsHtml(rows: [string, string][]): string {
  return `<table style="border-collapse:collapse;margin:12px 0;font-size:14px">${rows
    .map(([k, v]) => `<tr><td style="padding:2px 12px 2px 0;color:#6b7280">${escapeHtml(k)}</td><td style="padding:2px 0">${escapeHtml(v)}</td></tr>`)
    .join('')}</table>`;
}

function button(href: string, label: string): string {
  return `<p><a href="${escapeHtml(href)}" style="display:inline-block;background:#1677ff;color:#fff;text-decoration:none;padding:8px 16px;border-radius:6px">${escapeHtml(label)}</a></p>`;
}

function footerText(lang: MailLanguage, links: MailLinks, digest: boolean): string {
  const w = WORDS[lang];
  return `—\n${w.brand} · ${w.footer}\n${digest ? w.whyDigest : w.why}\n${w.unsubscribe}: ${links.unsubscribe}\n${w.settings}: ${links.settings}\n`;
}

function footerHtml(lang: MailLanguage, links: MailLinks, digest: boolean): string {
  const w = WORDS[lang];
  return `${escapeHtml(w.brand)} · ${escapeHtml(w.footer)}<br>${escapeHtml(digest ? w.whyDigest : w.why)}<br>
<a href="${escapeHtml(links.unsubscribe)}" style="color:#6b7280">${escapeHtml(w.unsubscribe)}</a> · <a href="${escapeHtml(links.settings)}" style="color:#6b7280">${escapeHtml(w.settings)}</a>`;
}

/** One notification's mail. */
export function notificationMail(lang: MailLanguage, recipientName: string, item: MailItem, links: MailLinks): MailContent {
  const w = WORDS[lang];
  const title = headline(lang, item);
  const subject = oneLine(`${w.subjectPrefix}${title}${lang === 'en-US' ? ': ' : '：'}${subjectOf(lang, item)}`);
  const rows = facts(lang, item);
  const href = hrefOf(links, item);
  const open = item.problem ? w.openProblem : w.open;
  const text =
    `${w.greeting(recipientName)}\n\n${lead(lang, item)}\n\n` +
    rows.map(([k, v]) => `  ${k}: ${v}`).join('\n') +
    `\n\n${open}: ${href}\n\n` +
    footerText(lang, links, false);
  const html = htmlPage(
    lang,
    `<h2 style="margin:0 0 12px;font-size:18px">${escapeHtml(title)}</h2><p>${escapeHtml(w.greeting(recipientName))}</p><p>${escapeHtml(lead(lang, item))}</p>${factsHtml(rows)}${button(href, open)}`,
    footerHtml(lang, links, false),
  );
  return { subject, text, html };
}

/** The daily digest: one line per notification, grouped by nothing (oldest first). */
export function digestMail(lang: MailLanguage, recipientName: string, items: MailItem[], links: MailLinks, timeZone = 'Asia/Shanghai'): MailContent {
  const w = WORDS[lang];
  const when = (d: Date) => new Intl.DateTimeFormat(lang, { timeZone, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  const lines = items.map((it) => ({
    when: when(new Date(it.at)),
    kind: w.kind[it.kind],
    title: headline(lang, it),
    subject: subjectOf(lang, it),
    parties: it.problem ? it.problem.problem_company_name : `${it.intent.company_name} → ${it.intent.provider_name}`,
    status: it.problem ? w.problemStage[stageOf(it)] : (STATUS[lang][it.intent.intent_status] ?? it.intent.intent_status),
    href: hrefOf(links, it),
  }));
  const text =
    `${w.greeting(recipientName)}\n\n${w.digestLead(items.length)}\n\n` +
    lines.map((l) => `• ${l.when}  ${l.title} — ${l.subject}\n  ${l.parties} · ${w.status}: ${l.status}\n  ${l.href}`).join('\n\n') +
    '\n\n' +
    footerText(lang, links, true);
  const html = htmlPage(
    lang,
    `<p>${escapeHtml(w.greeting(recipientName))}</p><p>${escapeHtml(w.digestLead(items.length))}</p><ul style="padding-left:18px;font-size:14px;line-height:1.6">${lines
      .map(
        (l) =>
          `<li style="margin-bottom:10px"><span style="color:#6b7280">${escapeHtml(l.when)}</span> <a href="${escapeHtml(l.href)}">${escapeHtml(l.title)} — ${escapeHtml(l.subject)}</a><br><span style="color:#6b7280">${escapeHtml(l.parties)} · ${escapeHtml(w.status)}: ${escapeHtml(l.status)}</span></li>`,
      )
      .join('')}</ul>`,
    footerHtml(lang, links, true),
  );
  return { subject: w.digestSubject(items.length), text, html };
}

/** An SMS: one line, the headline, what it is about, the link (no names). */
export function notificationSms(lang: MailLanguage, item: MailItem, link: string): string {
  return oneLine(WORDS[lang].sms(headline(lang, item), subjectOf(lang, item), link));
}
