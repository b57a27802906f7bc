/** One charge: open ones can still be changed (quantity, price) before they are invoiced. */
import { Badge, Button, Group, NumberInput, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { errorText, fieldError } from '../api/apiError';
import { formatMoney } from './money';

type Charge = Schemas['Charge'];

export function ChargeRow({ charge, payerName, currency, onChanged }: { charge: Charge; payerName: string; currency: string; onChanged(): Promise<unknown> }) {
  const [quantity, setQuantity] = useState(charge.quantity);
  const [price, setPrice] = useState(charge.unitPriceMinor / 100);
  const changed = quantity !== charge.quantity || Math.round(price * 100) !== charge.unitPriceMinor;
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/charges/{id}', { params: { path: { id: charge.chargeId } }, body: { quantity, unitPriceMinor: Math.round(price * 100) } })),
    onSuccess: onChanged,
  });
  const editable = charge.status === 'open';
  return (
    <Table.Tr data-charge-id={charge.chargeId}>
      <Table.Td>
        <Text size="sm">{charge.description}</Text>
        <Text size="xs" c="dimmed">{payerName}</Text>
      </Table.Td>
      <Table.Td w={70}>
        {editable ? <NumberInput size="xs" aria-label={`Quantity of ${charge.description}`} min={1} value={quantity} onChange={(value) => setQuantity(Number(value) || 1)} error={fieldError(save.error, 'quantity')} /> : charge.quantity}
      </Table.Td>
      <Table.Td w={100}>
        {editable ? <NumberInput size="xs" aria-label={`Price of ${charge.description}`} min={0} decimalScale={2} fixedDecimalScale value={price} onChange={(value) => setPrice(Number(value) || 0)} error={fieldError(save.error, 'unitPriceMinor')} /> : formatMoney(charge.unitPriceMinor, currency)}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Text size="sm">{formatMoney(charge.totalMinor, currency)}</Text>
          {!editable && <Badge size="xs" variant="light" color={charge.status === 'invoiced' ? 'blue' : 'gray'}>{charge.status}</Badge>}
          {editable && changed && <Button size="compact-xs" onClick={() => save.mutate()} loading={save.isPending}>Save</Button>}
        </Group>
        {save.error && !fieldError(save.error, 'quantity') && !fieldError(save.error, 'unitPriceMinor') && <Text size="xs" c="red" role="alert">{errorText(save.error)}</Text>}
      </Table.Td>
    </Table.Tr>
  );
}
