export default function ClientPage({ clientId }: { clientId: string }) {
  return <p>{clientId}</p>;
}
