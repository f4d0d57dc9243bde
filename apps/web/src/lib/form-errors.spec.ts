import { ApiError } from './api-client';
import { toServerFormErrors } from './form-errors';

const messages = {
  forCode: (error: unknown) =>
    error instanceof ApiError ? `message for ${error.code}` : 'unknown',
  invalidField: 'check this field',
};

const mapping = {
  fields: ['name', 'creditCode', 'email', 'password', 'categories'],
  codeFields: { EMAIL_TAKEN: 'email', CREDIT_CODE_TAKEN: 'creditCode' },
} as const;

function apiError(
  code: ConstructorParameters<typeof ApiError>[0]['code'],
  status: number,
  details?: { field: string; message: string }[],
) {
  return new ApiError({ code, status, message: 'developer text', details });
}

describe('toServerFormErrors', () => {
  it('puts a conflict code on its field', () => {
    expect(
      toServerFormErrors(apiError('CREDIT_CODE_TAKEN', 409), mapping, messages),
    ).toEqual({
      fieldErrors: [
        { name: 'creditCode', errors: ['message for CREDIT_CODE_TAKEN'] },
      ],
      formError: null,
    });
  });

  it('puts schema failures on their fields in plain words, first path segment wins', () => {
    const result = toServerFormErrors(
      apiError('VALIDATION_FAILED', 400, [
        {
          field: 'name',
          message: 'Too small: expected string to have >=2 characters',
        },
        { field: 'categories.3', message: 'Invalid string' },
        { field: 'categories.4', message: 'Invalid string' },
      ]),
      mapping,
      messages,
    );
    expect(result).toEqual({
      fieldErrors: [
        { name: 'name', errors: ['check this field'] },
        { name: 'categories', errors: ['check this field'] },
      ],
      formError: null,
    });
  });

  it('uses the code’s own message for coded field details (PASSWORD_TOO_COMMON)', () => {
    expect(
      toServerFormErrors(
        apiError('PASSWORD_TOO_COMMON', 400, [
          { field: 'password', message: 'too common' },
        ]),
        mapping,
        messages,
      ).fieldErrors,
    ).toEqual([
      { name: 'password', errors: ['message for PASSWORD_TOO_COMMON'] },
    ]);
  });

  it('shows what concerns no field of the form above it', () => {
    expect(
      toServerFormErrors(
        apiError('VALIDATION_FAILED', 400, [
          { field: 'role,status', message: 'Unrecognized keys' },
        ]),
        mapping,
        messages,
      ),
    ).toEqual({ fieldErrors: [], formError: 'message for VALIDATION_FAILED' });
    expect(
      toServerFormErrors(new TypeError('boom'), mapping, messages),
    ).toEqual({ fieldErrors: [], formError: 'unknown' });
  });
});
