import type { LocalizedText } from '@een-plan/contracts';

type Definition = { status: number; title: string; message: LocalizedText };

/** Problem codes of tasks and notifications (spread into the catalog). */
export const taskProblems = {
  task_not_open: {
    status: 409,
    title: 'Task already closed',
    message: {
      nl: 'Deze taak is al afgerond of weggezet. Laad de lijst opnieuw.',
      en: 'This task has already been completed or dismissed. Reload the list.',
    },
  },
  task_reason_required: {
    status: 400,
    title: 'Reason required',
    message: {
      nl: 'Geef een reden op waarom deze taak geen actie nodig heeft (3 tot 500 tekens).',
      en: 'Give a reason why this task needs no action (3 to 500 characters).',
    },
  },
} as const satisfies Record<string, Definition>;
