import { screen, waitFor } from '@testing-library/react';
import userEvent, {
  PointerEventsCheckLevel,
  type UserEvent,
} from '@testing-library/user-event';

/** The antd Form.Item around a labelled control: where its messages show. */
export function formItem(label: string | RegExp): HTMLElement {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement))
    throw new Error(`no form item for ${String(label)}`);
  return item;
}

/** Opens an antd Select by its label and picks the options shown with these texts. */
export async function chooseOptions(
  user: UserEvent,
  label: string | RegExp,
  ...options: string[]
) {
  await user.click(screen.getByLabelText(label));
  for (const text of options) {
    const option = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(
        `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${text}"]`,
      );
      if (!found) throw new Error(`no option "${text}" for ${String(label)}`);
      return found;
    });
    await user.click(option);
  }
  await user.keyboard('{Escape}');
}

/** Types a whole value at once (one input event), as pasting does; keeps form tests quick. */
export async function fill(user: UserEvent, label: string, text: string) {
  const control = screen.getByLabelText(label);
  await user.click(control);
  await user.paste(text);
}

/** antd injects many styles; user-event's pointer-events check reads them on every click. */
export function setupUser(): UserEvent {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}
