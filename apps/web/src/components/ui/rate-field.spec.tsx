import { fireEvent, render, screen } from '@testing-library/react';
import { Form } from 'antd';
import { RateField } from './rate-field';

describe('RateField', () => {
  it('keeps a required rule off the list (no aria-required) and still reports the value', () => {
    const onFinish = vi.fn();
    const { container } = render(
      <Form onFinish={onFinish}>
        <Form.Item
          name="attitude"
          label="服务态度"
          rules={[{ required: true, message: '请为服务态度打分' }]}
        >
          <RateField aria-label="服务态度" />
        </Form.Item>
        <button type="submit">提交</button>
      </Form>,
    );
    const list = container.querySelector('.ant-rate');
    expect(list).not.toBeNull();
    expect(list).not.toHaveAttribute('aria-required');
    expect(container.querySelectorAll('[aria-required]')).toHaveLength(0);
    fireEvent.click(screen.getAllByRole('radio')[3]);
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    return vi.waitFor(() =>
      expect(onFinish).toHaveBeenCalledWith({ attitude: 4 }),
    );
  });
});
